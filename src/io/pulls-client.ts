// The two calls `mode: comment` makes besides comments: look a PR up (to prove a report folder's PR number),
// and set a commit status on the head sha (so branch protection can require the verdict). Octokit
// implementation here; tests run it against the loopback API emulator.

export type StatusState = 'success' | 'failure' | 'error' | 'pending';

export interface CommitStatus {
  state: StatusState;
  context: string;
  description: string;
  targetUrl?: string;
}

/** The fields of GET /repos/{owner}/{repo}/pulls/{number} the cross-check reads. */
export interface PullLookup {
  number: number;
  headSha: string;
  headRepository: string;
  baseRepository: string;
}

export interface PullsClient {
  getPull(number: number): Promise<PullLookup>;
  setStatus(sha: string, status: CommitStatus): Promise<void>;
}

/** The slice of Octokit used here (structural, like comments-client.ts). */
export interface OctokitPullsLike {
  rest: {
    pulls: { get: (params: any) => Promise<{ data: any }> };
    repos: { createCommitStatus: (params: any) => Promise<unknown> };
  };
}

export function octokitPulls(octokit: OctokitPullsLike, target: { owner: string; repo: string }): PullsClient {
  const { owner, repo } = target;
  return {
    getPull: async (number) => {
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
      return {
        number: data.number,
        headSha: data.head?.sha ?? '',
        // a PR whose fork was deleted has no head repository
        headRepository: data.head?.repo?.full_name ?? '(deleted fork)',
        baseRepository: data.base?.repo?.full_name ?? '',
      };
    },
    setStatus: async (sha, s) => {
      // GitHub refuses descriptions over 140 characters
      const description = s.description.length > 140 ? `${s.description.slice(0, 139)}…` : s.description;
      await octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: s.state, context: s.context, description, target_url: s.targetUrl });
    },
  };
}
