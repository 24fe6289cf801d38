// One-sided Mann-Whitney U test, matching scipy.stats.mannwhitneyu:
// exact null distribution for small samples without ties, else the normal approximation
// with tie correction and continuity correction.
import { normalSf } from './normal.js';

export type Alternative = 'greater' | 'less';
export type MwuMethod = 'exact' | 'asymptotic';

export interface MwuResult {
  /** U statistic of x (the count of pairs where x > y, ties counting half). */
  u: number;
  p: number;
  method: MwuMethod;
}

/** Samples at most this large (n1·n2) without ties use the exact distribution. */
const EXACT_LIMIT = 2500;

/** Average ranks (1-based) of the concatenation, and the sizes of tied groups. */
function rankWithTies(values: number[]): { ranks: number[]; tieSizes: number[] } {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  const tieSizes: number[] = [];
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = avg;
    if (j > i) tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}

const exactCache = new Map<string, Float64Array>();

/**
 * Counts of arrangements giving each U for sizes (m, n), from the recurrence
 * f(m, n, u) = f(m-1, n, u-n) + f(m, n-1, u). Only additions, so counts stay exact to double precision.
 */
function exactCounts(m: number, n: number): Float64Array {
  const key = `${m},${n}`;
  const cached = exactCache.get(key);
  if (cached) return cached;
  // prev[j] holds f(i-1, j, ·); build row by row over i = 0..m.
  let prev: Float64Array[] = [];
  for (let j = 0; j <= n; j++) prev.push(Float64Array.of(1)); // f(0, j, 0) = 1
  for (let i = 1; i <= m; i++) {
    const cur: Float64Array[] = [Float64Array.of(1)]; // f(i, 0, 0) = 1
    for (let j = 1; j <= n; j++) {
      const out = new Float64Array(i * j + 1);
      const left = cur[j - 1]; // f(i, j-1, u)
      const up = prev[j]; // f(i-1, j, u-j)
      for (let u = 0; u < left.length; u++) out[u] += left[u];
      for (let u = 0; u < up.length; u++) out[u + j] += up[u];
      cur.push(out);
    }
    prev = cur;
  }
  const counts = prev[n];
  exactCache.set(key, counts);
  return counts;
}

/** P(U >= u) under the null, exactly. */
function exactSf(u: number, m: number, n: number): number {
  const counts = exactCounts(m, n);
  let total = 0;
  let tail = 0;
  const start = Math.ceil(u - 1e-9);
  for (let k = 0; k < counts.length; k++) {
    total += counts[k];
    if (k >= start) tail += counts[k];
  }
  return tail / total;
}

/**
 * Tests whether x tends to be greater (or less) than y.
 * `method` forces a method; by default exact when n1·n2 ≤ 2500 and there are no ties.
 */
export function mannWhitneyU(x: readonly number[], y: readonly number[], alternative: Alternative, method?: MwuMethod): MwuResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new Error('mannWhitneyU needs two non-empty samples');
  const { ranks, tieSizes } = rankWithTies([...x, ...y]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i];
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u = alternative === 'greater' ? u1 : n1 * n2 - u1;
  const chosen: MwuMethod = method ?? (tieSizes.length === 0 && n1 * n2 <= EXACT_LIMIT ? 'exact' : 'asymptotic');
  let p: number;
  if (chosen === 'exact') {
    p = exactSf(u, n1, n2);
  } else {
    const n = n1 + n2;
    const tieTerm = tieSizes.reduce((s, t) => s + t * t * t - t, 0);
    const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    p = sigma === 0 ? 1 : normalSf((u - (n1 * n2) / 2 - 0.5) / sigma);
  }
  return { u: u1, p: Math.min(1, Math.max(0, p)), method: chosen };
}
