// Right after the worktrees exist, before any venv: the suites on both commits (suite-check.ts) and the
// PR's changes to [tool.py-perf-guard] (config-changes.ts). Throws ConfigError (exit 2) when a suite is on
// neither commit; logs broken suite files; returns the config changes for the report.
import { SETTING_NAMES } from '../config/parse-settings.js';
import { pyprojectChanges } from '../workspace/pyproject.js';
import { type Settings } from '../model/settings.js';
import { checkSuites, suiteProblems } from '../suites/suite-check.js';
import { type Side } from '../model/side.js';
import { type ConfigChange } from '../model/report.js';
import { type Io } from '../io/seam.js';

export function checkCheckouts(io: Io, settings: Settings, projectDirs: Record<Side, string>, settingsProjectDir: string): ConfigChange[] {
  const suites = suiteProblems(checkSuites(settings.suites, projectDirs), settings);
  if (suites.fatal) throw suites.fatal;
  for (const line of suites.broken) io.warning(line);
  const given = new Set<string>(SETTING_NAMES.filter((n) => io.getInput(n).trim()));
  const config = pyprojectChanges(projectDirs.base, settingsProjectDir, given);
  if (config.warning) io.warning(config.warning);
  if (config.changes.length) io.info(`the PR changes [tool.py-perf-guard]: ${config.changes.map((c) => c.key).join(', ')}`);
  return config.changes;
}
