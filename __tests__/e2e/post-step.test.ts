// The action's post step (dist/post/index.js) saves pip's cache as the main step left it; a failure only warns.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, removeDir, tempDir } from '../helpers/git-repo.js';

let dir: string;
beforeAll(() => (dir = tempDir()));
afterAll(() => removeDir(dir));

function post(state: object | undefined, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'post', 'index.js')], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: dir, ...(state ? { 'STATE_pip-cache': JSON.stringify(state) } : {}), ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, log: r.stdout + r.stderr };
}

describe('dist/post/index.js', () => {
  it('does nothing when the main step restored no cache (cache off, CLI, no service)', () => {
    expect(post(undefined)).toEqual({ code: 0, log: '' });
  });

  it('does not save again what was restored under the exact key', () => {
    const r = post({ dir, key: 'py-perf-guard-pip-Linux-X64-CPython-3.12.1-abc', restoredKey: 'py-perf-guard-pip-Linux-X64-CPython-3.12.1-abc' });
    expect(r.code).toBe(0);
    expect(r.log).toContain('was restored as is; not saved again');
  });

  it('a cache service that fails is a warning, and the step still succeeds', () => {
    const cacheDir = join(dir, 'pip-cache');
    mkdirSync(join(cacheDir, 'wheels'), { recursive: true });
    writeFileSync(join(cacheDir, 'wheels', 'x.whl'), 'wheel');
    const r = post(
      { dir: cacheDir, key: 'py-perf-guard-pip-Linux-X64-CPython-3.12.1-def' },
      { ACTIONS_CACHE_URL: 'http://127.0.0.1:9/', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', ACTIONS_RUNTIME_TOKEN: 'x' },
    );
    expect(r.code).toBe(0);
    expect(r.log).toMatch(/::warning::/);
    expect(r.log).not.toContain('saved ' + cacheDir);
  });
});
