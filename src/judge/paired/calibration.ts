// Self-calibration (`calibrate: true`): one extra worker pair duels base against base. Its median log ratio
// is what an identical pair reads for this benchmark; its size is the benchmark's noise floor.
// How the verdict uses it, kept simple: a change must clear the larger of the threshold and the floor to be a
// regression or an improvement (a benchmark whose identical pair reads 3% off cannot call a 2% change), and a
// row whose floor exceeds the threshold is marked too noisy. The `unchanged` band stays the user's threshold,
// so a noisy benchmark is never called unchanged more easily. The floor does not touch the test or the CI: the
// pairs of the comparison already carry their own spread; the floor only raises the bar for "big enough".
import { median } from '../../stats/quantile.js';

/** The noise floor: how far from 1 a base-vs-base pair reads head/base, as a fraction (e^|median log ratio| − 1). */
export function noiseFloor(calibrationDuels: readonly number[]): number | undefined {
  return calibrationDuels.length ? Math.expm1(Math.abs(median(calibrationDuels))) : undefined;
}

/** The threshold a change must clear on this benchmark: the user's, or the noise floor when that is larger. */
export function effectiveThreshold(threshold: number, floor: number | undefined): number {
  return floor === undefined ? threshold : Math.max(threshold, floor);
}
