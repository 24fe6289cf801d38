// The one sticky PR comment: found again by its hidden marker, edited in place, created only once.
import { isRateLimited, statusOf } from '../io/api-errors.js';
import { isWrittenBy } from '../io/comment-identity.js';
import { type CommentsClient } from '../io/comments-client.js';
import { type CommentMode } from '../model/settings.js';
import { supersededReason } from './newer-run.js';

export type CommentOutcome = { action: 'created' | 'updated'; url: string } | { action: 'skipped'; reason: string };

/**
 * `always`: create or update. `on-regression`: create only on a regression, but keep an existing comment
 * current (a fixed PR must not keep showing an old regression). `never`: leave comments alone.
 */
export async function upsertComment(
  client: CommentsClient,
  marker: string,
  body: string,
  mode: CommentMode,
  regressed: boolean,
  /** A marker whose comment is taken over when none has `marker` yet (the key earlier versions used). */
  adopt?: string,
  /** Our head sha: a comment already showing the PR's newer head is left alone. */
  head?: string,
): Promise<CommentOutcome> {
  if (mode === 'never') return { action: 'skipped', reason: "input 'comment' is never" };
  const me = await client.identity();
  // Only our own marker comment: someone else's copy of the marker is left alone and we post our own.
  const comments = (await client.list()).filter((c) => isWrittenBy(c.user, me));
  const withMarker = (m: string) => comments.find((c) => (c.body ?? '').startsWith(m));
  const existing = withMarker(marker) ?? (adopt ? withMarker(adopt) : undefined);
  if (existing) {
    const superseded = head ? await supersededReason(client, existing, head) : undefined;
    if (superseded) return { action: 'skipped', reason: superseded };
    try {
      const updated = await client.update(existing.id, body);
      return { action: 'updated', url: updated.html_url };
    } catch (error) {
      // Deleted since we listed it (or by hand): the PR still gets its result, in a new comment.
      if (statusOf(error) !== 404) throw error;
    }
  } else if (mode === 'on-regression' && !regressed) return { action: 'skipped', reason: 'no regression and no earlier comment' };
  const created = await client.create(body);
  return { action: 'created', url: created.html_url };
}

/** Why a comment call failed, in words a user can act on. */
export function explainCommentError(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = (error as Error).message ?? String(error);
  if (isRateLimited(error)) {
    return (
      `GitHub's API rate limit stopped the PR comment (HTTP ${status}: ${message}), after retries; the job summary and outputs still carry the result. ` +
      'Re-run the job later, or run fewer jobs that comment at once.'
    );
  }
  if (status === 403 || status === 404) {
    return (
      `the token may not write PR comments (HTTP ${status}: ${message}). On pull requests from forks GITHUB_TOKEN is read-only; ` +
      'the job summary and outputs still carry the result. Grant `permissions: pull-requests: write`, or use a workflow_run workflow to comment.'
    );
  }
  return `commenting failed${status ? ` (HTTP ${status})` : ''}: ${message}`;
}
