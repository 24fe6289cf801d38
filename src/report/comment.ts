// The one sticky PR comment: found again by its hidden marker, edited in place, created only once.
import { isWrittenBy, tokenIdentity, type CommentAuthor } from './comment-identity.js';
import { type CommentMode } from '../model/settings.js';

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: CommentAuthor | null;
}

/** The issue-comment calls the action makes, and who it writes as; built from Octokit by the entry. */
export interface CommentsClient {
  identity(): Promise<CommentAuthor>;
  list(): Promise<IssueComment[]>;
  create(body: string): Promise<IssueComment>;
  update(id: number, body: string): Promise<IssueComment>;
}

/** The slice of Octokit used here (structural, so tests and the entry can pass any compatible client). */
export interface OctokitLike {
  paginate: (route: any, params: any) => Promise<any[]>;
  rest: {
    users: { getAuthenticated: () => Promise<{ data: CommentAuthor }> };
    issues: {
      listComments: any;
      createComment: (params: any) => Promise<{ data: IssueComment }>;
      updateComment: (params: any) => Promise<{ data: IssueComment }>;
    };
  };
}

export function octokitComments(octokit: OctokitLike, target: { owner: string; repo: string; issueNumber: number }): CommentsClient {
  const { owner, repo, issueNumber } = target;
  return {
    identity: () => tokenIdentity(() => octokit.rest.users.getAuthenticated()),
    list: () => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 }),
    create: async (body) => (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data,
    update: async (id, body) => (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data,
  };
}

export type CommentOutcome = { action: 'created' | 'updated'; url: string } | { action: 'skipped'; reason: string };

/**
 * `always`: create or update. `on-regression`: create only on a regression, but keep an existing comment
 * current (a fixed PR must not keep showing an old regression). `never`: leave comments alone.
 */
export async function upsertComment(client: CommentsClient, marker: string, body: string, mode: CommentMode, regressed: boolean): Promise<CommentOutcome> {
  if (mode === 'never') return { action: 'skipped', reason: "input 'comment' is never" };
  const me = await client.identity();
  // Only our own marker comment: someone else's copy of the marker is left alone and we post our own.
  const existing = (await client.list()).find((c) => (c.body ?? '').startsWith(marker) && isWrittenBy(c.user, me));
  if (existing) {
    const updated = await client.update(existing.id, body);
    return { action: 'updated', url: updated.html_url };
  }
  if (mode === 'on-regression' && !regressed) return { action: 'skipped', reason: 'no regression and no earlier comment' };
  const created = await client.create(body);
  return { action: 'created', url: created.html_url };
}

/** Why a comment call failed, in words a user can act on. */
export function explainCommentError(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = (error as Error).message ?? String(error);
  if (status === 403 || status === 404) {
    return `the token may not write PR comments (HTTP ${status}: ${message}). On pull requests from forks GITHUB_TOKEN is read-only; ` +
      'the job summary and outputs still carry the result. Grant `permissions: pull-requests: write`, or use a workflow_run workflow to comment.';
  }
  return `commenting failed${status ? ` (HTTP ${status})` : ''}: ${message}`;
}
