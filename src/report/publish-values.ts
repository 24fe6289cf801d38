// What a run publishes, as plain values: which outputs with which values, the report JSON of a run that
// could not measure, where the PR comment goes and why it may not. Pure; publish.ts does the writing.
import { type VerdictOutputs } from '../judge/outcome.js';
import { type CommitInfo } from '../model/commit.js';
import { type CommentMode } from '../model/settings.js';
import { escapeMarkdown } from './escape.js';
import { commentMarker } from './markdown.js';

/** Every output, always, in this order: `verdict` first, so it is set even if a later one fails. */
export function outputValues(outputs: VerdictOutputs | undefined, reportPath: string): [string, string | number][] {
  return [
    ['verdict', outputs?.verdict ?? 'error'],
    ['report-json', reportPath],
    ['regressions', outputs?.regressions ?? 0],
    ['improvements', outputs?.improvements ?? 0],
    ['failures', outputs?.failures ?? 0],
    ['inconclusive', outputs?.inconclusive ?? 0],
    ['memory-regressions', outputs?.['memory-regressions'] ?? 0],
    ['instruction-regressions', outputs?.['instruction-regressions'] ?? 0],
  ];
}

/** The report file of a run that stopped before any verdict (exit 2): the contract's shape, with `error`. */
export function errorReportJson(message: string, commits: { base?: CommitInfo; head?: CommitInfo } = {}): object {
  return { schema: 1, base: commits.base ?? null, head: commits.head ?? null, interpreters: [], verdict: 'error', error: message, benchmarks: [] };
}

/** The job summary of such a run: what went wrong, where a user looks first. */
export function errorMarkdown(message: string): string {
  return `⚠️ **py-perf-guard could not run** — ${escapeMarkdown(message, 2000)}\n`;
}

/** `py-perf-guard-report[-<job>-<comment-key>].json`: matrix legs sharing a RUNNER_TEMP keep their own file. */
export function reportFileName(job: string | undefined, commentKey: string): string {
  const suffix = [job, commentKey]
    .filter(Boolean)
    .join('-')
    .replace(/[^A-Za-z0-9._-]/g, '_');
  return `py-perf-guard-report${suffix ? `-${suffix}` : ''}.json`;
}

export type CommentPlan =
  { post: true; owner: string; repo: string; issueNumber: number; token: string; marker: string; adopt?: string } | { post: false; warning?: string };

/**
 * Whether there is a PR to comment on, with what token and marker. The marker's key is `comment-key`, else what
 * tells matrix legs apart (Settings.legKey); `adopt` is the marker earlier versions gave such a leg (job id
 * only), so its old comment is taken over once rather than left behind.
 */
export function commentPlan(
  event: any,
  env: NodeJS.ProcessEnv,
  token: string,
  settings: { comment: CommentMode; commentKey: string; legKey?: string },
): CommentPlan {
  const issueNumber = Number(event?.pull_request?.number ?? event?.number ?? NaN);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (settings.comment === 'never' || !Number.isInteger(issueNumber) || !owner || !repo) return { post: false };
  if (!token) return { post: false, warning: "no github-token, so no PR comment (input 'github-token' is empty)" };
  const job = env.GITHUB_JOB ?? 'job';
  const marker = commentMarker(job, settings.commentKey || settings.legKey || '');
  return { post: true, owner, repo, issueNumber, token, marker, ...(!settings.commentKey && settings.legKey ? { adopt: commentMarker(job, '') } : {}) };
}
