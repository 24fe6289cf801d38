// The real bundle (dist/index.js) in a runner-like environment, talking to a loopback GitHub API emulator.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOUBLED_INPUTS, makeDoubledRepo, WORK } from '../helpers/doubled-repo.js';
import { makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { GitHubApiEmulator } from '../helpers/github-api.js';
import { pullRequestEvent, runDist } from '../helpers/run-dist.js';

const TOKEN = 'ghs_e2eSecretToken1234567890';
// One benchmark: these tests are about the action's mechanics (comment, outputs, exit codes). Whether untouched
// benchmarks stay unflagged is a question of rounds, which the integration tests ask at 30 rounds; here, with 6,
// this machine's 1.7× slow phases once made an untouched benchmark "+29.7%".

let root: string;
let repo: string;
let shas: { base: string; head: string };
let api: GitHubApiEmulator;

beforeAll(async () => {
  root = tempDir();
  repo = join(root, 'project');
  // head makes `doubled` do twice the work (a 2× slowdown)
  shas = makeDoubledRepo(repo, 4000);
  api = new GitHubApiEmulator('octo', 'calc', 7);
  api.seed(120); // our comment lands on the second page of 100
  await api.start();
});
afterAll(async () => {
  await api.stop();
  removeDir(root);
});

interface Run {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

let runCount = 0;
interface Target {
  repo: string;
  shas: { base: string; head: string };
}

async function runAction(inputs: Record<string, string>, env: Record<string, string> = {}, target?: Target): Promise<Run> {
  const { repo: cwd, shas: commits } = target ?? { repo, shas };
  const summaryPath = join(root, `run-${++runCount}-summary.md`);
  writeFileSync(summaryPath, '');
  // Threshold 20%: the 2× slowdown here is far above it, chance differences of identical code at 6 rounds below it.
  const defaults = { ...DOUBLED_INPUTS, 'github-token': TOKEN };
  const r = await runDist({
    workspace: cwd,
    temp: root,
    eventName: 'pull_request',
    event: pullRequestEvent(commits),
    inputs: { ...defaults, ...inputs },
    env: { GITHUB_SHA: commits.head, GITHUB_API_URL: api.url, GITHUB_STEP_SUMMARY: summaryPath, ...env },
  });
  return { code: r.code, stdout: r.log, outputs: r.outputs, summary: readFileSync(summaryPath, 'utf8') };
}

const ours = () => api.comments.filter((c) => c.body.startsWith('<!-- py-perf-guard'));

describe('dist/index.js on a pull_request', () => {
  let first: Run;
  it('creates one comment, fails the check with exit 1, and writes outputs and the job summary', async () => {
    first = await runAction({});
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('::error::1 benchmark regressed: doubled on 3.12');
    expect(ours()).toHaveLength(1);
    const [comment] = ours();
    // No comment-key: the key is what tells matrix legs apart, as the workflow gives it (interpreters, suites).
    expect(comment.body).toMatch(/^<!-- py-perf-guard job=bench key=py_3\.12_suites_[0-9a-f]{8} -->\n❌/);
    expect(comment.body).toMatch(/\| doubled \| \+\d+\.\d% \(\+\d+\.\d% to \+\d+\.\d%\) \| regression \| [\d.]+ [µm]s → [\d.]+ [µm]s \|/);
    // the profile points at calc.py's work(), whose own time doubled: an annotation on its line, path from the repository root
    expect(first.stdout).toMatch(/^::error title=py-perf-guard%3A work got slower,file=calc\.py,line=1::doubled is \d+\.\d%25 slower on 3\.12/m);
    expect(first.stdout.match(/^::error title=/gm)).toHaveLength(1);
    expect(first.outputs).toMatchObject({ inconclusive: '0' });
    expect(first.summary).toContain('| Benchmark | Interpreter | Verdict | Change (95% CI) | p (adjusted) |');
    expect(first.outputs).toMatchObject({ verdict: 'regression', regressions: '1', failures: '0', 'comment-url': comment.html_url });
    const report = JSON.parse(readFileSync(first.outputs['report-json'], 'utf8'));
    expect(report).toMatchObject({ schema: 1, verdict: 'regression', head: { sha: shas.head }, base: { sha: shas.base } });
    expect(first.summary).toContain('py-perf-guard: performance regression');
    expect(first.summary).not.toContain('<!-- py-perf-guard');
    expect(api.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual(expect.arrayContaining([expect.stringContaining('page=2')]));
    expect(api.requests.find((r) => r.method === 'POST')?.authorization).toBe(`token ${TOKEN}`);
    // The token reaches the log only inside the runner's own masking command, which the runner never prints.
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(first.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  }, 300_000);

  it('edits the same comment on the next run instead of adding one', async () => {
    const before = api.requests.length;
    const second = await runAction({});
    expect(second.code).toBe(1);
    expect(ours()).toHaveLength(1);
    const writes = api.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(writes).toEqual([expect.objectContaining({ method: 'PATCH', path: `/repos/octo/calc/issues/comments/${ours()[0].id}` })]);
    expect(second.outputs['comment-url']).toBe(ours()[0].html_url);
  }, 300_000);

  it('keeps a separate comment for another comment-key (a matrix leg)', async () => {
    const leg = await runAction({ 'comment-key': 'py312-leg' });
    expect(leg.code).toBe(1);
    expect(ours()).toHaveLength(2);
    expect(ours()[1].body.startsWith('<!-- py-perf-guard job=bench key=py312-leg -->')).toBe(true);
  }, 300_000);

  // Two rounds: these runs are about whose comment is edited, not the verdict.
  const quick = { 'min-rounds': '2', 'max-rounds': '2' };

  it("leaves another user's comment carrying our marker untouched, posts its own, and edits its own next time", async () => {
    const marker = '<!-- py-perf-guard job=bench key=foreign -->';
    const planted = api.add(`${marker}\n✅ **py-perf-guard: no performance regression** (written by the PR author)`, { login: 'mallory', type: 'User' });
    const plantedBody = planted.body;
    const before = api.requests.length;
    const firstRun = await runAction({ ...quick, 'comment-key': 'foreign' });
    const mine = () => api.comments.filter((c) => c.body.startsWith(marker) && c.id !== planted.id);
    expect(planted.body).toBe(plantedBody);
    expect(mine()).toHaveLength(1);
    expect(mine()[0].user).toEqual({ login: 'github-actions[bot]', type: 'Bot' });
    expect(firstRun.outputs['comment-url']).toBe(mine()[0].html_url);
    expect(api.requests.slice(before).some((r) => r.method === 'GET' && r.path === '/user')).toBe(true);
    const again = api.requests.length;
    await runAction({ ...quick, 'comment-key': 'foreign' });
    expect(api.requests.slice(again).filter((r) => r.method !== 'GET')).toEqual([
      expect.objectContaining({ method: 'PATCH', path: `/repos/octo/calc/issues/comments/${mine()[0].id}` }),
    ]);
    expect(planted.body).toBe(plantedBody);
    expect(mine()).toHaveLength(1);
  }, 300_000);

  it("with a personal access token edits that user's marker comment and not github-actions[bot]'s", async () => {
    const pat = 'ghp_e2ePersonalAccessToken0123456789';
    api.users[pat] = { login: 'perf-bot', type: 'User' };
    const marker = '<!-- py-perf-guard job=bench key=pat -->';
    const botCopy = api.add(`${marker}\nfrom another workflow`, { login: 'github-actions[bot]', type: 'Bot' });
    const own = api.add(`${marker}\nan earlier run`, { login: 'perf-bot', type: 'User' });
    const before = api.requests.length;
    const run = await runAction({ ...quick, 'comment-key': 'pat', 'github-token': pat });
    expect(api.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([
      expect.objectContaining({ method: 'PATCH', path: `/repos/octo/calc/issues/comments/${own.id}` }),
    ]);
    expect(botCopy.body).toBe(`${marker}\nfrom another workflow`);
    expect(own.body).toContain('py-perf-guard:');
    expect(run.outputs['comment-url']).toBe(own.html_url);
  }, 300_000);

  it('with a read-only token (403) warns, still writes the summary and outputs, and exits by verdict', async () => {
    api.denyWritesWith = 403;
    try {
      const denied = await runAction({ 'comment-key': 'fork' });
      expect(denied.code).toBe(1);
      expect(denied.stdout).toMatch(/::warning::the token may not write PR comments \(HTTP 403/);
      expect(denied.summary).toContain('doubled');
      expect(denied.outputs.verdict).toBe('regression');
      expect(denied.outputs['comment-url']).toBeUndefined();
    } finally {
      api.denyWritesWith = undefined;
    }
  }, 300_000);

  it('exits 0 on a regression with fail-on-regression: false', async () => {
    const run = await runAction({ 'fail-on-regression': 'false', comment: 'never' });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('regression');
    expect(run.stdout).toContain('::warning::1 benchmark regressed');
  }, 300_000);

  it('passes, and comments nothing under comment: on-regression, when no change reaches the threshold', async () => {
    const before = api.comments.length;
    const run = await runAction({ threshold: '500%', comment: 'on-regression', 'comment-key': 'quiet' });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(api.comments.length).toBe(before);
  }, 300_000);

  it.each([
    [{ threshold: 'five percent' }, `input 'threshold' is "five percent": expected a percentage such as 5%`],
    [{ suites: 'pytest: bench/' }, `input 'suites' is "pytest: bench/"`],
    [{ base: 'no-such-ref' }, `input 'base' is "no-such-ref"`],
    [{ interpreters: '/nonexistent/python3' }, 'no interpreter usable'],
  ])(
    'exits 2 on bad input %p, naming it, with verdict error, report-json and a report that says why',
    async (inputs, message) => {
      const run = await runAction(inputs);
      expect(run.code).toBe(2);
      expect(run.stdout).toContain(`::error::${message}`);
      expect(run.outputs.verdict).toBe('error');
      expect(run.outputs['report-json']).toBe(join(root, 'py-perf-guard-report-bench.json'));
      const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
      expect(report).toMatchObject({ schema: 1, verdict: 'error', error: expect.stringContaining(message), benchmarks: [] });
      expect(run.summary).toContain('py-perf-guard could not run');
    },
    120_000,
  );
});

describe('dist/index.js on a PR that upgrades Python', () => {
  // `versioned` does twice the work on 3.12 as on 3.11, so the upgrade makes it 2× slower whatever the machine.
  const calc = `import sys\n${WORK}\ndef versioned():\n    return work(4000 if sys.version_info >= (3, 12) else 2000)\n\ndef same():\n    return work(2000)\n`;
  const suite = `[defaults]\nsetup = "import calc"\n\n[[benchmark]]\nname = "versioned"\nstmt = "calc.versioned()"\n\n[[benchmark]]\nname = "same"\nstmt = "calc.same()"\n`;
  const workflow = (v: string) =>
    `on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-python@v6\n        with:\n          python-version: "${v}"\n`;
  let bump: Target;
  let workflowBump: Target;
  beforeAll(() => {
    const files = { 'calc.py': calc, 'bench/micro.toml': suite };
    bump = { repo: join(root, 'bump'), shas: { base: '', head: '' } };
    bump.shas = makeRepo(bump.repo, { ...files, '.python-version': '3.11\n' }, { '.python-version': '3.12\n' });
    workflowBump = { repo: join(root, 'workflow-bump'), shas: { base: '', head: '' } };
    workflowBump.shas = makeRepo(
      workflowBump.repo,
      { ...files, '.github/workflows/ci.yml': workflow('3.11') },
      { '.github/workflows/ci.yml': workflow('3.12') },
    );
  });
  // 40%: `versioned` is 2× slower across the upgrade (the tests check > 1.5×); identical code on base and head,
  // and `same` across the interpreters, stay well below it even in this machine's slow phases.
  const upgradeInputs = { interpreters: 'auto', 'comment-key': 'upgrade', threshold: '40%' };

  it('detects .python-version 3.11 → 3.12, compares the interpreters on head and reports it without failing', async () => {
    const run = await runAction(upgradeInputs, {}, bump);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    expect(report.interpreters).toEqual([expect.objectContaining({ spec: '3.12', version: '3.12.1' })]);
    expect(report.upgrade).toMatchObject({
      from: { spec: '3.11', implementation: 'CPython' },
      to: { spec: '3.12', version: '3.12.1' },
      detected: [{ source: '.python-version', old: '3.11', new: '3.12' }],
    });
    const byName = Object.fromEntries(report.upgrade.benchmarks.map((b: any) => [b.name, b]));
    expect(byName.versioned).toMatchObject({ verdict: 'regression', interpreter: '3.11 → 3.12' });
    expect(byName.versioned.ratio).toBeGreaterThan(1.5);
    expect(report.upgrade.geomean.ratio).toBeGreaterThan(1);
    const comment = api.comments.find((c) => c.body.startsWith('<!-- py-perf-guard job=bench key=upgrade -->'))!;
    // `same` may differ too: the two interpreters are different builds (Debian's 3.11 is PGO-optimised)
    expect(comment.body).toMatch(
      /\*\*Interpreter upgrade 3\.11 → 3\.12:\*\* this project runs [\d.]+× slower \(geometric mean, [\d.]+–[\d.]+×\); [12] benchmarks? slower\./,
    );
    expect(comment.body).toContain('#### Interpreter upgrade 3.11 → 3.12');
    expect(comment.body).toContain('Detected in .python-version (3.11 → 3.12).');
  }, 300_000);

  it('fails the check on the upgrade slowdown with fail-on-upgrade-regression: true', async () => {
    const run = await runAction({ ...upgradeInputs, 'fail-on-upgrade-regression': 'true' }, {}, bump);
    expect(run.code).toBe(1);
    // the runner's command syntax escapes % as %25
    expect(run.stdout).toMatch(/::error::the interpreter upgrade slows [12] benchmarks?: .*versioned \([\d.]+%25 slower on 3\.11 → 3\.12\)/);
  }, 300_000);

  it('detects a setup-python bump in a workflow file', async () => {
    const run = await runAction({ ...upgradeInputs, interpreters: '3.12', comment: 'never' }, {}, workflowBump);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    expect(report.upgrade.detected).toEqual([{ source: '.github/workflows/ci.yml (python-version)', old: '3.11', new: '3.12' }]);
    expect(report.upgrade.benchmarks.find((b: any) => b.name === 'versioned').verdict).toBe('regression');
  }, 300_000);

  it('compares every interpreter with the first under compare-interpreters: true', async () => {
    const run = await runAction({ interpreters: '3.11, 3.12', 'compare-interpreters': 'true', comment: 'never', threshold: '40%' }, {}, workflowBump);
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    expect(report.upgrade).toBeNull();
    expect(report.interpreter_comparisons).toHaveLength(1);
    expect(report.interpreter_comparisons[0]).toMatchObject({ from: { spec: '3.11' }, to: { spec: '3.12' } });
    expect(report.interpreter_comparisons[0].benchmarks.find((b: any) => b.name === 'versioned').verdict).toBe('regression');
    expect(run.code).toBe(0);
  }, 300_000);
});
