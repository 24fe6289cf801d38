// `method: paired` through the real bundle (dist/index.js): the paired workers' Python files ship inside it, a
// 2× slowdown is caught, the report says how it was measured (with the calibration pair's noise floor), and an import-time suite falls back to rounds
// with a notice. Then the default method on CPython 3.11 and 3.13 and PyPy, with interpreter comparisons on worker pairs.
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { makeDoubledRepo } from '../helpers/doubled-repo.js';
import { removeDir, tempDir } from '../helpers/git-repo.js';
import { pypyPath, pythonPath } from '../helpers/python.js';
import { runDist } from '../helpers/run-dist.js';

let root: string;
let repo: string;
let shas: { base: string; head: string };
beforeAll(() => {
  root = tempDir();
  repo = join(root, 'project');
  shas = makeDoubledRepo(repo, 4000); // head makes `doubled` do twice the work (a 2× slowdown)
});
afterAll(() => removeDir(root));

/** dist/index.js on a push of base → head: the timeit suite, 6 pairs, threshold 20%, no comment. */
function runOnPush(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runDist({
    workspace: repo,
    temp: root,
    eventName: 'push',
    event: { after: shas.head, before: shas.base },
    inputs: {
      suites: 'timeit: bench/micro.toml',
      install: 'none',
      'min-rounds': '6',
      'max-rounds': '6',
      threshold: '20%',
      base: shas.base,
      head: shas.head,
      comment: 'never',
      ...inputs,
    },
    env,
  });
}

it('measures with worker pairs (and a calibration pair) from dist/index.js and falls back to rounds for import-time, with a notice', async () => {
  const run = await runOnPush({ 'import-time': 'calc', interpreters: '3.12', method: 'paired', calibrate: 'true' });
  expect(run.outputs).toMatchObject({ verdict: 'regression' });
  expect(run.code).toBe(1);
  const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
  expect(report.settings).toMatchObject({ method: 'paired', pairs: 6, burst_ms: 5 });
  const doubled = report.benchmarks.find((b: { name: string }) => b.name === 'doubled');
  expect(doubled).toMatchObject({ verdict: 'regression', method: 'paired', pairs: 6 });
  expect(doubled.ratio).toBeGreaterThan(1.6);
  // calibrate: the base-against-base pair's reading, small for identical code
  expect(doubled.noise_floor).toBeLessThan(0.2);
  expect(report.benchmarks.find((b: { suite: string }) => b.suite === 'import-time')).toMatchObject({ method: 'rounds' });
  expect(run.log).toMatch(/::notice::import-time on 3\.12: import-time suites are measured by rounds/);
}, 600_000);

// CI installs Debian's pypy3 (.ci/run).
(pypyPath() || process.env.CI ? it : it.skip)(
  'is the default: 3.11, 3.13 and PyPy (JIT warm-up reported), interpreter comparisons on worker pairs',
  async () => {
    const summary = join(root, 'default-summary.md');
    writeFileSync(summary, '');
    const run = await runOnPush(
      { interpreters: `${pythonPath('3.11')}, ${pythonPath('3.13')}, pypy3`, 'compare-interpreters': 'true' },
      { GITHUB_STEP_SUMMARY: summary },
    );
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    // parallel: auto, one unit per CPU: 3 interpreters and 2 comparisons are 5 units
    expect(report.settings).toMatchObject({ method: 'paired', pairs: 6, parallel: Math.min(availableParallelism(), 5) });
    const rows = Object.fromEntries(report.benchmarks.map((b: { interpreter: string }) => [b.interpreter, b]));
    for (const minor of ['3.11', '3.13'] as const) expect(rows[pythonPath(minor)]).toMatchObject({ verdict: 'regression', method: 'paired', pairs: 6 });
    expect(rows.pypy3).toMatchObject({ method: 'paired', pairs: 6 });
    expect(rows.pypy3.warmup_bursts).toBeGreaterThanOrEqual(6); // until the best burst stopped improving for 5
    expect(rows.pypy3.warmup_iterations).toBeGreaterThanOrEqual(rows.pypy3.warmup_bursts); // those bursts' calls
    expect(readFileSync(summary, 'utf8')).toMatch(/JIT warm-up: \d+–\d+ bursts per worker dropped until burst times settled/);
    // compare-interpreters: head on 3.11 against head on 3.13 (and on PyPy), each as worker pairs
    expect(report.interpreter_comparisons).toHaveLength(2);
    for (const c of report.interpreter_comparisons) expect(c.benchmarks).toEqual([expect.objectContaining({ name: 'doubled', method: 'paired', pairs: 6 })]);
    expect(run.code).toBe(1);
  },
  600_000,
);
