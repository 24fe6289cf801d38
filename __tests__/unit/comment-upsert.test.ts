// Editing the sticky comment when the API does not cooperate: a comment gone since the listing, a late older run,
// and errors explained in words that fit them (a rate limit is not a permission problem).
import { ACTIONS_BOT } from '../../src/io/comment-identity.js';
import { type CommentsClient, type IssueComment } from '../../src/io/comments-client.js';
import { explainCommentError, upsertComment } from '../../src/report/comment.js';
import { runStamp } from '../../src/report/run-stamp.js';

const MARKER = '<!-- py-perf-guard job=bench key= -->';
const OURS = 'a'.repeat(40);
const NEWER = 'c'.repeat(40);

function thread(comments: IssueComment[], options: { gone?: boolean; pullHead?: string } = {}) {
  const calls: string[] = [];
  const client: CommentsClient = {
    identity: async () => ACTIONS_BOT,
    list: async () => comments,
    create: async (body) => {
      calls.push('create');
      const c = { id: comments.length + 100, body, html_url: `new-${comments.length}`, user: ACTIONS_BOT };
      comments.push(c);
      return c;
    },
    update: async (id, body) => {
      calls.push(`update ${id}`);
      if (options.gone) throw Object.assign(new Error('Not Found'), { status: 404 });
      const c = comments.find((x) => x.id === id)!;
      c.body = body;
      return c;
    },
    pullHead: async () => {
      calls.push('pullHead');
      return options.pullHead;
    },
  };
  return { client, calls };
}

const stamped = (head: string, runId = '200'): IssueComment => ({
  id: 1,
  body: `${MARKER}\nresult\n${runStamp({ head, runId })}`,
  html_url: 'c1',
  user: ACTIONS_BOT,
});

describe('upsertComment', () => {
  it('creates a new comment when the one it edits was deleted (PATCH 404), in on-regression mode too', async () => {
    const t = thread([stamped(OURS)], { gone: true });
    expect(await upsertComment(t.client, MARKER, `${MARKER}\nnew`, 'on-regression', false, undefined, OURS)).toEqual({ action: 'created', url: 'new-1' });
    expect(t.calls).toEqual(['update 1', 'create']);
  });

  it('passes on any other failure of the edit', async () => {
    const t = thread([stamped(OURS)]);
    t.client.update = async () => {
      throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
    };
    await expect(upsertComment(t.client, MARKER, 'x', 'always', false, undefined, OURS)).rejects.toMatchObject({ status: 403 });
  });

  it("leaves a comment that shows the PR's current head when this run measured an older commit", async () => {
    const t = thread([stamped(NEWER)], { pullHead: NEWER });
    const outcome = await upsertComment(t.client, MARKER, `${MARKER}\nold result`, 'always', true, undefined, OURS);
    expect(outcome).toEqual({ action: 'skipped', reason: expect.stringContaining(`current head ${NEWER.slice(0, 7)} by run 200`) });
    expect(t.calls).toEqual(['pullHead']);
  });

  it('edits when this run measured the current head, when the comment is for a third commit, or has no stamp', async () => {
    for (const [comment, pullHead] of [
      [stamped(NEWER), OURS],
      [stamped('d'.repeat(40)), NEWER],
      [{ id: 1, body: `${MARKER}\n1.0 comment`, html_url: 'c1', user: ACTIONS_BOT }, NEWER],
    ] as const) {
      const t = thread([{ ...comment }], { pullHead });
      expect(await upsertComment(t.client, MARKER, `${MARKER}\nnew`, 'always', false, undefined, OURS)).toMatchObject({ action: 'updated' });
    }
  });

  it('edits as before when the PR cannot be looked up', async () => {
    const t = thread([stamped(NEWER)]);
    t.client.pullHead = async () => {
      throw Object.assign(new Error('Not Found'), { status: 404 });
    };
    expect(await upsertComment(t.client, MARKER, 'x', 'always', false, undefined, OURS)).toMatchObject({ action: 'updated' });
  });
});

describe('explainCommentError', () => {
  it('calls a secondary rate limit a rate limit, not a permission problem', () => {
    const limited = Object.assign(new Error('You have exceeded a secondary rate limit.'), { status: 403 });
    expect(explainCommentError(limited)).toMatch(/^GitHub's API rate limit stopped the PR comment \(HTTP 403/);
    expect(explainCommentError(limited)).not.toContain('may not write');
    const denied = Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
    expect(explainCommentError(denied)).toMatch(/^the token may not write PR comments/);
  });
});
