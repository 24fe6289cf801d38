// Runs a child process and captures its output, with a timeout. Passed into the shell so that
// the action, the CLI and the tests all run real processes the same way.
import { spawn } from 'node:child_process';

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

/** Keep at most this much of each stream (the tail: errors come last). */
const MAX_CAPTURE = 4 * 1024 * 1024;

function appendCapped(buffer: string, chunk: string): string {
  const next = buffer + chunk;
  return next.length > MAX_CAPTURE ? next.slice(next.length - MAX_CAPTURE) : next;
}

/** A runner whose processes get `defaultEnv` unless a call passes its own (the entries pass process.env). */
export const processRunner = (defaultEnv: NodeJS.ProcessEnv): RunProcess => (command, args, options = {}) =>
  new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? defaultEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout = appendCapped(stdout, d)));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = appendCapped(stderr, d)));
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: stderr + err.message, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? null : code, stdout, stderr, timedOut });
    });
  });

/** A runner with this process's own environment (tests; the entries build theirs from the seam's env). */
export const runProcess: RunProcess = processRunner(process.env);

/** The last non-empty lines of a process's output, for error messages. */
export function lastLines(text: string, count = 3): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim().length > 0)
    .slice(-count)
    .join('\n');
}

/** The lines that say what went wrong: `ERROR:`/`Error` lines when the tool printed some (pip does, among warnings), else the last lines. */
function errorLines(text: string): string {
  const errors = text.split('\n').filter((l) => /^(ERROR|error)\b|^\w*Error\b/.test(l.trim()));
  return errors.length ? errors.slice(-2).join('\n') : lastLines(text);
}

export function describeFailure(result: ProcessResult, what: string, timeoutMs?: number): string {
  if (result.timedOut) return `${what} timed out after ${Math.round((timeoutMs ?? 0) / 1000)}s`;
  const tail = errorLines(result.stderr) || errorLines(result.stdout);
  return `${what} exited with ${result.code === null ? 'no exit code' : `code ${result.code}`}${tail ? `: ${tail}` : ''}`;
}
