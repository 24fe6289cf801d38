// The paired coordinator against fake workers: alignment, ABBA order, shared N, added/removed/failed
// benchmarks, a crashing worker, a hung burst, the shouldContinue hook.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addedAndRemoved, nextStep } from '../../src/measure/paired/alignment.js';
import { measurePairedUnit } from '../../src/measure/paired/coordinator.js';
import { type PairedOptions } from '../../src/measure/paired/types.js';
import { fakeStart, type FakeSide, type LogEntry } from '../helpers/fake-worker.js';

const dir = mkdtempSync(join(tmpdir(), 'paired-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const side = (python: string) => ({
  python,
  env: {},
  projectDir: dir,
  harnessDir: join(dir, 'harness'),
  scratchDir: join(dir, python),
  timeit: { setup: '', benchmarks: [] },
});
const unit = { suite: { kind: 'timeit' as const, path: 'b.toml', args: [] }, sides: { base: side('base'), head: side('head') } };

async function run(sides: Record<'base' | 'head', FakeSide>, options: Partial<PairedOptions> = {}) {
  const log: LogEntry[] = [];
  const result = await measurePairedUnit(
    unit,
    { jit: false, pairs: 3, duels: 4, burstMs: 5, requestTimeoutMs: 200, ...options },
    { start: fakeStart(sides, log) },
  );
  return { result, log };
}

describe('alignment', () => {
  const lists = { base: ['a', 'b', 'c', 'gone'], head: ['a', 'new', 'c', 'b'] };
  it.each([
    [{ at: 'a' }, { at: 'a' }, { kind: 'duel', name: 'a' }],
    [{ at: 'gone' }, { at: 'b' }, { kind: 'solo', side: 'base', name: 'gone' }],
    [{ at: 'b' }, { at: 'new' }, { kind: 'solo', side: 'head', name: 'new' }],
    [{ at: 'c' }, { done: true }, { kind: 'pass', side: 'base', name: 'c' }],
    [{ at: 'b' }, { at: 'c' }, { kind: 'pass', side: 'base', name: 'b' }], // reordered: the orders cross, one is lost
    [{ at: 'c' }, { at: 'a' }, { kind: 'pass', side: 'head', name: 'a' }], // base passed a (it failed there)
    [{ at: 'c' }, { at: 'b' }, { kind: 'pass', side: 'base', name: 'c' }], // head passed c (it failed there)
    [{ done: true }, { done: true }, { kind: 'end' }],
  ])('base %j, head %j → %j', (base, head, step) => expect(nextStep({ base, head } as never, lists)).toEqual(step));

  it('lists added and removed names in order', () => expect(addedAndRemoved(lists)).toEqual({ added: ['new'], removed: ['gone'] }));
});

describe('measurePairedUnit with fake workers', () => {
  const base = (extra: object = {}) => ({
    benchmarks: [
      { name: 'a', perCall: 1e-6 },
      { name: 'b', perCall: 2e-6 },
      { name: 'gone', perCall: 1e-6 },
    ],
    ...extra,
  });
  const head = (extra: object = {}) => ({
    benchmarks: [
      { name: 'a', perCall: 1.25e-6 },
      { name: 'b', perCall: 2e-6 },
      { name: 'new', perCall: 3e-6 },
    ],
    ...extra,
  });

  it('duels every shared benchmark per pair in ABBA order with one N for both sides, and times added/removed ones alone', async () => {
    const { result, log } = await run({ base: base(), head: head() });
    expect(result.pairsRun).toBe(3);
    const a = result.benchmarks.get('a')!;
    expect(a.pairs).toHaveLength(3);
    for (const p of a.pairs) for (const r of p) expect(r).toBeCloseTo(Math.log(1.25), 9);
    for (const r of result.benchmarks.get('b')!.pairs.flat()) expect(r).toBeCloseTo(0, 9);
    expect(a.baseBurst).toHaveLength(12);
    expect(a.baseBurst[0]).toBeCloseTo(1e-6, 12);
    expect(a.headBurst[0]).toBeCloseTo(1.25e-6, 12);
    // N: the geometric mean of 5000 and 4000 calls, on both sides, calibrated once for the unit
    expect(a.calls).toBe(4472);
    expect(log.filter((e) => e.op === 'calibrate' && e.name === 'a')).toHaveLength(2);
    expect(new Set(log.filter((e) => e.op === 'burst' && e.name === 'a').map((e) => e.n))).toEqual(new Set([4472]));
    // Pair 1: four bursts per side that pick the clock, one dropped burst per side (base first), then duels
    // base-head, head-base, ...
    const bursts = log.filter((e) => e.name === 'a' && e.op === 'burst').map((e) => e.side);
    const probe = ['base', 'base', 'base', 'base', 'head', 'head', 'head', 'head'];
    expect(bursts.slice(0, 16)).toEqual([...probe, 'base', 'head', 'base', 'head', 'head', 'base', 'base', 'head']);
    // Pair 2 starts head first
    expect(bursts.slice(18, 20)).toEqual(['head', 'base']);
    // CPU-bound (the fake's CPU time is its wall time): both workers of pair k on CPU #k while they duel it
    expect(log.filter((e) => e.op === 'pin' && e.name === 'a').map((e) => `${e.side} ${e.cpu}`)).toEqual([
      'base 0',
      'head 0',
      'head 1',
      'base 1',
      'base 2',
      'head 2',
    ]);
    expect(result.added).toEqual(['new']);
    expect(result.removed).toEqual(['gone']);
    expect(result.solo.get('new')).toMatchObject({ side: 'head', calls: 1667, burst: [3e-6, 3e-6, 3e-6, 3e-6, 3e-6] });
    expect(result.solo.get('gone')).toMatchObject({ side: 'base' });
    expect(result.failures.size).toBe(0);
    // Solo bursts only in the first pair
    expect(log.filter((e) => e.op === 'burst' && e.name === 'new')).toHaveLength(5);
  });

  it('fails a benchmark whose setup fails on one side, skips it on the other, and duels the rest', async () => {
    const h = head();
    h.benchmarks[0] = { name: 'a', perCall: 1e-6, setupError: 'NameError: name "x" is not defined' } as never;
    const { result, log } = await run({ base: base(), head: h });
    expect(result.failures.get('a')).toEqual({ head: 'NameError: name "x" is not defined' });
    expect(result.benchmarks.has('a')).toBe(false);
    // 3 pairs skip it; a 4th base worker, spawned ahead while pair 3 dueled, quits unused at its first benchmark.
    expect(log.filter((e) => e.side === 'base' && e.name === 'a').map((e) => e.op)).toEqual(['skip', 'skip', 'skip', 'quit']);
    expect(result.benchmarks.get('b')!.pairs).toHaveLength(3);
  });

  it('fails a benchmark on an error reply and does not time it in later pairs', async () => {
    const b = base();
    (b.benchmarks[1] as never as { burstError: object }).burstError = { at: 3, error: 'ZeroDivisionError: division by zero' };
    const { result, log } = await run({ base: b, head: head() });
    expect(result.failures.get('b')).toEqual({ base: 'ZeroDivisionError: division by zero' });
    expect(log.filter((e) => e.op === 'burst' && e.name === 'b' && e.side === 'base')).toHaveLength(3);
    expect(result.benchmarks.get('a')!.pairs).toHaveLength(3);
  });

  it('fails the benchmark a worker crashed in, loses the rest of that pair only', async () => {
    const h = head();
    (h.benchmarks[0] as never as { crashAt: number }).crashAt = 3;
    const { result } = await run({ base: base(), head: h });
    expect(result.failures.get('a')!.head).toMatch(
      /head worker exited during a burst of 4472 calls of a \(signal SIGSEGV\): Fatal Python error: Segmentation fault in a/,
    );
    expect(result.benchmarks.get('b')!.pairs).toHaveLength(2);
    expect(result.pairsRun).toBe(3);
  });

  it('times out a hung burst, kills the worker and fails the benchmark on that side', async () => {
    const b = base();
    (b.benchmarks[1] as never as { hangAt: number }).hangAt = 2;
    const { result } = await run({ base: b, head: head() }, { requestTimeoutMs: 100 });
    expect(result.failures.get('b')).toEqual({
      base: expect.stringMatching(/^base worker timed out after 0.1s during a burst of \d+ calls of b \(signal SIGKILL\)/),
    });
    expect(result.benchmarks.get('a')!.pairs).toHaveLength(3);
  });

  it('fails the suite on the side whose worker does not start', async () => {
    const { result } = await run({ base: base(), head: { benchmarks: [], startError: "ModuleNotFoundError: No module named 'calc'" } });
    expect(result.suiteError).toEqual({ side: 'head', error: expect.stringContaining("ModuleNotFoundError: No module named 'calc'") });
    expect(result.pairsRun).toBe(0);
  });

  it('lets shouldContinue narrow the next pair to some benchmarks, and stop', async () => {
    const seen: number[] = [];
    const { result, log } = await run(
      { base: base(), head: head() },
      { pairs: 6, shouldContinue: (r) => (seen.push(r.pairsRun), r.pairsRun >= 2 ? false : new Set(['b'])) },
    );
    expect(seen).toEqual([1, 2]);
    expect(result.pairsRun).toBe(2);
    expect(result.benchmarks.get('a')!.pairs).toHaveLength(1);
    expect(result.benchmarks.get('b')!.pairs).toHaveLength(2);
    expect(log.filter((e) => e.name === 'a' && e.op === 'skip')).toHaveLength(2);
  });

  it('compares the chosen clock and keeps both', async () => {
    const h = head();
    (h.benchmarks[0] as never as { cpuShare: number }).cpuShare = 0.5;
    for (const clock of ['wall', 'cpu'] as const) {
      const a = (await run({ base: base(), head: h }, { clock, pairs: 1 })).result.benchmarks.get('a')!;
      expect(a.pairs[0][0]).toBeCloseTo(Math.log(clock === 'wall' ? 1.25 : 0.625), 9);
      expect(a.headBurst[0]).toBeCloseTo(1.25e-6, 12);
      expect(a.headCpu[0]).toBeCloseTo(0.625e-6, 12);
      expect(a.baseCpu[0]).toBeCloseTo(1e-6, 12); // no cpu in the reply: the wall time stands in
    }
  });

  it.each([
    [0.3, 'wall', Math.log(1.25)],
    [0.6, 'cpu', Math.log(1.25 * 0.6)],
  ])('auto clock: head spends %d of its wall time on CPU → %s', async (share, clock, expected) => {
    const h = head();
    (h.benchmarks[0] as never as { cpuShare: number }).cpuShare = share;
    const { result, log } = await run({ base: base(), head: h }, { pairs: 2 });
    const a = result.benchmarks.get('a')!;
    expect(a.clock).toBe(clock);
    expect(log.some((e) => e.op === 'pin' && e.name === 'a')).toBe(clock === 'cpu');
    for (const r of a.pairs.flat()) expect(r).toBeCloseTo(expected, 9);
  });

  it.each([
    [0, 0.3, 'cpu'], // never blocked: CPU-bound, however much of the wall time preemption took
    [5, 0.95, 'wall'], // blocked five times a burst: it waits on something, so wall time
  ])('auto clock with context switches counted: %d waits a burst, CPU share %d → %s', async (waits, share, clock) => {
    const h = head();
    Object.assign(h.benchmarks[0], { waits, cpuShare: share });
    const b = base();
    Object.assign(b.benchmarks[0], { waits: 0 });
    expect((await run({ base: b, head: h }, { pairs: 1 })).result.benchmarks.get('a')!.clock).toBe(clock);
  });

  it('fails the suite when the worker command cannot be started at all', async () => {
    const missing = { ...unit, sides: { base: { ...unit.sides.base, python: join(dir, 'no-such-python') }, head: unit.sides.head } };
    const result = await measurePairedUnit(missing, { jit: false, pairs: 2 });
    expect(result.suiteError).toEqual({ side: 'base', error: expect.stringMatching(/^base worker exited during its start \(loading the suite\).*ENOENT/) });
  });

  it('uses one call per burst for a single-shot benchmark, and settles a JIT before the duels', async () => {
    const b = base();
    (b.benchmarks[0] as never as { singleShot: boolean }).singleShot = true;
    const { result } = await run({ base: b, head: head() }, { jit: true, pairs: 1 });
    // timed call by call and 1 µs a call: wall time (the CPU clock's own cost would be inside each call)
    expect(result.benchmarks.get('a')).toMatchObject({ calls: 1, singleShot: true, warmup: 6, clock: 'wall' });
    expect(result.benchmarks.get('b')!.clock).toBe('cpu');
    // steady fake timings: the best never improves, so six bursts are dropped (the first, then five)
    expect(result.benchmarks.get('b')!.warmup).toBe(6);
  });

  it('spawns the next pair while the current one duels (prestart), and none ahead with prestart off', async () => {
    const sides = { base: base(), head: head() };
    const order = async (prestart: boolean) => {
      const log: LogEntry[] = [];
      const start = fakeStart(sides, log);
      await measurePairedUnit(
        unit,
        { jit: false, pairs: 2, duels: 4, burstMs: 5, requestTimeoutMs: 200, prestart },
        {
          start: (command, args, o) => (log.push({ side: command, op: 'spawn' }), start(command, args, o)),
        },
      );
      return log
        .filter((e) => e.op === 'spawn' || e.op === 'quit' || e.op === 'burst')
        .map((e) => e.op[0])
        .join('')
        .replace(/b+/g, 'b');
    };
    // s spawn, b bursts, q quit: pair 2 spawns once pair 1's workers said hello, before pair 1's first burst; pair 3
    // spawns ahead once pair 2 is up, and quits unused.
    expect(await order(true)).toBe('ssssbqqssbqqqq');
    expect(await order(false)).toBe('ssbqqssbqq');
  });
});
