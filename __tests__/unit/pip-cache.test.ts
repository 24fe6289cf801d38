// cache: pip in the run: which folder, which key, what the installs see, and that a failure only warns.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/parse-settings.js';
import { type CacheService, type PipCacheState } from '../../src/io/actions-cache.js';
import { confineDeps } from '../../src/io/child-env.js';
import { type ShellDeps } from '../../src/io/seam.js';
import { type Interpreter } from '../../src/model/interpreter.js';
import { pipCacheKey } from '../../src/workspace/pip-cache-key.js';
import { restorePipCache } from '../../src/workspace/pip-cache.js';
import { removeDir, tempDir } from '../helpers/git-repo.js';
import { recordingIo, type RecordingIo } from '../helpers/recording-io.js';

let dir: string;
let dirs: { base: string; head: string };
beforeEach(() => {
  dir = tempDir();
  dirs = { base: join(dir, 'base'), head: join(dir, 'head') };
  for (const d of Object.values(dirs)) mkdirSync(d);
  writeFileSync(join(dirs.base, 'requirements.txt'), 'numpy==2.1\n');
  writeFileSync(join(dirs.head, 'requirements.txt'), 'numpy==2.2\n');
  writeFileSync(join(dirs.head, 'README.md'), 'not a dependency file\n');
});
afterEach(() => removeDir(dir));

const interpreters: Interpreter[] = [{ label: '3.12', version: '3.12.1', implementation: 'CPython', path: '/usr/bin/python3.12' }];

function service(over: Partial<CacheService> = {}) {
  const calls: { restore: [string, string, string[]][]; remembered: PipCacheState[] } = { restore: [], remembered: [] };
  const cache: CacheService = {
    available: () => true,
    restore: async (d, key, keys) => {
      calls.restore.push([d, key, keys]);
      return keys[0] + 'older';
    },
    remember: (s) => void calls.remembered.push(s),
    ...over,
  };
  return { cache, calls };
}

function depsWith(io: RecordingIo, cache: CacheService | undefined, env: NodeJS.ProcessEnv = {}): ShellDeps {
  return {
    io,
    run: async () => ({ code: 0, stdout: '', stderr: '' }) as never,
    env: { RUNNER_TEMP: dir, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', ...env },
    childEnv: { PATH: '/usr/bin' },
    workspace: dir,
    cache,
  };
}

describe('restorePipCache', () => {
  it("restores into one folder below RUNNER_TEMP under the key of both commits' dependency files, and points pip at it", async () => {
    const io = recordingIo({});
    const { cache, calls } = service();
    const deps = depsWith(io, cache);
    await restorePipCache(deps, parseConfig({ suites: 'timeit: b.toml' }), interpreters, dirs);
    const expected = pipCacheKey({
      os: 'Linux',
      arch: 'X64',
      interpreters: ['CPython-3.12.1'],
      files: [
        { name: 'base/requirements.txt', text: 'numpy==2.1\n' },
        { name: 'head/requirements.txt', text: 'numpy==2.2\n' },
      ],
      install: '(default)',
    });
    const cacheDir = join(dir, 'py-perf-guard-pip-cache');
    expect(calls.restore).toEqual([[cacheDir, expected.key, expected.restoreKeys]]);
    expect(deps.childEnv!.PIP_CACHE_DIR).toBe(cacheDir);
    expect(calls.remembered).toEqual([{ dir: cacheDir, key: expected.key, restoredKey: `${expected.restoreKeys[0]}older` }]);
    expect(io.log).toContain(`pip cache: restored ${expected.restoreKeys[0]}older (for ${expected.key})`);
    expect(io.warnings).toEqual([]);
  });

  it('reaches the processes the run starts afterwards (the installs), through the allow-listed environment', async () => {
    const seen: NodeJS.ProcessEnv[] = [];
    const outer = {
      ...depsWith(recordingIo({}), service().cache),
      run: (async (_c: string, _a: string[], o: { env?: NodeJS.ProcessEnv } = {}) => (seen.push(o.env ?? {}), { code: 0, stdout: '', stderr: '' })) as never,
    };
    const deps = confineDeps(outer, [], 'ghs_token');
    await restorePipCache(deps, parseConfig({ suites: 'timeit: b.toml' }), interpreters, dirs);
    await deps.run('python', ['-m', 'pip', 'install', '-e', '.']);
    expect(seen[0].PIP_CACHE_DIR).toBe(join(dir, 'py-perf-guard-pip-cache'));
    expect(seen[0].RUNNER_TEMP).toBeUndefined();
  });

  it("keeps the user's PIP_CACHE_DIR", async () => {
    const { cache, calls } = service();
    const deps = depsWith(recordingIo({}), cache, { PIP_CACHE_DIR: '/custom/pip' });
    await restorePipCache(deps, parseConfig({ suites: 'timeit: b.toml' }), interpreters, dirs);
    expect(calls.restore[0][0]).toBe('/custom/pip');
  });

  it('is off with cache: false, and, left empty, where the runner has no cache service', async () => {
    for (const [inputs, available] of [
      [{ cache: 'false' }, true],
      [{}, false],
    ] as const) {
      const io = recordingIo({});
      const { cache, calls } = service({ available: () => available });
      const deps = depsWith(io, cache);
      await restorePipCache(deps, parseConfig({ suites: 'timeit: b.toml', ...inputs }), interpreters, dirs);
      expect(calls.restore).toEqual([]);
      expect(deps.childEnv!.PIP_CACHE_DIR).toBeUndefined();
      expect(io.warnings).toEqual([]);
    }
  });

  it('warns when cache: pip is asked for and there is no cache service', async () => {
    const io = recordingIo({});
    await restorePipCache(depsWith(io, service({ available: () => false }).cache), parseConfig({ suites: 'timeit: b.toml', cache: 'pip' }), interpreters, dirs);
    expect(io.warnings).toEqual([expect.stringContaining("input 'cache' is pip, but this runner has no cache service")]);
  });

  it('a failing restore is a warning, and the run goes on without the cache', async () => {
    const io = recordingIo({});
    const { cache, calls } = service({
      restore: async () => {
        throw new Error('cache service unreachable');
      },
    });
    const deps = depsWith(io, cache);
    await restorePipCache(deps, parseConfig({ suites: 'timeit: b.toml' }), interpreters, dirs);
    expect(io.warnings).toEqual(['pip cache: restoring failed, installing without it: cache service unreachable']);
    expect(deps.childEnv!.PIP_CACHE_DIR).toBeUndefined();
    expect(calls.remembered).toEqual([]);
  });
});
