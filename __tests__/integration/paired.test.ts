// The paired engine on real interpreters: timeit workers on CPython 3.12 and 3.13 (and PyPy when present), the
// pytest plugin on 3.12 with pytest and pytest-benchmark installed. Timing bounds are loose: the machine is shared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurePairedUnit, type PairedUnit } from '../../src/measure/paired/coordinator.js';
import { type PairedSideSetup } from '../../src/measure/paired/launch.js';
import { type PairedUnitResult } from '../../src/measure/paired/types.js';
import { type SuiteSpec } from '../../src/model/settings.js';
import { parseTimeitSuite } from '../../src/suites/timeit/timeit.js';
import { removeDir, tempDir, writeFiles } from '../helpers/git-repo.js';
import { pypyPath, pythonPath } from '../helpers/python.js';

let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));

function sideSetup(name: string, python: string, env: NodeJS.ProcessEnv, suite: SuiteSpec): PairedSideSetup {
  const projectDir = join(root, name);
  const timeit = suite.kind === 'timeit' ? parseTimeitSuite(readFileSync(join(projectDir, suite.path), 'utf8'), suite.path) : undefined;
  return { python, env, projectDir, harnessDir: join(root, 'harness'), scratchDir: join(root, `scratch-${name}`), timeit };
}

/** The median over pairs of each pair's median duel ratio: a rough estimate, for loose bounds. */
function ratio(result: PairedUnitResult, name: string): number {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Math.exp(median(result.benchmarks.get(name)!.pairs.map(median)));
}

const work = (n: number) => `def work():\n    t = 0\n    for i in range(${n}):\n        t += i * i\n    return t\n`;

describe('paired timeit workers on real CPython', () => {
  const toml = (extra: string) =>
    `[defaults]\nsetup = "import m"\n[[benchmark]]\nname = "slow"\nstmt = "m.work()"\n[[benchmark]]\nname = "steady"\nstmt = "m.steady()"\n${extra}`;
  beforeAll(() => {
    const steady = 'def steady():\n    return sorted(range(300, 0, -1))\n';
    const shared = '[[benchmark]]\nname = "fragile"\nstmt = "m.fragile()"\n[[benchmark]]\nname = "sleepy"\nstmt = "time.sleep(0.001)"\nsetup = "import time"\n';
    writeFiles(join(root, 'tbase'), {
      'm.py': `${work(4000)}${steady}def fragile():\n    return 1\nprint("noise on stdout")\n`,
      'b.toml': toml(`${shared}[[benchmark]]\nname = "dropped"\nstmt = "m.steady()"\n`),
    });
    writeFiles(join(root, 'thead'), {
      'm.py': `${work(5000)}${steady}def fragile():\n    return 1 / 0\n`,
      'b.toml': toml(`${shared}[[benchmark]]\nname = "fresh"\nstmt = "m.steady()"\n`),
    });
  });

  it.each(['3.12', '3.13'] as const)('reads a +25%% change as ~1.25 and an untouched benchmark as ~1.0 on %s; failed, added, removed', async (minor) => {
    const suite: SuiteSpec = { kind: 'timeit', path: 'b.toml', args: [] };
    const python = pythonPath(minor);
    const unit: PairedUnit = { suite, sides: { base: sideSetup('tbase', python, process.env, suite), head: sideSetup('thead', python, process.env, suite) } };
    const result = await measurePairedUnit(unit, { jit: false, pairs: 4, duels: 10 });
    expect(result.suiteError).toBeUndefined();
    expect(result.pairsRun).toBe(4);
    const slow = result.benchmarks.get('slow')!;
    expect(result.benchmarks.get('slow')!.pairs.map((p) => p.length)).toEqual([10, 10, 10, 10]);
    expect(ratio(result, 'slow')).toBeGreaterThan(1.1);
    expect(ratio(result, 'slow')).toBeLessThan(1.5);
    expect(ratio(result, 'steady')).toBeGreaterThan(0.85);
    expect(ratio(result, 'steady')).toBeLessThan(1.18);
    expect(result.failures.get('fragile')).toEqual({ head: 'ZeroDivisionError: division by zero' });
    // the default 'auto' clock: CPU time for CPU-bound code, wall time for a benchmark that waits
    expect(slow.clock).toBe('cpu');
    expect(result.benchmarks.get('sleepy')!.clock).toBe('wall');
    expect(result.added).toEqual(['fresh']);
    expect(result.removed).toEqual(['dropped']);
    expect(result.solo.get('fresh')!.burst).toHaveLength(5);
    // bursts last about burst-ms (5 ms): per call × N
    const burstMs = (slow.baseBurst.reduce((s, t) => s + t, 0) / slow.baseBurst.length) * slow.calls * 1000;
    expect(burstMs).toBeGreaterThan(1.5);
    expect(burstMs).toBeLessThan(25);
  });

  it('fails the benchmark of a worker that crashes, and times out a hung burst and kills its worker', async () => {
    writeFiles(join(root, 'cbase'), {
      'c.toml': '[[benchmark]]\nname = "crash"\nstmt = "x = 1"\n[[benchmark]]\nname = "hang"\nstmt = "x = 1"\n[[benchmark]]\nname = "fine"\nstmt = "x = 2"\n',
    });
    writeFiles(join(root, 'chead'), {
      'c.toml':
        '[[benchmark]]\nname = "crash"\nstmt = "import os; os._exit(3)"\n[[benchmark]]\nname = "hang"\nstmt = "import time; time.sleep(600)"\n[[benchmark]]\nname = "fine"\nstmt = "x = 2"\n',
    });
    const suite: SuiteSpec = { kind: 'timeit', path: 'c.toml', args: [] };
    const python = pythonPath('3.12');
    const unit: PairedUnit = { suite, sides: { base: sideSetup('cbase', python, process.env, suite), head: sideSetup('chead', python, process.env, suite) } };
    const started = Date.now();
    const result = await measurePairedUnit(unit, { jit: false, pairs: 3, duels: 4, requestTimeoutMs: 2000 });
    // The workers calibrate each benchmark at the start of its duels (the first pair is sent ahead too).
    expect(result.failures.get('crash')).toEqual({ head: expect.stringMatching(/^head worker exited during the duels of crash \(exit code 3\)/) });
    expect(result.failures.get('hang')).toEqual({
      head: expect.stringMatching(/^head worker timed out after 2s during a burst of hang \(signal SIGKILL\)/),
    });
    // Pair 1 ends at the crash and pair 2 at the hang; pair 3 passes both failed benchmarks by and duels `fine`.
    expect(result.benchmarks.get('fine')!.pairs).toHaveLength(1);
    expect(result.pairsRun).toBe(3);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

describe('paired timeit worker on PyPy', () => {
  const pypy = pypyPath();
  (pypy ? it : it.skip)('warms the JIT up before the duels and reports the warm-up', async () => {
    const suite: SuiteSpec = { kind: 'timeit', path: 'b.toml', args: [] };
    const unit: PairedUnit = { suite, sides: { base: sideSetup('tbase', pypy!, process.env, suite), head: sideSetup('thead', pypy!, process.env, suite) } };
    const result = await measurePairedUnit(unit, { jit: true, pairs: 2, duels: 6 });
    expect(result.suiteError).toBeUndefined();
    expect(result.benchmarks.get('slow')!.warmup).toBeGreaterThanOrEqual(6);
    expect(ratio(result, 'slow')).toBeGreaterThan(1.0);
    expect(result.failures.get('fragile')).toEqual({ head: 'ZeroDivisionError: division by zero' });
  });
});
