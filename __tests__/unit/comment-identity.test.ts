// The sticky comment is edited only when the action's own identity wrote it.
import { ACTIONS_BOT, isWrittenBy, tokenIdentity, type CommentAuthor } from '../../src/io/comment-identity.js';
import { upsertComment } from '../../src/report/comment.js';
import { octokitComments, type CommentsClient, type IssueComment } from '../../src/io/comments-client.js';

const MARKER = '<!-- py-perf-guard job=bench key= -->';

/** An in-memory PR thread; `me` is who the token writes as. */
function thread(me: CommentAuthor, comments: IssueComment[]) {
  const edits: number[] = [];
  let next = 100;
  const client: CommentsClient = {
    identity: async () => me,
    list: async () => comments,
    create: async (body) => {
      const c = { id: next++, body, html_url: `u${next}`, user: me };
      comments.push(c);
      return c;
    },
    update: async (id, body) => {
      edits.push(id);
      const c = comments.find((x) => x.id === id)!;
      c.body = body;
      return c;
    },
  };
  return { client, edits, comments };
}

const foreign = (id: number, login = 'mallory', type = 'User'): IssueComment => ({ id, body: `${MARKER}\nAll clear, merge it`, html_url: `f${id}`, user: { login, type } });

describe('upsertComment only edits its own marker comment', () => {
  it("leaves another user's comment with our marker alone and posts its own, then edits that one", async () => {
    const t = thread(ACTIONS_BOT, [foreign(1)]);
    expect(await upsertComment(t.client, MARKER, `${MARKER}\nfirst`, 'always', false)).toMatchObject({ action: 'created' });
    expect(t.comments[0].body).toBe(`${MARKER}\nAll clear, merge it`);
    expect(await upsertComment(t.client, MARKER, `${MARKER}\nsecond`, 'always', false)).toMatchObject({ action: 'updated' });
    expect(t.edits).toEqual([t.comments[1].id]);
    expect(t.comments.map((c) => c.body)).toEqual([`${MARKER}\nAll clear, merge it`, `${MARKER}\nsecond`]);
  });

  it('with a personal access token edits the comment of that user, not github-actions[bot]', async () => {
    const me = { login: 'Perf-Bot', type: 'User' };
    const t = thread(me, [foreign(1, 'github-actions[bot]', 'Bot'), foreign(2, 'perf-bot', 'User')]);
    expect(await upsertComment(t.client, MARKER, `${MARKER}\nnew`, 'always', false)).toMatchObject({ action: 'updated' });
    expect(t.edits).toEqual([2]);
  });

  it('under on-regression, a foreign marker comment does not count as an earlier comment to keep current', async () => {
    const t = thread(ACTIONS_BOT, [foreign(1)]);
    expect(await upsertComment(t.client, MARKER, `${MARKER}\npass`, 'on-regression', false)).toMatchObject({ action: 'skipped' });
    expect(t.edits).toEqual([]);
  });
});

describe('isWrittenBy', () => {
  it.each([
    [{ login: 'github-actions[bot]', type: 'Bot' }, ACTIONS_BOT, true],
    [{ login: 'github-actions[bot]', type: 'User' }, ACTIONS_BOT, false],
    [{ login: 'someone', type: 'User' }, ACTIONS_BOT, false],
    [{ login: 'PERF-BOT' }, { login: 'perf-bot', type: 'User' }, true],
    [null, ACTIONS_BOT, false],
  ])('%p by %p → %p', (author, me, expected) => expect(isWrittenBy(author as CommentAuthor | null, me)).toBe(expected));
});

describe('tokenIdentity', () => {
  const fail = (status: number) => async () => {
    throw Object.assign(new Error(`HTTP ${status}`), { status });
  };
  it('is GET /user for a personal access token', async () => {
    expect(await tokenIdentity(async () => ({ data: { login: 'perf-bot', type: 'User' } }))).toEqual({ login: 'perf-bot', type: 'User' });
  });
  it('is github-actions[bot] when /user answers 403 (the default GITHUB_TOKEN)', async () => {
    expect(await tokenIdentity(fail(403))).toEqual(ACTIONS_BOT);
  });
  it('passes other errors on (a bad token must not be guessed as the bot)', async () => {
    await expect(tokenIdentity(fail(401))).rejects.toMatchObject({ status: 401 });
  });
  it('is what octokitComments asks Octokit for', async () => {
    const octokit = { paginate: async () => [], rest: { users: { getAuthenticated: fail(403) }, issues: { listComments: {}, createComment: fail(500), updateComment: fail(500) } } };
    expect(await octokitComments(octokit, { owner: 'o', repo: 'r', issueNumber: 1 }).identity()).toEqual(ACTIONS_BOT);
  });
});
