// The whole shell with `method: paired` on a real repository and real CPython 3.12: worker pairs for the
// pytest-benchmark and the timeit suite, a +30% change caught, an untouched benchmark not flagged, and the
// added / removed / failing benchmarks given the verdicts `rounds` gives them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../../src/io/process.js';
import { runShell } from '../../src/run.js';
import { CALC_BASE, CALC_HEAD } from '../helpers/calc-project.js';
import { git, removeDir, tempDir, writeFiles } from '../helpers/git-repo.js';
import { recordingIo } from '../helpers/recording-io.js';

let root: string;
let repo: string;
beforeAll(() => {
  root = tempDir();
  repo = join(root, 'calc');
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFiles(repo, { ...CALC_BASE, 'benchmarks/test_old.py': 'import calc\n\n\ndef test_gone(benchmark):\n    benchmark(calc.steady)\n' });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  const micro = `${CALC_BASE['benchmarks/micro.toml']}\n[[benchmark]]\nname = "fresh"\nstmt = "calc.brand_new()"\n`;
  writeFiles(repo, { ...CALC_HEAD, 'benchmarks/micro.toml': micro });
  git(repo, 'rm', '-q', 'benchmarks/test_old.py');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'head');
});
afterAll(() => removeDir(root));

it('method: paired catches the +30% change on both suite kinds, leaves the untouched alone, and reports added/removed/failed', async () => {
  const io = recordingIo({
    suites: 'pytest-benchmark: benchmarks/\ntimeit: benchmarks/micro.toml',
    interpreters: '3.12',
    install: 'none',
    method: 'paired',
    threshold: '10%',
    'time-budget': '15m',
  });
  const env = { ...process.env, RUNNER_TEMP: root, GITHUB_EVENT_PATH: '', GITHUB_EVENT_NAME: 'push', GITHUB_JOB: 'bench' };
  const result = await runShell({ io, run: runProcess, env, workspace: repo });
  const report = JSON.parse(readFileSync(io.outputs['report-json'], 'utf8'));
  const rows: Record<string, any> = {};
  for (const b of report.benchmarks) rows[`${b.suite} ${b.name}`] = b;
  for (const slow of ['benchmarks/ test_calc.py::test_slow', 'benchmarks/micro.toml slow']) {
    expect(rows[slow]).toMatchObject({ verdict: 'regression', method: 'paired', burst_ms: 5 });
    expect(rows[slow].pair_estimates).toHaveLength(rows[slow].pairs);
    expect(rows[slow].pairs).toBeGreaterThanOrEqual(6);
    expect(rows[slow].duels).toBeGreaterThanOrEqual(rows[slow].pairs * 10);
  }
  for (const steady of ['benchmarks/ test_calc.py::test_steady', 'benchmarks/micro.toml steady']) {
    expect(rows[steady]).toMatchObject({ verdict: expect.stringMatching(/^(unchanged|inconclusive)$/), method: 'paired' });
  }
  expect(rows['benchmarks/micro.toml fast']).toMatchObject({ verdict: 'improvement' });
  expect(rows['benchmarks/ test_calc.py::test_fragile']).toMatchObject({
    verdict: 'failed',
    failed_on: 'head',
    error: expect.stringContaining('ZeroDivisionError'),
  });
  expect(rows['benchmarks/ test_new.py::test_brand_new']).toMatchObject({ verdict: 'added', method: 'paired' });
  expect(rows['benchmarks/micro.toml fresh']).toMatchObject({ verdict: 'added' });
  expect(rows['benchmarks/ test_old.py::test_gone']).toMatchObject({ verdict: 'removed' });
  expect(report.settings).toMatchObject({ method: 'paired', rounds: 0, min_pairs: 6, max_pairs: 20 });
  expect(report.settings.pairs).toBeGreaterThanOrEqual(6);
  expect(result.exitCode).toBe(1);
  expect(io.outputs).toMatchObject({ verdict: 'regression' });
  expect(io.summary).toMatch(/test\\_slow \| 3\.12 \| regression \|.*\| \d+ pairs × 16 duels \|/);
  expect(io.summary).toContain('worker pairs of 5 ms bursts');
}, 900_000);
