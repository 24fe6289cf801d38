// The report folder a measuring run leaves for actions/upload-artifact (mode measure, and auto too): report.json,
// comment.md (the rendered comment, for people; mode: comment never posts it), event.json (which PR and
// commits). Written in its own try like every publishing step; also for a run that stopped at exit 2.
import { resolve } from 'node:path';
import { writeReportFolder } from '../io/report-folder.js';
import { type Io, type ShellDeps } from '../io/seam.js';
import { type CommitInfo } from '../model/commit.js';
import { type Report } from '../model/report.js';
import { folderEventJson } from './folder-event.js';
import { forkNotice } from './fork-notice.js';
import { reportToJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { errorMarkdown, errorReportJson, reportFileName } from './publish-values.js';

/** Input 'report-dir' (relative to the workspace), else a folder below RUNNER_TEMP; none for a CLI run outside Actions. */
export function reportDirFor(deps: Pick<ShellDeps, 'env' | 'workspace' | 'io'>, commentKey: string): string | undefined {
  const given = deps.io.getInput('report-dir').trim();
  if (given) return resolve(deps.workspace, given);
  if (!deps.env.RUNNER_TEMP) return undefined;
  return resolve(deps.env.RUNNER_TEMP, reportFileName(deps.env.GITHUB_JOB, commentKey).replace(/\.json$/, ''));
}

function write(io: Io, dir: string, files: Parameters<typeof writeReportFolder>[1]): void {
  try {
    writeReportFolder(dir, files);
    io.setOutput('report-dir', dir);
    io.info(`report folder: ${dir}`);
  } catch (e) {
    io.warning(`writing the report folder ${dir} failed: ${(e as Error).message ?? String(e)}`);
  }
}

export interface FolderTarget {
  dir: string | undefined;
  event: any;
  /** mode: auto on a fork's PR: the comment was skipped, say how to add the comment workflow. */
  forkSkipped: boolean;
}

export function publishFolder(deps: ShellDeps, report: Report, target: FolderTarget): void {
  if (target.forkSkipped) {
    const from = target.event?.pull_request?.head?.repo?.full_name ?? 'a fork';
    (deps.io.notice ?? deps.io.info)(forkNotice(from, deps.env.GITHUB_WORKFLOW ?? ''));
  }
  if (!target.dir) return;
  write(deps.io, target.dir, {
    report: reportToJson(report),
    comment: renderMarkdown(report),
    event: folderEventJson(target.event, deps.env, report),
  });
}

/** A run that stopped at exit 2: the folder still goes out, its report saying why, so the comment job can tell. */
export function publishFolderError(deps: ShellDeps, message: string, target: FolderTarget, commits: { base?: CommitInfo; head?: CommitInfo }): void {
  if (!target.dir) return;
  const none = { ref: '', sha: '' };
  write(deps.io, target.dir, {
    report: errorReportJson(message, commits),
    comment: errorMarkdown(message),
    event: folderEventJson(target.event, deps.env, { base: commits.base ?? none, head: commits.head ?? none }),
  });
}
