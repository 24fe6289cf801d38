// The real bundle (dist/index.js) against a flaky GitHub API (the loopback emulator): retries, rate limits, a
// comment deleted under it, a late older run, and the footer's links on a GitHub Enterprise Server.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDoubledRepo } from '../helpers/doubled-repo.js';
import { removeDir, tempDir } from '../helpers/git-repo.js';
import { GitHubApiEmulator } from '../helpers/github-api.js';
import { pullRequestEvent, runDist } from '../helpers/run-dist.js';

const TOKEN = 'ghs_e2eApiSecretToken1234567890';
const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
const OLDER_HEAD = 'f'.repeat(40);

let root: string;
let repo: string;
let shas: { base: string; head: string };
let api: GitHubApiEmulator;

beforeAll(async () => {
  root = tempDir();
  repo = join(root, 'project');
  shas = makeDoubledRepo(repo, 20000); // 10×: a regression even in this shared machine's slow phases
  api = new GitHubApiEmulator('octo', 'calc', 7);
  await api.start();
});
afterAll(async () => {
  await api.stop();
  removeDir(root);
});
beforeEach(() => {
  api.failures = [];
  api.pullHeadSha = undefined;
});

let runs = 0;
async function runAction(key: string, env: Record<string, string> = {}) {
  const summaryPath = join(root, `api-run-${++runs}-summary.md`);
  writeFileSync(summaryPath, '');
  const since = api.requests.length;
  const r = await runDist({
    workspace: repo,
    temp: root,
    eventName: 'pull_request',
    event: pullRequestEvent(shas),
    // These runs are about the API; 4 rounds, the fewest at which a slowdown can be significant.
    inputs: {
      suites: 'timeit: bench/micro.toml',
      interpreters: '3.12',
      install: 'none',
      'min-rounds': '4',
      'max-rounds': '6',
      threshold: '20%',
      'github-token': TOKEN,
      'comment-key': key,
    },
    // 10 ms per second of back-off: a `retry-after: 2` costs 20 ms here
    env: { GITHUB_SHA: shas.head, GITHUB_API_URL: api.url, GITHUB_STEP_SUMMARY: summaryPath, PY_PERF_GUARD_API_RETRY_UNIT_MS: '10', ...env },
  });
  const requests = api.requests.slice(since);
  return { ...r, summary: readFileSync(summaryPath, 'utf8'), writes: requests.filter((q) => q.method !== 'GET'), requests };
}
type Run = Awaited<ReturnType<typeof runAction>>;

/** The verdict reached the outputs and the exit code whatever the API did: the report file's, and exit 1 on a regression. */
function expectVerdictIntact(run: Run): void {
  const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
  expect(run.outputs.verdict).toBe(report.verdict);
  expect(['regression', 'pass']).toContain(report.verdict);
  expect(run.code).toBe(report.verdict === 'regression' ? 1 : 0);
  expect(run.summary).toContain('doubled');
}
const markerOf = (key: string) => `<!-- py-perf-guard job=bench key=${key} -->`;
const ours = (key: string) => api.comments.filter((c) => c.body.startsWith(markerOf(key)));

describe('dist/index.js against a flaky GitHub API', () => {
  it('retries a 502 twice and posts the comment once', async () => {
    api.failures = [{ method: 'POST', status: 502, times: 2 }];
    const run = await runAction('flaky');
    expectVerdictIntact(run);
    expect(run.writes.map((w) => w.method)).toEqual(['POST', 'POST', 'POST']);
    expect(ours('flaky')).toHaveLength(1);
    expect(run.outputs['comment-url']).toBe(ours('flaky')[0].html_url);
    expect(run.log).not.toContain('::warning::');
  }, 300_000);

  it('waits out a secondary rate limit (retry-after) and does not call it a permission problem', async () => {
    api.failures = [{ method: 'POST', status: 403, message: SECONDARY, headers: { 'retry-after': '2' }, times: 1 }];
    const run = await runAction('limited');
    expect(run.log).toContain('secondary rate limit on POST');
    expect(run.log).toContain('retrying after 2 s');
    expect(ours('limited')).toHaveLength(1);
    expect(run.log).not.toContain('may not write PR comments');
    expectVerdictIntact(run);
  }, 300_000);

  it('a rate limit that outlasts the retries is a warning about the rate limit; verdict, summary and exit code stay', async () => {
    api.failures = [{ method: 'POST', status: 429, message: SECONDARY, headers: { 'retry-after': '1' }, times: 100 }];
    const run = await runAction('limited-long');
    expectVerdictIntact(run);
    expect(run.log).toMatch(/::warning::GitHub's API rate limit stopped the PR comment \(HTTP 429/);
    expect(run.log).not.toContain('may not write PR comments');
    expect(run.outputs['comment-url']).toBeUndefined();
    expect(ours('limited-long')).toHaveLength(0);
  }, 300_000);

  it('does not retry a 403 on writes (a read-only token): one try, a warning, the verdict intact', async () => {
    api.denyWritesWith = 403;
    try {
      const run = await runAction('denied');
      expectVerdictIntact(run);
      expect(run.writes).toHaveLength(1);
      expect(run.log).toMatch(/::warning::the token may not write PR comments \(HTTP 403/);
    } finally {
      api.denyWritesWith = undefined;
    }
  }, 300_000);

  it('creates a new comment when the one it edits is gone (PATCH 404)', async () => {
    const old = api.add(`${markerOf('gone')}\nan earlier run`, { login: 'github-actions[bot]', type: 'Bot' });
    api.failures = [{ method: 'PATCH', status: 404, message: 'Not Found', times: 1 }];
    const run = await runAction('gone');
    expect(run.writes).toEqual([
      expect.objectContaining({ method: 'PATCH', path: `/repos/octo/calc/issues/comments/${old.id}` }),
      expect.objectContaining({ method: 'POST', path: '/repos/octo/calc/issues/7/comments' }),
    ]);
    const created = ours('gone').find((c) => c.id !== old.id)!;
    expect(created.body).toContain('| doubled |');
    expect(run.outputs['comment-url']).toBe(created.html_url);
  }, 300_000);

  it('an older run finishing after a newer one leaves the newer result; a run of the current head edits it', async () => {
    const newer = `${markerOf('late')}\n✅ newer result\n<!-- py-perf-guard-run head=${OLDER_HEAD} run=200 attempt=1 -->`;
    const comment = api.add(newer, { login: 'github-actions[bot]', type: 'Bot' });
    api.pullHeadSha = OLDER_HEAD; // the PR moved on to a commit this run did not measure
    const late = await runAction('late', { GITHUB_RUN_ID: '100' });
    expect(late.writes).toEqual([]);
    expect(late.requests.some((q) => q.path === '/repos/octo/calc/pulls/7')).toBe(true);
    expect(comment.body).toBe(newer);
    expect(late.log).toContain(`the comment already shows the PR's current head ${OLDER_HEAD.slice(0, 7)} by run 200`);
    expectVerdictIntact(late);

    api.pullHeadSha = shas.head; // the PR's head is what this run measured: its result is the newest
    const current = await runAction('late', { GITHUB_RUN_ID: '300' });
    expect(current.writes).toEqual([expect.objectContaining({ method: 'PATCH', path: `/repos/octo/calc/issues/comments/${comment.id}` })]);
    expect(comment.body).toContain(`<!-- py-perf-guard-run head=${shas.head} run=300 `);
  }, 600_000);

  it('links the run (with attempt), base and head under GITHUB_SERVER_URL (GHES) and names the action version', async () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    // …with a cache service that cannot be reached: pip's cache is not restored, which is only a warning
    const dead = 'http://127.0.0.1:9/';
    const run = await runAction('ghes', {
      GITHUB_SERVER_URL: 'https://ghes.example.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '2',
      ACTIONS_CACHE_URL: dead,
      ACTIONS_RESULTS_URL: dead,
      ACTIONS_RUNTIME_TOKEN: 'cache-token',
    });
    expect(run.log).toMatch(/::warning::Failed to restore: /);
    expect(run.log).toMatch(/::save-state name=pip-cache::\{"dir":"[^"]*py-perf-guard-pip-cache","key":"py-perf-guard-pip-[Ll]inux-/);
    expectVerdictIntact(run);
    const [comment] = ours('ghes');
    const server = 'https://ghes.example.com/octo/calc';
    expect(comment.body).toContain(`py-perf-guard ${version} · [run 4242 (attempt 2)](${server}/actions/runs/4242/attempts/2)`);
    expect(comment.body).toContain(
      `base [\`${shas.base.slice(0, 7)}\`](${server}/commit/${shas.base}) → head [\`${shas.head.slice(0, 7)}\`](${server}/commit/${shas.head})`,
    );
    expect(comment.body).not.toContain('https://github.com/octo/calc');
    expect(comment.body.trimEnd().endsWith(`<!-- py-perf-guard-run head=${shas.head} run=4242 attempt=2 -->`)).toBe(true);
  }, 300_000);
});
