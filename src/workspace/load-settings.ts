// Phase 1: the inputs (through Io) and the project's [tool.py-perf-guard] table → Settings.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseConfig, SETTING_NAMES } from '../config/parse-settings.js';
import { type Io, type ShellDeps } from '../io/seam.js';
import { type Settings } from '../model/settings.js';
import { parse as parseToml } from 'smol-toml';

function readPyprojectTable(dir: string, io: Io): Record<string, unknown> | undefined {
  const path = join(dir, 'pyproject.toml');
  if (!existsSync(path)) return undefined;
  try {
    const doc = parseToml(readFileSync(path, 'utf8')) as { tool?: Record<string, unknown> };
    return doc.tool?.['py-perf-guard'] as Record<string, unknown> | undefined;
  } catch (e) {
    io.warning(`pyproject.toml is not valid TOML, its [tool.py-perf-guard] table is ignored: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

export function loadSettings(deps: ShellDeps): Settings {
  const inputs: Record<string, string> = {};
  for (const name of SETTING_NAMES) inputs[name] = deps.io.getInput(name);
  const projectRoot = resolve(deps.workspace, inputs['working-directory'] || '.');
  return parseConfig(inputs, readPyprojectTable(projectRoot, deps.io));
}
