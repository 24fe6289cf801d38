// The statistics of one benchmark × interpreter under the paired method, on log ratios:
// - per pair: the order-balanced median of its duels, ½·(median of the even-numbered duels + median of the
//   odd-numbered ones). Duels alternate burst order (ABBA: base first, then head first), and some benchmarks
//   read differently by order (the null set's b1: −6% base-first, +5.5% head-first), so the plain median of
//   the mix sits off 1 (0.988 for b1) while the balanced one cancels the order effect (0.997). A median, not a
//   mean or Hodges–Lehmann: duels have heavy tails from load switching mid-burst, and the median's pair centres
//   are the tightest across pairs in the replay (bench/replay-paired.mjs).
// - across pairs: the median of the pair centres (one far-off pair, like the null set's 0.73, moves it little);
// - CI: the order-statistic interval of that median (the sign test's own interval, src/stats/median-ci.ts):
//   the worker pair is the unit, the interval assumes only independent pairs, costs a sort, needs no seed;
// - test: one-sided sign test over the pair centres, exact whenever a centre is as likely above 0 as below under
//   no change (base and head are exchangeable by design: same code, alternating start order). Chosen over the
//   signed-rank and t tests by the replay: one far-off pair is the largest rank and sinks a signed-rank or t test
//   of a real +6% change among 20 benchmarks; the sign test counts it as one pair.
import { medianCi } from '../../stats/median-ci.js';
import { median, quantileSorted, sortedCopy } from '../../stats/quantile.js';
import { signTest } from '../../stats/sign-test.js';

export interface PairedEstimate {
  /** Per pair with duels: its order-balanced median duel log ratio. */
  centres: number[];
  /** head/base: exp(median of centres). */
  ratio: number;
  /** Unbounded (0, ∞) below 6 pairs: too few for a 95% distribution-free interval. */
  ci: [number, number];
  /** One-sided p that head is slower / faster. */
  pSlower: number;
  pFaster: number;
  /** Spread of the pair centres, 1.4826·MAD (log ≈ relative): how much pairs disagree. */
  spread: number;
}

/** Median of every `step`-th value from `start`, through a typed-array sort (numeric, ~10× a comparator sort). */
function medianOfEvery(values: readonly number[], start: number, step: number): number {
  const picked = new Float64Array(Math.ceil((values.length - start) / step));
  for (let i = start, j = 0; i < values.length; i += step) picked[j++] = values[i];
  return quantileSorted(picked.sort(), 0.5);
}

/** ½·(median of even-numbered duels + median of odd-numbered duels); the plain median with one duel. */
export function pairCentre(duels: readonly number[]): number {
  if (duels.length < 2) return median(duels);
  return (medianOfEvery(duels, 0, 2) + medianOfEvery(duels, 1, 2)) / 2;
}

// The coordinator judges after every pair, over the same finished pairs again: their centres are remembered by
// list (and length, so a list that grew is recomputed). Lists are not edited in place once judged.
const remembered = new WeakMap<readonly number[], { length: number; centre: number }>();

function rememberedCentre(duels: readonly number[]): number {
  const known = remembered.get(duels);
  if (known && known.length === duels.length) return known.centre;
  const centre = pairCentre(duels);
  remembered.set(duels, { length: duels.length, centre });
  return centre;
}

export function pairCentres(pairs: readonly (readonly number[])[]): number[] {
  return pairs.filter((p) => p.length > 0).map(rememberedCentre);
}

/** The estimate from the pair centres (pairCentres), so a caller that already has them needn't recompute them. */
export function pairedEstimate(centres: readonly number[], confidence: number): PairedEstimate {
  const centre = median(centres);
  const ci = medianCi(centres, confidence);
  const deviations = sortedCopy(centres.map((c) => Math.abs(c - centre)));
  return {
    centres: [...centres],
    ratio: Math.exp(centre),
    ci: [Math.exp(ci.low), Math.exp(ci.high)],
    pSlower: signTest(centres, 'greater').p,
    pFaster: signTest(centres, 'less').p,
    spread: 1.4826 * quantileSorted(deviations, 0.5),
  };
}
