// The environment every child process starts from (git, venv creation, interpreter probes, installs, rounds,
// memory and profile passes): an allow-list of the action's environment, never the whole of it. A node action
// receives the runner's runtime and OIDC tokens, the github-token input and the paths of the runner's command
// files; the PR's code must see none of them (cache poisoning, OIDC tokens, hijacking later steps through
// GITHUB_ENV). Pure, apart from confineRun, which applies the result at the process seam.
import { type RunProcess } from './process.js';
import { type ShellDeps } from './seam.js';

/** Passed as they are: what a shell, pip, uv and a proxy need. */
const ALLOWED = new Set([
  'PATH', 'HOME', 'LANG', 'TMPDIR', 'TEMP', 'TMP', 'CI', 'RUNNER_OS', 'RUNNER_ARCH',
  'http_proxy', 'https_proxy', 'no_proxy', 'all_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY',
  // What actions/setup-python and pyenv set so that their interpreters start (a shared libpython) and build
  // extensions against themselves: paths, no secrets.
  'LD_LIBRARY_PATH', 'PKG_CONFIG_PATH', 'pythonLocation', 'Python_ROOT_DIR', 'Python2_ROOT_DIR', 'Python3_ROOT_DIR', 'PYENV_ROOT',
]);
const ALLOWED_PREFIXES = ['LC_', 'PIP_', 'UV_'];

/** Never passed, not even when named in pass-env: the runner's credentials and command files. */
const NEVER = new Set([
  'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RUNTIME_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'GITHUB_TOKEN', 'GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY',
]);
/** Inputs (INPUT_GITHUB-TOKEN holds the token) and the runtime/OIDC/cache families. */
const NEVER_PREFIXES = ['INPUT_', 'ACTIONS_RUNTIME_', 'ACTIONS_ID_TOKEN_', 'ACTIONS_CACHE_'];

export function isNeverPassed(name: string): boolean {
  const upper = name.toUpperCase();
  return NEVER.has(upper) || NEVER_PREFIXES.some((p) => upper.startsWith(p));
}

function isAllowed(name: string): boolean {
  return ALLOWED.has(name) || ALLOWED_PREFIXES.some((p) => name.startsWith(p));
}

export interface ChildEnvironment {
  env: NodeJS.ProcessEnv;
  /** Variables left out because their value holds a secret (the github-token), to warn about. */
  withheld: string[];
}

/**
 * The allow-listed part of `parent` plus the variables named in pass-env. Any variable whose value contains
 * one of `secrets` (the github-token) is left out, whatever its name.
 */
export function childEnvironment(parent: NodeJS.ProcessEnv, passEnv: readonly string[], secrets: readonly string[] = []): ChildEnvironment {
  const env: NodeJS.ProcessEnv = {};
  const withheld: string[] = [];
  const holdsSecret = (value: string) => secrets.some((s) => s && value.includes(s));
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined || isNeverPassed(name)) continue;
    if (!isAllowed(name) && !passEnv.includes(name)) continue;
    if (holdsSecret(value)) withheld.push(name);
    else env[name] = value;
  }
  return { env, withheld };
}

/**
 * Every process started through the returned RunProcess gets `childEnv` unless its caller built its own
 * (from childEnv, adding what the action sets); never-passed names are dropped from that too, as a backstop.
 */
export function confineRun(run: RunProcess, childEnv: NodeJS.ProcessEnv): RunProcess {
  return (command, args, options = {}) => {
    const env = { ...(options.env ?? childEnv) };
    for (const name of Object.keys(env)) if (isNeverPassed(name)) delete env[name];
    return run(command, args, { ...options, env });
  };
}

/**
 * The seam every phase after the settings uses: processes start from the allow-listed environment (a warning
 * names the variables left out because they hold the token's value).
 */
export function confineDeps(deps: ShellDeps, passEnv: readonly string[], token: string): ShellDeps {
  const child = childEnvironment(deps.env, passEnv, token ? [token] : []);
  if (child.withheld.length) deps.io.warning(`not passed to the project's processes, as their values hold the github-token: ${child.withheld.join(', ')}`);
  return { ...deps, childEnv: child.env, run: confineRun(deps.run, child.env) };
}
