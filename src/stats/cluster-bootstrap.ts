// Two-stage (cluster) percentile bootstrap of the median of per-cluster medians, for paired duels: the worker
// pair is the unit of replication, so each replicate draws pairs with replacement, then, inside each drawn
// pair, its duels with replacement, and takes the median over pairs of the drawn pairs' medians.
// Resampling both levels counts the within-pair noise twice (once inside each pair centre's spread across
// pairs, once by the inner draw), so the interval errs on the wide side: safe for an `unchanged` verdict.
// Speed: the inner draw needs only the median of the resampled duels, drawn in O(1) from its exact
// distribution (medianSampler), so a replicate costs one uniform per pair plus a median of `pairs` numbers.
import { medianSampler, selectQuantile } from './bootstrap.js';
import { type Random } from './random.js';

export interface Interval {
  low: number;
  high: number;
}

/** Percentile interval of median_over_pairs(median(duels of pair)) at `confidence`, by `resamples` replicates. */
export function clusterMedianCi(pairs: readonly (readonly number[])[], confidence: number, resamples: number, random: Random): Interval {
  const live = pairs.filter((p) => p.length > 0);
  if (live.length === 0) throw new Error('clusterMedianCi needs at least one pair with duels');
  const samplers = live.map((p) => medianSampler(p));
  const n = samplers.length;
  const centres = new Float64Array(n);
  const replicates = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) centres[i] = samplers[Math.floor(random() * n)](random);
    replicates[r] = selectQuantile(centres, 0.5);
  }
  const tail = (1 - confidence) / 2;
  return { low: selectQuantile(replicates, tail), high: selectQuantile(replicates, 1 - tail) };
}
