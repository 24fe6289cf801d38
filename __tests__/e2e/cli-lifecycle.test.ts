// The real CLI bundle, built from this source. A cancelled run (SIGTERM from the runner, Ctrl-C on the CLI)
// is stopped in the middle of its rounds and must leave no process, worktree or temp folder behind; on
// Windows it refuses to start.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCliBundle } from '../helpers/cli-bundle.js';
import { git, makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { pythonPath } from '../helpers/python.js';

// Each round of this suite sleeps 5 × 0.4 s per side: the signal always lands mid-round.
const SUITE = `[defaults]\nsetup = "import time"\n\n[[benchmark]]\nname = "nap"\nstmt = "time.sleep(0.4)"\nnumber = 1\n`;

let root: string;
let cli: string;
beforeAll(() => {
  root = tempDir();
  cli = buildCliBundle(root);
}, 180_000);
afterAll(() => removeDir(root));

function ourProcesses(marker: string): string {
  try {
    return execFileSync('pgrep', ['-af', marker], { encoding: 'utf8' }).trim();
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
}

async function runAndSignal(name: string, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; repo: string; temp: string }> {
  const repo = join(root, name);
  makeRepo(repo, { 'bench/nap.toml': SUITE, 'x.py': 'x = 1\n' }, { 'x.py': 'x = 2\n' });
  const temp = join(root, `${name}-temp`);
  mkdirSync(temp);
  const child = spawn(
    process.execPath,
    [
      cli,
      '--suites',
      'timeit: bench/nap.toml',
      '--interpreters',
      pythonPath('3.12'),
      '--install',
      'none',
      '--method',
      'rounds',
      '--min-rounds',
      '50',
      '--max-rounds',
      '50',
    ],
    {
      cwd: repo,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: temp, TMPDIR: temp },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => {
    let sent = false;
    const poll = setInterval(() => {
      if (!sent && stderr.includes('== Benchmark rounds')) {
        sent = true;
        setTimeout(() => child.kill(signal), 1500);
      }
    }, 100);
    child.on('exit', (c) => {
      clearInterval(poll);
      resolve(c);
    });
  });
  return { code, stderr, repo, temp };
}

describe('the CLI stopped by a signal', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    'on %s exits %i and leaves no worktree, temp folder or benchmark process',
    async (signal, exitCode) => {
      const r = await runAndSignal(`repo-${signal}`, signal);
      expect(r.stderr).toContain(`${signal} received`);
      expect(r.code).toBe(exitCode);
      expect(
        git(r.repo, 'worktree', 'list', '--porcelain')
          .split('\n')
          .filter((l) => l.startsWith('worktree ')),
      ).toEqual([`worktree ${r.repo}`]);
      expect(readdirSync(r.temp).filter((f) => f.startsWith('py-perf-guard-'))).toEqual([]);
      expect(ourProcesses(r.temp)).toBe('');
      expect(existsSync(r.repo)).toBe(true);
    },
    120_000,
  );
});

describe('the CLI on Windows', () => {
  it('exits 2 at once, naming the supported runners', () => {
    const repo = join(root, 'repo-win');
    makeRepo(repo, { 'a.py': '1\n' }, { 'a.py': '2\n' });
    const asWindows = 'data:text/javascript,Object.defineProperty(process,"platform",{value:"win32"})';
    const r = spawnSync(process.execPath, ['--import', asWindows, cli, '--suites', 'timeit: bench.toml'], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('py-perf-guard runs on Linux and macOS runners only');
    expect(r.stderr).toContain('runs-on: ubuntu-latest');
  });
});
