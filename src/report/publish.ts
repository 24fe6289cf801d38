// Writing the result out: report file, outputs, job summary, PR comment. Each in its own try, so one that
// fails (a full disk, a read-only token) never drops the others; the exit code comes from the verdict alone.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { actionVersion } from '../io/action-version.js';
import { type Io, type ShellDeps } from '../io/seam.js';
import { type VerdictOutputs } from '../judge/outcome.js';
import { type CommitInfo } from '../model/commit.js';
import { type Report } from '../model/report.js';
import { type Settings } from '../model/settings.js';
import { regressionAnnotations } from './annotations.js';
import { commentBody } from './comment-body.js';
import { explainCommentError, upsertComment } from './comment.js';
import { runContext } from './footer.js';
import { reportToJson } from './json.js';
import { SUMMARY_BUDGET } from './markdown-budget.js';
import { renderMarkdown } from './markdown.js';
import { commentPlan, errorMarkdown, errorReportJson, outputValues, reportFileName } from './publish-values.js';

/** Runs one publishing step; a failure becomes a warning naming the step. */
async function step(io: Io, what: string, fn: () => void | Promise<void>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (e) {
    io.warning(`${what} failed: ${(e as Error).message ?? String(e)}`);
    return false;
  }
}

function writeJson(path: string, value: object): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}

function setOutputs(io: Io, values: [string, string | number][]): void {
  for (const [name, value] of values) io.setOutput(name, value);
}

/**
 * Where the report goes: as asked, else below RUNNER_TEMP (private to the job); without RUNNER_TEMP, in a
 * fresh private folder rather than the shared temp folder, where anyone could plant or read the file.
 */
export function reportPathFor(deps: Pick<ShellDeps, 'env' | 'reportPath'>, commentKey: string): string {
  if (deps.reportPath) return resolve(deps.reportPath);
  const dir = deps.env.RUNNER_TEMP || mkdtempSync(join(tmpdir(), 'py-perf-guard-'));
  return resolve(dir, reportFileName(deps.env.GITHUB_JOB, commentKey));
}

export async function publishReport(
  deps: ShellDeps,
  settings: Pick<Settings, 'comment' | 'commentKey'>,
  report: Report,
  outputs: VerdictOutputs,
  reportPath: string,
  event: any,
): Promise<void> {
  const { io } = deps;
  await step(io, `writing the report ${reportPath}`, () => writeJson(reportPath, reportToJson(report)));
  await step(io, 'setting the outputs', () => setOutputs(io, outputValues(outputs, reportPath)));
  await step(io, 'annotating the regressed lines', () => {
    for (const a of regressionAnnotations(report.rows)) io.error(a.message, { file: a.file, startLine: a.startLine, title: a.title });
  });
  await step(io, 'writing the job summary', () => io.writeSummary(renderMarkdown(report, { budget: SUMMARY_BUDGET, audience: 'summary' })));
  if (!deps.comments) return;
  const plan = commentPlan(event, deps.env, io.getInput('github-token'), settings);
  if (!plan.post) {
    if (plan.warning) io.warning(plan.warning);
    return;
  }
  try {
    const client = deps.comments(plan);
    const body = commentBody(report, plan.marker, runContext(deps.env, actionVersion()));
    const outcome = await upsertComment(client, plan.marker, body, settings.comment, report.verdict === 'regression', plan.adopt, report.head.sha);
    if (outcome.action === 'skipped') io.info(`PR comment skipped: ${outcome.reason}`);
    else {
      io.info(`PR comment ${outcome.action}: ${outcome.url}`);
      await step(io, 'setting the output comment-url', () => io.setOutput('comment-url', outcome.url));
    }
  } catch (e) {
    io.warning(explainCommentError(e));
  }
}

/** A run that stopped before any verdict (exit 2): verdict `error`, and a report file that says why. */
export async function publishError(
  deps: ShellDeps,
  message: string,
  reportPath: string,
  commits: { base?: CommitInfo; head?: CommitInfo } = {},
): Promise<void> {
  const { io } = deps;
  await step(io, `writing the report ${reportPath}`, () => writeJson(reportPath, errorReportJson(message, commits)));
  await step(io, 'setting the outputs', () => setOutputs(io, outputValues(undefined, reportPath)));
  await step(io, 'writing the job summary', () => io.writeSummary(errorMarkdown(message)));
}
