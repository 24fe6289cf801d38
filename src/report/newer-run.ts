// Newer run wins: a run that finishes after a newer one (a later push) must not put its older result back.
import { type CommentsClient, type IssueComment } from '../io/comments-client.js';
import { parseRunStamp } from './run-stamp.js';

/**
 * Why our comment must be left as it is, or undefined to edit it: it already shows the PR's current head
 * (looked up now), and this run measured another (older) commit. Without a stamp, or when the PR cannot be
 * read, the comment is edited as before.
 */
export async function supersededReason(client: CommentsClient, existing: IssueComment, ourHead: string): Promise<string | undefined> {
  const stamp = parseRunStamp(existing.body);
  if (!stamp || stamp.head === ourHead) return undefined;
  const current = await client.pullHead?.().catch(() => undefined);
  if (!current || current === ourHead || current !== stamp.head) return undefined;
  const by = stamp.runId ? ` by run ${stamp.runId}` : '';
  return `the comment already shows the PR's current head ${current.slice(0, 7)}${by}; this run measured ${ourHead.slice(0, 7)}, an older commit, so it leaves the comment alone`;
}
