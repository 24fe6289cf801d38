// The statistics of one benchmark × interpreter under the paired method, on log ratios:
// - per pair: the median of its duels (the duel values have heavy tails from load switching mid-burst, and the
//   median's pair centres are the tightest across pairs in the replay, bench/replay-paired.mjs);
// - across pairs: the median of the pair centres (one odd pair, like the null set's 0.73, moves it little);
// - CI: two-stage bootstrap over pairs, then duels (src/stats/cluster-bootstrap.ts);
// - test: one-sided sign test over the pair centres: exact whenever a pair centre is as likely above 0 as below
//   under no change (base and head are exchangeable by design: same code, alternating start order). Chosen over
//   the signed-rank and t tests by the replay: one far-off pair (the null set's 0.73) is the largest rank and
//   sinks a signed-rank or t test of a real +6% change among 20 benchmarks; the sign test counts it as one.
import { clusterMedianCi } from '../stats/cluster-bootstrap.js';
import { median, quantileSorted, sortedCopy } from '../stats/quantile.js';
import { type Random } from '../stats/random.js';
import { signTest } from '../stats/sign-test.js';

export interface PairedEstimate {
  /** Per pair with duels: the median duel log ratio. */
  centres: number[];
  /** head/base: exp(median of centres). */
  ratio: number;
  ci: [number, number];
  /** One-sided p that head is slower / faster. */
  pSlower: number;
  pFaster: number;
  /** Spread of the pair centres, 1.4826·MAD (log ≈ relative): how much pairs disagree. */
  spread: number;
}

export function pairCentres(pairs: readonly (readonly number[])[]): number[] {
  return pairs.filter((p) => p.length > 0).map((p) => median(p));
}

export function pairedEstimate(pairs: readonly (readonly number[])[], confidence: number, resamples: number, random: Random): PairedEstimate {
  const centres = pairCentres(pairs);
  const centre = median(centres);
  const ci = clusterMedianCi(pairs, confidence, resamples, random);
  const deviations = sortedCopy(centres.map((c) => Math.abs(c - centre)));
  return {
    centres,
    ratio: Math.exp(centre),
    ci: [Math.exp(ci.low), Math.exp(ci.high)],
    pSlower: signTest(centres, 'greater').p,
    pFaster: signTest(centres, 'less').p,
    spread: 1.4826 * quantileSorted(deviations, 0.5),
  };
}
