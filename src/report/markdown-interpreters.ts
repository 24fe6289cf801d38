// The interpreter-upgrade / compare-interpreters part of the comment. Pure.
import { escapeMarkdown as esc } from './escape.js';
import { plural } from '../text/format.js';
import { VERDICT_ORDER } from '../judge/verdicts.js';
import { type InterpreterComparison } from '../model/report.js';
import { type Block } from './markdown-budget.js';

/** `1.20× faster` / `1.15× slower` / `as fast`. */
export function speedWords(ratio: number): string {
  if (Math.abs(ratio - 1) < 0.005) return 'about as fast';
  return ratio < 1 ? `${(1 / ratio).toFixed(2)}× faster` : `${ratio.toFixed(2)}× slower`;
}

function title(c: InterpreterComparison): string {
  return c.reason === 'upgrade' ? `Interpreter upgrade ${esc(c.label)}` : `Interpreters compared: ${esc(c.label)}`;
}

/** One line for the top of the comment: what the upgrade does to this project's speed. */
export function crossSummaryLine(c: InterpreterComparison): string {
  if (c.error) return `${title(c)}: ${esc(c.error)}`;
  const slower = c.rows.filter((r) => r.verdict === 'regression').length;
  const faster = c.rows.filter((r) => r.verdict === 'improvement').length;
  const speed = c.geomean ? `this project runs ${speedWords(c.geomean.ratio)} (geometric mean, ${c.geomean.ci[0].toFixed(3)}–${c.geomean.ci[1].toFixed(3)}×)` : 'nothing could be compared';
  const counts = [slower ? `${plural(slower, 'benchmark')} slower` : '', faster ? `${faster} faster` : ''].filter(Boolean).join(', ');
  return `**${title(c)}:** ${speed}${counts ? `; ${counts}` : ''}.`;
}

/** `table` makes the (cuttable) table block from the lines before it, the rows and the lines after it. */
export function crossSection(c: InterpreterComparison, table: (before: string[], rows: InterpreterComparison['rows'], after: string[]) => Block): Block[] {
  const out = [`#### ${title(c)}`, ''];
  if (c.changes?.length) out.push(`Detected in ${c.changes.map((x) => `${esc(x.source)} (${esc(x.old)} → ${esc(x.new)})`).join(', ')}. Same code (head) on both interpreters; "Base" is ${esc(c.from.label)}, "Head" ${esc(c.to.label)}.`, '');
  else out.push(`Same code (head) on both interpreters; "Base" is ${esc(c.from.label)}, "Head" ${esc(c.to.label)}.`, '');
  if (c.error) return [{ kind: 'text', lines: [...out, esc(c.error), ''] }];
  const rows = [...c.rows].sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict));
  return [{ kind: 'text', lines: out }, table(['<details><summary>Per benchmark</summary>', ''], rows, ['', '</details>', ''])];
}
