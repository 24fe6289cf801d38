// Adaptive pairs: after each worker pair, judge; benchmarks whose verdict is still open get the next pair.
// Open = inconclusive, or a change (regression or improvement) not yet past the early-stop level: a change closes
// before the last pair only at a far stricter level than α (Haybittle–Peto's interim bound), else it must still
// hold at the last pair, as a regression must in 1.0's measure.ts. The coordinator stops at maxPairs or its time
// budget. Defaults from the replay on the shared paired duels (bench/replay-paired.mjs, bench/README).
import { signTest } from '../../stats/sign-test.js';
import { type PairedRow } from './judge-types.js';

export interface PairLimits {
  minPairs: number;
  maxPairs: number;
}

/**
 * 6: below it no 95% distribution-free interval of a median exists (2/2⁵ > 5%), so nothing can be `unchanged`.
 * 20: at 16, a +10–25% change on a benchmark with a far-off pair was missed in ~1% of simulated runs (3–4 of its
 * 16 pairs drawn from that pair); at 20 none was, A/A rows `unchanged` 99.7% (bench/README, "Paired method").
 */
export const PAIRED_DEFAULTS: PairLimits = { minPairs: 6, maxPairs: 20 };

/**
 * The share of α a change's q must reach to close before the last pair: a look before the last closes a regression
 * (or an improvement) only at this far stricter level, and a row closed early keeps its pairs, so at the last
 * judgement its q is still well inside α. Chosen by the replay (bench/replay-paired.mjs,
 * EARLY_STOP_SHARE_REPLAYED): false alarms and pairs per row for 0, α/50, α/10, α/5 and α.
 */
export const EARLY_STOP_SHARE = 0.1;

/**
 * Keys (`interpreter\0suite\0name`) of the rows that need another pair: inconclusive ones, and regressions and
 * improvements whose q is above `earlyLevel` (0: every change waits for the last pair). Improvements too: closing
 * one at α at any look would make false improvements as likely as early stops at α make false regressions.
 */
export function openBenchmarks(rows: readonly PairedRow[], earlyLevel: number): Set<string> {
  const change = (r: PairedRow) => r.verdict === 'regression' || r.verdict === 'improvement';
  const settled = (r: PairedRow) => change(r) && r.q !== undefined && r.q <= earlyLevel;
  const open = rows.filter((r) => r.verdict === 'inconclusive' || (change(r) && !settled(r)));
  return new Set(open.map((r) => pairedKey(r)));
}

/** The q a change must reach to close early at level α. */
export function earlyStopLevel(alpha: number): number {
  return alpha * EARLY_STOP_SHARE;
}

export function pairedKey(r: { interpreter: string; suite: string; name: string }): string {
  return `${r.interpreter}\0${r.suite}\0${r.name}`;
}

/**
 * Fewest pairs with which the sign test can reach the Benjamini–Hochberg level α / comparisons for a lone change
 * while `dissenting` pairs read it the wrong way: P(Bin(n, ½) ≥ n − dissenting) ≤ α / comparisons.
 * 20 comparisons: 9 pairs with none dissenting, 13 with one.
 */
export function pairsForSignificance(comparisons: number, alpha: number, dissenting = 1): number {
  const level = alpha / Math.max(1, comparisons);
  for (let n = dissenting + 1; ; n++) if (signTest([...Array(n - dissenting).fill(1), ...Array(dissenting).fill(-1)], 'greater').p <= level) return n;
}

/**
 * The limits for a run: the defaults (or the user's), with maxPairs raised so that a lone change among all the
 * run's comparisons can still be significant with one pair reading it the wrong way.
 */
export function pairLimits(comparisons: number, alpha: number, requested: Partial<PairLimits> = {}): PairLimits {
  const minPairs = requested.minPairs ?? PAIRED_DEFAULTS.minPairs;
  const maxPairs = requested.maxPairs ?? Math.max(PAIRED_DEFAULTS.maxPairs, pairsForSignificance(comparisons, alpha));
  return { minPairs, maxPairs: Math.max(minPairs, maxPairs) };
}

/** Whether the coordinator should start another pair: some row open and pairs left. */
export function needsAnotherPair(rows: readonly PairedRow[], pairsDone: number, limits: PairLimits, earlyLevel: number): boolean {
  if (pairsDone < limits.minPairs) return true;
  return pairsDone < limits.maxPairs && openBenchmarks(rows, earlyLevel).size > 0;
}
