// The run's verdicts when both methods measured: under `method: paired` some units still go to `rounds`
// (import-time, a fixture API the plugin can't serve, a worker that won't start). Benjamini–Hochberg must
// cover every measured row of the run, whichever method measured it, so the false-discovery rate is the
// run's, not each method's: one family of p-values per direction over both kinds of rows. Pure.
import { type Comparison } from '../model/comparison.js';
import { type Row } from '../model/row.js';
import { markFloorTooNoisy, measurePaired, withBars } from './paired/judge-paired.js';
import { type PairedComparison } from './paired/judge-types.js';
import { applyVerdictRule } from './verdict-rule.js';
import { markTooNoisy, measureRounds, type VerdictOptions } from './verdicts.js';

/** Rows of `rounds` comparisons, then of paired ones, judged as one run. */
export function judgeRun(rounds: readonly Comparison[], paired: readonly PairedComparison[], options: VerdictOptions): Row[] {
  const r = measureRounds(rounds, options);
  const p = measurePaired(paired, options);
  applyVerdictRule([...r.measured, ...withBars(p.measured, options)], options);
  markTooNoisy(r.measured, options);
  markFloorTooNoisy(p.measured, options);
  return [...r.rows, ...p.rows];
}
