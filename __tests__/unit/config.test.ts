import { parseConfig } from '../../src/config/parse-settings.js';
import { parseBoolean, parseDuration, parseList, parsePercentage, splitWords } from '../../src/config/values.js';
import { ConfigError } from '../../src/model/errors.js';

const SUITES = { suites: 'pytest-benchmark: benchmarks/' };

describe('value parsers', () => {
  it.each([
    ['5%', 0.05],
    ['12.5%', 0.125],
    ['0.05', 0.05],
    ['.1', 0.1],
    [' 3 % ', 0.03],
    ['5', null],
    ['five', null],
    ['-5%', null],
  ])('percentage %p → %p', (text, expected) => expect(parsePercentage(text)).toBe(expected));

  it.each([
    ['90s', 90],
    ['20m', 1200],
    ['1h', 3600],
    ['1h30m', 5400],
    ['45', 45],
    ['2.5', 2.5],
    ['20 minutes', null],
    ['m', null],
    ['', null],
  ])('duration %p → %p', (text, expected) => expect(parseDuration(text)).toBe(expected));

  it.each([
    ['true', true],
    ['True', true],
    ['FALSE', false],
    ['yes', null],
    ['1', null],
  ])('boolean %p → %p', (text, expected) => expect(parseBoolean(text)).toBe(expected));

  it('splits lists on commas and newlines', () => {
    expect(parseList('3.11, 3.12\n3.13,,\n')).toEqual(['3.11', '3.12', '3.13']);
  });

  it.each([
    ['a b  c', ['a', 'b', 'c']],
    [`-k "slow and not fast" --x='1 2'`, ['-k', 'slow and not fast', '--x=1 2']],
    ['a\\ b', ['a b']],
    ['"unterminated', null],
  ])('splitWords %p', (text, expected) => expect(splitWords(text)).toEqual(expected));
});

describe('parseConfig', () => {
  it('applies the contract defaults', () => {
    const s = parseConfig(SUITES);
    expect(s).toMatchObject({
      interpreters: ['auto'],
      install: null,
      threshold: 0.05,
      alpha: 0.05,
      minRounds: 10,
      maxRounds: 30,
      timeBudgetSeconds: 1200,
      failOnRegression: true,
      comment: 'always',
      workingDirectory: '.',
      statistic: 'min',
      slowRounds: 'drop',
      base: null,
      head: null,
      failOnUpgradeRegression: false,
      compareInterpreters: false,
    });
    expect(s.suites).toEqual([{ kind: 'pytest-benchmark', path: 'benchmarks/', args: [] }]);
  });

  it('reads several suites with pytest arguments, skipping blanks and comments', () => {
    const s = parseConfig({ suites: 'pytest-benchmark: benchmarks/ -k "not slow" --benchmark-max-time=0.5\n\n# note\ntimeit: bench/micro.toml' });
    expect(s.suites).toEqual([
      { kind: 'pytest-benchmark', path: 'benchmarks/', args: ['-k', 'not slow', '--benchmark-max-time=0.5'] },
      { kind: 'timeit', path: 'bench/micro.toml', args: [] },
    ]);
  });

  it('takes settings from [tool.py-perf-guard] unless the workflow gives them', () => {
    const table = { suites: ['timeit: a.toml'], interpreters: ['3.11', '3.12'], threshold: 0.1, 'min-rounds': 4, 'fail-on-regression': false };
    const s = parseConfig({ threshold: '2%' }, table);
    expect(s.suites[0].path).toBe('a.toml');
    expect(s.interpreters).toEqual(['3.11', '3.12']);
    expect(s.threshold).toBe(0.02);
    expect(s.minRounds).toBe(4);
    expect(s.failOnRegression).toBe(false);
  });

  it("treats install 'none' as no command", () => {
    expect(parseConfig({ ...SUITES, install: 'none' }).install).toBe('');
    expect(parseConfig({ ...SUITES, install: 'pip install .[bench]' }).install).toBe('pip install .[bench]');
  });

  it.each([
    [{ suites: '' }, `input 'suites' is "": expected at least one suite line`],
    [{ suites: 'pytest: benchmarks/' }, `input 'suites' is "pytest: benchmarks/": expected 'pytest-benchmark: <path> [pytest args]' or 'timeit: <file.toml>'`],
    [{ suites: 'timeit: bench.py' }, 'expected a timeit suite file ending in .toml'],
    [{ suites: 'timeit: ../x.toml' }, 'expected a path inside the working directory'],
    [{ suites: 'pytest-benchmark: b/ -k "x' }, 'with a path'],
    [{ ...SUITES, threshold: '5' }, `input 'threshold' is "5": expected a percentage such as 5%`],
    [{ ...SUITES, threshold: '0%' }, 'expected a percentage above 0%'],
    [{ ...SUITES, alpha: '0.7' }, `input 'alpha' is "0.7": expected a false-discovery rate between 0 and 0.5`],
    [{ ...SUITES, 'min-rounds': '1' }, `input 'min-rounds' is "1": expected a whole number of worker pairs, at least 2`],
    [{ ...SUITES, method: 'rounds', 'min-rounds': '1' }, `input 'min-rounds' is "1": expected a whole number of rounds, at least 2`],
    [{ ...SUITES, 'min-rounds': 'ten' }, `input 'min-rounds' is "ten"`],
    [
      { ...SUITES, method: 'rounds', 'min-rounds': '12', 'max-rounds': '8' },
      `input 'max-rounds' is "8": expected a whole number of rounds from min-rounds (12) to 1000`,
    ],
    [{ ...SUITES, 'time-budget': '20 minutes' }, `input 'time-budget' is "20 minutes": expected a duration such as 90s, 20m, 1h or plain seconds`],
    [{ ...SUITES, 'fail-on-regression': 'yes' }, `input 'fail-on-regression' is "yes": expected true or false`],
    [{ ...SUITES, comment: 'sometimes' }, `input 'comment' is "sometimes": expected one of always, on-regression, never`],
    [{ ...SUITES, statistic: 'max' }, `input 'statistic' is "max": expected one of min, median, mean`],
    [{ ...SUITES, 'slow-rounds': 'yes' }, `input 'slow-rounds' is "yes": expected one of drop, keep`],
    [{ ...SUITES, 'working-directory': '../elsewhere' }, `input 'working-directory' is "../elsewhere"`],
    [{ suites: 'timeit: a.toml\ntimeit: a.toml' }, 'expected each suite path listed once'],
    [{ ...SUITES, 'fail-on-upgrade-regression': 'maybe' }, `input 'fail-on-upgrade-regression' is "maybe": expected true or false`],
    [{ ...SUITES, 'compare-interpreters': '1' }, `input 'compare-interpreters' is "1": expected true or false`],
  ])('rejects %p', (inputs, message) => {
    expect(() => parseConfig(inputs)).toThrow(ConfigError);
    expect(() => parseConfig(inputs)).toThrow(message);
  });

  it.each([
    [{ treshold: '5%' }, `[tool.py-perf-guard] key is "treshold": expected one of suites, interpreters`],
    [{ suites: 5 }, `[tool.py-perf-guard] suites is "5": expected a string or an array of strings`],
    [{ threshold: [1] }, `[tool.py-perf-guard] threshold is "[1]": expected a string, number or boolean`],
    [{ threshold: 'lots' }, `[tool.py-perf-guard] threshold is "lots": expected a percentage`],
  ])('names pyproject.toml as the source of a bad value: %p', (table, message) => {
    expect(() => parseConfig({ suites: 'timeit: a.toml' }, table)).toThrow(message);
  });
});
