// The `pass-env` input: names of further environment variables for the project's processes. The runner's
// credentials and command files (io/child-env.ts) are refused even when named.
import { isNeverPassed } from '../io/child-env.js';
import { ConfigError } from '../model/errors.js';
import { parseList } from './values.js';

const SOURCE = "input 'pass-env'";

/** `pass-env`: names of further variables for the project's processes, comma- or newline-separated. */
export function parsePassEnv(text: string): string[] {
  const names = parseList(text);
  for (const name of names) {
    if (isNeverPassed(name)) {
      throw new ConfigError(SOURCE, name, 'names other than INPUT_*, ACTIONS_RUNTIME_*, ACTIONS_ID_TOKEN_*, ACTIONS_CACHE_* and GITHUB_TOKEN/_ENV/_OUTPUT/_PATH/_STATE/_STEP_SUMMARY: the runner\'s credentials and command files never reach the project\'s code');
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new ConfigError(SOURCE, name, 'names of environment variables (letters, digits and _), comma- or newline-separated');
  }
  return [...new Set(names)];
}
