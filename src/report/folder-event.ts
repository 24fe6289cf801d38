// event.json of the report folder: which PR and commits a measuring run measured, so the comment job (which
// runs elsewhere, often with no PR in its own event) knows where to publish. Written from the measuring run's
// event; read back as untrusted input, every field checked. Pure.
import { type CommitInfo } from '../model/commit.js';

export interface FolderEvent {
  /** The PR the measuring run was for; null outside a PR (push). */
  prNumber: number | null;
  /** Null when the run stopped before choosing base. */
  baseSha: string | null;
  /** The PR's head commit (what workflow_run.head_sha names), not GitHub's merge of it. */
  headSha: string;
  /** The commit measured as head when it was GitHub's merge of the PR (pull_request checks that out). */
  mergeSha?: string;
  /** owner/name of the repository the run belongs to, and of the PR's head (a fork's own name). */
  repository: string;
  headRepository: string;
  eventName: string;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;

/** The PR event's head repository differs from its base repository. */
export function isForkPullRequest(event: any): boolean {
  const head = event?.pull_request?.head?.repo?.full_name;
  const base = event?.pull_request?.base?.repo?.full_name;
  return typeof head === 'string' && typeof base === 'string' && head.toLowerCase() !== base.toLowerCase();
}

/** A fork's PR on `pull_request`: GitHub gives that job a read-only token, so it cannot comment (pull_request_target's can). */
export function forkTokenIsReadOnly(eventName: string | undefined, event: any): boolean {
  return eventName === 'pull_request' && isForkPullRequest(event);
}

/** The measuring run's event.json, from its own (trusted) event and the commits it measured. */
export function folderEventJson(event: any, env: NodeJS.ProcessEnv, commits: { base: CommitInfo; head: CommitInfo }): object {
  const pr = event?.pull_request;
  const repository = env.GITHUB_REPOSITORY ?? '';
  const headSha: string = pr?.head?.sha ?? commits.head.sha;
  return {
    schema: 1,
    event_name: env.GITHUB_EVENT_NAME ?? '',
    pr_number: Number.isInteger(pr?.number) ? pr.number : null,
    base_sha: commits.base.sha || pr?.base?.sha || null,
    head_sha: headSha,
    ...(commits.head.sha && commits.head.sha !== headSha ? { merge_sha: commits.head.sha } : {}),
    repository,
    head_repository: pr?.head?.repo?.full_name ?? repository,
  };
}

/** Reads an untrusted event.json; throws an Error naming the first field that is missing or malformed. */
export function readFolderEvent(value: unknown): FolderEvent {
  const fail = (field: string, expected: string): never => {
    throw new Error(`event.json: field '${field}' ${expected}`);
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail('(top level)', 'must be an object');
  const v = value as Record<string, unknown>;
  if (v.schema !== 1) fail('schema', 'must be 1');
  const sha = (field: string, optional = false): string | undefined => {
    const s = v[field];
    if (s === undefined && optional) return undefined;
    if (typeof s !== 'string' || !SHA.test(s)) fail(field, 'must be a commit sha (40 or 64 hex digits)');
    return s as string;
  };
  const repo = (field: string): string => {
    const s = v[field];
    if (typeof s !== 'string' || !REPOSITORY.test(s)) fail(field, 'must be owner/name');
    return s as string;
  };
  const n = v.pr_number;
  if (n !== null && !(typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 2 ** 31)) fail('pr_number', 'must be a PR number or null');
  const eventName = v.event_name ?? '';
  if (typeof eventName !== 'string' || !/^[a-z_]{0,40}$/.test(eventName)) fail('event_name', 'must be an event name such as pull_request');
  const mergeSha = sha('merge_sha', true);
  return {
    prNumber: n as number | null,
    baseSha: v.base_sha === null ? null : sha('base_sha')!,
    headSha: sha('head_sha')!,
    ...(mergeSha ? { mergeSha } : {}),
    repository: repo('repository'),
    headRepository: repo('head_repository'),
    eventName: eventName as string,
  };
}
