// The paired pytest plugin on real CPython 3.12 with pytest and pytest-benchmark installed (and switched off):
// plain and pedantic benchmarks, setup, a single-shot benchmark that fails if called twice on one state,
// added/removed/failed tests, a collection error, and a fixture API the plugin can't serve.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { measurePairedUnit, type PairedUnit } from '../../src/measure/paired/coordinator.js';
import { type PairedSideSetup } from '../../src/measure/paired/launch.js';
import { type PairedUnitResult } from '../../src/measure/paired/types.js';
import { type SuiteSpec } from '../../src/model/settings.js';
import { venvEnvironment } from '../../src/workspace/python-env.js';
import { removeDir, tempDir, writeFiles } from '../helpers/git-repo.js';
import { loggedWorkers } from '../helpers/logged-workers.js';
import { pythonPath } from '../helpers/python.js';

let root: string;
let python: string;
let env: NodeJS.ProcessEnv;
beforeAll(() => {
  root = tempDir();
  const venv = join(root, 'venv');
  execFileSync(pythonPath('3.12'), ['-m', 'venv', venv]);
  python = join(venv, 'bin', 'python');
  env = venvEnvironment(venv, process.env);
  execFileSync(python, ['-m', 'pip', 'install', '-q', 'pytest', 'py-cpuinfo'], { env, stdio: 'ignore' });
  execFileSync(python, ['-m', 'pip', 'install', '-q', '--no-deps', 'pytest-benchmark'], { env, stdio: 'ignore' });
}, 300_000);
afterAll(() => removeDir(root));

const side = (name: string): PairedSideSetup => ({
  python,
  env,
  projectDir: join(root, name),
  harnessDir: join(root, 'harness'),
  scratchDir: join(root, `scratch-${name}`),
});

function ratio(result: PairedUnitResult, name: string): number {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Math.exp(median(result.benchmarks.get(name)!.pairs.map(median)));
}

const calc = (n: number) => `def work():\n    t = 0\n    for i in range(${n}):\n        t += i * i\n    return t\n`;

/** A single-shot target: it fails when called twice on one state. */
const ONCE = `class Once:
    def __init__(self):
        self.used = False

    def go(self):
        assert not self.used, "called twice on one state"
        self.used = True
        return calc.work()
`;

const tests = (fragile: string, extra: string) => `import pytest
import calc


def test_slow(benchmark):
    print("a test writing to stdout must not disturb the protocol")
    assert benchmark(calc.work) > 0


def test_steady(benchmark):
    benchmark(sorted, list(range(300, 0, -1)))


def test_setup(benchmark):
    def setup():
        return (list(range(200, 0, -1)),), {}

    def target(xs):
        assert xs[0] == 200, "setup did not run before this call"
        xs.sort()

    benchmark.pedantic(target, setup=setup, rounds=5)


${ONCE}

def test_single_shot(benchmark):
    state = Once()
    assert benchmark.pedantic(state.go) > 0


def test_fragile(benchmark):
    benchmark(lambda: ${fragile})


def test_never_calls(benchmark):
    pass


def test_not_a_benchmark():
    raise AssertionError("deselected: it doesn't use the benchmark fixture")
${extra}`;

const conftest =
  "# pytest-benchmark's hook: the conftest must load with pytest-benchmark off\ndef pytest_benchmark_update_json(config, benchmarks, output_json):\n    pass\n";

describe('the paired pytest plugin', () => {
  it('serves plain, pedantic and single-shot benchmarks in lock-step; failed, added, removed, collection errors', async () => {
    writeFiles(join(root, 'pbase'), {
      'benchmarks/calc.py': calc(4000),
      'benchmarks/conftest.py': conftest,
      'benchmarks/test_calc.py': tests('1', '\n\ndef test_removed(benchmark):\n    benchmark(calc.work)\n'),
      'benchmarks/test_broken.py': 'def test_b1(benchmark):\n    benchmark(len, "x")\n',
    });
    writeFiles(join(root, 'phead'), {
      'benchmarks/calc.py': calc(5000),
      'benchmarks/conftest.py': conftest,
      'benchmarks/test_calc.py': tests('1 / 0', '\n\ndef test_added(benchmark):\n    benchmark(calc.work)\n'),
      'benchmarks/test_broken.py': 'import nope\n\n\ndef test_b1(benchmark):\n    benchmark(len, "x")\n',
    });
    const suite: SuiteSpec = { kind: 'pytest-benchmark', path: 'benchmarks/', args: ['--benchmark-max-time=0.1', '--benchmark-disable-gc'] };
    const unit: PairedUnit = { suite, sides: { base: side('pbase'), head: side('phead') } };
    const result = await measurePairedUnit(unit, { jit: false, pairs: 3, duels: 8 });
    expect(result.suiteError).toBeUndefined();
    expect(result.unsupported).toBeUndefined();
    expect([...result.failures]).toEqual([
      ['test_broken.py::test_b1', { head: "collecting test_broken.py: ModuleNotFoundError: No module named 'nope'" }],
      ['test_calc.py::test_fragile', { head: 'ZeroDivisionError: division by zero' }],
    ]);
    expect([...result.benchmarks.keys()].sort()).toEqual([
      'test_calc.py::test_setup',
      'test_calc.py::test_single_shot',
      'test_calc.py::test_slow',
      'test_calc.py::test_steady',
    ]);
    for (const b of result.benchmarks.values()) expect(b.pairs.map((p) => p.length)).toEqual([8, 8, 8]);
    expect(result.added).toEqual(['test_calc.py::test_added']);
    expect(result.removed).toEqual(['test_calc.py::test_removed']);
    expect(result.solo.get('test_calc.py::test_added')).toMatchObject({ side: 'head' });
    expect(result.benchmarks.get('test_calc.py::test_single_shot')).toMatchObject({ calls: 1, singleShot: true });
    expect(result.benchmarks.get('test_calc.py::test_slow')!.calls).toBeGreaterThan(1);
    // the auto clock: CPU time for CPU-bound code, except calls timed one by one that are too short for it
    expect(result.benchmarks.get('test_calc.py::test_slow')!.clock).toBe('cpu');
    expect(result.benchmarks.get('test_calc.py::test_single_shot')!.clock).toBe('cpu');
    expect(result.benchmarks.get('test_calc.py::test_setup')!.clock).toBe('wall');
    expect(ratio(result, 'test_calc.py::test_slow')).toBeGreaterThan(1.1);
    expect(ratio(result, 'test_calc.py::test_slow')).toBeLessThan(1.5);
    expect(ratio(result, 'test_calc.py::test_single_shot')).toBeGreaterThan(1.05);
    expect(ratio(result, 'test_calc.py::test_single_shot')).toBeLessThan(1.5);
    expect(ratio(result, 'test_calc.py::test_steady')).toBeGreaterThan(0.85);
    expect(ratio(result, 'test_calc.py::test_steady')).toBeLessThan(1.18);
  }, 300_000);

  it('says so when a test uses a fixture API it cannot serve, so the suite can fall back to rounds', async () => {
    const files = { 'b/test_w.py': 'def test_weave(benchmark):\n    benchmark.weave(len)\n\n\ndef test_ok(benchmark):\n    benchmark(len, "x")\n' };
    writeFiles(join(root, 'wbase'), files);
    writeFiles(join(root, 'whead'), files);
    const unit: PairedUnit = { suite: { kind: 'pytest-benchmark', path: 'b', args: [] }, sides: { base: side('wbase'), head: side('whead') } };
    const result = await measurePairedUnit(unit, { jit: false, pairs: 3, duels: 4 });
    expect(result.unsupported).toMatch(/^test_w.py::test_weave: .*py-perf-guard paired mode does not support benchmark.weave$/);
    expect(result.pairsRun).toBe(1);
  }, 120_000);

  it('sent a pair ahead, passes by a benchmark whose test fails before the fixture on one side, and duels the next', async () => {
    // `started` exists from the second worker on: head's test_b then fails before it reaches the fixture.
    const module = (b: string) =>
      `import os\nSECOND = os.path.exists("started")\nopen("started", "a").close()\n\n\ndef test_a(benchmark):\n    benchmark(sorted, list(range(200, 0, -1)))\n\n\ndef test_b(benchmark):\n${b}    benchmark(sorted, list(range(250, 0, -1)))\n\n\ndef test_c(benchmark):\n    benchmark(sorted, list(range(300, 0, -1)))\n`;
    writeFiles(join(root, 'sbase'), { 'b/test_s.py': module('') });
    writeFiles(join(root, 'shead'), { 'b/test_s.py': module('    if SECOND:\n        raise RuntimeError("not today")\n') });
    const unit: PairedUnit = { suite: { kind: 'pytest-benchmark', path: 'b', args: [] }, sides: { base: side('sbase'), head: side('shead') } };
    const result = await measurePairedUnit(unit, { jit: false, pairs: 3, duels: 6, requestTimeoutMs: 20_000 });
    expect([...result.failures]).toEqual([['test_s.py::test_b', { head: 'RuntimeError: not today' }]]);
    expect(result.benchmarks.get('test_s.py::test_b')!.pairs).toHaveLength(1);
    // Pairs 2 and 3 were sent ahead: test_c still got its duels in both (the workers met on it).
    for (const name of ['test_s.py::test_a', 'test_s.py::test_c']) expect(result.benchmarks.get(name)!.pairs.map((p) => p.length)).toEqual([6, 6, 6]);
  }, 120_000);

  it('duels single-shot benchmarks by the workers own turn, each burst a fresh run of the test, one failing midway', async () => {
    // test_flaky raises on head from its 9th run in a worker: inside the first pair's duels (the test's own run,
    // untimed, 4 clock probes, a warm-up, then the duels).
    const module = (failing: string) => `import calc

RUNS = [0]


${ONCE}

def test_once(benchmark):
    assert benchmark.pedantic(Once().go) > 0


def test_flaky(benchmark):
    RUNS[0] += 1
    if ${failing}:
        raise RuntimeError("run %d failed" % RUNS[0])
    benchmark.pedantic(Once().go)


def test_after(benchmark):
    benchmark(sorted, list(range(300, 0, -1)))
`;
    writeFiles(join(root, 'obase'), { 'b/calc.py': calc(4000), 'b/test_o.py': module('False') });
    writeFiles(join(root, 'ohead'), { 'b/calc.py': calc(5000), 'b/test_o.py': module('RUNS[0] > 8') });
    const unit: PairedUnit = { suite: { kind: 'pytest-benchmark', path: 'b', args: [] }, sides: { base: side('obase'), head: side('ohead') } };
    const writes: string[][] = [];
    const result = await measurePairedUnit(unit, { jit: false, pairs: 3, duels: 6, prestart: false }, { startLinked: loggedWorkers(writes) });
    expect([...result.failures]).toEqual([['test_o.py::test_flaky', { head: 'RuntimeError: run 9 failed' }]]);
    expect(result.benchmarks.get('test_o.py::test_once')).toMatchObject({ calls: 1, singleShot: true });
    for (const name of ['test_o.py::test_once', 'test_o.py::test_after']) expect(result.benchmarks.get(name)!.pairs.map((p) => p.length)).toEqual([6, 6, 6]);
    expect(ratio(result, 'test_o.py::test_once')).toBeGreaterThan(1.05);
    expect(ratio(result, 'test_o.py::test_once')).toBeLessThan(1.5);
    const ops = writes.flat();
    // Every pair was sent ahead, one write a side, the first with all three benchmarks (the workers calibrate and
    // probe the clock themselves), the later two passing test_flaky by.
    expect(writes.filter((w) => w.length > 1)).toEqual([
      ...Array(2).fill(['duels', 'next', 'duels', 'next', 'duels', 'next']),
      ...Array(4).fill(['duels', 'next', 'skip', 'duels', 'next']),
    ]);
    expect(ops.filter((op) => op !== 'quit' && op !== 'duels' && op !== 'next' && op !== 'skip')).toEqual([]);
  }, 180_000);

  it('fails the suite on a side whose pytest does not start', async () => {
    writeFiles(join(root, 'ubase'), { 'b/test_u.py': 'def test_u(benchmark):\n    benchmark(len, "x")\n' });
    writeFiles(join(root, 'uhead'), { 'b/test_u.py': 'def test_u(benchmark):\n    benchmark(len, "x")\n' });
    const unit: PairedUnit = {
      suite: { kind: 'pytest-benchmark', path: 'b', args: ['--no-such-option'] },
      sides: { base: side('ubase'), head: side('uhead') },
    };
    const result = await measurePairedUnit(unit, { jit: false, pairs: 2, duels: 4 });
    expect(result.suiteError).toEqual({ side: 'base', error: expect.stringContaining('unrecognized arguments: --no-such-option') });
  }, 120_000);
});
