// The CLI as users run it: bundled from this source with ncc (into a test's own folder, so dist/ stays as
// committed), spawned as a child with its output collected.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './git-repo.js';

/** Bundles src/cli.ts into `dir`/bundle; returns the path of its index.js. */
export function buildCliBundle(dir: string): string {
  const out = join(dir, 'bundle');
  execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'ncc'), ['build', 'src/cli.ts', '-o', out, '-q'], { cwd: REPO_ROOT });
  return join(out, 'index.js');
}

export interface Collected {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end and collects what it wrote. */
export async function collect(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Collected> {
  const child = spawn(command, args, options);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

/** Options of a short real run: one timeit suite on CPython 3.12, no install, 2 rounds, a threshold nothing crosses. */
export function quickRunArgs(python: string, suite = 'timeit: bench/micro.toml'): string[] {
  return [
    '--suites',
    suite,
    '--interpreters',
    python,
    '--install',
    'none',
    '--method',
    'rounds',
    '--min-rounds',
    '2',
    '--max-rounds',
    '2',
    '--threshold',
    '50%',
  ];
}
