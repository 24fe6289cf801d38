// The paired phase against fake workers (helpers/fake-worker.ts): which units paired serves, how results become
// rows (the same verdict kinds as rounds), adaptive pairs across units, fallbacks, the budget, calibration.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judgePaired } from '../../src/judge/paired/judge-paired.js';
import { emptyPairedResult } from '../../src/measure/paired/coordinator.js';
import { pairedPlan, pairedUnitComparisons } from '../../src/measure/paired-comparisons.js';
import { runPaired, worstStop, type PairedRunOptions } from '../../src/measure/paired-run.js';
import { type MeasureUnit } from '../../src/measure/rounds.js';
import { type SuiteSpec } from '../../src/model/settings.js';
import { fakeStart, type FakeSide, type LogEntry } from '../helpers/fake-worker.js';

const dir = mkdtempSync(join(tmpdir(), 'paired-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TIMEIT: SuiteSpec = { kind: 'timeit', path: 'b.toml', args: [] };
function unit(python: Record<'base' | 'head', string>, suite: SuiteSpec = TIMEIT, interpreter = '3.12'): MeasureUnit {
  const side = (p: string) => ({
    prepared: { state: { setup: '', benchmarks: [] } },
    ctx: {
      run: async () => ({ code: 0, stdout: '', stderr: '', timedOut: false }),
      python: p,
      env: {},
      projectDir: dir,
      suite,
      harnessDir: join(dir, 'h'),
      scratchDir: join(dir, p),
      statistic: 'min' as const,
      timeoutMs: 1000,
      jit: false,
    },
  });
  return { interpreter, suite, sides: { base: side(python.base), head: side(python.head) } };
}

function options(sides: Record<string, FakeSide>, log: LogEntry[], extra: Partial<PairedRunOptions> = {}): PairedRunOptions {
  return {
    threshold: 0.05,
    alpha: 0.05,
    limits: {},
    calibrate: false,
    budgetLeft: () => 1000,
    now: Date.now,
    log: () => undefined,
    notice: () => undefined,
    engine: { duels: 4, requestTimeoutMs: 500 },
    deps: { start: fakeStart(sides, log) },
    parallel: 1, // one unit at a time, so the order of the log is the order of the units
    ...extra,
  } as PairedRunOptions;
}

const slow = { name: 'slow', perCall: 1.3e-6 };
const same = { name: 'same', perCall: 1e-6 };

describe('which units paired serves', () => {
  it('timeit and pytest-benchmark with both sides runnable; import-time and broken or missing sides go to rounds', () => {
    expect(pairedPlan(unit({ base: 'b', head: 'h' }))).toEqual({ paired: true });
    expect(pairedPlan(unit({ base: 'b', head: 'h' }, { kind: 'pytest-benchmark', path: 'benchmarks', args: [] }))).toEqual({ paired: true });
    expect(pairedPlan(unit({ base: 'b', head: 'h' }, { kind: 'import-time', path: 'import-time', args: ['json'] }))).toEqual({
      paired: false,
      notice: expect.stringContaining('import-time suites are measured by rounds'),
    });
    const missing = unit({ base: 'b', head: 'h' });
    missing.sides.base.prepared = { missing: true };
    expect(pairedPlan(missing)).toEqual({ paired: false });
    const broken = unit({ base: 'b', head: 'h' });
    broken.sides.head.prepared = { error: 'b.toml: bad TOML' };
    expect(pairedPlan(broken)).toEqual({ paired: false });
  });
});

describe('rows from a paired result: the verdict kinds of rounds', () => {
  it('added, removed, failed on a side, removed-and-failing-on-base, measured', () => {
    const r = emptyPairedResult();
    const duels = [0.2, 0.22, 0.21, 0.2];
    const bench = {
      pairs: [duels, duels, duels, duels, duels, duels],
      clock: 'cpu' as const,
      baseBurst: [1e-6],
      headBurst: [1.2e-6],
      baseCpu: [],
      headCpu: [],
      calls: 10,
    };
    r.benchmarks.set('slow', bench).set('broken', { ...bench, pairs: [duels] });
    r.added.push('new');
    r.removed.push('gone', 'gone-failing');
    r.failures.set('broken', { head: 'ZeroDivisionError: division by zero' }).set('gone-failing', { base: 'boom' }).set('base-only-bug', { base: 'KeyError' });
    r.benchmarks.set('base-only-bug', { ...bench });
    r.solo.set('new', { side: 'head', burst: [2e-6], calls: 5 });
    const rows = judgePaired(pairedUnitComparisons(unit({ base: 'b', head: 'h' }), r, undefined, []), { threshold: 0.05, alpha: 0.05 });
    const kinds = Object.fromEntries(rows.map((x) => [x.name, [x.verdict, x.failedOn]]));
    expect(kinds).toEqual({
      'base-only-bug': ['failed', 'base'],
      broken: ['failed', 'head'],
      gone: ['removed', undefined],
      'gone-failing': ['removed', undefined],
      new: ['added', undefined],
      slow: ['regression', undefined],
    });
    expect(rows.find((x) => x.name === 'new')!.head!.median).toBe(2e-6);
  });

  it('a unit that saw no benchmark borrows the names other interpreters know', () => {
    const rows = pairedUnitComparisons(unit({ base: 'b', head: 'h' }), emptyPairedResult(), undefined, ['a', 'b']);
    expect(rows.map((c) => c.name)).toEqual(['a', 'b']);
  });
});

describe('runPaired', () => {
  it('judges all units together after each pair: a +30% regression confirmed up to max pairs, untouched rows stop at min pairs', async () => {
    const log: LogEntry[] = [];
    const sides = {
      b1: { benchmarks: [same, { ...slow, perCall: 1e-6 }] },
      h1: { benchmarks: [same, slow] },
      b2: { benchmarks: [same] },
      h2: { benchmarks: [same] },
    };
    const r = await runPaired(
      [unit({ base: 'b1', head: 'h1' }), unit({ base: 'b2', head: 'h2' }, TIMEIT, '3.13')],
      options(sides, log, { limits: { minPairs: 6, maxPairs: 8 } }),
    );
    const verdicts = Object.fromEntries(r.rows.map((x) => [`${x.interpreter} ${x.name}`, [x.verdict, x.pairs]]));
    expect(verdicts).toEqual({ '3.12 same': ['unchanged', 6], '3.12 slow': ['regression', 8], '3.13 same': ['unchanged', 6] });
    expect(r).toMatchObject({ pairs: 8, stopReason: 'max-rounds', fallback: [], burstMs: 5, limits: { minPairs: 6, maxPairs: 8 } });
    expect(r.rows[0]).toMatchObject({ method: 'paired', burstMs: 5 });
    // unit 2 got no pair after the sixth; pairs 7 and 8 of unit 1 passed `same` by untimed
    // (7 quits: its 6 pairs, and a 7th spawned ahead while the 6th dueled, closed unused)
    expect(log.filter((e) => e.side === 'b2' && e.op === 'quit')).toHaveLength(7);
    expect(log.filter((e) => e.side === 'b1' && e.op === 'skip' && e.name === 'same')).toHaveLength(2);
  });

  it('sends a unit whose fixture API the plugin cannot serve, or whose worker will not start, back to rounds with a notice', async () => {
    const notices: string[] = [];
    const sides = {
      b1: { benchmarks: [{ ...same, setupError: 'py-perf-guard paired mode does not support benchmark.weave', unsupported: true }] },
      h1: { benchmarks: [same] },
      b2: { benchmarks: [same] },
      h2: { benchmarks: [], startError: 'ImportError: no module named x' },
      b3: { benchmarks: [same] },
      h3: { benchmarks: [same] },
    };
    const units = [unit({ base: 'b1', head: 'h1' }), unit({ base: 'b2', head: 'h2' }, TIMEIT, '3.13'), unit({ base: 'b3', head: 'h3' }, TIMEIT, '3.11')];
    const r = await runPaired(units, options(sides, [], { limits: { minPairs: 2, maxPairs: 2 }, notice: (l) => void notices.push(l) }));
    expect(r.fallback).toEqual([units[0], units[1]]);
    expect(r.units).toEqual([units[2]]);
    expect(r.rows.map((x) => [x.interpreter, x.verdict])).toEqual([['3.11', 'inconclusive']]);
    expect(notices).toEqual([
      expect.stringContaining('cannot serve same: py-perf-guard paired mode does not support benchmark.weave'),
      expect.stringMatching(/paired head worker failed .*measured by rounds/),
    ]);
  });

  it('a worker that crashes fails that benchmark on that side (as a crashing round would); the other benchmarks are judged', async () => {
    const sides = { b1: { benchmarks: [same, { ...same, name: 'crashy' }] }, h1: { benchmarks: [same, { ...same, name: 'crashy', crashAt: 3 }] } };
    const r = await runPaired([unit({ base: 'b1', head: 'h1' })], options(sides, [], { limits: { minPairs: 6, maxPairs: 6 } }));
    const rows = Object.fromEntries(r.rows.map((x) => [x.name, x]));
    expect(rows.crashy).toMatchObject({ verdict: 'failed', failedOn: 'head', error: expect.stringContaining('SIGSEGV') });
    expect(rows.same).toMatchObject({ verdict: 'unchanged', pairs: 6 });
    expect(r.fallback).toEqual([]);
  });

  it('with parallel 2, runs two units’ pairs at once, each pinned to its own CPU', async () => {
    const log: LogEntry[] = [];
    const sides = { b1: { benchmarks: [same] }, h1: { benchmarks: [same] }, b2: { benchmarks: [same] }, h2: { benchmarks: [same] } };
    const units = [unit({ base: 'b1', head: 'h1' }), unit({ base: 'b2', head: 'h2' }, TIMEIT, '3.13')];
    const r = await runPaired(units, options(sides, log, { parallel: 2, limits: { minPairs: 2, maxPairs: 2 } }));
    expect(r.rows.map((x) => [x.interpreter, x.pairs])).toEqual([
      ['3.12', 2],
      ['3.13', 2],
    ]);
    // Pair k pins unit 1 to CPU k and unit 2 to CPU k + 1 (taken modulo the CPUs it may use, by the worker).
    const pins = (side: string) => log.filter((e) => e.side === side && e.op === 'pin').map((e) => e.cpu);
    expect([pins('b1'), pins('h1'), pins('b2'), pins('h2')]).toEqual([
      [0, 1],
      [0, 1],
      [1, 2],
      [1, 2],
    ]);
    // At once: unit 2 has its first burst before unit 1's first pair is over.
    const firstOf2 = log.findIndex((e) => e.side === 'b2' && e.op === 'burst');
    const endOf1 = log.findIndex((e) => e.side === 'b1' && e.op === 'next');
    expect(firstOf2).toBeLessThan(endOf1);
    // One at a time (parallel 1): unit 2 starts only once unit 1's first pair is over, on the same CPUs.
    const serial: LogEntry[] = [];
    await runPaired(units, options(sides, serial, { parallel: 1, limits: { minPairs: 2, maxPairs: 2 } }));
    expect(serial.findIndex((e) => e.side === 'b2' && e.op === 'burst')).toBeGreaterThan(serial.findIndex((e) => e.side === 'b1' && e.op === 'next'));
    expect(serial.filter((e) => e.side === 'b2' && e.op === 'pin').map((e) => e.cpu)).toEqual([0, 1]);
  });

  it('stops adding pairs when the budget is spent, and says so', async () => {
    let left = 1000;
    const sides = { b1: { benchmarks: [same] }, h1: { benchmarks: [same] } };
    const r = await runPaired([unit({ base: 'b1', head: 'h1' })], options(sides, [], { budgetLeft: () => (left -= 400) }));
    expect(r).toMatchObject({ pairs: 2, stopReason: 'time-budget' });
    expect(r.rows[0]).toMatchObject({ verdict: 'inconclusive', pairs: 2 });
  });

  it('calibrate: one base-against-base pair first, its reading the noise floor of the row', async () => {
    const log: LogEntry[] = [];
    const sides = { b1: { benchmarks: [same] }, h1: { benchmarks: [same] } };
    const start = fakeStart(sides, log);
    let spawned = 0;
    const r = await runPaired(
      [unit({ base: 'b1', head: 'h1' })],
      options(sides, log, { calibrate: true, limits: { minPairs: 2, maxPairs: 2 }, deps: { start: (c, a, o) => (spawned++, start(c, a, o)) } }),
    );
    expect(log.filter((e) => e.op === 'calibrate').map((e) => e.side)).toEqual(['b1', 'b1', 'b1', 'h1']);
    // Every worker spawned (the calibration pair's spawned-ahead ones too) is told to quit: none keeps the run alive.
    expect(log.filter((e) => e.op === 'quit')).toHaveLength(spawned);
    expect(r.rows[0].noiseFloor).toBe(0);
    expect(r.pairs).toBe(2);
  });

  it('the stop reason of a run with both methods: the budget over the limits over decided', () => {
    expect(worstStop('decided', 'max-rounds')).toBe('max-rounds');
    expect(worstStop('time-budget', 'decided')).toBe('time-budget');
    expect(worstStop('max-rounds')).toBe('max-rounds');
  });
});
