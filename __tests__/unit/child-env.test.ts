import { childEnvironment, confineRun } from '../../src/io/child-env.js';
import { parseCliArgs } from '../../src/config/cli-args.js';
import { parseConfig } from '../../src/config/parse-settings.js';
import { type ProcessOptions, type RunProcess } from '../../src/io/process.js';
import { parsePassEnv } from '../../src/config/pass-env.js';
import { ConfigError } from '../../src/model/errors.js';

const TOKEN = 'ghs_0123456789abcdefghijABCDEFGHIJ012345';

/** What a node action's process sees on a runner, trimmed. */
const RUNNER_ENV: NodeJS.ProcessEnv = {
  PATH: '/usr/bin:/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  TMPDIR: '/tmp',
  CI: 'true',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  RUNNER_TEMP: '/home/runner/work/_temp',
  PIP_INDEX_URL: 'https://pypi.example/simple',
  UV_INDEX_URL: 'https://pypi.example/simple',
  https_proxy: 'http://proxy:3128',
  NO_PROXY: 'localhost',
  LD_LIBRARY_PATH: '/opt/hostedtoolcache/Python/3.12.1/x64/lib',
  PYTHONPATH: '/somewhere',
  'INPUT_GITHUB-TOKEN': TOKEN,
  INPUT_SUITES: 'timeit: b.toml',
  GITHUB_TOKEN: TOKEN,
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  ACTIONS_RUNTIME_URL: 'https://pipelines.example/',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/',
  ACTIONS_CACHE_URL: 'https://cache.example/',
  GITHUB_ENV: '/home/runner/work/_temp/_runner_file_commands/set_env_1',
  GITHUB_OUTPUT: '/x/out',
  GITHUB_PATH: '/x/path',
  GITHUB_STATE: '/x/state',
  GITHUB_STEP_SUMMARY: '/x/summary',
  GITHUB_REPOSITORY: 'o/r',
  AWS_SECRET_ACCESS_KEY: 'aws',
  MY_BENCH_SIZE: '1000',
};

describe('childEnvironment', () => {
  it('keeps only the allow-list', () => {
    const { env, withheld } = childEnvironment(RUNNER_ENV, []);
    expect(Object.keys(env).sort()).toEqual(
      ['CI', 'HOME', 'LANG', 'LC_ALL', 'LD_LIBRARY_PATH', 'NO_PROXY', 'PATH', 'PIP_INDEX_URL', 'RUNNER_ARCH', 'RUNNER_OS', 'TMPDIR', 'UV_INDEX_URL', 'https_proxy'].sort(),
    );
    expect(env.PATH).toBe('/usr/bin:/bin');
    expect(withheld).toEqual([]);
  });

  it('adds the names given in pass-env, and only those present', () => {
    const { env } = childEnvironment(RUNNER_ENV, ['MY_BENCH_SIZE', 'PYTHONPATH', 'NOT_SET']);
    expect(env).toMatchObject({ MY_BENCH_SIZE: '1000', PYTHONPATH: '/somewhere' });
    expect('NOT_SET' in env).toBe(false);
    expect('AWS_SECRET_ACCESS_KEY' in env).toBe(false);
  });

  it('never passes the credentials and command files, even when named', () => {
    const named = ['INPUT_GITHUB-TOKEN', 'GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_ENV'];
    const { env } = childEnvironment(RUNNER_ENV, named);
    for (const name of [...named, 'ACTIONS_RUNTIME_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_CACHE_URL', 'GITHUB_OUTPUT', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'INPUT_SUITES']) {
      expect(name in env).toBe(false);
    }
  });

  it('withholds any variable whose value holds the token, whatever its name', () => {
    const { env, withheld } = childEnvironment({ ...RUNNER_ENV, GH_TOKEN: TOKEN, PIP_EXTRA_INDEX_URL: `https://x:${TOKEN}@pypi.example/` }, ['GH_TOKEN'], [TOKEN]);
    expect(withheld.sort()).toEqual(['GH_TOKEN', 'PIP_EXTRA_INDEX_URL']);
    expect(JSON.stringify(env)).not.toContain(TOKEN);
  });
});

describe('parsePassEnv', () => {
  it('splits on commas and newlines', () => expect(parsePassEnv('A, B_2\nC\n\nA')).toEqual(['A', 'B_2', 'C']));

  it.each(['INPUT_GITHUB-TOKEN', 'INPUT_FOO', 'GITHUB_TOKEN', 'github_env', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_CACHE_URL', 'GITHUB_STEP_SUMMARY'])('refuses %p, naming the input and the value', (name) => {
    expect(() => parsePassEnv(`FOO, ${name}`)).toThrow(ConfigError);
    expect(() => parsePassEnv(`FOO, ${name}`)).toThrow(`input 'pass-env' is ${JSON.stringify(name)}: expected names other than INPUT_*`);
  });

  it('refuses what is not a variable name', () => expect(() => parsePassEnv('FOO=1')).toThrow(`input 'pass-env' is "FOO=1": expected names of environment variables`));
});

describe('pass-env in the configuration', () => {
  const suites = { suites: 'timeit: b.toml' };
  it('is read from the workflow input', () => expect(parseConfig({ ...suites, 'pass-env': 'A,B' }).passEnv).toEqual(['A', 'B']));
  it('defaults to none', () => expect(parseConfig(suites).passEnv).toEqual([]));
  it("is refused in the PR's pyproject.toml", () =>
    expect(() => parseConfig(suites, { 'pass-env': 'AWS_SECRET_ACCESS_KEY' })).toThrow(`[tool.py-perf-guard] key is "pass-env": expected a key the PR may set: pass-env is read only from the workflow's inputs`));
  it('is an option of the CLI', () => expect(parseCliArgs(['--pass-env', 'A,B']).inputs['pass-env']).toBe('A,B'));
});

describe('confineRun', () => {
  const seen: ProcessOptions[] = [];
  const fake: RunProcess = async (_c, _a, options = {}) => {
    seen.push(options);
    return { code: 0, stdout: '', stderr: '', timedOut: false };
  };
  const run = confineRun(fake, { PATH: '/bin', HOME: '/h' });

  it('gives a process without an environment of its own the child environment', async () => {
    await run('python3', ['-c', ''], { timeoutMs: 5 });
    expect(seen.at(-1)).toEqual({ timeoutMs: 5, env: { PATH: '/bin', HOME: '/h' } });
  });

  it("keeps a caller's environment but drops never-passed names from it", async () => {
    await run('git', ['status'], { env: { PATH: '/bin', GIT_TERMINAL_PROMPT: '0', GITHUB_ENV: '/x', 'INPUT_GITHUB-TOKEN': TOKEN } });
    expect(seen.at(-1)!.env).toEqual({ PATH: '/bin', GIT_TERMINAL_PROMPT: '0' });
  });
});
