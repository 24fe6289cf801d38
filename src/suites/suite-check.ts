// Every suite checked in both worktrees right after checkout, before any venv: a suite path that exists on
// neither side is a configuration error (exit 2); a suite file broken on one side is logged here, and its rows
// fail on that side (measure.ts: on head they block, on base only they are reported).
import { type Settings, type SuiteSpec } from '../model/settings.js';
import { prepareSuite } from './registry.js';
import { type Side } from '../model/side.js';
import { ConfigError } from '../model/errors.js';
import { type PreparedSuite } from './driver.js';

export interface SuiteCheck {
  suite: SuiteSpec;
  sides: Record<Side, PreparedSuite>;
}

export interface SuiteProblems {
  /** Exit 2: nothing this suite names exists on either commit. */
  fatal?: ConfigError;
  /** One line per suite file broken on a side, for the log. */
  broken: string[];
}

/** Reads and parses each suite in each worktree (I/O: the files). */
export function checkSuites(suites: readonly SuiteSpec[], projectDirs: Record<Side, string>): SuiteCheck[] {
  return suites.map((suite) => ({ suite, sides: { base: prepareSuite(suite, projectDirs.base), head: prepareSuite(suite, projectDirs.head) } }));
}

/** Pure: what the checks mean for the run. */
export function suiteProblems(checks: readonly SuiteCheck[], settings: Pick<Settings, 'workingDirectory' | 'suitesSource'>): SuiteProblems {
  const missing = (p: PreparedSuite) => 'missing' in p;
  const gone = checks.find((c) => missing(c.sides.base) && missing(c.sides.head));
  const fatal = gone
    ? new ConfigError(settings.suitesSource, gone.suite.path, `a suite that exists on base or head, relative to working-directory ${JSON.stringify(settings.workingDirectory)} (it is on neither)`)
    : undefined;
  const broken: string[] = [];
  for (const c of checks) {
    for (const side of ['head', 'base'] as Side[]) {
      const p = c.sides[side];
      if ('error' in p) broken.push(`suite ${c.suite.path} is broken on ${side}${side === 'head' ? ' (its benchmarks fail on head)' : ' (reported, not blocking)'}: ${p.error}`);
    }
  }
  return { fatal, broken };
}
