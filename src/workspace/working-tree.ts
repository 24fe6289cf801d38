// `head: WORKTREE`: the working tree as it is (uncommitted changes and untracked files that are not ignored)
// as a commit object of its own, so that it can be checked out beside base like any commit. The user's index,
// stash, refs and files are not touched: a temporary index starts from HEAD's tree, takes `git add -A`, and
// becomes a tree and an unreferenced commit on top of HEAD (git's gc removes it in time).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentError } from '../model/errors.js';
import { type Git } from './git.js';

export const WORKTREE = 'WORKTREE';

export interface WorkingTreeCommit {
  sha: string;
  /** The commit it sits on (HEAD). */
  parent: string;
  /** How the report names head. */
  ref: string;
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'py-perf-guard',
  GIT_AUTHOR_EMAIL: 'py-perf-guard@localhost',
  GIT_COMMITTER_NAME: 'py-perf-guard',
  GIT_COMMITTER_EMAIL: 'py-perf-guard@localhost',
};

export async function commitWorkingTree(git: Git, tempDir = tmpdir()): Promise<WorkingTreeCommit> {
  const parent = await git.resolveCommit('HEAD');
  if (!parent)
    throw new EnvironmentError(`input 'head' is "${WORKTREE}": expected a repository with a commit to compare the working tree against (HEAD has none yet)`);
  const dir = mkdtempSync(join(tempDir, 'py-perf-guard-index-'));
  try {
    const staged = git.withEnv({ GIT_INDEX_FILE: join(dir, 'index'), ...IDENTITY });
    const top = await git.topLevel();
    await staged.exec(['read-tree', parent]);
    // From the top, so the whole tree is taken whatever folder the project is in; ignored files stay out.
    await staged.exec(['-C', top, 'add', '-A', '--', '.']);
    const tree = await staged.exec(['write-tree']);
    const sha = await staged.exec(['commit-tree', tree, '-p', parent, '-m', 'py-perf-guard: the working tree (uncommitted)']);
    return { sha, parent, ref: `working tree (uncommitted) on top of ${parent.slice(0, 12)}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
