// Spawning a child in a process group of its own, so that a timeout (or a cancelled run) kills it together
// with whatever it started: a hung `pip` build, a benchmark's `sleep 30 &`. Killing only the direct child
// would leave grandchildren running and holding our pipes open, and we would wait for them.
import { spawn } from 'node:child_process';
import { isStopping, signalGroup, trackGroup } from './lifecycle.js';

export interface ProcessOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export interface ProcessResult {
  /** Exit code; null when the process could not start, was killed or timed out. */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export type RunProcess = (command: string, args: readonly string[], options?: ProcessOptions) => Promise<ProcessResult>;

/** Between SIGTERM and SIGKILL on a timeout. */
export const KILL_GRACE_MS = 2000;
/** After the child exits, how long to wait for its pipes to close (a grandchild may hold them). */
export const PIPE_DRAIN_MS = 500;

/** Keep at most this much of each stream (the tail: errors come last). */
const MAX_CAPTURE = 4 * 1024 * 1024;

function appendCapped(buffer: string, chunk: string): string {
  const next = buffer + chunk;
  return next.length > MAX_CAPTURE ? next.slice(next.length - MAX_CAPTURE) : next;
}

export function runInProcessGroup(command: string, args: readonly string[], options: ProcessOptions & { env: NodeJS.ProcessEnv }): Promise<ProcessResult> {
  if (isStopping()) return Promise.resolve({ code: null, stdout: '', stderr: 'not started: the run is being stopped', timedOut: false });
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let exitCode: number | null = null;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const untrack = child.pid ? trackGroup(child.pid) : () => false;
    const finish = (result: ProcessResult) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      // Whatever is left of the group (a grandchild in the background) goes with the child.
      if (child.pid) signalGroup(child.pid, 'SIGKILL');
      untrack();
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve(result);
    };
    if (options.timeoutMs) {
      timers.push(
        setTimeout(() => {
          timedOut = true;
          if (!child.pid) return;
          signalGroup(child.pid, 'SIGTERM');
          timers.push(setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), KILL_GRACE_MS));
        }, options.timeoutMs),
      );
    }
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout = appendCapped(stdout, d)));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = appendCapped(stderr, d)));
    child.on('error', (err) => finish({ code: null, stdout, stderr: stderr + err.message, timedOut }));
    child.on('exit', (code) => {
      exitCode = code;
      // Normally 'close' follows at once; if a grandchild holds the pipes, stop waiting after a short drain.
      timers.push(setTimeout(() => finish({ code: timedOut ? null : exitCode, stdout, stderr, timedOut }), PIPE_DRAIN_MS));
    });
    child.on('close', (code) => finish({ code: timedOut ? null : (code ?? exitCode), stdout, stderr, timedOut }));
  });
}
