// Percentile bootstrap confidence interval of median(head) / median(base), resampling each side
// independently (scipy.stats.bootstrap with method='percentile' does the same).
//
// Speed: the median of a resample of sorted data x₁ ≤ … ≤ xₙ has a closed-form distribution, from the
// binomial counts of draws at or below each xᵢ. So each replicate draws the two medians directly from
// those exact distributions (one uniform and a binary search each) instead of drawing n indices:
// the same bootstrap distribution, about 20× cheaper at 30 rounds. Above EXACT_LIMIT rounds the plain
// resampling is used (the closed form grows as n²).
import { sortedCopy } from './quantile.js';
import { type Random } from './random.js';

const EXACT_LIMIT = 120;

/** P(Bin(n, p) ≥ k), summing the probability mass function from t = 0 upward. */
function binomialUpperTail(n: number, p: number, k: number): number {
  if (p <= 0) return k <= 0 ? 1 : 0;
  if (p >= 1) return k <= n ? 1 : 0;
  let pmf = Math.pow(1 - p, n);
  let below = 0;
  for (let t = 0; t < k; t++) {
    below += pmf;
    pmf = (pmf * (n - t) * p) / ((t + 1) * (1 - p));
  }
  return Math.max(0, 1 - below);
}

function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
}

export interface MedianDistribution {
  /** Support points, in no particular order (inverse-CDF sampling needs no order). */
  values: Float64Array;
  /** Cumulative probabilities over `values` in their order, ending at 1. */
  cumulative: Float64Array;
}

/**
 * The exact distribution of the median of a size-n resample (with replacement) of `sorted`.
 * Odd n: the median is x_i with P = P(Kᵢ ≥ (n+1)/2) − P(Kᵢ₋₁ ≥ (n+1)/2), Kᵢ ~ Bin(n, i/n) draws ≤ xᵢ.
 * Even n = 2m: the two middle order statistics are (xᵢ, xⱼ); for i < j exactly m draws are ≤ xᵢ (one at xᵢ)
 * and none fall strictly between: P = C(n,m)·[(i/n)ᵐ − ((i−1)/n)ᵐ]·[((n−j+1)/n)ᵐ − ((n−j)/n)ᵐ].
 */
export function medianDistribution(sorted: readonly number[]): MedianDistribution {
  const n = sorted.length;
  const odd = n % 2 === 1;
  const size = odd ? n : (n * (n + 1)) / 2;
  const values = new Float64Array(size);
  const cumulative = new Float64Array(size);
  const k = odd ? (n + 1) / 2 : n / 2;
  let previousTail = 0; // P(K₀ ≥ k) = 0
  let at = 0;
  let total = 0;
  const push = (value: number, p: number) => {
    total += p;
    values[at] = value;
    cumulative[at++] = total;
  };
  const c = odd ? 0 : Math.exp(logChoose(n, k));
  const power = Float64Array.from({ length: n + 1 }, (_, t) => Math.pow(t / n, k)); // (t/n)ᵐ
  for (let i = 1; i <= n; i++) {
    const tail = binomialUpperTail(n, i / n, k);
    const probabilityAtI = tail - previousTail; // odd: P(median = xᵢ); even: P(lower middle = xᵢ)
    previousTail = tail;
    if (odd) {
      push(sorted[i - 1], probabilityAtI);
      continue;
    }
    const ai = power[i] - power[i - 1];
    // P(L = i, U = i) = P(L = i) − Σ_{j>i} P(L = i, U = j), and Σ_{j>i} of the second factor telescopes to ((n−i)/n)ᵐ
    push(sorted[i - 1], Math.max(0, probabilityAtI - c * ai * power[n - i]));
    for (let j = i + 1; j <= n; j++) push((sorted[i - 1] + sorted[j - 1]) / 2, c * ai * (power[n - j + 1] - power[n - j]));
  }
  for (let idx = 0; idx < size; idx++) cumulative[idx] /= total; // absorb rounding
  return { values, cumulative };
}

/** Walker/Vose alias table: O(1) draws from a discrete distribution. */
function aliasSampler(d: MedianDistribution): (random: Random) => number {
  const n = d.values.length;
  const scaled = new Float64Array(n);
  for (let i = 0; i < n; i++) scaled[i] = (d.cumulative[i] - (i ? d.cumulative[i - 1] : 0)) * n;
  const threshold = new Float64Array(n).fill(1);
  const alias = new Int32Array(n).map((_, i) => i);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length && large.length) {
    const s = small.pop()!;
    const l = large[large.length - 1];
    threshold[s] = scaled[s];
    alias[s] = l;
    scaled[l] -= 1 - scaled[s];
    if (scaled[l] < 1) small.push(large.pop()!);
  }
  return (random) => {
    const u = random() * n;
    const i = Math.floor(u);
    return d.values[u - i < threshold[i] ? i : alias[i]];
  };
}

/** Median of a resample of `sorted` drawn the plain way: n uniform indices, counted, then walked. */
function resampledMedian(sorted: readonly number[], random: Random, counts: Uint32Array): number {
  const n = sorted.length;
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[Math.floor(random() * n)]++;
  const lowRank = Math.floor((n - 1) / 2);
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

/** A sampler of resampled medians of one sample (closed form up to `exactLimit` values, else plain resampling). */
export function medianSampler(sample: readonly number[], exactLimit = EXACT_LIMIT): (random: Random) => number {
  const sorted = sortedCopy(sample);
  if (sorted.length <= exactLimit) {
    return aliasSampler(medianDistribution(sorted));
  }
  const counts = new Uint32Array(sorted.length);
  return (random) => resampledMedian(sorted, random, counts);
}

/** Puts the k-th smallest element at index k (Hoare's selection), smaller ones before it, larger after. */
function select(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** The type-7 quantile of `a` without sorting it all (reorders `a`). */
export function selectQuantile(a: Float64Array, q: number): number {
  const h = (a.length - 1) * q;
  const lo = Math.floor(h);
  select(a, lo);
  const low = a[lo];
  if (h === lo) return low;
  let next = Infinity;
  for (let i = lo + 1; i < a.length; i++) if (a[i] < next) next = a[i];
  return low + (h - lo) * (next - low);
}

export interface RatioInterval {
  low: number;
  high: number;
}

export function bootstrapRatioCi(head: readonly number[], base: readonly number[], confidence: number, resamples: number, random: Random): RatioInterval {
  const headMedian = medianSampler(head);
  const baseMedian = medianSampler(base);
  const ratios = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) ratios[r] = headMedian(random) / baseMedian(random);
  const tail = (1 - confidence) / 2;
  return { low: selectQuantile(ratios, tail), high: selectQuantile(ratios, 1 - tail) };
}
