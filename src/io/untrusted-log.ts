// Output of the project's processes (pip, benchmark names and errors) copied into the job's log. The runner
// reads every stdout line that starts with `::` as a workflow command (::add-mask::, ::set-env::, ::error::…),
// so the PR's code could issue them through our log; between `::stop-commands::<token>` and `::<token>::` it
// reads none. The token is random per block, so the output cannot end the block itself. Annotations
// (io.warning/error) need no block: @actions/core escapes their line breaks.
import { randomBytes } from 'node:crypto';

/** The text inside a stop-commands block ending with `::<token>::`. Pure. */
export function wrapUntrusted(text: string, token: string): string {
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}

export function stopCommandsToken(): string {
  return randomBytes(16).toString('hex');
}

/** The action's Io.untrusted: writes each text (through core.info) inside a block of its own. */
export function untrustedLogger(write: (line: string) => void, token: () => string = stopCommandsToken): (text: string) => void {
  return (text) => write(wrapUntrusted(text, token()));
}

/** The one way the shell logs untrusted output: the Io's own channel for it, else plain info (CLI, tests). */
export function logUntrusted(io: { info(message: string): void; untrusted?(text: string): void }, text: string): void {
  if (io.untrusted) io.untrusted(text);
  else io.info(text);
}
