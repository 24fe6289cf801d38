// The seam for long-lived child processes (the paired workers): started with pipes on stdin and stdout,
// read a line at a time with a timeout, killed with their whole process group (a pytest worker's children
// too). Injected like RunProcess, so the coordinator's tests can drive fake workers.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { type Duplex } from 'node:stream';
import { isStopping, trackGroup } from './lifecycle.js';

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
  /** Its pid (the leader of its process group), when it started. */
  readonly pid?: number;
}

export type StartProcess = (command: string, args: readonly string[], options?: LongLivedOptions) => LongLivedProcess;

export interface ProcessSpec {
  command: string;
  args: readonly string[];
  options?: LongLivedOptions;
}

/**
 * Two processes whose fd TURN_FD are the two ends of one socket pair (the paired workers pass the turn over it),
 * started in the order given.
 */
export type StartLinkedPair = (first: ProcessSpec, second: ProcessSpec) => [LongLivedProcess, LongLivedProcess];

/** The fd the linked processes share, named to them in PY_PERF_GUARD_TURN_FD. */
export const TURN_FD = 3;

/** Keep this much of stderr: errors come last. */
const STDERR_TAIL = 64 * 1024;

/** A process that never started (spawn threw): closed at once, the error as its stderr. */
function neverStarted(message: string): LongLivedProcess {
  return {
    send: () => undefined,
    readLine: async () => ({ kind: 'closed' }),
    kill: () => undefined,
    exited: Promise.resolve({ code: null, signal: null }),
    stderrTail: () => message,
  };
}

function spawnDetached(command: string, args: readonly string[], options: LongLivedOptions, stdio: StdioOptions): ChildProcess | string {
  if (isStopping()) return 'not started: the run is being stopped';
  try {
    // detached: the worker leads its own process group, so kill() reaches whatever it started. Its env is the
    // side's (allow-listed, child-env.ts), never this process's own, which holds the runner's tokens.
    return spawn(command, args, { cwd: options.cwd, env: options.env ?? {}, stdio, detached: true });
  } catch (e) {
    return (e as Error).message;
  }
}

export const startProcess: StartProcess = (command, args, options = {}) => {
  const child = spawnDetached(command, args, options, ['pipe', 'pipe', 'pipe']);
  return typeof child === 'string' ? neverStarted(child) : longLived(child);
};

export const startLinkedPair: StartLinkedPair = (first, second) => {
  const withTurn = (spec: ProcessSpec) => ({ ...spec.options, env: { ...spec.options?.env, PY_PERF_GUARD_TURN_FD: String(TURN_FD) } });
  const a = spawnDetached(first.command, first.args, withTurn(first), ['pipe', 'pipe', 'pipe', 'pipe']);
  if (typeof a === 'string') return [neverStarted(a), startProcess(second.command, second.args, second.options)];
  const end = a.stdio[TURN_FD] as Duplex;
  const b = spawnDetached(second.command, second.args, withTurn(second), ['pipe', 'pipe', 'pipe', end]);
  // Our copy of the second end goes: the two workers hold the only ones, so either sees the other leave (EOF).
  end.destroy();
  return [longLived(a), typeof b === 'string' ? neverStarted(b) : longLived(b)];
};

/** The LongLivedProcess of a spawned child with pipes on fds 0–2. */
function longLived(child: ChildProcess): LongLivedProcess {
  const stdout = child.stdout!;
  const stdin = child.stdin!;
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
  stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    notify();
  });
  stdout.on('end', () => {
    if (partial) lines.push(partial);
    partial = '';
    closed = true;
    notify();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL);
  });
  // A worker that died leaves a broken pipe: writing to it must not bring the action down.
  stdin.on('error', () => undefined);
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.on('error', (err) => {
      stderr += `${stderr ? '\n' : ''}${err.message}`;
      closed = true;
      notify();
      resolve({ code: null, signal: null });
    });
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  let exitedNow = false;
  // A cancelled job (SIGINT/SIGTERM) kills the worker's group with the run's other children (io/lifecycle.ts).
  const untrack = child.pid !== undefined ? trackGroup(child.pid) : () => false;
  void exited.then(() => ((exitedNow = true), untrack()));

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
      if (!exitedNow && stdin.writable) stdin.write(`${line}\n`);
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
    pid: child.pid,
  };
}
