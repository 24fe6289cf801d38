// The two-workflow mode through dist/index.js and the loopback API: a fork's PR measured with a read-only
// token (mode: measure, or auto), then published from a workflow_run job (mode: comment) that runs no PR code
// and refuses a folder that is forged or does not match the run it follows.
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOUBLED_INPUTS, makeDoubledRepo } from '../helpers/doubled-repo.js';
import { removeDir, tempDir } from '../helpers/git-repo.js';
import { GitHubApiEmulator } from '../helpers/github-api.js';
import { runDist, type DistRun } from '../helpers/run-dist.js';

const TOKEN = 'ghs_forkModeToken1234567890abcd';
const measureInputs = { ...DOUBLED_INPUTS, 'github-token': TOKEN };

let root: string;
let repo: string;
let shas: { base: string; head: string };
let api: GitHubApiEmulator;
let measured: DistRun;
let folder: string;

// A fork's PR as the measuring workflow (pull_request) sees it.
const prEvent = () => ({
  number: 7,
  pull_request: {
    number: 7,
    base: { sha: shas.base, ref: 'main', repo: { full_name: 'octo/calc' } },
    head: { sha: shas.head, ref: 'feature', repo: { full_name: 'mallory/calc' } },
  },
  repository: { full_name: 'octo/calc' },
});
// The comment workflow's event: GitHub leaves pull_requests empty for a fork's run.
const runEvent = (headRepository = 'mallory/calc') => ({
  workflow_run: { id: 99, event: 'pull_request', head_sha: shas.head, head_repository: { full_name: headRepository }, pull_requests: [] },
  repository: { full_name: 'octo/calc' },
});

let runs = 0;
async function measure(inputs: Record<string, string>) {
  const summary = join(root, `summary-${++runs}.md`);
  writeFileSync(summary, '');
  const run = await runDist({
    workspace: repo,
    temp: root,
    eventName: 'pull_request',
    event: prEvent(),
    inputs: { ...measureInputs, ...inputs },
    env: { GITHUB_SHA: shas.head, GITHUB_API_URL: api.url, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKFLOW: 'Benchmarks' },
  });
  return { ...run, summary: readFileSync(summary, 'utf8') };
}

/**
 * mode: comment in an empty workspace (no checkout), with git, python and pip on PATH replaced by traps that
 * leave a mark: the comment job must run none of them.
 */
async function publish(edit: (dir: string) => void = () => undefined, inputs: Record<string, string> = {}, event = runEvent()) {
  const workspace = join(root, `comment-${++runs}`);
  const traps = join(workspace, '..', `traps-${runs}`);
  mkdirSync(traps, { recursive: true });
  for (const tool of ['git', 'python', 'python3', 'pip', 'pip3']) {
    writeFileSync(join(traps, tool), `#!/bin/sh\necho "$0" >> ${join(traps, 'ran')}\nexit 1\n`);
    chmodSync(join(traps, tool), 0o755);
  }
  cpSync(folder, join(workspace, 'py-perf-guard-report'), { recursive: true });
  edit(join(workspace, 'py-perf-guard-report'));
  const summary = join(root, `summary-${runs}.md`);
  writeFileSync(summary, '');
  const before = api.requests.length;
  const run = await runDist({
    workspace,
    temp: root,
    eventName: 'workflow_run',
    event,
    inputs: { mode: 'comment', 'report-dir': 'py-perf-guard-report', 'github-token': TOKEN, ...inputs },
    env: {
      PATH: `${traps}:${process.env.PATH}`,
      GITHUB_API_URL: api.url,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_SERVER_URL: 'https://ghe.example.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_JOB: 'comment',
    },
  });
  const commentWrites = api.requests.slice(before).filter((r) => r.method !== 'GET' && r.path.includes('/comments'));
  return { ...run, summary: readFileSync(summary, 'utf8'), commentWrites, ranTools: existsSync(join(traps, 'ran')) };
}

const editJson = (file: string, change: (j: any) => void) => (dir: string) => {
  const j = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  change(j);
  writeFileSync(join(dir, file), JSON.stringify(j));
};
const ours = () => api.comments.filter((c) => c.body.startsWith('<!-- py-perf-guard job=comment'));

beforeAll(async () => {
  root = tempDir();
  repo = join(root, 'project');
  // head makes `doubled` ten times slower: these tests are about the mechanics, and under this machine's load a
  // 2× slowdown once read as inconclusive at 6 rounds.
  shas = makeDoubledRepo(repo, 20000);
  api = new GitHubApiEmulator('octo', 'calc', 7);
  api.pulls[7] = { headSha: shas.head, headRepository: 'mallory/calc' };
  api.pulls[8] = { headSha: 'd'.repeat(40), headRepository: 'octo/calc' };
  await api.start();
  measured = await measure({ mode: 'measure' });
  folder = measured.outputs['report-dir'];
}, 300_000);
afterAll(async () => {
  await api.stop();
  removeDir(root);
});

describe('mode: measure on a fork PR', () => {
  it('measures, exits by verdict, calls no API, and writes the report folder', () => {
    expect(measured.code).toBe(1);
    expect(measured.outputs.verdict).toBe('regression');
    expect(api.requests).toEqual([]);
    expect(folder).toBe(join(root, 'py-perf-guard-report-bench'));
    expect(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8'))).toMatchObject({ schema: 1, verdict: 'regression', head: { sha: shas.head } });
    expect(readFileSync(join(folder, 'comment.md'), 'utf8')).toMatch(/^❌ \*\*py-perf-guard: performance regression\*\*/);
    expect(JSON.parse(readFileSync(join(folder, 'event.json'), 'utf8'))).toEqual({
      schema: 1,
      event_name: 'pull_request',
      pr_number: 7,
      base_sha: shas.base,
      head_sha: shas.head,
      repository: 'octo/calc',
      head_repository: 'mallory/calc',
    });
  });
});

describe('mode: comment on workflow_run', () => {
  it('proves the PR, posts the comment rendered again from the JSON, sets the status, exits by verdict, runs no tool', async () => {
    const run = await publish();
    expect(run.log).toContain('PR #7, head ');
    expect(run.log).toContain('::error::1 benchmark regressed: doubled on 3.12');
    expect(run.code).toBe(1);
    expect(run.ranTools).toBe(false);
    expect(api.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toContain('GET /repos/octo/calc/pulls/7');
    expect(ours()).toHaveLength(1);
    // The body is the report rendered again from the JSON (what comment.md holds), then the footer of links.
    expect(ours()[0].body).toContain(`<!-- py-perf-guard job=comment key= -->\n${readFileSync(join(folder, 'comment.md'), 'utf8')}`);
    expect(ours()[0].body).toContain('[run 4242](https://ghe.example.com/octo/calc/actions/runs/4242)');
    expect(run.outputs).toMatchObject({ verdict: 'regression', regressions: '1', 'comment-url': ours()[0].html_url });
    expect(run.summary).toContain('doubled');
    expect(api.statuses).toEqual([
      {
        sha: shas.head,
        state: 'failure',
        context: 'py-perf-guard',
        description: expect.stringMatching(/^1 benchmark regressed: doubled on 3\.12/),
        target_url: 'https://ghe.example.com/octo/calc/actions/runs/4242',
      },
    ]);
  }, 60_000);

  it('escapes HTML and markdown in benchmark names from report.json, and never posts comment.md', async () => {
    const run = await publish((dir) => {
      editJson('report.json', (j) => (j.benchmarks[0].name = '<img src=x onerror=alert(1)> **@octocat** [x](http://evil)'))(dir);
      writeFileSync(join(dir, 'comment.md'), '<script>PWNED</script> @everyone');
    });
    expect(run.code).toBe(1);
    const body = ours()[0].body;
    expect(body).toContain('| &lt;img src=x onerror=alert\\(1\\)&gt; \\*\\*@&#8203;octocat\\*\\* \\[x\\]\\(http&#58;//evil\\) | +');
    // Outside the plot's code fence nothing is live; inside it (longer than any backtick run) text stays text.
    expect(body.replace(/^(`{3,})text\n[\s\S]*?^\1$/gm, '')).not.toMatch(/<img|<script|PWNED|@octocat|@everyone/);
    expect(body).not.toMatch(/<script|PWNED|@everyone/);
  }, 60_000);

  const refused: [string, (dir: string) => void, string | undefined, RegExp][] = [
    ['names another PR', editJson('event.json', (j) => (j.pr_number = 8)), undefined, /PR #8's head is dddddddddddd, but the triggering run tested/],
    ['names a PR that does not exist', editJson('event.json', (j) => (j.pr_number = 9)), undefined, /names PR #9, which does not exist in octo\/calc/],
    [
      'names another head sha',
      editJson('event.json', (j) => (j.head_sha = 'e'.repeat(40))),
      undefined,
      /names head eeeeeeeeeeee, but the triggering run tested/,
    ],
    [
      "comes from another fork than the PR's",
      editJson('event.json', (j) => (j.head_repository = 'eve/calc')),
      'eve/calc',
      /PR #7's head comes from mallory\/calc, but the triggering run came from eve\/calc/,
    ],
    [
      'has a report.json over the size limit',
      (dir) => writeFileSync(join(dir, 'report.json'), Buffer.alloc(33 * 1024 * 1024, 32)),
      undefined,
      /report\.json is \d+ bytes, over the limit/,
    ],
    ['has a report.json that is not JSON', (dir) => writeFileSync(join(dir, 'report.json'), '{"schema": 1,'), undefined, /report\.json is not valid JSON/],
    ['has a row with a ratio that is a string', editJson('report.json', (j) => (j.benchmarks[0].ratio = 'fast')), undefined, /field 'benchmarks\[0\]\.ratio'/],
  ];
  it.each(refused)(
    "refuses a folder that %s: exit 2, no comment, an error status on the run's head",
    async (_what, edit, headRepository, message) => {
      const statuses = api.statuses.length;
      const run = await publish(edit, {}, runEvent(headRepository));
      expect(run.code).toBe(2);
      expect(run.log).toMatch(new RegExp(`::error::the report folder .*py-perf-guard-report is refused: .*${message.source}`));
      expect(run.commentWrites).toEqual([]);
      expect(run.outputs.verdict).toBe('error');
      expect(api.statuses.slice(statuses)).toEqual([expect.objectContaining({ sha: shas.head, state: 'error', context: 'py-perf-guard' })]);
    },
    60_000,
  );

  it('tells the PR why when the measuring run could not run (exit 2, an error status)', async () => {
    const run = await publish((dir) =>
      writeFileSync(
        join(dir, 'report.json'),
        JSON.stringify({ schema: 1, base: null, head: null, interpreters: [], verdict: 'error', error: 'input \'threshold\' is "<b>x</b>"', benchmarks: [] }),
      ),
    );
    expect(run.code).toBe(2);
    expect(run.log).toContain("::error::the measuring run could not run: input 'threshold' is");
    expect(ours()[0].body).toBe(
      `<!-- py-perf-guard job=comment key= -->\n⚠️ **py-perf-guard could not run** — the measuring run could not run&#58; input 'threshold' is &quot;&lt;b&gt;x&lt;/b&gt;&quot;\n`,
    );
    expect(api.statuses.at(-1)).toMatchObject({ sha: shas.head, state: 'error' });
  }, 60_000);

  it('merges the shards of a matrix into one comment (one verdict, one status), and refuses a folder twice', async () => {
    // Each leg of a matrix has a runner of its own; here they share one RUNNER_TEMP, so each names its folder.
    const legs = [1, 2].map((i) => ({ mode: 'measure', shard: `${i}/2`, 'report-dir': join(root, `leg-${i}`) }));
    for (const [i, inputs] of legs.entries()) expect((await measure(inputs)).outputs['report-dir']).toBe(join(root, `leg-${i + 1}`));
    const statuses = api.statuses.length;
    const merged = await publish(
      (dir) => legs.forEach((leg) => cpSync(leg['report-dir'], join(dir, leg['report-dir'].split('/').pop()!), { recursive: true })),
      {
        mode: 'merge',
        'report-dir': 'py-perf-guard-report/leg-1\npy-perf-guard-report/leg-2',
      },
    );
    expect(merged.code).toBe(1);
    expect(merged.outputs.verdict).toBe('regression');
    expect(merged.outputs.regressions).toBe('1');
    // the same as the one job that measured everything (beforeAll's run)
    expect({ verdict: merged.outputs.verdict, regressions: merged.outputs.regressions }).toEqual({
      verdict: measured.outputs.verdict,
      regressions: measured.outputs.regressions,
    });
    expect(ours().at(-1)!.body).toContain('doubled');
    expect(api.statuses.slice(statuses)).toEqual([expect.objectContaining({ sha: shas.head, state: 'failure', context: 'py-perf-guard' })]);
    const twice = await publish(
      (dir) => {
        cpSync(folder, join(dir, 'leg-1'), { recursive: true });
        cpSync(folder, join(dir, 'leg-2'), { recursive: true });
      },
      { 'report-dir': 'py-perf-guard-report/leg-1\npy-perf-guard-report/leg-2' },
    );
    expect(twice.code).toBe(2);
    expect(twice.log).toMatch(/::error::.*doubled on 3\.12 .*was measured by/);
    const missing = await publish(undefined, { 'report-dir': 'not-downloaded' });
    expect(missing.code).toBe(2);
    expect(missing.log).toContain(`::error::input 'report-dir' is "not-downloaded": expected a folder that exists`);
  }, 300_000);
});

describe('mode: auto on a fork PR', () => {
  it('makes no comment call, says in a notice how to add the comment workflow, and keeps the verdict', async () => {
    const before = api.requests.length;
    const run = await measure({ 'comment-key': 'auto' });
    expect(api.requests.slice(before)).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('regression');
    expect(run.summary).toContain('doubled');
    expect(run.log).toContain('::notice::PR from the fork mallory/calc: its token cannot write comments, so py-perf-guard did not try');
    // the YAML of the comment workflow, in the notice (the runner's command syntax escapes newlines as %0A)
    expect(run.log).toMatch(/workflow_run:%0A {8}workflows: \["Benchmarks"\]%0A {8}types: \[completed\]/);
    expect(run.log).toMatch(/mode: comment%0A {14}report-dir: py-perf-guard-report/);
    expect(existsSync(join(run.outputs['report-dir'], 'event.json'))).toBe(true);
  }, 300_000);
});
