// The paired method's statistics against scipy/numpy (see __tests__/reference/make_paired_reference.py).
import { readFileSync } from 'node:fs';
import { pairCentre } from '../../src/judge/paired/pair-estimates.js';
import { clusterMedianCi } from '../../src/stats/cluster-bootstrap.js';
import { medianCi } from '../../src/stats/median-ci.js';
import { seededRandom } from '../../src/stats/random.js';
import { signTest } from '../../src/stats/sign-test.js';
import { wilcoxonSignedRank, type SignedRankMethod } from '../../src/stats/wilcoxon.js';

type Alternative = 'greater' | 'less';
interface Reference {
  sign_test: { name: string; x: number[]; alternative: Alternative; k: number; n: number; p: number }[];
  wilcoxon: { name: string; x: number[]; alternative: Alternative; method: SignedRankMethod; statistic: number; p: number }[];
  median_ci: { name: string; x: number[]; confidence: number; bounded: boolean; low: number | null; high: number | null }[];
  cluster_bootstrap: { name: string; pairs: number[][]; confidence: number; low: number; high: number }[];
}
const ref: Reference = JSON.parse(readFileSync(new URL('../reference/paired-reference.json', import.meta.url), 'utf8'));

const relativeError = (a: number, e: number) => (e === 0 ? Math.abs(a) : Math.abs(a - e) / Math.abs(e));

describe('sign test matches scipy.stats.binomtest(k, n, 0.5)', () => {
  it.each(ref.sign_test.map((c) => [`${c.name}, ${c.alternative}`, c] as const))('%s', (_l, c) => {
    const r = signTest(c.x, c.alternative);
    expect([r.k, r.n]).toEqual([c.k, c.n]);
    expect(relativeError(r.p, c.p)).toBeLessThan(1e-12);
  });

  it('reaches 2⁻ⁿ with every value on one side, and counts a far-off value as one', () => {
    expect(signTest([1, 2, 3, 4, 5, 6], 'greater').p).toBe(1 / 64);
    expect(signTest([1, 2, 3, 4, 5, -1000], 'greater').p).toBe(signTest([1, 2, 3, 4, 5, -0.001], 'greater').p);
  });
});

describe('Wilcoxon signed-rank matches scipy.stats.wilcoxon', () => {
  it.each(ref.wilcoxon.map((c) => [`${c.name}, ${c.alternative}, ${c.method}`, c] as const))('%s', (_l, c) => {
    const r = wilcoxonSignedRank(c.x, c.alternative, c.method);
    expect(r.statistic).toBe(c.statistic);
    expect(relativeError(r.p, c.p)).toBeLessThan(1e-9);
  });

  it('chooses exact without ties or zeros, as scipy does for n ≤ 50', () => {
    expect(wilcoxonSignedRank([0.1, 0.2, -0.3], 'greater').method).toBe('exact');
    expect(wilcoxonSignedRank([0.1, 0.1, -0.3], 'greater').method).toBe('asymptotic');
    expect(wilcoxonSignedRank([0, 0.1, -0.3], 'greater').method).toBe('asymptotic');
  });
});

describe('order-statistic median CI matches scipy.stats.quantile_test(…).confidence_interval', () => {
  it.each(ref.median_ci.map((c) => [`${c.name}, ${c.confidence}`, c] as const))('%s', (_l, c) => {
    const ci = medianCi(c.x, c.confidence);
    if (!c.bounded) {
      expect([ci.low, ci.high]).toEqual([-Infinity, Infinity]);
      return;
    }
    expect([ci.low, ci.high]).toEqual([c.low, c.high]);
    expect(ci.coverage).toBeGreaterThanOrEqual(c.confidence);
  });

  it('needs 6 values for 95%: [min, max] at coverage 1 − 2/64', () => {
    expect(medianCi([3, 1, 2, 6, 5, 4], 0.95)).toEqual({ low: 1, high: 6, coverage: 1 - 2 / 64 });
  });
});

describe('order-balanced pair centre', () => {
  it('cancels an order effect that alternates duel by duel', () => {
    // base-first duels read −6%, head-first +5% (the null set's b1): the plain median sits at one mode
    const duels = Array.from({ length: 31 }, (_, i) => (i % 2 === 0 ? -0.06 : 0.05) + (i % 7) * 0.001);
    expect(Math.abs(pairCentre(duels) - (-0.005 + 0.003))).toBeLessThan(0.002);
    expect(pairCentre([0.2])).toBe(0.2);
  });
});

describe('two-stage cluster bootstrap matches a plain numpy two-stage bootstrap', () => {
  it.each(ref.cluster_bootstrap.map((c) => [c.name, c] as const))('%s', (_l, c) => {
    const ci = clusterMedianCi(c.pairs, c.confidence, 20000, seededRandom(7));
    // Monte Carlo error of the 2.5% points at 20,000 replicates (against 200,000): ~1.5% of the width; a bootstrap
    // over pairs alone, or over duels pooled, misses by more
    const width = c.high - c.low;
    expect(Math.abs(ci.low - c.low)).toBeLessThan(0.04 * width);
    expect(Math.abs(ci.high - c.high)).toBeLessThan(0.04 * width);
  });

  it('is reproducible from the seed and ignores empty pairs', () => {
    const pairs = [[0.01, 0.02, -0.01], [0.03, 0.0, 0.02, 0.01], [], [-0.01, 0.0]];
    expect(clusterMedianCi(pairs, 0.95, 500, seededRandom(1))).toEqual(clusterMedianCi(pairs.filter((p) => p.length), 0.95, 500, seededRandom(1)));
    expect(() => clusterMedianCi([[]], 0.95, 10, seededRandom(1))).toThrow(/at least one pair/);
  });

  it('is wider than resampling duels alone would say when pairs disagree', () => {
    // three pairs at −2%, 0, +2%, each tight: a bootstrap of duels pooled would give about ±0.3%
    const pairs = [-0.02, 0, 0.02].map((c) => Array.from({ length: 30 }, (_, i) => c + ((i % 5) - 2) * 0.002));
    const ci = clusterMedianCi(pairs, 0.95, 4000, seededRandom(3));
    expect(ci.low).toBeLessThan(-0.015);
    expect(ci.high).toBeGreaterThan(0.015);
  });
});
