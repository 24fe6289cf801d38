// The issue-comment calls the run makes, who it writes as, and their Octokit implementation (the tests pass their own).
import { tokenIdentity, type CommentAuthor } from './comment-identity.js';

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
  /** The PR's head sha now (a newer push may have started a newer run); undefined when it cannot be read. */
  pullHead?(): Promise<string | undefined>;
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
    pulls?: { get: (params: any) => Promise<{ data: { head?: { sha?: string } } }> };
  };
}

export function octokitComments(octokit: OctokitLike, target: { owner: string; repo: string; issueNumber: number }): CommentsClient {
  const { owner, repo, issueNumber } = target;
  return {
    identity: () => tokenIdentity(() => octokit.rest.users.getAuthenticated()),
    list: () => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 }),
    create: async (body) => (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data,
    update: async (id, body) => (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data,
    pullHead: async () => (await octokit.rest.pulls!.get({ owner, repo, pull_number: issueNumber })).data.head?.sha,
  };
}
