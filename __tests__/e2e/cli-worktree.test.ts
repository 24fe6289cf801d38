// The real CLI bundle (built from this source) with --head WORKTREE on a real git repository: a slowdown that
// is only in the working tree (an edited file and an untracked one it imports) is caught, the report names
// the working tree, and the user's index, stash, refs and files are as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCliBundle, collect } from '../helpers/cli-bundle.js';
import { git, makeRepo, removeDir, tempDir, writeFiles } from '../helpers/git-repo.js';
import { pythonPath } from '../helpers/python.js';

const CALC = 'def work(n):\n    return sum(i * i for i in range(n))\n';
// The uncommitted change: work() also calls a helper from a new, untracked file: about 9× the work.
const SLOWER = 'from helper import extra\n\n\ndef work(n):\n    return sum(i * i for i in range(n)) + extra(8 * n)\n';
const HELPER = 'def extra(n):\n    return sum(i * i for i in range(n))\n';
const SUITE = '[defaults]\nsetup = "import calc"\n\n[[benchmark]]\nname = "work"\nstmt = "calc.work(2000)"\n';

let root: string;
let cli: string;
beforeAll(() => {
  root = tempDir();
  cli = buildCliBundle(root);
}, 180_000);
afterAll(() => removeDir(root));

function run(cwd: string, args: string[]) {
  return collect(process.execPath, [cli, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: root } });
}

/** Everything git keeps that the run must not change. */
function gitState(repo: string): string {
  return [
    git(repo, 'status', '--porcelain=v2', '--untracked-files=all'),
    git(repo, 'ls-files', '--stage'),
    git(repo, 'for-each-ref'),
    git(repo, 'stash', 'list'),
    readFileSync(join(repo, 'calc.py'), 'utf8'),
  ].join('\n--\n');
}

describe('--head WORKTREE', () => {
  it('catches a slowdown that is not committed yet, names the working tree, and leaves index, stash and refs alone', async () => {
    const repo = join(root, 'project');
    makeRepo(repo, { 'calc.py': CALC, 'bench/calc.toml': SUITE, '.gitignore': 'ignored.py\n' }, { 'README.md': 'a project\n' });
    const headSha = git(repo, 'rev-parse', 'HEAD');
    writeFiles(repo, { 'calc.py': SLOWER, 'helper.py': HELPER, 'ignored.py': 'raise SystemExit("ignored files stay out")\n' });
    // Something staged too: the run's temporary index must not disturb it.
    writeFiles(repo, { 'notes.txt': 'staged, not committed\n' });
    git(repo, 'add', 'notes.txt');
    const before = gitState(repo);

    const args = ['--head', 'WORKTREE', '--suites', 'timeit: bench/calc.toml', '--interpreters', pythonPath('3.12'), '--install', 'none'];
    const r = await run(repo, [
      ...args,
      '--min-rounds',
      '8',
      '--max-rounds',
      '12',
      '--threshold',
      '20%',
      '--slow-rounds',
      'keep',
      '--profile',
      'none',
      '--format',
      'json',
    ]);
    const report = JSON.parse(r.stdout);
    expect(report.head.ref).toBe(`working tree (uncommitted) on top of ${headSha.slice(0, 12)}`);
    expect(report.base).toEqual({ ref: 'HEAD', sha: headSha });
    expect(report.head.sha).not.toBe(headSha);
    expect(report.benchmarks).toEqual([expect.objectContaining({ name: 'work', verdict: 'regression' })]);
    expect(r.code).toBe(1);
    // The snapshot commit holds the untracked helper, not the ignored file.
    expect(git(repo, 'ls-tree', '--name-only', report.head.sha).split('\n').sort()).toEqual([
      '.gitignore',
      'README.md',
      'bench',
      'calc.py',
      'helper.py',
      'notes.txt',
    ]);
    expect(gitState(repo)).toBe(before);
  }, 400_000);
});
