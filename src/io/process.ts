// Runs a child process and captures its output, with a timeout. Passed into the shell so that
// the action, the CLI and the tests all run real processes the same way.
import { causeText } from '../text/failure-cause.js';
import { runInProcessGroup, type ProcessOptions, type ProcessResult } from './process-group.js';

// The types live beside the spawning code (process-group.ts), which needs them, so the two files form no cycle.
export type { ProcessOptions, ProcessResult };

export type RunProcess = (command: string, args: readonly string[], options?: ProcessOptions) => Promise<ProcessResult>;

/**
 * A runner whose processes get `defaultEnv` unless a call passes its own (the entries pass process.env), each in
 * a process group of its own (process-group.ts), so that a timeout kills the child and what it started.
 */
export const processRunner =
  (defaultEnv: NodeJS.ProcessEnv): RunProcess =>
  (command, args, options = {}) =>
    runInProcessGroup(command, args, { ...options, env: options.env ?? defaultEnv });

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

/** The lines that say what went wrong, with a known fix (text/failure-cause.ts), else the last lines. */
function errorLines(text: string): string {
  return causeText(text) || lastLines(text);
}

export function describeFailure(result: ProcessResult, what: string, timeoutMs?: number): string {
  if (result.timedOut) return `${what} timed out after ${Math.round((timeoutMs ?? 0) / 1000)}s`;
  const tail = errorLines(result.stderr) || errorLines(result.stdout);
  return `${what} exited with ${result.code === null ? 'no exit code' : `code ${result.code}`}${tail ? `: ${tail}` : ''}`;
}
