// Comparing interpreters on the same code: on a PR that changes the project's Python (old → new), or for
// every interpreter against the first with `compare-interpreters`. The head commit runs on both; the
// "base" side of such a unit is the old (first) interpreter, the "head" side the new one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Geomean, geomeanOf } from './geomean.js';
import { detectUpgrade, VERSION_FILES, type PythonUpgrade, type VersionChange } from '../config/python-version-sources.js';
import { type InterpreterInfo } from '../report/json.js';
import { judge, type Comparison, type Row, type VerdictOptions } from './verdicts.js';

export interface CrossComparison {
  reason: 'upgrade' | 'compare-interpreters';
  from: InterpreterInfo;
  to: InterpreterInfo;
  /** Label of the measure units and rows: `3.11 → 3.12`. */
  label: string;
  changes?: VersionChange[];
  rows: Row[];
  geomean?: Geomean;
  /** Why the comparison could not run (an interpreter missing). */
  error?: string;
}

export function crossLabel(from: string, to: string): string {
  return `${from} → ${to}`;
}

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

/** Rows per cross comparison, judged as their own family (they don't dilute the PR's own FDR control). */
export function judgeCrossComparisons(cross: CrossComparison[], comparisons: Comparison[], options: VerdictOptions): CrossComparison[] {
  return cross.map((c) => {
    const rows = judge(comparisons.filter((x) => x.interpreter === c.label), options);
    return { ...c, rows, geomean: geomeanOf(rows, 1 - options.alpha) };
  });
}
