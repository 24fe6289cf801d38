// A run killed outright leaves worktrees registered; the next run forgets those whose folder is gone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runShell } from '../../src/run.js';
import { runProcess } from '../../src/io/process.js';
import { staleRunWorktrees } from '../../src/workspace/stale-worktrees.js';
import { git, makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { recordingIo } from '../helpers/recording-io.js';

const worktrees = (repo: string) => git(repo, 'worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree ')).map((l) => l.slice(9));

describe('staleRunWorktrees', () => {
  it('names only missing worktrees below a py-perf-guard temp folder', () => {
    const porcelain = ['worktree /repo', 'HEAD abc', '', 'worktree /tmp/py-perf-guard-a1/base', 'detached', '', 'worktree /tmp/py-perf-guard-a1/head', '', 'worktree /tmp/other/base', ''].join('\n');
    expect(staleRunWorktrees(porcelain, () => false)).toEqual(['/tmp/py-perf-guard-a1/base', '/tmp/py-perf-guard-a1/head']);
    expect(staleRunWorktrees(porcelain, () => true)).toEqual([]);
  });
});

describe('runShell at start', () => {
  let root: string;
  beforeAll(() => (root = tempDir()));
  afterAll(() => removeDir(root));

  it('prunes the worktrees a killed run left behind', async () => {
    const repo = join(root, 'repo');
    const shas = makeRepo(repo, { 'a.py': '1\n' }, { 'a.py': '2\n' });
    const killedRun = join(root, 'py-perf-guard-Xy12ab');
    mkdirSync(killedRun);
    git(repo, 'worktree', 'add', '--detach', join(killedRun, 'base'), shas.base);
    removeDir(killedRun); // the temp folder went with the killed runner
    expect(worktrees(repo)).toHaveLength(2);
    const io = recordingIo({ suites: 'timeit: bench.toml', base: 'no-such-ref', install: 'none' });
    const result = await runShell({ io, run: runProcess, env: { ...process.env, RUNNER_TEMP: root, GITHUB_EVENT_PATH: '' }, workspace: repo });
    expect(result).toMatchObject({ exitCode: 2, message: expect.stringContaining('no-such-ref') }); // found after the prune
    expect(worktrees(repo)).toEqual([repo]);
    expect(io.log.join('\n')).toContain('pruned 1 stale worktree(s)');
  });
});
