// Percentile bootstrap confidence interval of median(head) / median(base),
// resampling each side independently (scipy.stats.bootstrap with method='percentile' does the same).
import { quantileSorted, sortedCopy } from './quantile.js';
import { type Random } from './random.js';

/**
 * Median of a resample (with replacement) of `sorted`, in O(n) without sorting:
 * draw counts per index, then walk the cumulative counts to the middle order statistics.
 */
function resampledMedian(sorted: readonly number[], random: Random, counts: Uint32Array): number {
  const n = sorted.length;
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[Math.floor(random() * n)]++;
  const lowRank = Math.floor((n - 1) / 2); // 0-based order statistics of the median
  const highRank = Math.floor(n / 2);
  let seen = 0;
  let low = NaN;
  for (let i = 0; i < n; i++) {
    const next = seen + counts[i];
    if (Number.isNaN(low) && lowRank < next) low = sorted[i];
    if (highRank < next) return (low + sorted[i]) / 2;
    seen = next;
  }
  return low;
}

export interface RatioInterval {
  low: number;
  high: number;
}

export function bootstrapRatioCi(
  head: readonly number[],
  base: readonly number[],
  confidence: number,
  resamples: number,
  random: Random,
): RatioInterval {
  const h = sortedCopy(head);
  const b = sortedCopy(base);
  const hc = new Uint32Array(h.length);
  const bc = new Uint32Array(b.length);
  const ratios = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) ratios[r] = resampledMedian(h, random, hc) / resampledMedian(b, random, bc);
  ratios.sort();
  const tail = (1 - confidence) / 2;
  return { low: quantileSorted(ratios, tail), high: quantileSorted(ratios, 1 - tail) };
}
