// Phase 1: the inputs (through Io) and the project's [tool.py-perf-guard] table → Settings. An invalid
// pyproject.toml stops the run (exit 2): ignoring it would run with settings the project did not choose.
import { join, resolve } from 'node:path';
import { parseConfig, SETTING_NAMES, WORKFLOW_ONLY_NAMES } from '../config/parse-settings.js';
import { type ShellDeps } from '../io/seam.js';
import { EnvironmentError } from '../model/errors.js';
import { type Settings } from '../model/settings.js';
import { readPyprojectTable } from './pyproject.js';

export function loadSettings(deps: ShellDeps): Settings {
  const inputs: Record<string, string> = {};
  for (const name of [...SETTING_NAMES, ...WORKFLOW_ONLY_NAMES]) inputs[name] = deps.io.getInput(name);
  const projectRoot = resolve(deps.workspace, inputs['working-directory'] || '.');
  const pyproject = readPyprojectTable(projectRoot);
  if (pyproject.error) {
    throw new EnvironmentError(`${join(inputs['working-directory'] || '.', 'pyproject.toml')} is not valid TOML (${pyproject.error}): fix it, py-perf-guard reads its [tool.py-perf-guard] table`);
  }
  return parseConfig(inputs, pyproject.table);
}
