// The small print under the report: how to read a row. The comment says it in one sentence and points to
// the job summary; the summary says how each figure was computed. Pure.
import { isPairedRow } from '../judge/paired/row-json.js';
import { SLOW_ROUND_FACTOR } from '../judge/slow-rounds.js';
import { type Report } from '../model/report.js';
import { formatPercent, plural } from '../text/format.js';
import { escapeMarkdown as esc } from './escape.js';
import { type Audience } from './markdown-tables.js';
import { jitWarmupNote } from './warmup-note.js';

function summaryNotes(report: Report): string[] {
  const confidence = formatPercent(1 - report.alpha);
  const everyRow = [...report.rows, ...report.cross.flatMap((c) => c.rows)];
  const pairedRows = everyRow.filter(isPairedRow);
  const floors = pairedRows.flatMap((r) => (r.noiseFloor !== undefined ? [r.noiseFloor] : []));
  const measuredCount = report.rows.filter((r) => r.ratio !== undefined).length;
  return [
    everyRow.some((r) => !isPairedRow(r) && r.ratio !== undefined) &&
      `Change = head time / base time − 1, per-round ${esc(report.statistic)} of each fresh process; ${confidence} bootstrap CI of the ratio of medians; p = one-sided Mann-Whitney U. Measured = the rounds kept for the change and its CI.`,
    pairedRows.length &&
      `Paired rows (\`method: paired\`): each duel times a ~${pairedRows[0].burstMs ?? 5} ms burst of base and of head back to back; per worker pair the median duel ratio, the change their median, its CI the order-statistic interval, p a one-sided sign test over the pairs; Measured = worker pairs × duels per pair.`,
    floors.length &&
      `Noise floor (a base-against-base pair, \`calibrate\`): ${formatPercent(Math.min(...floors))}–${formatPercent(Math.max(...floors))}; a change must clear it too.`,
    `p adjusted (Benjamini–Hochberg) over ${plural(measuredCount, 'comparison')}.`,
    jitWarmupNote(everyRow).trim(),
    everyRow.some((r) => r.slowRounds) &&
      `Set aside as slow: processes that ran their whole suite in a slow mode of the machine (≥${SLOW_ROUND_FACTOR}× that side's fast quartile), left out of the change and its CI (p uses every round).`,
  ].filter((x): x is string => Boolean(x));
}

export function footerNote(report: Report, audience: Audience): string {
  if (audience === 'summary') return `<sub>${summaryNotes(report).join(' ')}</sub>`;
  return (
    `<sub>Change = head time / base time − 1, with its ${formatPercent(1 - report.alpha)} confidence interval. A regression is slower by more than ` +
    `${formatPercent(report.threshold)}, with the false-discovery rate held at ${formatPercent(report.alpha)}; inconclusive: not enough evidence either way yet. ` +
    `p-values, medians, rounds and noise are in the job summary and the report JSON.${jitWarmupNote([...report.rows, ...report.cross.flatMap((c) => c.rows)])}</sub>`
  );
}
