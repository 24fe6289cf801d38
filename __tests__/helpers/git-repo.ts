// Real git repositories in temp folders for the integration and end-to-end tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEMO = join(REPO_ROOT, 'fixtures', 'demo');

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();
}

export function tempDir(prefix = 'ppg-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes files (path → content) below dir. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** A repository whose first commit holds `base` files and second commit adds/overwrites `head` files. */
export function makeRepo(dir: string, base: Record<string, string>, head: Record<string, string>): { base: string; head: string } {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  writeFiles(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  return { base: baseSha, head: git(dir, 'rev-parse', 'HEAD') };
}

/** The demo project (fixtures/demo) as a two-commit repository. */
export function makeDemoRepo(dir: string): { base: string; head: string } {
  execFileSync('bash', [join(DEMO, 'make-demo-repo.sh'), dir], { env: GIT_ENV });
  return { base: git(dir, 'rev-parse', 'HEAD^'), head: git(dir, 'rev-parse', 'HEAD') };
}

export function copyDir(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}
