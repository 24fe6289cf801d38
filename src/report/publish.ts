// Phase: the report leaves the run: JSON file, step outputs, job summary, and the sticky PR comment.
// The one impure part of report/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type ShellDeps } from '../io/seam.js';
import { type VerdictOutputs } from '../judge/outcome.js';
import { type Report } from '../model/report.js';
import { type Settings } from '../model/settings.js';
import { explainCommentError, upsertComment } from './comment.js';
import { reportToJson } from './json.js';
import { commentMarker, renderMarkdown } from './markdown.js';

export function defaultReportPath(env: NodeJS.ProcessEnv, settings: Settings): string {
  const suffix = [env.GITHUB_JOB, settings.commentKey].filter(Boolean).join('-').replace(/[^A-Za-z0-9._-]/g, '_');
  return join(env.RUNNER_TEMP || tmpdir(), `py-perf-guard-report${suffix ? `-${suffix}` : ''}.json`);
}

export interface Publication {
  report: Report;
  outputs: VerdictOutputs;
  reportPath: string;
  /** The webhook payload: which PR to comment on. */
  event: any;
  token: string;
}

export async function publish(deps: ShellDeps, settings: Settings, p: Publication): Promise<void> {
  const { io, env } = deps;
  mkdirSync(dirname(p.reportPath), { recursive: true });
  writeFileSync(p.reportPath, JSON.stringify(reportToJson(p.report), null, 2) + '\n');
  for (const [name, value] of Object.entries(p.outputs)) if (value !== undefined) io.setOutput(name, value);
  io.setOutput('report-json', p.reportPath);
  await io.writeSummary(renderMarkdown(p.report));

  const issueNumber = Number(p.event?.pull_request?.number ?? p.event?.number ?? NaN);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!deps.comments || settings.comment === 'never' || !Number.isInteger(issueNumber) || !owner || !repo) return;
  if (!p.token) {
    io.warning("no github-token, so no PR comment (input 'github-token' is empty)");
    return;
  }
  const marker = commentMarker(env.GITHUB_JOB ?? 'job', settings.commentKey);
  try {
    const client = deps.comments({ owner, repo, issueNumber, token: p.token });
    const outcome = await upsertComment(client, marker, renderMarkdown(p.report, { marker }), settings.comment, p.report.verdict === 'regression');
    if (outcome.action === 'skipped') io.info(`PR comment skipped: ${outcome.reason}`);
    else {
      io.info(`PR comment ${outcome.action}: ${outcome.url}`);
      io.setOutput('comment-url', outcome.url);
    }
  } catch (e) {
    io.warning(explainCommentError(e));
  }
}
