// Whose marker comments the action may edit: only those written by the identity its token writes as.
// Anyone can paste our hidden marker into a comment; editing theirs would let a PR author make the bot
// overwrite (or appear to sign) text of their choosing.
import { isRateLimited } from './api-errors.js';

export interface CommentAuthor {
  login: string;
  /** `Bot` or `User` as GitHub reports it; absent when unknown. */
  type?: string;
}

/** The default GITHUB_TOKEN writes as this app bot. */
export const ACTIONS_BOT: CommentAuthor = { login: 'github-actions[bot]', type: 'Bot' };

type GetAuthenticated = () => Promise<{ data: { login: string; type?: string } }>;

/**
 * `GET /user` names the user behind a personal access token. The default GITHUB_TOKEN is an installation
 * token, which may not call it (403): then the identity is github-actions[bot].
 */
export async function tokenIdentity(getAuthenticated: GetAuthenticated): Promise<CommentAuthor> {
  try {
    const { data } = await getAuthenticated();
    return { login: data.login, type: data.type };
  } catch (error) {
    // …unless the 403 is a rate limit that outlasted the retries: then nothing is known, and the caller says so.
    if ((error as { status?: number }).status === 403 && !isRateLimited(error)) return ACTIONS_BOT;
    throw error;
  }
}

/** Written by `me`: same login (GitHub logins ignore case) and, when both are known, the same account type. */
export function isWrittenBy(author: CommentAuthor | null | undefined, me: CommentAuthor): boolean {
  if (!author?.login || author.login.toLowerCase() !== me.login.toLowerCase()) return false;
  return !author.type || !me.type || author.type === me.type;
}
