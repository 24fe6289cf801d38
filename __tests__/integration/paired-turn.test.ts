// The workers of a pair pass the turn between themselves (linked-duels.ts, py_perf_guard_paired_turn.py): one
// `duels` request per benchmark and side instead of one per burst, on real CPython timeit workers; and what
// happens when a side raises, dies or hangs in the middle of the duels, where only the other worker sees it.
import { join } from 'node:path';
import { measurePairedUnit, type PairedUnit } from '../../src/measure/paired/coordinator.js';
import { type PairedSideSetup } from '../../src/measure/paired/launch.js';
import { type SuiteSpec } from '../../src/model/settings.js';
import { parseTimeitSuite } from '../../src/suites/timeit/timeit.js';
import { removeDir, tempDir, writeFiles } from '../helpers/git-repo.js';
import { loggedWorkers } from '../helpers/logged-workers.js';
import { pythonPath } from '../helpers/python.js';

let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));

const suite: SuiteSpec = { kind: 'timeit', path: 'b.toml', args: [] };

const plainFunction = (name: string) => `def ${name}():\n    return sum(range(100))\n\n\n`;

/** A timeit unit on CPython 3.12: benchmarks `names` calling module `m`, whose source per side is given. */
function makeUnit(name: string, names: string[], module: Record<'base' | 'head', string>): PairedUnit {
  const toml = `[defaults]\nsetup = "import m"\n${names.map((b) => `[[benchmark]]\nname = "${b}"\nstmt = "m.${b}()"\n`).join('')}`;
  const setup = (side: 'base' | 'head'): PairedSideSetup => {
    const projectDir = join(root, `${name}-${side}`);
    writeFiles(projectDir, { 'm.py': module[side], 'b.toml': toml });
    return {
      python: pythonPath('3.12'),
      env: process.env,
      projectDir,
      harnessDir: join(root, 'harness'),
      scratchDir: join(root, `scratch-${name}-${side}`),
      timeit: parseTimeitSuite(toml, 'b.toml'),
    };
  };
  return { suite, sides: { base: setup('base'), head: setup('head') } };
}

/** On head, `fn` misbehaves after 100,000 calls (well inside the duels); with `second`, only from the second worker on. */
function misbehaving(fn: string, misbehave: string, second = false): string {
  const marker = second ? 'SECOND = os.path.exists("started")\nopen("started", "a").close()\n' : 'SECOND = True\n';
  return `import os, time\n${marker}_calls = [0]\n\n\ndef ${fn}():\n    _calls[0] += 1\n    if SECOND and _calls[0] > 100_000:\n        ${misbehave}\n    return sum(range(100))\n\n\n`;
}

/** `target` then `after`; head's `target` misbehaves in every worker. */
const unit = (name: string, misbehave: string) =>
  makeUnit(name, ['target', 'after'], {
    base: plainFunction('target') + plainFunction('after'),
    head: misbehaving('target', misbehave) + plainFunction('after'),
  });

/** `target`, `after`, `last`; head's `after` misbehaves from the second worker on (a pair sent ahead). */
const laterUnit = (name: string, misbehave: string) =>
  makeUnit(name, ['target', 'after', 'last'], {
    base: plainFunction('target') + plainFunction('after') + plainFunction('last'),
    head: misbehaving('after', misbehave, true) + plainFunction('target') + plainFunction('last'),
  });

describe('paired workers passing the turn (CPython 3.12 timeit)', () => {
  it('sends each worker a pair in one write, the first pair too: the workers calibrate a new benchmark themselves', async () => {
    const writes: string[][] = [];
    const result = await measurePairedUnit(
      unit('plain', 'pass'),
      { jit: false, pairs: 2, duels: 10, burstMs: 1, prestart: false },
      { startLinked: loggedWorkers(writes) },
    );
    expect(result.failures.size).toBe(0);
    for (const name of ['target', 'after']) expect(result.benchmarks.get(name)!.pairs.map((p) => p.length)).toEqual([10, 10]);
    // The bursts, the calibration and the clock probes went between the workers: per side and pair, one write
    // with each benchmark's duels and `next`, then `quit`.
    const pair = [['duels', 'next', 'duels', 'next'], ['duels', 'next', 'duels', 'next'], ['quit'], ['quit']];
    expect(writes).toEqual([...pair, ...pair]);
    // Both sides agreed on N: a burst of `sum(range(100))` calls lasting ~1 ms, N the same in both pairs.
    for (const name of ['target', 'after']) {
      const b = result.benchmarks.get(name)!;
      expect(b.calls).toBeGreaterThan(20);
      expect(b.clock).toBe('cpu');
      const perBurst = b.baseCpu.map((t) => t * b.calls);
      expect(perBurst.sort((x, y) => x - y)[perBurst.length >> 1]).toBeGreaterThan(0.0003);
      expect(perBurst[perBurst.length >> 1]).toBeLessThan(0.004);
    }
  });

  it('lets a pair sent ahead last longer than the request timeout, its first benchmark passed by', async () => {
    const names = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8'];
    const fns = names.map(plainFunction).join('');
    // b0 fails on head in the first pair, so the second passes it by: the coordinator then reads for the move to
    // b1 while the workers duel b1–b8 (~0.5 s each, ~4 s in all). A worker used to write nothing out until the end.
    const long = makeUnit('long', ['b0', ...names], { base: plainFunction('b0') + fns, head: 'def b0():\n    raise RuntimeError("no")\n\n\n' + fns });
    const started = Date.now();
    const result = await measurePairedUnit(long, { jit: false, pairs: 2, duels: 16, burstMs: 16, prestart: false, requestTimeoutMs: 2000 });
    expect([...result.failures]).toEqual([['b0', { head: 'RuntimeError: no' }]]);
    for (const name of names) expect(result.benchmarks.get(name)!.pairs.map((p) => p.length)).toEqual([16, 16]);
    expect(Date.now() - started).toBeGreaterThan(6000);
  });

  it('fails a benchmark that raises in the middle of the duels on the side that raised, and duels the next one', async () => {
    const result = await measurePairedUnit(unit('raise', 'raise RuntimeError("gave up")'), { jit: false, pairs: 2, duels: 200, burstMs: 2 });
    expect(result.failures.get('target')).toEqual({ head: 'RuntimeError: gave up' });
    expect(result.benchmarks.get('target')?.pairs ?? []).toEqual([]);
    expect(result.benchmarks.get('after')!.pairs.map((p) => p.length)).toEqual([200, 200]);
  });

  it('fails the benchmark on the side whose worker dies mid-duels; the next pair duels the rest', async () => {
    const result = await measurePairedUnit(unit('crash', 'os._exit(3)'), { jit: false, pairs: 2, duels: 200, burstMs: 2 });
    expect(result.failures.get('target')).toEqual({ head: expect.stringMatching(/^head worker exited during the duels of target \(exit code 3\)/) });
    // Pair 1 ended at the crash; pair 2 passed `target` by.
    expect(result.benchmarks.get('after')!.pairs).toHaveLength(1);
    expect(result.pairsRun).toBe(2);
  });

  it('kills the side that hangs mid-duels once the other says it stalled, and fails the benchmark there', async () => {
    const started = Date.now();
    const result = await measurePairedUnit(unit('hang', 'time.sleep(600)'), { jit: false, pairs: 2, duels: 200, burstMs: 2, requestTimeoutMs: 2000 });
    expect(result.failures.get('target')).toEqual({
      head: expect.stringMatching(/^head worker timed out after 2s during a burst of target \(signal SIGKILL\)/),
    });
    expect(result.benchmarks.get('after')!.pairs).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  // In a pair sent ahead the coordinator is still reading `target` when head dies or hangs in `after`: the base
  // worker's stalled reply says where, and the loss is put on `after`, not on the benchmark being read.
  it('puts a death in a pair sent ahead on the benchmark it happened in, as the other worker saw it', async () => {
    const result = await measurePairedUnit(laterUnit('later-crash', 'os._exit(3)'), { jit: false, pairs: 3, duels: 200, burstMs: 2, prestart: false });
    expect([...result.failures]).toEqual([['after', { head: expect.stringMatching(/^head worker exited during the duels of after \(exit code 3\)/) }]]);
    // Pair 2 ended there, `last` undueled; head's replies for `target` went with it unless head had written
    // them out already (a worker writes out about once a second). Pair 3 passed `after` by.
    expect(result.benchmarks.get('target')!.pairs.length).toBeGreaterThanOrEqual(2);
    expect(result.benchmarks.get('last')!.pairs).toHaveLength(2);
  });

  it('puts a hang in a pair sent ahead on its benchmark: the waiting worker kills the hung one', async () => {
    const started = Date.now();
    const result = await measurePairedUnit(laterUnit('later-hang', 'time.sleep(600)'), {
      jit: false,
      pairs: 3,
      duels: 200,
      burstMs: 2,
      prestart: false,
      requestTimeoutMs: 2000,
    });
    expect([...result.failures]).toEqual([
      ['after', { head: expect.stringMatching(/^head worker timed out after 2s during a burst of after \(signal SIGKILL\)/) }],
    ]);
    expect(result.benchmarks.get('last')!.pairs).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
