// Verdicts of the paired method (src/paired/): 1.0's rules over worker pairs, the noise floor, adaptive limits.
import {
  earlyStopLevel,
  needsAnotherPair,
  openBenchmarks,
  pairLimits,
  pairsForSignificance,
  pairedKey,
  PAIRED_DEFAULTS,
} from '../../src/judge/paired/adaptive.js';
import { effectiveThreshold, noiseFloor } from '../../src/judge/paired/calibration.js';
import { judgePaired } from '../../src/judge/paired/judge-paired.js';
import { type PairedComparison } from '../../src/judge/paired/judge-types.js';
import { methodJson } from '../../src/judge/paired/row-json.js';
import { seededRandom } from '../../src/stats/random.js';

const OPTIONS = { threshold: 0.05, alpha: 0.05, resamples: 500 };
/** Pairs that disagree by ±2%: a 4.5% change then has a CI across the 5% edge of the band. */
const SPREAD = Array.from({ length: 12 }, (_, i) => (i - 5.5) * 0.0036);

/** `pairs` worker pairs of `duels` duel values around log(ratio), each pair off by its own few tenths of a percent. */
function duels(ratio: number, pairs: number, seed: number, duelsPerPair = 30, pairOffsets: number[] = []): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: pairs }, (_, i) => {
    const offset = pairOffsets[i] ?? (random() - 0.5) * 0.008;
    return Array.from({ length: duelsPerPair }, () => {
      const wild = random() < 0.1 ? (random() < 0.5 ? -0.5 : 0.5) : 0; // a burst hit by load switching
      return Math.log(ratio) + offset + (random() - 0.5) * 0.06 + wild;
    });
  });
}

function comparison(name: string, pairs: number[][], extra: Partial<PairedComparison> = {}): PairedComparison {
  return { suite: 'bench/', name, interpreter: '3.12', pairs, ...extra };
}

describe('judgePaired', () => {
  it('gives regression, improvement, unchanged and inconclusive by 1.0’s rules, with the pair figures', () => {
    const rows = judgePaired(
      [
        comparison('slow', duels(1.1, 12, 1)),
        comparison('fast', duels(1 / 1.1, 12, 2)),
        comparison('same', duels(1, 12, 3)),
        comparison('edge', duels(1.045, 12, 4, 30, SPREAD)),
        comparison('few', duels(1.1, 4, 5)),
      ],
      OPTIONS,
    );
    expect(rows.map((r) => [r.name, r.verdict])).toEqual([
      ['slow', 'regression'],
      ['fast', 'improvement'],
      ['same', 'unchanged'],
      ['edge', 'inconclusive'],
      ['few', 'inconclusive'],
    ]);
    const slow = rows[0];
    expect(slow).toMatchObject({ method: 'paired', pairs: 12, duels: 360 });
    expect(slow.ratio).toBeCloseTo(1.1, 1);
    expect(slow.ci![0]).toBeLessThan(slow.ratio!);
    expect(slow.ci![1]).toBeGreaterThan(slow.ratio!);
    expect(slow.p).toBe(1 / 4096); // sign test: all 12 pairs slower
    expect(slow.q).toBeCloseTo(5 / 2 / 4096, 12); // BH: the two smallest (slow, few) of 5
    expect(slow.pairEstimates).toHaveLength(12);
    // the ratio is the median of the pair estimates on the log scale (even count: geometric mean of the middle two)
    const sorted = [...slow.pairEstimates].sort((a, b) => a - b);
    expect(slow.ratio).toBeCloseTo(Math.sqrt(sorted[5] * sorted[6]), 12);
    // 4 pairs cannot reach significance at all (1/16 > α), whatever the effect
    expect(rows[4].p).toBe(1 / 16);
  });

  it('survives one far-off pair: a +10% change with one pair reading 0.73 is still a regression', () => {
    const offsets = Array(12).fill(0);
    offsets[11] = Math.log(0.73 / 1.1);
    const [row] = judgePaired([comparison('b4', duels(1.1, 12, 6, 30, offsets))], OPTIONS);
    expect(row.verdict).toBe('regression');
    expect(Math.min(...row.pairEstimates)).toBeLessThan(0.8);
    expect(row.p).toBeCloseTo(13 / 4096, 15);
  });

  it('controls the false-discovery rate across the run: a lone 9-pair change among 20 needs every pair', () => {
    const quiet = Array.from({ length: 19 }, (_, i) => comparison(`q${i}`, duels(1, 9, 10 + i)));
    const one = judgePaired([comparison('slow', duels(1.2, 9, 40)), ...quiet], OPTIONS);
    expect(one[0].p).toBe(1 / 512);
    expect(one[0].q).toBeLessThanOrEqual(0.05);
    expect(one[0].verdict).toBe('regression');
    const offsets = Array(9).fill(0);
    offsets[0] = Math.log(0.9 / 1.2);
    const dissent = judgePaired([comparison('slow', duels(1.2, 9, 40, 30, offsets)), ...quiet], OPTIONS);
    expect(dissent[0].q).toBeGreaterThan(0.05);
    expect(dissent[0].verdict).toBe('inconclusive');
  });

  it('reports failed, added and removed rows without measuring them, and needs 2 pairs', () => {
    const rows = judgePaired(
      [
        comparison('crash', duels(1, 6, 1), { headError: 'ZeroDivisionError' }),
        comparison('both', [], { headError: 'E1', baseError: 'E2' }),
        comparison('setup', [], { setupError: 'no python3.14' }),
        comparison('new', [], { only: 'head', head: [1e-6, 2e-6, 3e-6] }),
        comparison('gone', [], { only: 'base' }),
        comparison('one', duels(1, 1, 1)),
      ],
      OPTIONS,
    );
    expect(rows.map((r) => [r.verdict, r.failedOn, r.error])).toEqual([
      ['failed', 'head', 'ZeroDivisionError'],
      ['failed', 'both', 'head: E1; base: E2'],
      ['failed', 'setup', 'no python3.14'],
      ['added', undefined, undefined],
      ['removed', undefined, undefined],
      ['inconclusive', undefined, 'fewer than 2 worker pairs with duels'],
    ]);
    expect(rows[3].head).toEqual({ median: 2e-6, n: 3 });
    expect(rows.every((r) => r.method === 'paired')).toBe(true);
  });

  it('recomputes a pair whose duel list grew since the last judgement', () => {
    const pairs = duels(1, 8, 12);
    const before = judgePaired([comparison('x', pairs)], OPTIONS)[0].pairEstimates[0];
    pairs[0].push(...Array(200).fill(Math.log(1.3)));
    const after = judgePaired([comparison('x', pairs)], OPTIONS)[0].pairEstimates[0];
    expect(before).toBeLessThan(1.1);
    expect(after).toBeCloseTo(1.3, 6);
  });

  it('is reproducible: same duels, same CI', () => {
    const c = [comparison('x', duels(1.02, 8, 9))];
    expect(judgePaired(c, OPTIONS)).toEqual(judgePaired(c, OPTIONS));
  });
});

describe('self-calibration (calibrate: true)', () => {
  it('measures the noise floor as how far a base-vs-base pair reads from 1', () => {
    expect(noiseFloor([])).toBeUndefined();
    expect(noiseFloor([Math.log(0.97), Math.log(0.97), 0.5])).toBeCloseTo(1 / 0.97 - 1, 12);
    expect(effectiveThreshold(0.05, 0.02)).toBe(0.05);
    expect(effectiveThreshold(0.05, 0.08)).toBe(0.08);
  });

  it('raises the bar for a regression on a noisy benchmark, and leaves quiet ones alone', () => {
    const slow = duels(1.07, 12, 21);
    const quietFloor = Array(30).fill(Math.log(1.01));
    const noisyFloor = Array(30).fill(Math.log(1.1));
    const rows = judgePaired([comparison('quiet', slow, { calibration: quietFloor }), comparison('noisy', slow, { calibration: noisyFloor })], OPTIONS);
    expect(rows[0]).toMatchObject({ verdict: 'regression' });
    expect(rows[0].noiseFloor).toBeCloseTo(0.01, 12);
    expect(rows[0].tooNoisy).toBeUndefined();
    expect(rows[1]).toMatchObject({ verdict: 'inconclusive', tooNoisy: true });
    expect(rows[1].noiseFloor).toBeCloseTo(0.1, 12);
  });
});

describe('adaptive pairs', () => {
  it('keeps inconclusive rows, regressions and improvements open, closes the rest (early stop off)', () => {
    const rows = judgePaired(
      [
        comparison('slow', duels(1.1, 12, 1)),
        comparison('same', duels(1, 12, 3)),
        comparison('edge', duels(1.045, 12, 4, 30, SPREAD)),
        comparison('fast', duels(1 / 1.1, 12, 2)),
      ],
      OPTIONS,
    );
    expect(rows.map((r) => r.verdict)).toEqual(['regression', 'unchanged', 'inconclusive', 'improvement']);
    expect(openBenchmarks(rows, 0)).toEqual(new Set([pairedKey(rows[0]), pairedKey(rows[2]), pairedKey(rows[3])]));
    const limits = { minPairs: 6, maxPairs: 16 };
    expect(needsAnotherPair(rows, 5, limits, 0)).toBe(true);
    expect(needsAnotherPair(rows, 12, limits, 0)).toBe(true);
    expect(needsAnotherPair(rows, 16, limits, 0)).toBe(false);
    expect(needsAnotherPair([rows[1]], 12, limits, 0)).toBe(false);
  });

  it('closes a regression or an improvement before the last pair only once its q clears a tenth of α', () => {
    const early = earlyStopLevel(0.05);
    expect(early).toBeCloseTo(0.005, 12);
    // 12 pairs, all slower: p = 2⁻¹²; edge's 12 are all slower too, so BH gives both q = 2⁻¹² · 3/2 ≈ 0.0004
    const rows = judgePaired(
      [comparison('slow', duels(1.1, 12, 1)), comparison('same', duels(1, 12, 3)), comparison('edge', duels(1.045, 12, 4, 30, SPREAD))],
      OPTIONS,
    );
    expect(rows[0]).toMatchObject({ verdict: 'regression', q: 1.5 / 2 ** 12 });
    expect(rows[2]).toMatchObject({ verdict: 'inconclusive', q: 1.5 / 2 ** 12 });
    expect(openBenchmarks(rows, early)).toEqual(new Set([pairedKey(rows[2])]));
    expect(needsAnotherPair(rows.slice(0, 2), 12, { minPairs: 6, maxPairs: 16 }, early)).toBe(false);
    // 6 pairs, all slower: a regression at α (q = 2⁻⁶ ≈ 0.016) but not yet at the early level, so it stays open
    const [young] = judgePaired([comparison('young', duels(1.1, 6, 1))], OPTIONS);
    expect(young).toMatchObject({ verdict: 'regression', q: 1 / 64 });
    expect(openBenchmarks([young], early)).toEqual(new Set([pairedKey(young)]));
    expect(openBenchmarks([{ ...young, q: early }], early).size).toBe(0);
    // an improvement alike: at α after 6 pairs it stays open, at the early level it closes
    const [faster] = judgePaired([comparison('faster', duels(1 / 1.1, 6, 2))], OPTIONS);
    expect(faster).toMatchObject({ verdict: 'improvement', q: 1 / 64 });
    expect(openBenchmarks([faster], early)).toEqual(new Set([pairedKey(faster)]));
    expect(openBenchmarks([{ ...faster, q: early / 2 }], early).size).toBe(0);
  });

  it('raises maxPairs so a lone change can be significant with one dissenting pair', () => {
    expect(pairsForSignificance(20, 0.05, 0)).toBe(9); // 2⁻⁹ ≤ 0.05/20 < 2⁻⁸
    expect(pairsForSignificance(20, 0.05)).toBe(13); // 14/2¹³ ≤ 0.0025 < 13/2¹²
    expect(pairLimits(20, 0.05)).toEqual(PAIRED_DEFAULTS);
    expect(pairLimits(1000, 0.05).maxPairs).toBe(20);
    expect(pairLimits(100000, 0.05).maxPairs).toBe(26); // 27/2²⁶ ≤ 5e-7 < 26/2²⁵
    expect(pairLimits(1000, 0.05, { minPairs: 4, maxPairs: 8 })).toEqual({ minPairs: 4, maxPairs: 8 });
    expect(pairLimits(20, 0.05, { minPairs: 10, maxPairs: 8 })).toEqual({ minPairs: 10, maxPairs: 10 });
  });
});

describe('report fields', () => {
  it('writes method and the pair-level figures, snake_case as the contract says', () => {
    const [row] = judgePaired([comparison('x', duels(1.1, 6, 3), { calibration: [0.01, 0.02, 0.03] })], OPTIONS);
    const json = methodJson(row);
    expect(json).toEqual({ method: 'paired', pairs: 6, duels: 180, pair_estimates: row.pairEstimates, noise_floor: row.noiseFloor });
    expect(JSON.parse(JSON.stringify(json)).pair_estimates).toHaveLength(6);
    expect(methodJson({ suite: 's', name: 'n', interpreter: '3.12', verdict: 'unchanged' })).toEqual({ method: 'rounds' });
  });
});
