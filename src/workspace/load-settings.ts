// Phase 1: the inputs (through Io) and the project's [tool.py-perf-guard] table → Settings.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseConfig, SETTING_NAMES } from '../config/parse-settings.js';
import { parseTomlFile } from '../config/toml.js';
import { type Io, type ShellDeps } from '../io/seam.js';
import { type Settings } from '../model/settings.js';

function readPyprojectTable(dir: string, io: Io): Record<string, unknown> | undefined {
  const path = join(dir, 'pyproject.toml');
  if (!existsSync(path)) return undefined;
  const parsed = parseTomlFile(readFileSync(path, 'utf8'), 'pyproject.toml');
  if ('error' in parsed) {
    io.warning(`${parsed.error}; its [tool.py-perf-guard] table is ignored`);
    return undefined;
  }
  return (parsed.doc.tool as Record<string, unknown> | undefined)?.['py-perf-guard'] as Record<string, unknown> | undefined;
}

export function loadSettings(deps: ShellDeps): Settings {
  const inputs: Record<string, string> = {};
  for (const name of SETTING_NAMES) inputs[name] = deps.io.getInput(name);
  const projectRoot = resolve(deps.workspace, inputs['working-directory'] || '.');
  return parseConfig(inputs, readPyprojectTable(projectRoot, deps.io));
}
