// mode: comment: publish a report folder that a measuring job wrote (often a fork's PR, whose own token could
// not comment). Runs no PR code: no checkout, worktree, venv or child process. The folder is untrusted: read
// within size limits, checked field by field, its PR proven against this run's event and the API, and the
// comment rendered again from the checked JSON. Then outputs, summary, comment, and a commit status on the head
// sha with the verdict; the exit code follows the verdict. A forged or mismatched folder: exit 2, nothing posted.
import { resolve } from 'node:path';
import { parseCommentSettings, type CommentSettings } from './config/mode.js';
import { type PullsClient } from './io/pulls-client.js';
import { expandReportDirs } from './io/report-folder.js';
import { type ShellDeps } from './io/seam.js';
import { mergeFolders } from './judge/merge-reports.js';
import { decideOutcome, outcomeOfRunError, type Outcome } from './judge/outcome.js';
import { ConfigError, EnvironmentError, RunError } from './model/errors.js';
import { type Report } from './model/report.js';
import { verdictStatus } from './report/commit-status.js';
import { loadReportFolder, refuseFolder, type LoadedFolder } from './report/load-folder.js';
import { commentRunError } from './report/publish-error-comment.js';
import { publishError, publishReport, reportPathFor } from './report/publish.js';
import { folderMismatch, pullMismatch, trustedRun, type TrustedRun } from './report/verify-folder.js';
import { redactAndRegister } from './text/redact.js';
import { readEvent } from './workspace/github-event.js';

export interface CommentRunResult {
  exitCode: Outcome['exitCode'];
  message?: string;
  report?: Report;
}

const INPUT_NAMES = ['report-dir', 'comment', 'comment-key', 'fail-on-regression', 'fail-on-upgrade-regression'];

/** The PR the folder is for, proven: its head is the commit the triggering run tested, from the same repository. */
async function provePullRequest(folder: LoadedFolder, run: TrustedRun, repository: string, pulls: PullsClient | undefined): Promise<number | undefined> {
  const measuredHead = 'report' in folder.read ? folder.read.report.head.sha : folder.read.head?.sha;
  const mismatch = folderMismatch(folder.event, measuredHead, repository, run);
  if (mismatch) throw refuseFolder(folder.dir, mismatch);
  const number = folder.event.prNumber;
  if (number === null) return undefined;
  if (!pulls) throw new EnvironmentError(`input 'github-token' is empty: mode: comment needs a token to look up PR #${number} and to comment on it`);
  const pull = await pulls.getPull(number).catch((e) => {
    const status = (e as { status?: number }).status;
    if (status === 404) throw refuseFolder(folder.dir, `its event.json names PR #${number}, which does not exist in ${repository}`);
    throw new EnvironmentError(`looking up PR #${number} failed${status ? ` (HTTP ${status})` : ''}: ${(e as Error).message}`);
  });
  const wrong = pullMismatch(pull, repository, run);
  if (wrong) throw refuseFolder(folder.dir, wrong);
  return number;
}

/** The folders a `report-dir` entry names (itself, or the artifacts' sub-folders of a download), each read and checked. */
function readFolders(workspace: string, given: string): LoadedFolder[] {
  const dirs = expandReportDirs(resolve(workspace, given));
  if (!dirs.length) throw new ConfigError("input 'report-dir'", given, 'a folder that exists: where actions/download-artifact put the report folder');
  return dirs.map(loadReportFolder);
}

/** One report to publish. Several folders (the shards of a matrix) are merged into one: one BH correction over all rows. */
function oneReport(folders: readonly LoadedFolder[]): Report {
  const reports = folders.map((f) => {
    if (!('report' in f.read)) throw new EnvironmentError(`the measuring run could not run: ${f.read.error}`);
    return f.read.report;
  });
  return reports.length > 1 ? mergeFolders(reports) : reports[0];
}

async function setStatus(deps: ShellDeps, pulls: PullsClient | undefined, sha: string, status: ReturnType<typeof verdictStatus>): Promise<void> {
  if (!pulls) return;
  try {
    await pulls.setStatus(sha, status);
    deps.io.info(`commit status ${status.context}: ${status.state} on ${sha.slice(0, 12)}`);
  } catch (e) {
    const code = (e as { status?: number }).status;
    const hint = code === 403 || code === 404 ? ' (grant the workflow `permissions: statuses: write`)' : '';
    deps.io.warning(`setting the commit status failed${code ? ` (HTTP ${code})` : ''}: ${(e as Error).message}${hint}`);
  }
}

export async function runComment(deps: ShellDeps): Promise<CommentRunResult> {
  const { io, env } = deps;
  const secret = (s: string) => io.setSecret(s);
  const token = io.getInput('github-token');
  if (token) io.setSecret(token);
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  const pulls = token && owner && repo && deps.pulls ? deps.pulls({ owner, repo, token }) : undefined;
  let settings: CommentSettings | undefined;
  let run: TrustedRun | undefined;
  try {
    settings = parseCommentSettings(Object.fromEntries(INPUT_NAMES.map((n) => [n, io.getInput(n)])));
    const trusted = trustedRun(env.GITHUB_EVENT_NAME, readEvent(env));
    if (typeof trusted === 'string') throw new EnvironmentError(trusted);
    run = trusted;
    const folders = settings.reportDirs.flatMap((d) => readFolders(deps.workspace, d));
    // Every folder proven on its own, and all for the same PR: one comment, one status.
    const prs = new Set<number | undefined>();
    for (const folder of folders) prs.add(await provePullRequest(folder, run, repository, pulls));
    if (prs.size > 1) throw new EnvironmentError(`input 'report-dir' holds report folders of different PRs (#${[...prs].join(', #')})`);
    const [prNumber] = prs;
    io.info(
      `report folder${folders.length > 1 ? 's' : ''} ${folders.map((f) => f.dir).join(', ')}: ${prNumber ? `PR #${prNumber}, ` : ''}head ${run.headSha} from ${run.headRepository}, proven`,
    );
    const failed = folders.find((f) => !('report' in f.read));
    if (failed && !('report' in failed.read)) {
      const message = redactAndRegister(`the measuring run could not run: ${failed.read.error}`, secret);
      await commentRunError(deps, settings, prNumber, message);
      throw new EnvironmentError(message);
    }
    const read = oneReport(folders);
    // Redacted again: the folder's author may not have redacted anything.
    const report = redactAndRegister(read, secret);
    const outcome = decideOutcome(report, settings);
    const reportPath = reportPathFor(deps, settings.commentKey);
    await publishReport({ ...deps, comments: prNumber ? deps.comments : undefined }, settings, report, outcome.outputs, reportPath, { number: prNumber });
    io.setOutput('report-dir', folders[0].dir);
    await setStatus(deps, pulls, run.headSha, verdictStatus(report, outcome, env, settings.commentKey));
    return { exitCode: outcome.exitCode, message: outcome.message, report };
  } catch (e) {
    const outcome =
      e instanceof RunError ? outcomeOfRunError(e) : { exitCode: 2 as const, message: `py-perf-guard could not run: ${(e as Error)?.message ?? String(e)}` };
    const message = redactAndRegister(outcome.message ?? '', secret);
    const key = settings?.commentKey ?? io.getInput('comment-key');
    await publishError(deps, message, reportPathFor(deps, key));
    // The head sha is the trusted run's, never the folder's: a refused folder still marks that commit.
    if (run) await setStatus(deps, pulls, run.headSha, verdictStatus(undefined, { exitCode: 2, message, outputs: { verdict: 'error' } }, env, key));
    return { exitCode: 2, message };
  }
}
