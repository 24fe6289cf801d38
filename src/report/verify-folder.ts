// Whether a report folder may be published where it says: its event.json and report.json against the comment
// job's own (trusted) event, and the PR as the API describes it. The folder comes from a job that ran the PR's
// code, so every claim in it is proven or refused. Pure: the API answer comes in as a value.
import { type FolderEvent } from './folder-event.js';

/** What the comment job's own event says about the run it follows. */
export interface TrustedRun {
  /** The head commit the triggering run tested (workflow_run.head_sha, or the PR event's head). */
  headSha: string;
  headRepository: string;
  /** PR numbers the event names (empty for a fork's workflow_run: GitHub leaves pull_requests empty then). */
  prNumbers: number[];
}

/** The PR as GET /repos/{owner}/{repo}/pulls/{number} returns it (the fields that are checked). */
export interface PullFacts {
  number: number;
  headSha: string;
  headRepository: string;
  baseRepository: string;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const short = (sha: string) => sha.slice(0, 12);

/** The trusted run from the comment job's event: workflow_run, or a PR event (a later job of the measuring workflow). */
export function trustedRun(eventName: string | undefined, event: any): TrustedRun | string {
  if (eventName === 'workflow_run') {
    const run = event?.workflow_run;
    if (typeof run?.head_sha !== 'string') return 'the workflow_run event has no workflow_run.head_sha';
    const headRepository = run.head_repository?.full_name ?? event?.repository?.full_name;
    if (typeof headRepository !== 'string') return 'the workflow_run event has no workflow_run.head_repository.full_name';
    const prNumbers = Array.isArray(run.pull_requests) ? run.pull_requests.map((p: any) => p?.number).filter(Number.isInteger) : [];
    return { headSha: run.head_sha, headRepository, prNumbers };
  }
  const pr = event?.pull_request;
  if (pr && typeof pr.head?.sha === 'string') {
    return { headSha: pr.head.sha, headRepository: pr.head.repo?.full_name ?? event?.repository?.full_name ?? '', prNumbers: [pr.number] };
  }
  return `mode: comment publishes the report of another run: run it on workflow_run (or in a later job of a pull_request workflow), not on ${eventName || 'this event'}`;
}

/** Why the folder must not be published on this repository and run, or undefined when its claims hold. */
export function folderMismatch(folder: FolderEvent, measuredHead: string | undefined, repository: string, run: TrustedRun): string | undefined {
  if (!same(folder.repository, repository)) return `its event.json names the repository ${folder.repository}, but this run is in ${repository}`;
  if (folder.headSha !== run.headSha) return `its event.json names head ${short(folder.headSha)}, but the triggering run tested ${short(run.headSha)}`;
  if (!same(folder.headRepository, run.headRepository))
    return `its event.json names the head repository ${folder.headRepository}, but the triggering run came from ${run.headRepository}`;
  if (measuredHead && measuredHead !== folder.headSha && measuredHead !== folder.mergeSha)
    return `its report.json measured head ${short(measuredHead)}, which is neither the PR's head ${short(folder.headSha)} nor the merge event.json names`;
  if (folder.prNumber !== null && run.prNumbers.length > 0 && !run.prNumbers.includes(folder.prNumber))
    return `its event.json names PR #${folder.prNumber}, but the triggering run was for PR #${run.prNumbers.join(', #')}`;
  return undefined;
}

/** Why the PR the folder names is not the PR the triggering run tested, or undefined when it is. */
export function pullMismatch(pull: PullFacts, repository: string, run: TrustedRun): string | undefined {
  if (!same(pull.baseRepository, repository)) return `PR #${pull.number} belongs to ${pull.baseRepository}, not ${repository}`;
  if (pull.headSha !== run.headSha)
    return `PR #${pull.number}'s head is ${short(pull.headSha)}, but the triggering run tested ${short(run.headSha)} (another PR's report, or the PR has moved on since)`;
  if (!same(pull.headRepository, run.headRepository))
    return `PR #${pull.number}'s head comes from ${pull.headRepository}, but the triggering run came from ${run.headRepository}`;
  return undefined;
}
