// What one fresh-process round of one suite on one commit yields.
import { type RoundStatistic } from '../model/settings.js';
import { median } from '../stats/quantile.js';

export interface InnerStats {
  min: number;
  median: number;
  mean: number;
}

export interface RoundResult {
  /** Benchmark name → seconds per call (the round's chosen statistic). */
  samples: Map<string, number>;
  /** Benchmark name → all three statistics of the process's inner timings (for the rounds log). */
  stats: Map<string, InnerStats>;
  /** Benchmark name → JIT warm-up iterations dropped before timing (timeit on PyPy). */
  warmups?: Map<string, number>;
  /** Benchmark name → parts of its time (import-time: submodule → cumulative seconds). */
  breakdown?: Map<string, Map<string, number>>;
  /** Benchmark name → error. */
  failures: Map<string, string>;
  /** Files that failed to import: every benchmark under `prefix` failed with `error`. */
  brokenPrefixes: { prefix: string; error: string }[];
  /** The whole suite failed (crash, bad suite file): nothing was measured this round. */
  suiteError?: string;
  /** `shard: i/n`: every benchmark collected belongs to other shards (pytest knows only after collection). */
  outsideShard?: boolean;
}

export function emptyRound(suiteError?: string): RoundResult {
  return { samples: new Map(), stats: new Map(), failures: new Map(), brokenPrefixes: [], suiteError };
}

/** Records one benchmark's inner statistics and the round's sample (the chosen statistic). */
export function recordSample(result: RoundResult, name: string, stats: InnerStats, statistic: RoundStatistic): void {
  result.stats.set(name, { min: stats.min, median: stats.median, mean: stats.mean });
  result.samples.set(name, stats[statistic]);
}

export function summarize(times: number[]): InnerStats {
  return {
    min: Math.min(...times),
    median: median(times),
    mean: times.reduce((s, t) => s + t, 0) / times.length,
  };
}
