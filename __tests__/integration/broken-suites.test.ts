// A PR that breaks its own suite file must not pass; a broken base is reported, not held against the PR;
// a suite on neither commit and an invalid pyproject.toml stop the run before any venv is built.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runShell } from '../../src/run.js';
import { runProcess } from '../../src/io/process.js';
import { makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { recordingIo } from '../helpers/recording-io.js';

const CALC = 'def work(n):\n    return sum(i * i for i in range(n))\n';
const suite = (...names: string[]) => `[defaults]\nsetup = "import calc"\n${names.map((n) => `\n[[benchmark]]\nname = "${n}"\nstmt = "calc.work(300)"\n`).join('')}`;
const BASE = {
  'calc.py': CALC,
  'bench/good.toml': suite('steady'),
  'bench/key.toml': suite('alpha', 'beta'),
  'bench/syntax.toml': suite('gamma'),
  'bench/dup.toml': suite('delta', 'epsilon'),
};
const SUITES = 'timeit: bench/good.toml\ntimeit: bench/key.toml\ntimeit: bench/syntax.toml\ntimeit: bench/dup.toml';
const RUN = { interpreters: '3.12', install: 'none', 'min-rounds': '3', 'max-rounds': '3', threshold: '900%', profile: 'none' };

let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));

const env = () => ({ ...process.env, RUNNER_TEMP: root, GITHUB_EVENT_PATH: '', GITHUB_EVENT_NAME: 'push', GITHUB_JOB: 'bench' });
const rowsOf = (io: { outputs: Record<string, string> }) => JSON.parse(readFileSync(io.outputs['report-json'], 'utf8'));

describe('suite files checked in both worktrees', () => {
  it('fails the rows of every suite file the PR breaks (unknown key, bad TOML, duplicate name) on head, with the parser\'s message', async () => {
    const repo = join(root, 'breaks');
    makeRepo(repo, BASE, {
      'bench/key.toml': suite('alpha', 'beta').replace('name = "alpha"', 'name = "alpha"\nrepeat = 3'),
      'bench/syntax.toml': suite('gamma').replace('stmt = "calc.work(300)"', 'stmt = calc.work(300)'),
      'bench/dup.toml': suite('delta', 'delta'),
    });
    const io = recordingIo({ ...RUN, suites: SUITES });
    const result = await runShell({ io, run: runProcess, env: env(), workspace: repo });
    const report = rowsOf(io);
    const byName = Object.fromEntries(report.benchmarks.map((b: any) => [b.name, b]));
    expect(Object.keys(byName).sort()).toEqual(['alpha', 'beta', 'delta', 'epsilon', 'gamma', 'steady']);
    for (const name of ['alpha', 'beta']) {
      expect(byName[name]).toMatchObject({ verdict: 'failed', failed_on: 'head', error: 'bench/key.toml: [[benchmark]] #1 (alpha) has unknown key "repeat": expected name, stmt, setup, number, gc' });
    }
    expect(byName.gamma).toMatchObject({ verdict: 'failed', failed_on: 'head', error: expect.stringMatching(/^bench\/syntax\.toml: is not valid TOML: line 6, column \d+: /) });
    for (const name of ['delta', 'epsilon']) expect(byName[name]).toMatchObject({ verdict: 'failed', failed_on: 'head', error: 'bench/dup.toml: [[benchmark]] #2 (delta) repeats the name "delta"' });
    expect(byName.steady.ratio).toEqual(expect.any(Number));
    expect(report.verdict).toBe('error');
    expect(result.exitCode).toBe(1);
    expect(io.outputs.failures).toBe('5');
    expect(io.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^suite bench\/key\.toml is broken on head \(its benchmarks fail on head\): bench\/key\.toml: \[\[benchmark\]\] #1 \(alpha\)/)]));
    expect(io.summary).toContain('#### Failed (5)');
  }, 300_000);

  it('reports a suite file broken on base only without blocking the PR that fixes it', async () => {
    const repo = join(root, 'fixes');
    makeRepo(repo, { 'calc.py': CALC, 'bench/key.toml': suite('alpha').replace('name = "alpha"', 'name = "alpha"\nrepeat = 3') }, { 'bench/key.toml': suite('alpha') });
    const io = recordingIo({ ...RUN, suites: 'timeit: bench/key.toml' });
    const result = await runShell({ io, run: runProcess, env: env(), workspace: repo });
    const report = rowsOf(io);
    expect(report.benchmarks).toEqual([expect.objectContaining({ name: 'alpha', verdict: 'failed', failed_on: 'base', error: expect.stringContaining('on base only: bench/key.toml: [[benchmark]] #1 (alpha) has unknown key "repeat"') })]);
    expect(report.verdict).toBe('pass');
    expect(result.exitCode).toBe(0);
    expect(io.summary).toContain('#### Failed (1 — 0 caused by this PR)');
  }, 300_000);

  it.each([
    [{ suites: 'timeit: bench/good.toml\ntimeit: bench/nope.toml' }, `input 'suites' is "bench/nope.toml": expected a suite that exists on base or head, relative to working-directory "."`],
    [{ suites: 'pytest-benchmark: tests/perf/' }, `input 'suites' is "tests/perf/": expected a suite that exists on base or head`],
  ])('exits 2 before any venv on a suite that is on neither commit: %p', async (inputs, message) => {
    const repo = join(root, `missing-${Math.random().toString(36).slice(2)}`);
    makeRepo(repo, BASE, {});
    const io = recordingIo({ ...RUN, ...inputs });
    const result = await runShell({ io, run: runProcess, env: env(), workspace: repo });
    expect(result.exitCode).toBe(2);
    expect(result.message).toContain(message);
    expect(io.outputs.verdict).toBe('error');
    expect(io.log.filter((l) => l.startsWith('::group::Set up'))).toEqual([]);
  });

  it("names [tool.py-perf-guard] suites when the missing suite came from pyproject.toml", async () => {
    const repo = join(root, 'missing-pyproject');
    makeRepo(repo, { ...BASE, 'pyproject.toml': '[tool.py-perf-guard]\nsuites = ["timeit: bench/gone.toml"]\n' }, {});
    const io = recordingIo(RUN);
    const result = await runShell({ io, run: runProcess, env: env(), workspace: repo });
    expect(result.exitCode).toBe(2);
    expect(result.message).toContain(`[tool.py-perf-guard] suites is "bench/gone.toml": expected a suite that exists on base or head`);
  });

  it('exits 2 before any venv on an invalid pyproject.toml, naming the file and line', async () => {
    const repo = join(root, 'bad-pyproject');
    makeRepo(repo, BASE, { 'pyproject.toml': '[project]\nname = "calc"\n\n[tool.py-perf-guard]\nthreshold = 5%\n' });
    const io = recordingIo({ ...RUN, suites: SUITES });
    const result = await runShell({ io, run: runProcess, env: env(), workspace: repo });
    expect(result.exitCode).toBe(2);
    expect(result.message).toMatch(/^pyproject\.toml is not valid TOML \(line 5, column \d+: .+\): fix it/);
    expect(io.outputs.verdict).toBe('error');
    expect(io.log.filter((l) => l.startsWith('::group::Set up'))).toEqual([]);
  });
});
