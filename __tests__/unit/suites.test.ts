import { benchmarkName, parsePytestRound, pytestArguments } from '../../src/suites/pytest-benchmark/pytest-benchmark.js';
import { parseTimeitRound, parseTimeitSuite } from '../../src/suites/timeit/timeit.js';

describe('pytest-benchmark names and rounds', () => {
  it.each([
    ['benchmarks/test_x.py::test_a[1]', '/repo', '/repo/benchmarks', 'test_x.py::test_a[1]'],
    ['test_x.py::TestC::test_b', '/repo/benchmarks', '/repo/benchmarks', 'test_x.py::TestC::test_b'],
    ['benchmarks/sub/test_y.py::test_c', '/repo', '/repo/benchmarks', 'sub/test_y.py::test_c'],
    ['other/test_z.py::test_d', '/repo', '/repo/benchmarks', 'other/test_z.py::test_d'],
    ['benchmarks/test_broken.py', '/repo', '/repo/benchmarks', 'test_broken.py'],
  ])('%s (rootdir %s, suite %s) → %s', (nodeId, root, suite, name) => expect(benchmarkName(nodeId, root, suite)).toBe(name));

  it('puts the user arguments after the defaults so they win, and the JSON path last', () => {
    const args = pytestArguments({ kind: 'pytest-benchmark', path: 'b/', args: ['--benchmark-max-time=2'] }, '/tmp/x.json');
    expect(args.indexOf('--benchmark-max-time=2')).toBeGreaterThan(args.indexOf('--benchmark-max-time=0.1'));
    expect(args.at(-1)).toBe('--benchmark-json=/tmp/x.json');
  });

  const stats = (min: number) => ({ min, median: min + 1e-6, mean: min + 2e-6 });
  it('takes the chosen statistic, and failures and collection errors from the outcomes', () => {
    const r = parsePytestRound(
      { benchmarks: [{ fullname: 'benchmarks/test_a.py::test_ok', stats: stats(1e-5) }] },
      {
        rootdir: '/p',
        exitstatus: 1,
        failures: [{ nodeid: 'benchmarks/test_a.py::test_bad', when: 'call', message: 'ZeroDivisionError: division by zero' }],
        collect_errors: [{ nodeid: 'benchmarks/test_b.py', message: "ModuleNotFoundError: No module named 'nope'" }],
      },
      '/p',
      'benchmarks/',
      'median',
      'pytest exited with code 1',
    );
    expect([...r.samples]).toEqual([['test_a.py::test_ok', 1e-5 + 1e-6]]);
    expect([...r.failures]).toEqual([['test_a.py::test_bad', 'ZeroDivisionError: division by zero']]);
    expect(r.brokenPrefixes).toEqual([
      {
        prefix: 'test_b.py',
        error:
          "collecting test_b.py: ModuleNotFoundError: No module named 'nope' (fix: the module `nope` is not installed in the benchmark's venv: add the package that provides it to `install`, e.g. `pip install -e . <package>`)",
      },
    ]);
    expect(r.suiteError).toBeUndefined();
  });

  it('fails the whole suite when pytest produced nothing', () => {
    expect(parsePytestRound(null, null, '/p', 'b/', 'min', 'pytest b/ exited with code 4: usage').suiteError).toBe('pytest b/ exited with code 4: usage');
    const none = parsePytestRound({ benchmarks: [] }, { rootdir: '/p', exitstatus: 5, failures: [], collect_errors: [] }, '/p', 'b/', 'min', 'x');
    expect(none.suiteError).toBe('no benchmarks collected in b/');
  });
});

describe('timeit suites', () => {
  const good = `
[defaults]
setup = "import m"
gc = true
[[benchmark]]
name = "a"
stmt = "m.f()"
[[benchmark]]
name = "b"
stmt = "m.g(x)"
setup = "x = 1"
number = 100
gc = false
`;
  it('reads defaults and benchmarks', () => {
    expect(parseTimeitSuite(good, 'm.toml')).toEqual({
      setup: 'import m',
      benchmarks: [
        { name: 'a', stmt: 'm.f()', setup: '', number: 0, gc: true },
        { name: 'b', stmt: 'm.g(x)', setup: 'x = 1', number: 100, gc: false },
      ],
    });
  });

  it.each([
    ['[[benchmark]]\nname = "a"\nstmnt = "x"', 'm.toml: [[benchmark]] #1 (a) has unknown key "stmnt": expected name, stmt, setup, number, gc'],
    ['[[benchmark]]\nname = "a"', 'm.toml: [[benchmark]] #1 (a) needs a stmt'],
    ['[[benchmark]]\nstmt = "x"', 'm.toml: [[benchmark]] #1 needs a name'],
    ['[[benchmark]]\nname = "a"\nstmt = "x"\n[[benchmark]]\nname = "a"\nstmt = "y"', 'repeats the name "a"'],
    ['[[benchmark]]\nname = "a"\nstmt = "x"\nnumber = -1', 'number is -1: expected a whole number, 0 for autorange'],
    ['[defaults]\ngc = "no"\n[[benchmark]]\nname = "a"\nstmt = "x"', '[defaults] gc is "no": expected true or false'],
    ['[defaults]\nsetup = "x"', 'has no [[benchmark]] tables'],
    ['name = ', 'm.toml: is not valid TOML: line 1, column 8: invalid value'],
    ['[[benchmark]]\nname = "a"\nname = "b"', 'm.toml: is not valid TOML: line 3, column 1: trying to redefine an already defined table or value'],
    ['[[benchmark]]\nname = "a"\nstmt = "x"\n[[benchmark]]\nname = "a"\nstmt = "y"', 'm.toml: [[benchmark]] #2 (a) repeats the name "a"'],
  ])('rejects %p', (text, message) => expect(() => parseTimeitSuite(text, 'm.toml')).toThrow(message));

  it('turns harness output into samples and failures', () => {
    const r = parseTimeitRound(
      {
        results: [
          { name: 'a', times: [3, 1, 2] },
          { name: 'b', error: 'NameError: x' },
        ],
      },
      'min',
      'x',
    );
    expect([...r.samples]).toEqual([['a', 1]]);
    expect([...r.failures]).toEqual([['b', 'NameError: x']]);
    expect(parseTimeitRound(null, 'min', 'harness crashed').suiteError).toBe('harness crashed');
  });
});
