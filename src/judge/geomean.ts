// Suite-level summary per interpreter: the geometric mean of head/base ratios over the measured benchmarks,
// with a confidence interval from each benchmark's own interval (log scale, benchmarks independent):
// how much this PR changes the speed of this set of benchmarks, and how sure that is. Pure.
import { normalSf } from '../stats/normal.js';
import { type Geomean } from '../model/report.js';
import { type Row } from '../model/row.js';

/** z with P(Z > z) = tail, by bisection on the survival function (accurate to 1e-10). */
export function normalQuantileUpper(tail: number): number {
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 200 && hi - lo > 1e-10; i++) {
    const mid = (lo + hi) / 2;
    if (normalSf(mid) > tail) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function geomeanOf(rows: readonly Row[], confidence: number): Geomean | undefined {
  const measured = rows.filter((r) => r.ratio !== undefined && r.ci && r.ratio > 0 && r.ci[0] > 0);
  if (measured.length === 0) return undefined;
  const z = normalQuantileUpper((1 - confidence) / 2);
  const logs = measured.map((r) => Math.log(r.ratio!));
  // each benchmark's standard error on the log scale, from the width of its own interval
  const variances = measured.map((r) => ((Math.log(r.ci![1]) - Math.log(r.ci![0])) / (2 * z)) ** 2);
  const k = measured.length;
  const mean = logs.reduce((s, x) => s + x, 0) / k;
  const se = Math.sqrt(variances.reduce((s, v) => s + v, 0)) / k;
  return { ratio: Math.exp(mean), ci: [Math.exp(mean - z * se), Math.exp(mean + z * se)], benchmarks: k };
}

/** One summary per interpreter label, in the order the interpreters were given. */
export function geomeansByInterpreter(rows: readonly Row[], labels: readonly string[], confidence: number): Map<string, Geomean> {
  const out = new Map<string, Geomean>();
  for (const label of labels) {
    const g = geomeanOf(rows.filter((r) => r.interpreter === label), confidence);
    if (g) out.set(label, g);
  }
  return out;
}
