// `method: paired` through the real bundle (dist/index.js): the paired workers' Python files ship inside it, a
// 2× slowdown is caught, the report says how it was measured (with the calibration pair's noise floor), and an import-time suite falls back to rounds
// with a notice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDoubledRepo } from '../helpers/doubled-project.js';
import { removeDir, tempDir } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';

let root: string;
let repo: string;
let shas: { base: string; head: string };
beforeAll(() => {
  root = tempDir();
  repo = join(root, 'project');
  shas = makeDoubledRepo(repo); // head makes `doubled` do twice the work (a 2× slowdown)
});
afterAll(() => removeDir(root));

it('measures with worker pairs (and a calibration pair) from dist/index.js and falls back to rounds for import-time, with a notice', async () => {
  const run = await runDist({
    workspace: repo,
    temp: root,
    eventName: 'push',
    event: { after: shas.head, before: shas.base },
    inputs: {
      suites: 'timeit: bench/micro.toml',
      'import-time': 'calc',
      interpreters: '3.12',
      install: 'none',
      method: 'paired',
      calibrate: 'true',
      'min-rounds': '6',
      'max-rounds': '6',
      threshold: '20%',
      base: shas.base,
      head: shas.head,
      comment: 'never',
    },
  });
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
