// A run killed outright (SIGKILL, a runner that lost power) leaves its worktrees registered in the repository.
// At start: forget those whose py-perf-guard temp folder is gone, so that they neither pile up nor block
// `git worktree add` on the same path.
import { existsSync } from 'node:fs';
import { type Git } from './git.js';

/** Worktree paths from `git worktree list --porcelain` that a py-perf-guard run made and that no longer exist. Pure but for existsSync. */
export function staleRunWorktrees(porcelain: string, exists: (path: string) => boolean = existsSync): string[] {
  return porcelain
    .split('\n')
    .filter((l) => l.startsWith('worktree '))
    .map((l) => l.slice('worktree '.length))
    .filter((p) => /[\\/]py-perf-guard-[^\\/]+[\\/](base|head)$/.test(p) && !exists(p));
}

export async function pruneStaleWorktrees(git: Git, log: (line: string) => void): Promise<void> {
  const list = await git.tryExec(['worktree', 'list', '--porcelain']);
  const stale = list ? staleRunWorktrees(list) : [];
  if (!stale.length) return;
  await git.tryExec(['worktree', 'prune']);
  log(`pruned ${stale.length} stale worktree(s) left by an earlier, killed run: ${stale.join(', ')}`);
}
