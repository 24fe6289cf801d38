// Plain data of `method: paired`: what the measurement engine hands to the statistics, its options, and the
// messages of the worker line protocol (src/paired/README.md describes the protocol).
/** The two commits compared (the same strings as verdicts.ts's Side). */
export type Side = 'base' | 'head';

/** One benchmark of one unit (suite × interpreter), measured on both sides. */
export interface PairedBenchmark {
  /** Per worker pair that dueled it, in pair order: each duel's log(head seconds / base seconds). */
  pairs: number[][];
  /** Seconds per call of every counted base burst, all pairs in order (warm-up bursts are not here). */
  baseBurst: number[];
  /** Seconds per call of every counted head burst. */
  headBurst: number[];
  /** Calls per burst (N), the same on both sides and in every pair; 1 for a single-shot pedantic benchmark. */
  calls: number;
  /** Single-shot pedantic benchmark: every burst was one re-run of the test. */
  singleShot?: boolean;
  /** The most bursts dropped before the duels of one pair on one side while the JIT settled (PyPy). */
  warmup?: number;
}

/** A benchmark on one side only: a few bursts on that side alone (first pair), for its time per call. */
export interface SoloBenchmark {
  side: Side;
  burst: number[];
  calls: number;
}

/** Why a benchmark failed, per side: the error line (the first error seen on that side). */
export interface PairedFailure {
  base?: string;
  head?: string;
}

export interface PairedUnitResult {
  /** Benchmarks present on both sides (a benchmark that failed may still have the pairs before its failure). */
  benchmarks: Map<string, PairedBenchmark>;
  /** Benchmark name → error per side (a test failure, a crash or a timeout during its bursts). */
  failures: Map<string, PairedFailure>;
  /** On head only / on base only, in collection order. A name here may be in `failures` too. */
  added: string[];
  removed: string[];
  /** Times of the added/removed benchmarks, where they ran. */
  solo: Map<string, SoloBenchmark>;
  /** The suite failed as a whole on a side (worker would not start, collection failed): no pair ran. */
  suiteError?: { side: Side; error: string };
  /** The pytest plugin met a fixture API it can't serve: the lead should measure this suite with `rounds`. */
  unsupported?: string;
  /** Worker pairs started, and seconds spent starting workers (time to their hello), for the report. */
  pairsRun: number;
  startupSeconds: number;
  elapsedSeconds: number;
}

export interface PairedOptions {
  /** Worker pairs (fixed for now; `shouldContinue` can stop earlier). */
  pairs: number;
  /** Duels per benchmark per pair. */
  duels: number;
  /** Target length of one burst, in milliseconds (N is calibrated on each side; the geometric mean is used). */
  burstMs: number;
  /** Bursts of an added/removed benchmark, run on its side alone in the first pair. */
  soloBursts: number;
  /** A JIT interpreter: bursts are dropped until they settle before the duels count (else one is dropped). */
  jit: boolean;
  /** The most a worker may take to start and say hello, and to answer one request, in milliseconds. */
  startTimeoutMs: number;
  requestTimeoutMs: number;
  /**
   * Called after each pair with the results so far: false stops, true goes on with every benchmark, a set
   * goes on with those benchmarks only (the adaptive rule of the statistics plugs in here).
   */
  shouldContinue?: (resultsSoFar: PairedUnitResult) => boolean | Set<string>;
  log?: (line: string) => void;
  now?: () => number;
}

export const DEFAULT_PAIRED_OPTIONS: Omit<PairedOptions, 'jit'> = {
  pairs: 6,
  duels: 20,
  burstMs: 5,
  soloBursts: 5,
  startTimeoutMs: 120_000,
  requestTimeoutMs: 30_000,
};

/** Events a worker sends on its own. */
export type WorkerEvent =
  | { event: 'hello'; kind: 'timeit' | 'pytest'; benchmarks: string[]; rootdir?: string; collect_errors?: { nodeid: string; message: string }[] }
  | { event: 'at'; name: string }
  | { event: 'end'; name: string; outcome: 'passed' | 'failed' | 'skipped'; error?: string; unsupported?: boolean }
  | { event: 'done'; exitstatus?: number };

/** Replies to requests. */
export interface WorkerReply {
  n?: number;
  fixed?: boolean;
  seconds?: number;
  error?: string;
}

export type WorkerRequest = { op: 'calibrate'; target: number } | { op: 'burst'; n: number } | { op: 'next' } | { op: 'skip' } | { op: 'quit' };
