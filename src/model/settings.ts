// Plain types shared by the pure core and the I/O shell.

export type SuiteKind = 'pytest-benchmark' | 'timeit' | 'import-time';

export interface SuiteSpec {
  kind: SuiteKind;
  /** Path as configured, relative to the working directory. */
  path: string;
  /** Extra arguments (pytest-benchmark), or the modules (import-time). */
  args: string[];
}

export type CommentMode = 'always' | 'on-regression' | 'never';
export type RoundStatistic = 'min' | 'median' | 'mean';
export type SlowRoundsMode = 'drop' | 'keep';

export interface Settings {
  suites: SuiteSpec[];
  /** Where the suites came from, for messages: `input 'suites'` or `[tool.py-perf-guard] suites`. */
  suitesSource: string;
  /** Interpreter specs as written by the user, e.g. ['3.12', 'pypy3'] or ['auto']. */
  interpreters: string[];
  /** Shell command, or null for the default (`pip install -e .` when the project is installable). '' = none. */
  install: string | null;
  base: string | null;
  head: string | null;
  threshold: number;
  alpha: number;
  minRounds: number;
  maxRounds: number;
  timeBudgetSeconds: number;
  failOnRegression: boolean;
  comment: CommentMode;
  commentKey: string;
  workingDirectory: string;
  statistic: RoundStatistic;
  /** Set aside rounds in which a process ran its whole suite in a slow mode ('drop'), or keep them. */
  slowRounds: SlowRoundsMode;
  /** Fail the check when a PR's interpreter upgrade slows a benchmark down. */
  failOnUpgradeRegression: boolean;
  /** Compare head on every interpreter against the first one listed, on any PR. */
  compareInterpreters: boolean;
  /** Which benchmarks to run again under cProfile on base and head. */
  profile: 'regressions' | 'all' | 'none';
  /** Measure peak traced memory per benchmark call too. */
  memory: boolean;
  memoryThreshold: number;
  /** Further environment variables the project's processes get (input pass-env; workflow only). */
  passEnv: string[];
  /** The workflow owner accepts running the PR's code under pull_request_target (workflow input only). */
  trustPrCode: boolean;
}

/** A bad input: names the input, quotes the value, says what is accepted. Exit code 2. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`${source} is ${JSON.stringify(value)}: expected ${expected}`);
    this.name = 'ConfigError';
  }
}

/** Something around the run is unusable (unknown commit, no interpreter): nothing could be measured. Exit code 2. */
export class EnvironmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvironmentError';
  }
}
