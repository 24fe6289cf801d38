// The default comment key tells matrix legs apart (interpreters, shard, suites, working-directory as the workflow
// gives them), so two legs never share one comment; `comment-key` wins; a leg takes over its old, key-less comment.
import { legKey } from '../../src/config/comment-key.js';
import { parseConfig } from '../../src/config/parse-settings.js';
import { ACTIONS_BOT } from '../../src/io/comment-identity.js';
import { type CommentsClient, type IssueComment } from '../../src/io/comments-client.js';
import { upsertComment } from '../../src/report/comment.js';
import { commentPlan } from '../../src/report/publish-values.js';

const env = { GITHUB_REPOSITORY: 'octo/calc', GITHUB_JOB: 'bench' };
const event = { pull_request: { number: 7 } };
const marker = (inputs: Record<string, string>) => {
  const plan = commentPlan(event, env, 't', parseConfig(inputs));
  if (!plan.post) throw new Error('no plan');
  return plan;
};

describe('the default comment key', () => {
  const leg = (python: string, shard?: string) => ({ suites: 'timeit: bench.toml', interpreters: python, ...(shard ? { shard } : {}) });

  it('differs between legs of a matrix over interpreters, shards, suites or working directories', () => {
    const markers = [
      marker(leg('3.12')),
      marker(leg('3.13')),
      marker(leg('3.12', '1/2')),
      marker(leg('3.12', '2/2')),
      marker({ ...leg('3.12'), suites: 'timeit: other.toml' }),
      marker({ ...leg('3.12'), 'working-directory': 'pkg' }),
    ].map((p) => p.marker);
    expect(new Set(markers).size).toBe(markers.length);
    expect(markers[2]).toBe(`<!-- py-perf-guard job=bench key=shard_1/2_py_3.12_suites_${legKey({ suites: 'timeit: bench.toml' })!.slice(7)} -->`);
  });

  it('is the same on every run of one leg, and `comment-key` replaces it', () => {
    expect(marker(leg('3.12', '1/2')).marker).toBe(marker(leg('3.12', '1/2')).marker);
    expect(marker({ ...leg('3.12'), 'comment-key': 'mine' })).toMatchObject({ marker: '<!-- py-perf-guard job=bench key=mine -->' });
    expect(marker({ ...leg('3.12'), 'comment-key': 'mine' }).adopt).toBeUndefined();
  });

  it('counts only workflow inputs: settings from pyproject.toml leave the key empty, as before', () => {
    const plan = commentPlan(event, env, 't', parseConfig({}, { suites: ['timeit: bench.toml'], interpreters: ['3.12'] }));
    expect(plan).toMatchObject({ marker: '<!-- py-perf-guard job=bench key= -->' });
    expect(legKey({ suites: '', interpreters: ' ', 'working-directory': '.' })).toBeUndefined();
  });
});

describe('a leg and its old comment', () => {
  function thread(comments: IssueComment[]): CommentsClient {
    return {
      identity: async () => ACTIONS_BOT,
      list: async () => comments,
      create: async (body) => {
        const c = { id: comments.length + 1, body, html_url: `u${comments.length + 1}`, user: ACTIONS_BOT };
        comments.push(c);
        return c;
      },
      update: async (id, body) =>
        Object.assign(
          comments.find((c) => c.id === id)!,
          { body },
        ),
    };
  }

  it('takes over the key-less comment of earlier versions once, then keeps to its own marker', async () => {
    const p312 = marker(leg2('3.12'));
    const p313 = marker(leg2('3.13'));
    const comments: IssueComment[] = [{ id: 1, body: `${p312.adopt}\nold`, html_url: 'u1', user: ACTIONS_BOT }];
    const client = thread(comments);
    expect(await upsertComment(client, p312.marker, `${p312.marker}\n3.12`, 'always', false, p312.adopt)).toMatchObject({ action: 'updated', url: 'u1' });
    // The other leg finds no comment of its own and no key-less one left: it posts its own, not over 3.12's.
    expect(await upsertComment(client, p313.marker, `${p313.marker}\n3.13`, 'always', false, p313.adopt)).toMatchObject({ action: 'created' });
    expect(await upsertComment(client, p312.marker, `${p312.marker}\n3.12 again`, 'always', false, p312.adopt)).toMatchObject({ action: 'updated', url: 'u1' });
    expect(comments.map((c) => c.body)).toEqual([`${p312.marker}\n3.12 again`, `${p313.marker}\n3.13`]);
  });
});

function leg2(python: string) {
  return { suites: 'timeit: bench.toml', interpreters: python };
}
