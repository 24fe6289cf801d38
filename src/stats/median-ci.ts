// Distribution-free confidence interval of a median from order statistics (the interval that inverts the
// sign test), matching scipy.stats.quantile_test(x, q=…).confidence_interval(…) for p = 0.5: the interval
// [x₍ₖ₎, x₍ₙ₊₁₋ₖ₎] with the largest k such that 2·P(Bin(n, ½) ≤ k − 1) ≤ 1 − confidence. It assumes only
// independent values, costs a sort, and needs no seed. Below 6 values no k reaches 95%: the interval is
// unbounded (scipy: nan), and the caller must not call anything "unchanged" on it.
import { sortedCopy } from './quantile.js';

export interface MedianInterval {
  low: number;
  high: number;
  /** The interval's exact coverage, ≥ confidence when bounded. */
  coverage: number;
}

export function medianCi(values: readonly number[], confidence: number): MedianInterval {
  const sorted = sortedCopy(values);
  const n = sorted.length;
  const alpha = 1 - confidence;
  // lowerTail = P(Bin(n, ½) ≤ k − 1), grown one k at a time while the two tails stay within α
  let pmf = Math.pow(0.5, n); // P(X = 0)
  let lowerTail = 0;
  let k = 0;
  while (k + 1 <= n / 2 && 2 * (lowerTail + pmf) <= alpha) {
    lowerTail += pmf;
    k++;
    pmf = (pmf * (n - k + 1)) / k; // P(X = k)
  }
  if (k === 0) return { low: -Infinity, high: Infinity, coverage: 1 };
  return { low: sorted[k - 1], high: sorted[n - k], coverage: 1 - 2 * lowerTail };
}
