// A PR that relaxes its own gate in pyproject.toml: the comment and the report say so, key by key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runShell } from '../../src/run.js';
import { runProcess } from '../../src/io/process.js';
import { makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { recordingIo } from '../helpers/recording-io.js';

let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));

it('lists each [tool.py-perf-guard] key the PR changes, old → new, in the summary and config_changes', async () => {
  const repo = join(root, 'relaxes');
  const table = (threshold: string, minRounds: number) => `[project]\nname = "calc"\n\n[tool.py-perf-guard]\nsuites = ["timeit: bench.toml"]\nthreshold = "${threshold}"\nmin-rounds = ${minRounds}\n`;
  makeRepo(
    repo,
    { 'calc.py': 'def work(n):\n    return sum(range(n))\n', 'bench.toml': '[[benchmark]]\nname = "work"\nstmt = "calc.work(300)"\nsetup = "import calc"\n', 'pyproject.toml': table('5%', 3) },
    { 'pyproject.toml': table('900%', 2) },
  );
  // min-rounds also comes from the workflow: its change in pyproject.toml has no effect on this run
  const io = recordingIo({ interpreters: '3.12', install: 'none', 'min-rounds': '3', 'max-rounds': '3', profile: 'none' });
  const env = { ...process.env, RUNNER_TEMP: root, GITHUB_EVENT_PATH: '', GITHUB_EVENT_NAME: 'push', GITHUB_JOB: 'bench' };
  const result = await runShell({ io, run: runProcess, env, workspace: repo });
  expect(result.exitCode).toBe(0);
  const report = JSON.parse(readFileSync(io.outputs['report-json'], 'utf8'));
  expect(report.settings.threshold).toBe(9); // the head's table is what this run used
  expect(report.config_changes).toEqual([
    { key: 'min-rounds', base: 3, head: 2, overridden: true },
    { key: 'threshold', base: '5%', head: '900%', overridden: false },
  ]);
  expect(io.summary).toContain('This PR changes its own \\[tool.py-perf-guard\\] settings');
  expect(io.summary).toContain('- threshold: &quot;5%&quot; → &quot;900%&quot;\n');
  expect(io.summary).toContain('- min-rounds: 3 → 2 (the workflow sets this input, so it has no effect here)');
  expect(io.summary.indexOf('This PR changes its own')).toBeLessThan(io.summary.indexOf('<details>'));
}, 300_000);
