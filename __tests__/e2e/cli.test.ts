// The real CLI bundle (dist/cli/index.js): without --json its report goes to a private folder it names,
// never to a fixed file in the shared temp folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collect, quickRunArgs } from '../helpers/cli-bundle.js';
import { makeRepo, REPO_ROOT, removeDir, tempDir } from '../helpers/git-repo.js';
import { pythonPath } from '../helpers/python.js';

const SUITE = `[[benchmark]]\nname = "sum"\nstmt = "sum(range(1000))"\n`;
let root: string;
let repo: string;
let sharedTmp: string;
beforeAll(() => {
  root = tempDir();
  repo = join(root, 'project');
  makeRepo(repo, { 'bench/micro.toml': SUITE }, { 'README.md': 'head\n' });
  sharedTmp = join(root, 'shared-tmp');
  mkdirSync(sharedTmp);
});
afterAll(() => removeDir(root));

function cli(args: string[]) {
  // TMPDIR stands for the machine's shared temp folder; no RUNNER_TEMP, as on a developer's machine.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: sharedTmp };
  return collect(process.execPath, [join(REPO_ROOT, 'dist', 'cli', 'index.js'), ...args], { cwd: repo, env });
}

const named = (stderr: string) => /^report: (.+)$/m.exec(stderr)?.[1];

describe('the CLI without --json', () => {
  it('writes its report into a private folder of its own and names it', async () => {
    const run = await cli(quickRunArgs(pythonPath('3.12')));
    expect(run.code).not.toBe(2);
    const path = named(run.stderr)!;
    expect(path).toMatch(new RegExp(`^${sharedTmp}/py-perf-guard-[^/]+/report\\.json$`));
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ schema: 1, benchmarks: [expect.objectContaining({ name: 'sum' })] });
    // nothing with a fixed name in the shared folder: only private folders
    for (const entry of readdirSync(sharedTmp)) expect(statSync(join(sharedTmp, entry)).isDirectory()).toBe(true);
  }, 300_000);

  it('on bad input (exit 2) still writes the report, with an error field, and names it', async () => {
    const run = await cli(['--suites', 'timeit: bench/micro.toml', '--threshold', 'lots']);
    expect(run.code).toBe(2);
    const path = named(run.stderr)!;
    expect(path.startsWith(`${sharedTmp}/py-perf-guard-`)).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ verdict: 'error', error: expect.stringContaining(`input 'threshold' is "lots"`) });
  }, 120_000);

  it('with --json writes exactly there', async () => {
    const out = join(root, 'mine.json');
    const run = await cli(['--suites', 'timeit: bench/micro.toml', '--threshold', 'lots', '--json', out]);
    expect(run.code).toBe(2);
    expect(named(run.stderr)).toBe(out);
    expect(existsSync(out)).toBe(true);
  }, 120_000);
});
