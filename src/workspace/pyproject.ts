// Reads a project's [tool.py-perf-guard] table from its pyproject.toml (I/O: one file).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { diffConfigTables } from '../config/config-changes.js';
import { describeTomlError } from '../config/toml.js';
import { type ConfigChange } from '../model/report.js';

/** `table` when the file has one; `error` (with line and column) when the file is not valid TOML. */
export interface PyprojectTable {
  table?: Record<string, unknown>;
  error?: string;
}

export function readPyprojectTable(projectDir: string): PyprojectTable {
  const path = join(projectDir, 'pyproject.toml');
  if (!existsSync(path)) return {};
  try {
    const doc = parseToml(readFileSync(path, 'utf8')) as { tool?: Record<string, unknown> };
    return { table: doc.tool?.['py-perf-guard'] as Record<string, unknown> | undefined };
  } catch (e) {
    return { error: describeTomlError(e) };
  }
}

/** The PR's changes to the table: base worktree's against the table this run's settings came from. */
export function pyprojectChanges(baseProjectDir: string, settingsProjectDir: string, givenInputs: ReadonlySet<string>): { changes: ConfigChange[]; warning?: string } {
  const base = readPyprojectTable(baseProjectDir);
  const head = readPyprojectTable(settingsProjectDir);
  const changes = diffConfigTables(base.table, head.table, givenInputs);
  return base.error ? { changes, warning: `base's pyproject.toml is not valid TOML (${base.error}): every [tool.py-perf-guard] key of head is listed as new` } : { changes };
}
