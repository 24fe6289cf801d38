// `shard: i/n`: the input's checks, the stable split by name, and the same hash and names in the pytest plugins' Python.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/parse-settings.js';
import { inShard, parseShard, shardOf } from '../../src/config/shard.js';
import { benchmarkName } from '../../src/suites/pytest-benchmark/pytest-benchmark.js';
import { REPO_ROOT } from '../helpers/git-repo.js';
import { pythonPath } from '../helpers/python.js';

const names = Array.from({ length: 200 }, (_, i) => `test_mod_${i % 7}.py::test_case[${i}]`);

describe('the shard input', () => {
  it.each(['1/4', '4/4', ' 2 / 3 ', '1/1'])('accepts %j', (text) => {
    const [i, n] = text.split('/').map((x) => Number(x.trim()));
    expect(parseShard(text)).toEqual({ index: i, count: n });
  });

  it.each(['0/4', '5/4', '1/0', 'a/b', '2', '1/4/2', '-1/4', '1.5/4', '1/1001'])('refuses %j, naming the input and quoting the value', (text) => {
    expect(() => parseShard(text)).toThrow(`input 'shard' is ${JSON.stringify(text)}: expected i/n with whole numbers 1 ≤ i ≤ n`);
  });

  it('is absent when empty, and reaches the settings when given', () => {
    expect(parseShard('')).toBeUndefined();
    const base = { suites: 'timeit: b.toml' };
    expect(parseConfig(base).shard).toBeUndefined();
    expect(parseConfig({ ...base, shard: '3/4' }).shard).toEqual({ index: 3, count: 4 });
    expect(() => parseConfig({ ...base, shard: '5/4' })).toThrow('input \'shard\' is "5/4"');
  });
});

describe('shardOf', () => {
  it('splits 200 names into four shares of roughly a quarter, every name in exactly one', () => {
    const sizes = [1, 2, 3, 4].map((i) => names.filter((n) => inShard(n, { index: i, count: 4 })).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(200);
    for (const s of sizes) expect(s).toBeGreaterThan(30);
    expect(inShard('anything', undefined)).toBe(true);
  });

  it('is stable: adding benchmarks moves no other, and the shard depends on the name alone', () => {
    const before = names.map((n) => shardOf(n, 4));
    const more = [...Array.from({ length: 50 }, (_, i) => `test_new.py::test_${i}`), ...names];
    expect(more.slice(50).map((n) => shardOf(n, 4))).toEqual(before);
    expect(shardOf('test_x.py::test_a', 4)).toBe(shardOf('test_x.py::test_a', 4));
  });

  it('matches the Python of the pytest plugins, names (node ids relative to the suite) and hashes alike', () => {
    const cases = [
      ...names.slice(0, 40),
      'π_naïve',
      'join strings',
      'import mypkg.cli',
      'test_x.py::test_p[a/b-ü]',
      'benchmarks/sub/test_y.py::T::test_z',
      'tests/other.py::test_out',
    ];
    const suiteDir = '/proj/benchmarks';
    const script = [
      'import json, sys',
      `sys.path.insert(0, ${JSON.stringify(join(REPO_ROOT, 'src', 'suites', 'pytest-benchmark'))})`,
      'from py_perf_guard_shard import shard_of, benchmark_name',
      'cases = json.load(sys.stdin)',
      `print(json.dumps([[shard_of(c, n) for n in (2, 3, 4, 7)] + [benchmark_name(c, "/proj", ${JSON.stringify(suiteDir)})] for c in cases]))`,
    ].join('\n');
    const out = JSON.parse(execFileSync(pythonPath('3.12'), ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8' }));
    expect(out).toEqual(cases.map((c) => [...[2, 3, 4, 7].map((n) => shardOf(c, n)), benchmarkName(c, '/proj', suiteDir)]));
  });
});
