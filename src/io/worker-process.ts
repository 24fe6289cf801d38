// The seam for long-lived child processes (the paired workers): started with pipes on stdin and stdout,
// read a line at a time with a timeout, killed with their whole process group (a pytest worker's children
// too). Injected like RunProcess, so the coordinator's tests can drive fake workers.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { trackGroup } from './lifecycle.js';

export interface LongLivedOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export type ReadResult = { kind: 'line'; line: string } | { kind: 'closed' } | { kind: 'timeout' };

export interface LongLivedProcess {
  /** Writes one line to its stdin (the newline is added); ignored once it has exited. */
  send(line: string): void;
  /** Its next stdout line; `closed` once stdout has ended, `timeout` when none came in `timeoutMs`. */
  readLine(timeoutMs: number): Promise<ReadResult>;
  /** Kills the process group at once (SIGKILL). */
  kill(): void;
  /** Exit code (null after a signal) and signal name, once it has exited. */
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
  /** The tail of what it wrote to stderr (and the spawn error, if it could not start). */
  stderrTail(): string;
}

export type StartProcess = (command: string, args: readonly string[], options?: LongLivedOptions) => LongLivedProcess;

/** Keep this much of stderr: errors come last. */
const STDERR_TAIL = 64 * 1024;

/** A process that never started (spawn threw): closed at once, the error as its stderr. */
function neverStarted(message: string): LongLivedProcess {
  return { send: () => undefined, readLine: async () => ({ kind: 'closed' }), kill: () => undefined, exited: Promise.resolve({ code: null, signal: null }), stderrTail: () => message };
}

export const startProcess: StartProcess = (command, args, options = {}) => {
  let child: ChildProcessWithoutNullStreams;
  try {
    // detached: the worker leads its own process group, so kill() reaches whatever it started.
    child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  } catch (e) {
    return neverStarted((e as Error).message);
  }
  // A cancelled run (SIGINT/SIGTERM) kills the worker's group too (lifecycle.ts).
  const untrack = child.pid ? trackGroup(child.pid) : () => undefined;
  const lines: string[] = [];
  let partial = '';
  let closed = false;
  let stderr = '';
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    notify();
  });
  child.stdout.on('end', () => {
    if (partial) lines.push(partial);
    partial = '';
    closed = true;
    notify();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL);
  });
  // A worker that died leaves a broken pipe: writing to it must not bring the action down.
  child.stdin.on('error', () => undefined);
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.on('error', (err) => {
      stderr += `${stderr ? '\n' : ''}${err.message}`;
      closed = true;
      notify();
      resolve({ code: null, signal: null });
    });
    child.on('exit', (code, signal) => (untrack(), resolve({ code, signal })));
  });
  let exitedNow = false;
  void exited.then(() => (exitedNow = true));

  const readLine = async (timeoutMs: number): Promise<ReadResult> => {
    const deadline = Date.now() + timeoutMs;
    while (lines.length === 0 && !closed) {
      const left = deadline - Date.now();
      if (left <= 0) return { kind: 'timeout' };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return lines.length > 0 ? { kind: 'line', line: lines.shift()! } : { kind: 'closed' };
  };

  return {
    send: (line) => {
      if (!exitedNow && child.stdin.writable) child.stdin.write(`${line}\n`);
    },
    readLine,
    kill: () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    },
    exited,
    stderrTail: () => stderr,
  };
};
