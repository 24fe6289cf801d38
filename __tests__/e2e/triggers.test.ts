// dist/index.js under pull_request_target: never the base branch as "the PR's result", never the PR's code
// with a write token unless trust-pr-code says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { runDist } from '../helpers/run-dist.js';

const SUITE = `[defaults]\nsetup = "import calc"\n\n[[benchmark]]\nname = "work"\nstmt = "calc.work(500)"\n`;
const CALC = 'def work(n):\n    return sum(i * i for i in range(n))\n';

let root: string;
let repo: string;
let shas: { base: string; head: string };
const inputs = { suites: 'timeit: bench/micro.toml', interpreters: '3.12', install: 'none', 'min-rounds': '3', 'max-rounds': '3', threshold: '900%', comment: 'never', 'github-token': 'ghs_notUsedHere1234567890' };

beforeAll(() => {
  root = tempDir();
  repo = join(root, 'project');
  // base: an older commit, then the base branch's tip (what pull_request_target checks out); head: the PR
  shas = makeRepo(repo, { 'calc.py': CALC, 'bench/micro.toml': SUITE, 'README': 'v1\n' }, { 'README': 'v2\n' });
});
afterAll(() => removeDir(root));

const event = () => ({ number: 7, pull_request: { number: 7, base: { sha: shas.base, ref: 'main' }, head: { sha: shas.head, ref: 'feature' } }, repository: { full_name: 'octo/calc' } });
const target = (checkout: string, extra: Record<string, string> = {}) => {
  git(repo, 'checkout', '-q', '--detach', checkout);
  return runDist({ workspace: repo, temp: root, eventName: 'pull_request_target', event: event(), inputs: { ...inputs, ...extra }, env: { GITHUB_SHA: shas.base } });
};

describe('dist/index.js on pull_request_target', () => {
  it('exits 2 on the default checkout (the base branch), saying what to check out', async () => {
    const run = await target(shas.base);
    expect(run.code).toBe(2);
    expect(run.log).toContain(`::error::on pull_request_target the checkout (${shas.base.slice(0, 12)}) is neither PR #7's head ${shas.head.slice(0, 12)} nor GitHub's merge of it`);
    expect(run.log).toContain('actions/checkout `ref: ${{ github.event.pull_request.head.sha }}`');
    expect(run.outputs.verdict).toBe('error');
    expect(run.log).not.toContain('Set up 3.12');
  }, 120_000);

  it("exits 2 on the PR's head without trust-pr-code, explaining the risk", async () => {
    const run = await target(shas.head);
    expect(run.code).toBe(2);
    expect(run.log).toContain(`::error::on pull_request_target the checkout is PR #7's code (its head ${shas.head.slice(0, 12)})`);
    expect(run.log).toMatch(/write token and the repository's secrets.*run on pull_request instead.*input 'trust-pr-code'/);
    expect(run.log).not.toContain('Set up 3.12');
  }, 120_000);

  it("runs the PR's head with trust-pr-code: true, warning that it does", async () => {
    const run = await target(shas.head, { 'trust-pr-code': 'true' });
    expect(run.log).toContain('::warning::on pull_request_target the checkout is PR #7');
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    expect(report).toMatchObject({ base: { sha: shas.base }, head: { sha: shas.head } });
    expect(report.benchmarks).toEqual([expect.objectContaining({ name: 'work', ratio: expect.any(Number) })]);
  }, 300_000);
});
