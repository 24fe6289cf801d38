// The whole PR comment: the report (cut to fit) with the footer of links and the run stamp after it, never cut.
import { type Report } from '../model/report.js';
import { renderFooter, type RunContext } from './footer.js';
import { COMMENT_BUDGET } from './markdown-budget.js';
import { renderMarkdown } from './markdown.js';

export function commentBody(report: Report, marker: string, run: RunContext): string {
  const footer = renderFooter(run, { base: report.base.sha, head: report.head.sha });
  return renderMarkdown(report, { marker, budget: { ...COMMENT_BUDGET, limit: COMMENT_BUDGET.limit - footer.length } }) + footer;
}
