// `instructions: true` through the real bundle (dist/index.js) on CPython 3.11 and 3.13 under real valgrind:
// head adds ~1% instructions to one benchmark, too little for the timing threshold but caught by the counts;
// the untouched benchmark is not flagged. The rows' JSON, the output, the comment section and the exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { GitHubApiEmulator } from '../helpers/github-api.js';
import { pullRequestEvent, runDist } from '../helpers/run-dist.js';

const calc = (n: number) =>
  `def work(n):\n    total = 0\n    for i in range(n):\n        total += i * i\n    return total\n\n\ndef grows():\n    return work(${n})\n\n\ndef steady():\n    return sorted(range(300, 0, -1))\n`;
const SUITE = `[defaults]\nsetup = "import calc"\n\n[[benchmark]]\nname = "grows"\nstmt = "calc.grows()"\n\n[[benchmark]]\nname = "steady"\nstmt = "calc.steady()"\n`;

let root: string;
let api: GitHubApiEmulator;

beforeAll(async () => {
  root = tempDir();
  api = new GitHubApiEmulator('octo', 'calc', 7);
  await api.start();
});
afterAll(async () => {
  await api.stop();
  removeDir(root);
});

describe('dist/index.js with instructions: true', () => {
  it('blocks on the +1% instruction regression (exit 1, instruction-regressions 2: one per interpreter) while time sees none', async () => {
    const repo = join(root, 'project');
    const shas = makeRepo(repo, { 'calc.py': calc(2000), 'bench/micro.toml': SUITE }, { 'calc.py': calc(2020) });
    const summaryPath = join(root, 'summary.md');
    writeFileSync(summaryPath, '');
    const run = await runDist({
      workspace: repo,
      temp: root,
      eventName: 'pull_request',
      event: pullRequestEvent(shas),
      inputs: {
        suites: 'timeit: bench/micro.toml',
        interpreters: '3.11, 3.13',
        install: 'none',
        'min-rounds': '3',
        'max-rounds': '3',
        threshold: '50%', // time: a 1% change is far inside it; only the counts can see it
        profile: 'none',
        instructions: 'true',
        'instructions-threshold': '0.5%',
        'github-token': 'ghs_e2eInstructionsToken123',
      },
      env: { GITHUB_SHA: shas.head, GITHUB_API_URL: api.url, GITHUB_STEP_SUMMARY: summaryPath },
    });
    expect(run.log).toMatch(/Instruction counts/);
    expect(run.outputs).toMatchObject({ verdict: 'regression', regressions: '0', 'instruction-regressions': '2' });
    expect(run.code).toBe(1);
    expect(run.log).toMatch(/::error::2 benchmarks regressed: grows on 3\.11 \(1\.\d%25 more instructions per call\)/); // %25: the runner's escaping
    const report = JSON.parse(readFileSync(run.outputs['report-json'], 'utf8'));
    expect(report.settings.instructions).toEqual({ tool: 'callgrind', valgrind: expect.stringMatching(/^valgrind-3\./) });
    for (const interpreter of ['3.11', '3.13']) {
      const row = (name: string) => report.benchmarks.find((b: { name: string; interpreter: string }) => b.name === name && b.interpreter === interpreter);
      expect(row('grows').verdict).not.toBe('regression');
      expect(row('grows').instructions).toMatchObject({ verdict: 'regression', spread: 0 });
      expect(row('grows').instructions.ratio).toBeGreaterThan(1.007);
      expect(row('grows').instructions.ratio).toBeLessThan(1.013);
      expect(row('steady').instructions).toMatchObject({ verdict: 'unchanged' });
      expect(Math.abs(row('steady').instructions.ratio - 1)).toBeLessThan(0.002);
      expect(row('steady').instructions.base).toBeGreaterThan(10_000);
    }
    const [comment] = api.comments;
    expect(comment.body).toMatch(/#### Instruction counts \(callgrind, valgrind-3\.[\d.]+\): 2 regressions, 0 improved, 2 unchanged/);
    expect(comment.body).toMatch(/\| grows \(3\.11\) \| [\d.]+ [kM] → [\d.]+ [kM] \| \+1\.\d% \(1\.0\d+×\) \| regression \|/);
    expect(comment.body).not.toMatch(/\| steady \(3\.11\) \| [\d.]+ [kM] →/); // unchanged: only in the summary
    expect(readFileSync(summaryPath, 'utf8')).toMatch(/\| steady \(3\.11\) \| [\d.]+ [kM] → [\d.]+ [kM] \| .* \| unchanged \|/);
  }, 900_000);
});
