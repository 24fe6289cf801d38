// What one fresh-process round of one suite on one commit yields.
import { type RoundStatistic } from '../settings.js';

export interface RoundResult {
  /** Benchmark name → seconds per call (the round's chosen statistic). */
  samples: Map<string, number>;
  /** Benchmark name → error. */
  failures: Map<string, string>;
  /** Files that failed to import: every benchmark under `prefix` failed with `error`. */
  brokenPrefixes: { prefix: string; error: string }[];
  /** The whole suite failed (crash, bad suite file): nothing was measured this round. */
  suiteError?: string;
}

export function emptyRound(suiteError?: string): RoundResult {
  return { samples: new Map(), failures: new Map(), brokenPrefixes: [], suiteError };
}

export function pickStatistic(stats: { min: number; median: number; mean: number }, statistic: RoundStatistic): number {
  return stats[statistic];
}

export function summarize(times: number[]): { min: number; median: number; mean: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return {
    min: sorted[0],
    median: (sorted[Math.floor(mid)] + sorted[Math.ceil(mid)]) / 2,
    mean: times.reduce((s, t) => s + t, 0) / times.length,
  };
}
