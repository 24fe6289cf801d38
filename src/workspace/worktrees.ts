// The base and head checkouts side by side (git worktrees) in one temporary folder, removed after the run.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { addCleanup, releaseCleanup, removeWorkspaceSync } from '../io/lifecycle.js';
import { SIDES, type Side } from '../model/side.js';
import { type ResolvedCommits } from './commits.js';
import { type Git } from './git.js';

export interface Workspace {
  /** The run's temporary folder: worktrees, venvs, harness, scratch. */
  dir: string;
  /** The Python project inside each side's worktree. */
  projectDirs: Record<Side, string>;
  /** Worktree roots, base then head. */
  worktrees: string[];
}

export async function createWorktrees(git: Git, commits: ResolvedCommits, relProject: string, baseTemp: string): Promise<Workspace> {
  const dir = mkdtempSync(join(baseTemp, 'py-perf-guard-'));
  // A cancelled run (SIGINT/SIGTERM) removes the worktrees too (lifecycle.ts).
  addCleanup(dir, () => removeWorkspaceSync(git.cwd, dir));
  const worktrees: string[] = [];
  const projectDirs = {} as Record<Side, string>;
  for (const side of SIDES) {
    const tree = join(dir, side);
    await git.addWorktree(tree, commits[side].sha);
    worktrees.push(tree);
    projectDirs[side] = join(tree, relProject);
  }
  return { dir, projectDirs, worktrees };
}

export async function removeWorktrees(git: Git, ws: Workspace): Promise<void> {
  for (const tree of ws.worktrees) await git.removeWorktree(tree);
  rmSync(ws.dir, { recursive: true, force: true });
  releaseCleanup(ws.dir);
}
