// The real bundle (dist/index.js) annotates the line of a regression: the project's function whose own time
// grew most under cProfile, with its path from the repository root (the project sits in a subfolder here),
// never a stdlib or builtin function, whose time grew too.
import { join } from 'node:path';
import { makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { pullRequestEvent, runDist } from '../helpers/run-dist.js';

const calc = (n: number) =>
  `# calc: the work a benchmark times\ndef work(n):\n    total = 0\n    for i in range(n):\n        total += i * i\n    return total\n\n\n` +
  `def doubled():\n    import json\n    json.dumps(list(range(${n / 20})))\n    return work(${n})\n`;
const SUITE = `[defaults]\nsetup = "import calc"\n\n[[benchmark]]\nname = "doubled"\nstmt = "calc.doubled()"\n`;

let root: string;

beforeAll(() => {
  root = tempDir();
});
afterAll(() => removeDir(root));

it('puts an error annotation on the slowed function, path from the repository root', async () => {
  const repo = join(root, 'repo');
  // head does 5× the work: far beyond the 20% threshold even on a loaded machine
  const shas = makeRepo(repo, { 'proj/calc.py': calc(2000), 'proj/bench/micro.toml': SUITE }, { 'proj/calc.py': calc(10000) });
  const run = await runDist({
    workspace: repo,
    temp: root,
    eventName: 'pull_request',
    event: pullRequestEvent(shas),
    inputs: {
      suites: 'timeit: bench/micro.toml',
      'working-directory': 'proj',
      interpreters: '3.12',
      install: 'none',
      'min-rounds': '8',
      'max-rounds': '20',
      threshold: '20%',
      comment: 'never',
      'github-token': 'ghs_unused',
    },
    env: { GITHUB_SHA: shas.head },
  });
  expect(run.code).toBe(1);
  // @actions/core escapes % as %25 in a command's message (the runner shows %)
  const annotations = run.log.match(/^::error title=.*$/gm) ?? [];
  expect(annotations).toHaveLength(1);
  expect(annotations[0]).toMatch(
    /^::error title=py-perf-guard%3A work got slower,file=proj\/calc\.py,line=2::doubled is \d+\.\d%25 slower on 3\.12 \(CI \+\d+\.\d%25 to /,
  );
  expect(run.log).toContain('::error::1 benchmark regressed: doubled on 3.12');
}, 600_000);
