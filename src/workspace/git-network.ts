// git calls that reach the network (fetch, deepen): a timeout per try, three tries with back-off, and a
// credentials failure explained (trying again would not help, and the fix is in the workflow).
import { type ProcessResult } from '../io/process.js';
import { EnvironmentError } from '../model/errors.js';

export const NETWORK_TIMEOUT_MS = 2 * 60 * 1000;
/** Waits before the second and the third try. */
export const RETRY_DELAYS_MS = [1000, 3000];

const CREDENTIALS_FAILURE = /could not read (Username|Password)|Authentication failed|terminal prompts disabled|HTTP Basic: Access denied|Permission denied \(publickey\)|returned error: 40[13]\b/i;

/** The remote answered, and the answer is no: another try would get the same. */
const DEFINITE_ANSWER = /couldn't find remote ref|not our ref|unadvertised object/i;

export const CREDENTIALS_HINT =
  'the checkout has no credentials for origin: keep actions/checkout\'s `persist-credentials: true` (its default), ' +
  'or check out the whole history with `fetch-depth: 0` so that nothing needs fetching';

/** The stderr of a failed git call, told apart: a credentials failure, or something worth another try. Pure. */
export function isCredentialsFailure(stderr: string): boolean {
  return CREDENTIALS_FAILURE.test(stderr);
}

/** git's `fatal:` line says what went wrong; the lines after it are advice. */
function reason(text: string): string {
  const lines = text.trim().split('\n');
  return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[lines.length - 1] ?? '';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one network git call (`call` gets the arguments and a timeout) until it succeeds, at most
 * 1 + RETRY_DELAYS_MS.length times. Returns stdout, or null when every try failed.
 */
export async function withRetries(args: readonly string[], call: (args: readonly string[], timeoutMs: number) => Promise<ProcessResult>, log: (line: string) => void): Promise<string | null> {
  const tries = RETRY_DELAYS_MS.length + 1;
  const what = `git ${args.filter((a) => a !== '--quiet').join(' ')}`;
  for (let i = 0; i < tries; i++) {
    const r = await call(args, NETWORK_TIMEOUT_MS);
    if (r.code === 0) return r.stdout.trim();
    const why = r.timedOut ? `timed out after ${NETWORK_TIMEOUT_MS / 1000}s` : reason(r.stderr || r.stdout);
    if (isCredentialsFailure(r.stderr)) throw new EnvironmentError(`${what} failed: ${why}: ${CREDENTIALS_HINT}`);
    const last = i === tries - 1 || DEFINITE_ANSWER.test(r.stderr);
    log(`${what}: try ${i + 1} of ${tries} failed (${why})${last ? '' : `; trying again in ${RETRY_DELAYS_MS[i] / 1000}s`}`);
    if (last) break;
    await sleep(RETRY_DELAYS_MS[i]);
  }
  return null;
}
