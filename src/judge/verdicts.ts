// Verdicts per benchmark × interpreter from per-round samples. Pure.
// regression: significantly slower after Benjamini–Hochberg across the run AND median ratio ≥ 1 + threshold;
// improvement: the mirror image; unchanged: the whole CI inside [1/(1+t), 1+t]; else inconclusive.
// When slow-mode rounds were set aside, the test still sees every round (its p-values stay valid: no
// data-dependent trimming), while the ratio and its CI come from the rounds kept (how big, undisturbed).
import { type Comparison } from '../model/comparison.js';
import { type OverallVerdict, type Row, type SideSummary, type Verdict } from '../model/row.js';
import { bootstrapRatioCi } from '../stats/bootstrap.js';
import { mannWhitneyU } from '../stats/mann-whitney.js';
import { median, quantileSorted, sortedCopy } from '../stats/quantile.js';
import { seedFrom, seededRandom } from '../stats/random.js';
import { applyVerdictRule, type VerdictOptions } from './verdict-rule.js';

export type { VerdictOptions };

interface Measured {
  row: Row;
  pSlower: number;
  pFaster: number;
}

/** Robust relative spread of one side's rounds: 1.4826·MAD / median (equals the CV for normal data). */
export function relativeSpread(samples: readonly number[]): number {
  const m = median(samples);
  const deviations = sortedCopy(samples.map((x) => Math.abs(x - m)));
  return m > 0 ? (1.4826 * quantileSorted(deviations, 0.5)) / m : 0;
}

export function summary(samples: number[]): SideSummary | undefined {
  return samples.length ? { median: median(samples), n: samples.length } : undefined;
}

/** The row of a comparison that could not be measured: which side failed, and its error. */
export function failedRow(c: Pick<Comparison, 'setupError' | 'baseError' | 'headError'>, row: Row): Row {
  if (c.setupError) return { ...row, verdict: 'failed', failedOn: 'setup', error: c.setupError };
  const failedOn = c.baseError && c.headError ? 'both' : c.headError ? 'head' : 'base';
  const error = failedOn === 'both' ? `head: ${c.headError}; base: ${c.baseError}` : failedOn === 'head' ? c.headError : `on base only: ${c.baseError}`;
  return { ...row, verdict: 'failed', failedOn, error };
}

function estimate(c: Comparison, row: Row, options: VerdictOptions): Measured {
  const ratio = row.head!.median / row.base!.median;
  const random = seededRandom(seedFrom(`${c.interpreter}\0${c.suite}\0${c.name}`));
  const ci = bootstrapRatioCi(c.head, c.base, 1 - options.alpha, options.resamples ?? 2000, random);
  const tested = c.all ?? { base: c.base, head: c.head };
  const pSlower = mannWhitneyU(tested.head, tested.base, 'greater').p;
  const pFaster = mannWhitneyU(tested.head, tested.base, 'less').p;
  const noise = Math.max(relativeSpread(c.base), relativeSpread(c.head));
  const samples = { base: [...c.base], head: [...c.head] };
  return { row: { ...row, ratio, ci: [ci.low, ci.high], p: ratio >= 1 ? pSlower : pFaster, noise, samples }, pSlower, pFaster };
}

export function judge(comparisons: readonly Comparison[], options: VerdictOptions): Row[] {
  const rows: Row[] = [];
  const measured: Measured[] = [];
  for (const c of comparisons) {
    const row: Row = { suite: c.suite, name: c.name, interpreter: c.interpreter, verdict: 'inconclusive', base: summary(c.base), head: summary(c.head) };
    if (c.warmup) row.warmup = c.warmup;
    if (c.slowRounds) row.slowRounds = c.slowRounds;
    if (c.setupError || c.baseError || c.headError) rows.push(failedRow(c, row));
    else if (!c.base.length && c.head.length) rows.push({ ...row, verdict: 'added' });
    else if (c.base.length && !c.head.length) rows.push({ ...row, verdict: 'removed' });
    else if (c.base.length < 2 || c.head.length < 2) rows.push({ ...row, error: 'fewer than 2 rounds per side' });
    else {
      const m = estimate(c, row, options);
      measured.push(m);
      rows.push(m.row);
    }
  }
  // Two one-sided families, each controlled at α over every comparison of the run (verdict-rule.ts).
  applyVerdictRule(measured, options);
  measured.forEach(({ row: r }) => {
    if (r.verdict === 'inconclusive') {
      // Standard error of a median ≈ 1.25·σ/√n per side; two sides → the ratio's ≈ 1.77·noise/√n. When that
      // alone is wider than the threshold band, more rounds of this size can't settle it: say it's noise.
      const n = Math.min(r.base!.n, r.head!.n);
      if ((1.96 * 1.77 * (r.noise ?? 0)) / Math.sqrt(n) > options.threshold) r.tooNoisy = true;
    }
  });
  return rows;
}

/** The order verdicts are listed in, most urgent first: counts, tables and sections all follow it. */
export const VERDICT_ORDER: readonly Verdict[] = ['regression', 'failed', 'improvement', 'inconclusive', 'added', 'removed', 'unchanged'];

/** Rows that are this PR's failures: crashing only on head, or an interpreter that could not be set up. */
export function isBlockingFailure(row: Row): boolean {
  return row.verdict === 'failed' && (row.failedOn === 'head' || row.failedOn === 'setup');
}

/** Overall: regression if any row regressed; else error if a row failed on head or nothing was measured; else pass. */
export function overallVerdict(rows: readonly Row[]): OverallVerdict {
  if (rows.some((r) => r.verdict === 'regression' || r.memory?.verdict === 'regression')) return 'regression';
  const measured = rows.some(
    (r) => r.ratio !== undefined || r.verdict === 'added' || r.verdict === 'removed' || (r.failedOn === 'base' && r.head !== undefined),
  );
  if (!measured || rows.some(isBlockingFailure)) return 'error';
  return 'pass';
}

export function countVerdicts(rows: readonly Row[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { regression: 0, improvement: 0, unchanged: 0, inconclusive: 0, added: 0, removed: 0, failed: 0 };
  for (const r of rows) counts[r.verdict]++;
  return counts;
}
