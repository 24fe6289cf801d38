// The forest plot (forest-plot.ts) as a fenced block of the comment and the job summary. A fenced text plot
// renders the same on github.com, GHES and in mail notifications; nothing in it is markdown or HTML. Pure.
import { type Report } from '../model/report.js';
import { formatPercent } from '../text/format.js';
import { longestBacktickRun } from './escape.js';
import { forestPlot } from './forest-plot.js';
import { type Block } from './markdown-budget.js';
import { type Audience } from './markdown-tables.js';

/** In the comment: this many rows, regressions and improvements first; the summary has them all. */
const COMMENT_ROWS = 30;
const COMMENT_STRIPS = 5;

/** A fence longer than any run of backticks inside, so that no benchmark name can close it. */
export function fenced(lines: readonly string[], info = 'text'): string[] {
  const fence = '`'.repeat(Math.max(3, ...lines.map((l) => longestBacktickRun(l) + 1)));
  return [`${fence}${info}`, ...lines, fence];
}

/** The plot as an explanation block: left out (after the profiles) only when the body must shrink. */
export function plotBlock(report: Report, audience: Audience): Block[] {
  const rows = report.rows;
  if (!rows.some((r) => r.ratio !== undefined)) return [];
  const comment = audience === 'comment';
  const lines = forestPlot(rows, {
    threshold: report.threshold,
    confidence: formatPercent(1 - report.alpha),
    ...(comment ? { maxRows: COMMENT_ROWS, maxStrips: COMMENT_STRIPS, elsewhere: 'in the job summary', verdicts: false } : {}),
  });
  return [{ kind: 'optional', rank: 3, what: 'chart', lines: [...fenced(lines), ''] }];
}
