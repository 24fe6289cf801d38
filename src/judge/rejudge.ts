// Verdicts recomputed from the raw data a report keeps (judge/merge-reports.ts): `rounds` rows from their
// samples, `paired` rows from their pair estimates, then ONE Benjamini–Hochberg correction over every row given
// and the verdict rule of a single run (verdict-rule.ts; a noise floor raises a paired row's bar). The estimates
// are the judges' own (verdicts.ts `estimate`, judge-paired.ts `measure`), so a row judged again with the same
// rows around it gets the same ratio, CI, p, q and verdict as in the run that measured it. Pure.
import { type Row } from '../model/row.js';
import { classify, measure } from './paired/judge-paired.js';
import { type PairedRow } from './paired/judge-types.js';
import { isPairedRow } from './paired/row-json.js';
import { estimate, markTooNoisy, summary, type Measured, type VerdictOptions } from './verdicts.js';

/** A measured row (it has a ratio) whose raw data is not in the report: its verdict cannot be judged again. */
export class NoRawData extends Error {
  constructor(readonly row: Row) {
    super(`${row.name} on ${row.interpreter} (${row.suite}) has no raw data to judge it again (samples for rounds, pair_estimates for paired)`);
    this.name = 'NoRawData';
  }
}

/** The row as the judges start it: no verdict, no q, no noise flags yet. */
function fresh<R extends Row>(row: R): R {
  const out = { ...row, verdict: 'inconclusive' as const };
  delete out.q;
  delete out.tooNoisy;
  return out;
}

function measureAgain(row: Row, options: VerdictOptions): { measured: Measured; paired: boolean } {
  if (isPairedRow(row) && row.pairEstimates.length >= 2) {
    return { measured: measure(row.pairEstimates.map(Math.log), fresh(row), options), paired: true };
  }
  const s = row.samples;
  if (isPairedRow(row) || !s || s.base.length < 2 || s.head.length < 2) throw new NoRawData(row);
  const comparison = { suite: row.suite, name: row.name, interpreter: row.interpreter, base: s.base, head: s.head, ...(s.all ? { all: s.all } : {}) };
  const start = { ...fresh(row), base: summary(s.base), head: summary(s.head) };
  return { measured: estimate(comparison, start, options), paired: false };
}

/**
 * Every row judged again as one run's: rows that were measured (they have a ratio) from their raw data, the
 * others (failed, added, removed, too few rounds) as they are. Throws NoRawData for a measured row without it.
 */
export function rejudgeRows(rows: readonly Row[], options: VerdictOptions): Row[] {
  const all: Measured[] = [];
  const rounds: Measured[] = [];
  const out = rows.map((row) => {
    if (row.ratio === undefined || ['failed', 'added', 'removed'].includes(row.verdict)) return { ...row };
    const { measured, paired } = measureAgain(row, options);
    all.push(measured);
    if (!paired) rounds.push(measured);
    return measured.row;
  });
  // One family over both methods; classify reads only a paired row's noise floor (rounds rows have none).
  classify(all as { row: PairedRow; pSlower: number; pFaster: number }[], options);
  markTooNoisy(rounds, options);
  return out;
}
