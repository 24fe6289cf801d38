// The three issue-comment calls the run makes, and their Octokit implementation (the tests pass their own).
export interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
}

/** The three issue-comment calls the action makes; built from Octokit by the entry. */
export interface CommentsClient {
  list(): Promise<IssueComment[]>;
  create(body: string): Promise<IssueComment>;
  update(id: number, body: string): Promise<IssueComment>;
}

/** The slice of Octokit used here (structural, so tests and the entry can pass any compatible client). */
export interface OctokitLike {
  paginate: (route: any, params: any) => Promise<any[]>;
  rest: {
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
    list: () => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 }),
    create: async (body) => (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data,
    update: async (id, body) => (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data,
  };
}
