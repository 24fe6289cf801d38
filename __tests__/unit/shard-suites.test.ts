// Where `shard: i/n` cuts the suites: timeit and import-time before any process (their names are known), pytest
// through the environment its plugins read (names known after collection), and an empty share is no row, not a failure.
import { inShard } from '../../src/config/shard.js';
import { unitRowSkeletons } from '../../src/measure/unit-rows.js';
import { parsePytestRound } from '../../src/suites/pytest-benchmark/pytest-benchmark.js';
import { shardSide } from '../../src/suites/registry.js';
import { parseTimeitSuite, type TimeitSuite } from '../../src/suites/timeit/timeit.js';

const toml = Array.from({ length: 20 }, (_, i) => `[[benchmark]]\nname = "t${i}"\nstmt = "pass"\n`).join('\n');
const timeit = { kind: 'timeit' as const, path: 'bench.toml', args: [] };

describe('shardSide', () => {
  it('keeps a timeit suite to the shard’s names, the shares disjoint and together the whole suite', () => {
    const state = parseTimeitSuite(toml, 'bench.toml');
    const shares = [1, 2, 3].map((index) => {
      const side = shardSide(timeit, { state }, '/p', { index, count: 3 });
      return 'state' in side.prepared ? (side.prepared.state as TimeitSuite).benchmarks.map((b) => b.name) : [];
    });
    shares.forEach((names, k) => expect(names).toEqual(state.benchmarks.map((b) => b.name).filter((n) => inShard(n, { index: k + 1, count: 3 }))));
    expect(shares.flat().sort()).toEqual(state.benchmarks.map((b) => b.name).sort());
    expect(shardSide(timeit, { state }, '/p', undefined).prepared).toEqual({ state });
  });

  it('reads a suite with none of its benchmarks in the shard as missing on that side (outsideShard)', () => {
    const one = parseTimeitSuite('[[benchmark]]\nname = "solo"\nstmt = "pass"\n', 'bench.toml');
    const count = 7;
    const other = [1, 2, 3, 4, 5, 6, 7].find((i) => !inShard('solo', { index: i, count }))!;
    expect(shardSide(timeit, { state: one }, '/p', { index: other, count }).prepared).toEqual({ missing: true, outsideShard: true });
    // A broken or missing suite stays as it is: the shard does not hide an error.
    expect(shardSide(timeit, { error: 'bad' }, '/p', { index: 1, count }).prepared).toEqual({ error: 'bad' });
  });

  it('cuts import-time modules, and hands pytest the shard and suite folder through the environment', () => {
    const modules = ['json', 'csv', 'decimal', 'fractions', 'email', 'http', 'xml', 'sqlite3'];
    const imports = shardSide({ kind: 'import-time', path: 'import-time', args: modules }, {}, '/p', { index: 2, count: 2 });
    expect(imports.suite.args).toEqual(modules.filter((m) => inShard(`import ${m}`, { index: 2, count: 2 })));
    const pytest = shardSide({ kind: 'pytest-benchmark', path: 'benchmarks/test_x.py', args: [] }, {}, '/p', { index: 2, count: 4 });
    expect(pytest.env).toEqual({ PY_PERF_GUARD_SHARD: '2/4', PY_PERF_GUARD_SHARD_SUITE_DIR: '/p/benchmarks' });
  });
});

describe('an empty share', () => {
  const outcomes = (shard?: { kept: number; deselected: number }) => ({
    rootdir: '/p',
    failures: [],
    collect_errors: [],
    exitstatus: 5,
    ...(shard ? { shard } : {}),
  });

  it('of a pytest suite (all deselected after collection) is no error; nothing collected at all still is', () => {
    const empty = parsePytestRound({ benchmarks: [] }, outcomes({ kept: 0, deselected: 4 }), '/p', 'benchmarks/', 'min', 'exit 5');
    expect(empty).toMatchObject({ outsideShard: true });
    expect(empty.suiteError).toBeUndefined();
    expect(parsePytestRound({ benchmarks: [] }, outcomes({ kept: 0, deselected: 0 }), '/p', 'benchmarks/', 'min', 'exit 5').suiteError).toBe(
      'no benchmarks collected in benchmarks/',
    );
  });

  it('gives a sharded unit no rows, but a failing one still its failed row', () => {
    const unit = { interpreter: '3.12', suite: { path: 'benchmarks/' }, sides: { base: {}, head: {} }, sharded: true };
    const quiet = { measured: new Set<string>(), failures: new Map(), brokenPrefixes: [] };
    expect(unitRowSkeletons(unit, { base: quiet, head: quiet }, [])).toEqual([]);
    expect(unitRowSkeletons({ ...unit, sharded: undefined }, { base: quiet, head: quiet }, [])).toMatchObject([{ name: '*' }]);
    const crashed = { ...quiet, suiteError: 'pytest crashed' };
    expect(unitRowSkeletons(unit, { base: crashed, head: crashed }, [])).toMatchObject([{ name: '*', headError: 'pytest crashed' }]);
  });
});
