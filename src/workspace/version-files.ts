// The files in which a project declares its Python, read from the base and head worktrees, and the upgrade
// between them (config/python-version-sources.ts decides from the contents).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectUpgrade, VERSION_FILES, type PythonUpgrade } from '../config/python-version-sources.js';

/** The repository's version files as they are in one worktree (root, and the project folder if elsewhere). */
export function readVersionFiles(worktree: string, relProject: string): Map<string, string> {
  const files = new Map<string, string>();
  const read = (rel: string) => {
    const path = join(worktree, rel);
    if (existsSync(path)) files.set(rel, readFileSync(path, 'utf8'));
  };
  for (const dir of new Set(['', relProject])) for (const f of VERSION_FILES) read(dir ? `${dir}/${f}` : f);
  const workflows = join(worktree, '.github', 'workflows');
  if (existsSync(workflows)) for (const f of readdirSync(workflows).filter((n) => /\.ya?ml$/.test(n))) read(`.github/workflows/${f}`);
  return files;
}

export function detectUpgradeInWorktrees(baseTree: string, headTree: string, relProject: string): PythonUpgrade | null {
  return detectUpgrade(readVersionFiles(baseTree, relProject), readVersionFiles(headTree, relProject));
}
