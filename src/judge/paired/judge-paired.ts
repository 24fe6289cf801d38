// Verdicts of the paired method: the same verdicts, band and false-discovery control as 1.0's verdicts.ts.
// regression: head significantly slower after Benjamini–Hochberg across the run AND ratio ≥ 1 + threshold;
// improvement: the mirror image (ratio ≤ 1/(1 + threshold)); unchanged: the whole CI inside the band;
// else inconclusive. The unit of replication is the worker pair (pair-estimates.ts).
import { applyVerdictRule } from '../verdict-rule.js';
import { failedRow, summary, type VerdictOptions } from '../verdicts.js';
import { effectiveThreshold, noiseFloor } from './calibration.js';
import { type PairedComparison, type PairedRow } from './judge-types.js';
import { pairedEstimate, pairCentres } from './pair-estimates.js';

/** A measured row with its two one-sided p-values, before the run-wide false-discovery control. */
export interface Measured {
  row: PairedRow;
  pSlower: number;
  pFaster: number;
}

function baseRow(c: PairedComparison, centres: number[]): PairedRow {
  const duels = c.pairs.reduce((s, p) => s + p.length, 0);
  const row: PairedRow = {
    suite: c.suite,
    name: c.name,
    interpreter: c.interpreter,
    verdict: 'inconclusive',
    method: 'paired',
    pairs: c.pairs.filter((p) => p.length > 0).length,
    duels,
    pairEstimates: centres.map(Math.exp),
  };
  const base = summary(c.base ?? []);
  const head = summary(c.head ?? []);
  if (base) row.base = base;
  if (head) row.head = head;
  if (c.warmup) row.warmup = c.warmup; // timed iterations, as rounds' warmup_iterations
  if (c.warmupBursts) row.warmupBursts = c.warmupBursts;
  if (c.burstMs !== undefined) row.burstMs = c.burstMs;
  if (c.clock) row.clock = c.clock;
  const floor = noiseFloor(c.calibration ?? []);
  if (floor !== undefined) row.noiseFloor = floor;
  return row;
}

/** A row's ratio, CI, spread and both one-sided p-values from its pair centres (before the run-wide control). */
export function measure(centres: number[], row: PairedRow, options: VerdictOptions): Measured {
  const e = pairedEstimate(centres, 1 - options.alpha);
  const p = e.ratio >= 1 ? e.pSlower : e.pFaster;
  return { row: { ...row, ratio: e.ratio, ci: e.ci, p, noise: e.spread }, pSlower: e.pSlower, pFaster: e.pFaster };
}

export function judgePaired(comparisons: readonly PairedComparison[], options: VerdictOptions): PairedRow[] {
  const { rows, measured } = measurePaired(comparisons, options);
  classify(measured, options);
  return rows;
}

/** The rows before the run-wide false-discovery control (judgeRun puts them in one family with `rounds` rows). */
export function measurePaired(comparisons: readonly PairedComparison[], options: VerdictOptions): { rows: PairedRow[]; measured: Measured[] } {
  const rows: PairedRow[] = [];
  const measured: Measured[] = [];
  for (const c of comparisons) {
    const centres = pairCentres(c.pairs);
    const row = baseRow(c, centres);
    if (c.setupError || c.baseError || c.headError) rows.push(failedRow(c, row) as PairedRow);
    else if (c.only === 'head') rows.push({ ...row, verdict: 'added' });
    else if (c.only === 'base') rows.push({ ...row, verdict: 'removed' });
    else if (row.pairs < 2) rows.push({ ...row, error: 'fewer than 2 worker pairs with duels' });
    else {
      const m = measure(centres, row, options);
      measured.push(m);
      rows.push(m.row);
    }
  }
  return { rows, measured };
}

/** The rows with the bar a change must reach: 1 + threshold, raised by a noise floor (calibration.ts). */
export function withBars(measured: readonly Measured[], options: VerdictOptions): (Measured & { bar: number })[] {
  return measured.map((m) => ({ ...m, bar: 1 + effectiveThreshold(options.threshold, m.row.noiseFloor) }));
}

/** After the verdict rule: a row whose noise floor exceeds the threshold is marked too noisy. */
export function markFloorTooNoisy(measured: readonly Measured[], options: VerdictOptions): void {
  for (const m of withBars(measured, options)) if (m.bar > 1 + options.threshold) m.row.tooNoisy = true;
}

/** Sets each measured row's q and verdict: 1.0's rule (verdict-rule.ts), the bar raised by a noise floor. */
export function classify(measured: readonly Measured[], options: VerdictOptions): void {
  applyVerdictRule(withBars(measured, options), options);
  markFloorTooNoisy(measured, options);
}
