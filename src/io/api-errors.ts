// What a failed GitHub API call means, read from its status and message (Octokit's RequestError).

/** GitHub says "secondary rate limit" (403 or 429) or "API rate limit exceeded": a wait, not a permission problem. */
export function isRateLimited(error: unknown): boolean {
  const e = error as { status?: number; message?: string };
  return (e.status === 403 || e.status === 429) && /rate limit/i.test(e.message ?? '');
}

export function statusOf(error: unknown): number | undefined {
  return (error as { status?: number } | undefined)?.status;
}
