import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SuiteKind } from '../../src/model/settings.js';
import { type SuiteRunContext } from '../../src/suites/driver.js';
import { driverFor, prepareSuite, runSuiteRound, writeHarness } from '../../src/suites/registry.js';

const KINDS: SuiteKind[] = ['pytest-benchmark', 'timeit', 'import-time'];

describe('suite registry', () => {
  it.each(KINDS)('has a driver for %s that says its own kind', (kind) => {
    expect(driverFor(kind).kind).toBe(kind);
  });

  it('gives passes as methods: import-time has neither memory nor profile, the others have both', () => {
    expect(driverFor('import-time').memory).toBeUndefined();
    expect(driverFor('import-time').profile).toBeUndefined();
    expect(driverFor('import-time').explainRegression).toBeDefined();
    for (const kind of ['pytest-benchmark', 'timeit'] as const) {
      expect(typeof driverFor(kind).memory).toBe('function');
      expect(typeof driverFor(kind).profile).toBe('function');
    }
    expect(KINDS.filter((k) => driverFor(k).needsPytestBenchmark)).toEqual(['pytest-benchmark']);
  });

  it('writes every driver’s harness files, and prepares a suite a commit lacks as missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppg-registry-'));
    try {
      writeHarness(join(dir, 'harness'));
      expect(readdirSync(join(dir, 'harness')).sort()).toEqual(['py_perf_guard_outcomes.py', 'py_perf_guard_shard.py', 'py_perf_guard_timeit.py']);
      expect(prepareSuite({ kind: 'timeit', path: 'bench.toml', args: [] }, dir)).toEqual({ missing: true });
      expect(prepareSuite({ kind: 'pytest-benchmark', path: 'benchmarks', args: [] }, dir)).toEqual({ missing: true });
      const ctx = { scratchDir: join(dir, 'scratch'), suite: { kind: 'timeit', path: 'bench.toml', args: [] } } as unknown as SuiteRunContext;
      expect((await runSuiteRound(ctx, { error: 'bad TOML' })).suiteError).toBe('bad TOML');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
