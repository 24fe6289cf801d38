// Plain data of `method: paired`: what the measurement engine hands to the statistics, its options, and the
// messages of the worker line protocol (src/measure/paired/README.md describes the protocol).
import { type Side } from '../../model/side.js';

export type { Side };

/** One benchmark of one unit (suite × interpreter), measured on both sides. */
export interface PairedBenchmark {
  /** Per worker pair that dueled it, in pair order: each duel's log(head seconds / base seconds) on `clock`. */
  pairs: number[][];
  /** The clock the duels compare (chosen in the benchmark's first pair when options.clock is 'auto'). */
  clock: 'wall' | 'cpu';
  /** Wall seconds per call of every counted base burst, all pairs in order (warm-up bursts are not here). */
  baseBurst: number[];
  /** Wall seconds per call of every counted head burst. */
  headBurst: number[];
  /** The same bursts on the CPU clock of the worker's thread (time.thread_time), which leaves out preemption. */
  baseCpu: number[];
  headCpu: number[];
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
  /**
   * The clock the duels compare: 'wall' (perf_counter, what timeit and pytest-benchmark report), 'cpu' (the
   * worker thread's CPU time: immune to preemption on a loaded machine, blind to waiting and to other threads),
   * or 'auto': 'cpu' for a benchmark that is CPU-bound in the worker's thread on both sides, else 'wall'. CPU-bound:
   * its probe bursts blocked (voluntary context switches) at most once per burst on average, where the OS
   * counts them (Linux, macOS); elsewhere, its quietest probe burst spent at least CPU_BOUND of its wall time on
   * the thread's CPU.
   */
  clock: 'wall' | 'cpu' | 'auto';
  /**
   * Run both workers of a pair on one CPU (Linux; the pair's index picks which) while they duel a benchmark
   * compared on CPU time. Not for wall time: on a loaded CPU the scheduler makes the side that uses more CPU
   * wait longer, which inflates wall-time differences (+25% read as up to 2.2× here).
   */
  pinCpu: boolean;
  /** Added to the pair's index to pick its CPU: pairs of other units running at the same time use other offsets. */
  cpuOffset?: number;
  /**
   * Spawn the next pair's workers as soon as the current pair's have said hello, so they load the suite while
   * this pair duels (a pytest worker takes 0.4–0.6 s to start here): the start-up is off the run's clock.
   */
  prestart: boolean;
  /**
   * Send each pair its whole list of requests at once, when the workers duel by their own turn and every
   * benchmark it duels is calibrated or calibrated by the workers themselves (pair-ahead.ts; not the first pair
   * of a JIT's unit, nor one with added or removed benchmarks): the coordinator wakes once per worker and pair.
   */
  pipeline: boolean;
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

/**
 * 'auto' clock: a benchmark is CPU-bound when its quietest burst's CPU time is at least this share of its wall
 * time. Not higher: on this 2-core machine at load 8–10 even the quietest of 40 bursts of CPU-bound code can lose
 * 10–20% of its wall time to preemption, while code that sleeps or waits on other threads sits near 0.
 */
export const CPU_BOUND = 0.5;

/**
 * 'auto' clock, calls timed one by one (pedantic): below this many seconds per call, wall time. The CPU clock of a
 * thread is a system call (~1 µs here, inside every timed call), which would pull short calls' ratios towards 1;
 * and a call this short is seldom preempted, so its wall time is clean enough.
 */
export const PER_CALL_CPU_MIN_SECONDS = 50e-6;

export const DEFAULT_PAIRED_OPTIONS: Omit<PairedOptions, 'jit'> = {
  pairs: 6,
  duels: 16,
  burstMs: 5,
  clock: 'auto',
  pinCpu: true,
  prestart: true,
  pipeline: true,
  soloBursts: 5,
  startTimeoutMs: 120_000,
  requestTimeoutMs: 30_000,
};

/** Events a worker sends on its own. */
export type WorkerEvent =
  | {
      event: 'hello';
      kind: 'timeit' | 'pytest';
      benchmarks: string[];
      rootdir?: string;
      collect_errors?: { nodeid: string; message: string }[];
      /** The worker holds its end of the pair's turn socket, so it serves `duels` and `bursts` (linked-duels.ts). */
      turn?: boolean;
    }
  | { event: 'at'; name: string }
  | { event: 'end'; name: string; outcome: 'passed' | 'failed' | 'skipped'; error?: string; unsupported?: boolean }
  | { event: 'done'; exitstatus?: number };

/** Replies to requests. */
export interface WorkerReply {
  n?: number;
  fixed?: boolean;
  /** Every call is timed on its own (pedantic), so the clock reads are inside each call's timed region. */
  per_call?: boolean;
  seconds?: number;
  /** The CPUs a `pin` request left the worker on ([] where it can't pin). */
  cpus?: number[];
  /** CPU seconds of the worker's thread over the same burst. */
  cpu?: number;
  /** Voluntary context switches during the burst (the worker blocked: sleep, I/O, locks), where the OS says. */
  waits?: number;
  error?: string;
  /** `bursts` and `duels`: [wall, cpu, waits | null] seconds of each burst (not per call). */
  bursts?: [number, number, number | null][];
  /** `duels`: bursts dropped before them (a cold one, or while a JIT settled). */
  dropped?: number;
  /** `duels`: the other worker failed in its burst and said stop (its own reply has the error). */
  peer_failed?: boolean;
  /** `duels`: the other worker did not pass the turn in time, or left (the error says which). */
  stalled?: boolean;
  /** `duels` stalled: the index of the benchmark this side was at. */
  at?: number;
  /** `duels`: the other side is past this benchmark (it never reached it in this pair): passed by untimed. */
  skipped?: boolean;
  /** `duels` with `calibrate`: the clock the workers agreed on (with `n`, `fixed` and `per_call` above). */
  clock?: 'wall' | 'cpu';
}

/**
 * How a pair's workers calibrate a benchmark new to the unit between themselves, at the start of its duels
 * (py_perf_guard_paired_agree.py): the same N and clock as the coordinator's requests would give (duels.ts).
 */
export interface CalibrationRule {
  /** Seconds a burst should last. */
  target: number;
  /** Unpinned bursts per side at its own N that decide the 'auto' clock (0 for a clock fixed by the options). */
  probe: number;
  clock: PairedOptions['clock'];
  cpu_bound: number;
  per_call_cpu_min: number;
  /** The CPU to pin both to if the clock is the CPU's (PairedOptions.pinCpu), null for none. */
  pin: number | null;
}

/** This side's part of one benchmark's duels, the turn passed between the workers (py_perf_guard_paired_turn.py). */
export interface DuelsRequest {
  op: 'duels';
  /** The benchmark, as this worker names it, and its place among the benchmarks both sides have (they meet on it). */
  name: string;
  index: number;
  side: Side;
  /** The CPU to run on while dueling (PairedOptions.pinCpu), null for all. */
  pin: number | null;
  /** The other worker's process group, which this one kills if it hangs. */
  peer?: number;
  /** Calls per burst; absent when `calibrate` says how the workers find it. */
  n?: number;
  calibrate?: CalibrationRule;
  duels: number;
  /** The side that warms up first. */
  first: Side;
  /** Seconds to wait for the other side's turn before replying `stalled`. */
  wait: number;
  jit: boolean;
}

export type WorkerRequest =
  | { op: 'pin'; cpu: number | null }
  | { op: 'calibrate'; target: number; probe?: number; pin?: null }
  | { op: 'burst'; n: number }
  | { op: 'bursts'; n: number; count: number }
  | DuelsRequest
  | { op: 'next'; name?: string }
  | { op: 'skip'; name?: string }
  | { op: 'quit' };
