// One-sided Wilcoxon signed-rank test of one sample against 0, matching scipy.stats.wilcoxon(x, alternative=…)
// with its defaults (zero_method='wilcox': zeros dropped; correction=False): the exact null distribution of
// W+ when there are no ties and no zeros and n ≤ 50 (scipy's 'auto'), else the normal approximation with the
// tie correction. With n values the smallest one-sided p is 2⁻ⁿ (every value on one side).
import { normalSf } from './normal.js';

export type SignedRankMethod = 'exact' | 'asymptotic';

export interface SignedRankResult {
  /** W+: the sum of the ranks of |x| over the positive values (scipy's statistic for a one-sided test). */
  statistic: number;
  p: number;
  method: SignedRankMethod;
  /** Values left after dropping zeros. */
  n: number;
}

const EXACT_LIMIT = 50;
const exactCache = new Map<number, Float64Array>();

/** P(W+ ≥ w) for every w = 0..n(n+1)/2, from the counts of subsets of {1..n} with each rank sum. */
function exactUpperTail(n: number): Float64Array {
  const cached = exactCache.get(n);
  if (cached) return cached;
  const top = (n * (n + 1)) / 2;
  const counts = new Float64Array(top + 1); // at most 2⁵⁰ < 2⁵³: exact in doubles
  counts[0] = 1;
  for (let k = 1; k <= n; k++) for (let w = top; w >= k; w--) counts[w] += counts[w - k];
  const tail = new Float64Array(top + 2);
  for (let w = top; w >= 0; w--) tail[w] = tail[w + 1] + counts[w];
  const total = tail[0];
  for (let w = 0; w <= top; w++) tail[w] /= total;
  exactCache.set(n, tail);
  return tail;
}

/** Average ranks (1-based) of |x| and the sizes of tied groups. */
function absoluteRanks(x: readonly number[]): { ranks: number[]; tieSizes: number[] } {
  const order = x.map((v, i) => [Math.abs(v), i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(x.length);
  const tieSizes: number[] = [];
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = (i + j) / 2 + 1;
    if (j > i) tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}

/** Tests whether the values tend to be above 0 ('greater') or below it ('less'). */
export function wilcoxonSignedRank(x: readonly number[], alternative: 'greater' | 'less', method?: SignedRankMethod): SignedRankResult {
  const zerosDropped = x.length;
  const values = x.filter((v) => v !== 0);
  const n = values.length;
  if (n === 0) return { statistic: 0, p: 1, method: method ?? 'asymptotic', n };
  const { ranks, tieSizes } = absoluteRanks(values);
  let plus = 0;
  values.forEach((v, i) => {
    if (v > 0) plus += ranks[i];
  });
  const top = (n * (n + 1)) / 2;
  // 'less' is 'greater' on the mirrored sample: W− = top − W+.
  const tested = alternative === 'greater' ? plus : top - plus;
  const chosen: SignedRankMethod = method ?? (tieSizes.length === 0 && n === zerosDropped && n <= EXACT_LIMIT ? 'exact' : 'asymptotic');
  let p: number;
  if (chosen === 'exact') {
    p = exactUpperTail(n)[Math.round(tested)];
  } else {
    const tieTerm = tieSizes.reduce((s, t) => s + t * t * t - t, 0);
    const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48);
    p = sd === 0 ? 1 : normalSf((tested - top / 2) / sd);
  }
  return { statistic: plus, p: Math.min(1, Math.max(0, p)), method: chosen, n };
}
