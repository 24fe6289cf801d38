// A workspace reached through a symlink (a runner whose work folder is linked elsewhere): git reports the
// real path, and the project inside the worktrees must still be found.
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runShell } from '../../src/run.js';
import { unsupportedPlatform } from '../../src/io/platform.js';
import { runProcess } from '../../src/io/process.js';
import { makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { pythonPath } from '../helpers/python.js';
import { recordingIo } from '../helpers/recording-io.js';

const SUITE = `[[benchmark]]\nname = "add"\nstmt = "1 + 1"\n`;

let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));

it('measures a project whose workspace path goes through a symlink', async () => {
  const real = join(root, 'real', 'repo');
  // The PR adds the benchmark: measured in the worktrees it is `added`; measured in the linked checkout
  // for both sides (the old path arithmetic), it would be compared with itself.
  makeRepo(real, { 'py/x.py': 'x = 1\n' }, { 'py/x.py': 'x = 2\n', 'py/bench.toml': SUITE });
  const link = join(root, 'linked');
  symlinkSync(join(root, 'real'), link);
  const io = recordingIo({ suites: 'timeit: bench.toml', 'working-directory': 'py', interpreters: pythonPath('3.12'), install: 'none', 'min-rounds': '2', 'max-rounds': '2' });
  const reportPath = join(root, 'report.json');
  await runShell({ io, run: runProcess, env: { ...process.env, RUNNER_TEMP: root, GITHUB_EVENT_PATH: '' }, workspace: join(link, 'repo'), reportPath });
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  expect(report.benchmarks).toEqual([expect.objectContaining({ name: 'add', verdict: 'added' })]);
}, 120_000);

it('names the supported runners on Windows only', () => {
  expect(unsupportedPlatform('win32')).toMatch(/Linux and macOS runners only.*runs-on: ubuntu-latest/);
  expect(unsupportedPlatform('linux')).toBeUndefined();
  expect(unsupportedPlatform('darwin')).toBeUndefined();
});
