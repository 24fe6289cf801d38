// The run's settings as plain values: what config/ makes of the inputs, what every phase reads.

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
export type MeasureMethod = 'rounds' | 'paired';
export type ProfileMode = 'regressions' | 'all' | 'none';

/** `shard: i/n`: this job measures the i-th of n shares of the benchmarks (config/shard.ts). */
export interface Shard {
  index: number;
  count: number;
}

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
  /** Rounds per side for `rounds` (and suites that fall back to it): the inputs, else 10 and 30. */
  minRounds: number;
  maxRounds: number;
  /** How base and head are timed: 1.0's fresh-process rounds, or worker pairs in lock-step bursts. */
  method: MeasureMethod;
  /** `method: paired`: min-rounds / max-rounds where the user gave them (they count worker pairs), else the paired defaults. */
  pairLimits: { minPairs?: number; maxPairs?: number };
  /** `method: paired`: one extra base-vs-base pair per unit measures the noise floor. */
  calibrate: boolean;
  /** `method: paired`: units whose pairs run at once, each on its own CPU; null: one per CPU (`auto`). */
  parallel: number | null;
  timeBudgetSeconds: number;
  failOnRegression: boolean;
  /** Exit 1 when more than this share (0–1) of rows is inconclusive; null or absent: never. */
  failOnInconclusive?: number | null;
  comment: CommentMode;
  commentKey: string;
  /** The marker key when `comment-key` is empty: what tells matrix legs apart (config/comment-key.ts); absent if nothing does. */
  legKey?: string;
  workingDirectory: string;
  statistic: RoundStatistic;
  /** Set aside rounds in which a process ran its whole suite in a slow mode ('drop'), or keep them. */
  slowRounds: SlowRoundsMode;
  /** Fail the check when a PR's interpreter upgrade slows a benchmark down. */
  failOnUpgradeRegression: boolean;
  /** Compare head on every interpreter against the first one listed, on any PR. */
  compareInterpreters: boolean;
  /** Which benchmarks to run again under cProfile on base and head. */
  profile: ProfileMode;
  /** Measure peak traced memory per benchmark call too. */
  memory: boolean;
  memoryThreshold: number;
  /** Count CPU instructions per call under valgrind too (CPython only), judged at instructionsThreshold. */
  instructions: boolean;
  instructionsThreshold: number;
  /** Further environment variables the project's processes get (input pass-env; workflow only). */
  passEnv: string[];
  /** The workflow owner accepts running the PR's code under pull_request_target (workflow input only). */
  trustPrCode: boolean;
  /** `shard: i/n` (workflow only): measure only the benchmarks of this share; absent: all. */
  shard?: Shard;
  /** Input cache: `auto` (pip when the runner's cache service is there), `pip`, or `off` (`false`). Workflow only. */
  cache: PipCacheMode;
}

export type PipCacheMode = 'auto' | 'pip' | 'off';
