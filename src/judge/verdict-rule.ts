// The verdict rule shared by both methods (1.0's `rounds` in verdicts.ts, `paired` in src/paired/): two
// one-sided families of p-values, each controlled at α by Benjamini–Hochberg over every measured comparison
// of the run; regression: significantly slower AND ratio ≥ bar; improvement: the mirror (ratio ≤ 1/bar);
// unchanged: the whole CI inside [1/(1+t), 1+t]; else inconclusive. The bar is 1 + threshold unless a row has
// its own (the paired method's noise floor).
import { benjaminiHochberg } from '../stats/fdr.js';
import { type Row } from '../model/row.js';

export interface VerdictOptions {
  threshold: number;
  alpha: number;
  resamples?: number;
}

export interface MeasuredRow<R extends Row = Row> {
  row: R;
  pSlower: number;
  pFaster: number;
  /** The ratio a change must reach to count, above 1 + threshold (default: 1 + threshold). */
  bar?: number;
}

/** Sets q and verdict on each measured row (rows need ratio and ci). */
export function applyVerdictRule(measured: readonly MeasuredRow[], options: VerdictOptions): void {
  const qSlower = benjaminiHochberg(measured.map((m) => m.pSlower));
  const qFaster = benjaminiHochberg(measured.map((m) => m.pFaster));
  const upper = 1 + options.threshold;
  const lower = 1 / upper;
  measured.forEach((m, i) => {
    const r = m.row;
    const ratio = r.ratio!;
    const bar = m.bar ?? upper;
    r.q = ratio >= 1 ? qSlower[i] : qFaster[i];
    if (qSlower[i] <= options.alpha && ratio >= bar) r.verdict = 'regression';
    else if (qFaster[i] <= options.alpha && ratio <= 1 / bar) r.verdict = 'improvement';
    else if (r.ci![0] >= lower && r.ci![1] <= upper) r.verdict = 'unchanged';
    else r.verdict = 'inconclusive';
  });
}
