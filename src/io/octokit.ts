// The one Octokit the action talks to GitHub with (comments, statuses): GitHub's API fails now and then, so
// 5xx and 429 are retried with back-off (plugin-retry) and rate limits wait out `retry-after` (plugin-throttling).
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** How often a request is tried again after a 5xx/429 (plugin-retry), and after a rate limit (throttling). */
export const API_RETRIES = 3;
/** A rate limit asking for a longer wait than this is not waited out: the job's time is worth more than the comment. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/** Milliseconds per second of back-off; the tests' API emulator shrinks it, so a `retry-after: 2` costs them 20 ms. */
export const RETRY_UNIT_ENV = 'PY_PERF_GUARD_API_RETRY_UNIT_MS';

export type GitHubClient = ReturnType<typeof getOctokit>;

function retryUnitMs(env: NodeJS.ProcessEnv): number {
  const unit = Number(env[RETRY_UNIT_ENV]);
  return Number.isFinite(unit) && unit >= 0 ? unit : 1000;
}

/** An authenticated Octokit with retries and throttling; `log` hears of every wait (as a plain line). */
export function createOctokit(token: string, log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): GitHubClient {
  const unit = retryUnitMs(env);
  const onLimit =
    (what: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const request = `${options.method ?? ''} ${options.url ?? ''}`.trim();
      if (retryCount >= API_RETRIES || retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
        log(`GitHub API ${what} on ${request}: not retrying (asked to wait ${retryAfter} s, try ${retryCount + 1})`);
        return false;
      }
      log(`GitHub API ${what} on ${request}: retrying after ${retryAfter} s (retry ${retryCount + 1} of ${API_RETRIES})`);
      return true;
    };
  return getOctokit(
    token,
    {
      retry: { retries: API_RETRIES, retryAfterBaseValue: unit },
      throttle: { retryAfterBaseValue: unit, onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
    },
    retry,
    throttling,
  );
}
