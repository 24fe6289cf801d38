// One-sided sign test of one sample against 0, matching scipy.stats.binomtest(k, n, 0.5, alternative=…) with
// k the count of positive values and n the count of non-zero ones (zeros dropped, as the signed-rank test
// does). It weighs every value alike, so one far-off value costs no more than one value just across 0:
// that is why the paired method uses it over the worker pairs (bench/README, "Paired method").
// With n values the smallest one-sided p is 2⁻ⁿ; with d of them on the wrong side it is Σ_{i≤d} C(n,i)/2ⁿ.

export interface SignTestResult {
  /** Values above 0 ('greater') or below it ('less'). */
  k: number;
  /** Non-zero values. */
  n: number;
  p: number;
}

/** P(X ≥ k) for X ~ Bin(n, 1/2), summed from i = n down (n is a count of worker pairs: tens, never underflows). */
function halfBinomialUpperTail(n: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let pmf = Math.pow(0.5, n); // pmf(n)
  let tail = 0;
  for (let i = n; i >= k; i--) {
    tail += pmf;
    pmf = (pmf * i) / (n - i + 1); // pmf(i-1) = pmf(i)·i/(n-i+1)
  }
  return Math.min(1, tail);
}

export function signTest(x: readonly number[], alternative: 'greater' | 'less'): SignTestResult {
  const values = x.filter((v) => v !== 0);
  const n = values.length;
  const k = values.filter((v) => (alternative === 'greater' ? v > 0 : v < 0)).length;
  return { k, n, p: n === 0 ? 1 : halfBinomialUpperTail(n, k) };
}
