// The commit status `mode: comment` sets on the PR's head sha: the verdict where branch protection can require
// it, even though the comment comes from another workflow. Pure: publish-comment-run.ts makes the call.
import { type CommitStatus, type StatusState } from '../io/pulls-client.js';
import { type Outcome } from '../judge/outcome.js';
import { countVerdicts } from '../judge/verdicts.js';
import { type Report } from '../model/report.js';
import { markerSafe } from './escape.js';
import { runContext, runUrl } from './footer.js';

/** `py-perf-guard`, or `py-perf-guard (<comment-key>)` so matrix legs or several steps keep statuses of their own. */
export function statusContext(commentKey: string): string {
  return commentKey ? `py-perf-guard (${markerSafe(commentKey)})` : 'py-perf-guard';
}

const STATE: Record<Outcome['exitCode'], StatusState> = { 0: 'success', 1: 'failure', 2: 'error' };

/** The headline as one line: the verdict and its counts, or why the check failed. */
function headline(report: Report | undefined, outcome: Outcome): string {
  if (!report) return `could not run: ${outcome.message ?? 'no report'}`;
  const counts = countVerdicts(report.rows);
  if (report.verdict === 'pass' && outcome.exitCode === 0) {
    const measured = report.rows.length;
    // As the comment's headline: "found" only when every row was decided.
    if (counts.inconclusive) return `no regression detected · ${counts.inconclusive} of ${measured} inconclusive`;
    return `no regression found (${measured} benchmark${measured === 1 ? '' : 's'}${counts.improvement ? `, ${counts.improvement} faster` : ''})`;
  }
  return outcome.message ?? `verdict ${report.verdict}`;
}

export function verdictStatus(report: Report | undefined, outcome: Outcome, env: NodeJS.ProcessEnv, commentKey: string): CommitStatus {
  // The footer's run link: the same checked runner variables, GHES's own server URL.
  const targetUrl = runUrl(runContext(env, undefined));
  return { state: STATE[outcome.exitCode], context: statusContext(commentKey), description: headline(report, outcome), ...(targetUrl ? { targetUrl } : {}) };
}
