// The run, phase by phase: settings → commits → worktrees → interpreters → environments and units →
// rounds → verdicts → explanations → report → publishing → outcome. Everything outside comes in through
// ShellDeps (io/seam.ts), so the action, the CLI and the tests share this one path.
import { tmpdir } from 'node:os';
import { relative, resolve } from 'node:path';
import { type ShellDeps } from './io/seam.js';
import { judgeInterpreterComparisons } from './judge/interpreter-comparison.js';
import { decideOutcome, outcomeOfRunError, type Outcome } from './judge/outcome.js';
import { judge } from './judge/verdicts.js';
import { explainRows } from './measure/explain.js';
import { runRounds } from './measure/rounds.js';
import { roundsLogger } from './measure/rounds-log.js';
import { buildCrossUnits, buildUnits, planCross } from './measure/units.js';
import { RunError, EnvironmentError } from './model/errors.js';
import { type Report } from './model/report.js';
import { buildReport } from './report/json.js';
import { defaultReportPath, publish } from './report/publish.js';
import { runSuiteRound } from './suites/registry.js';
import { resolveCommits } from './workspace/commits.js';
import { findInterpreters } from './workspace/find-interpreters.js';
import { Git } from './workspace/git.js';
import { readEvent } from './workspace/github-event.js';
import { loadSettings } from './workspace/load-settings.js';
import { createWorktrees, removeWorktrees, type Workspace } from './workspace/worktrees.js';

export interface ShellResult {
  exitCode: Outcome['exitCode'];
  /** One line for setFailed when exitCode ≠ 0. */
  message?: string;
  report?: Report;
}

export async function runShell(deps: ShellDeps): Promise<ShellResult> {
  const { io } = deps;
  const now = deps.now ?? Date.now;
  const token = io.getInput('github-token');
  if (token) io.setSecret(token);
  let ws: Workspace | undefined;
  let git: Git | undefined;
  try {
    const settings = loadSettings(deps);
    const projectDir = resolve(deps.workspace, settings.workingDirectory);
    git = new Git(deps.run, projectDir, deps.env);
    const top = await git.topLevel().catch(() => {
      throw new EnvironmentError(`input 'working-directory' is ${JSON.stringify(settings.workingDirectory)}: expected a folder inside a git repository (check out the repository first)`);
    });
    const relProject = relative(top, projectDir);
    const event = readEvent(deps.env);
    const commits = await io.group('Choose commits', async () => {
      const c = await resolveCommits(git!, { base: settings.base, head: settings.head, event });
      io.info(`base ${c.base.sha} (${c.base.ref}; ${c.how}), head ${c.head.sha} (${c.head.ref})`);
      return c;
    });
    ws = await createWorktrees(git, commits, relProject, deps.env.RUNNER_TEMP || tmpdir());
    const interpreters = await io.group('Find interpreters', () => findInterpreters(deps, settings, ws!.projectDirs.head));
    const built = await buildUnits(deps, settings, interpreters, ws);
    const planned = await planCross(deps, settings, interpreters, ws, relProject);
    const crossUnits = await buildCrossUnits(deps, settings, planned, ws, built);
    const measured = await io.group('Benchmark rounds (base and head interleaved)', () =>
      runRounds([...built.units, ...crossUnits], { ...settings, budgetSeconds: settings.timeBudgetSeconds, now, log: (l) => io.info(l), runRound: runSuiteRound, onRound: roundsLogger(deps.env) }),
    );
    const crossLabels = new Set(planned.map((c) => c.label));
    const own = measured.comparisons.filter((c) => !crossLabels.has(c.interpreter));
    const reportPath = resolve(deps.reportPath ?? defaultReportPath(deps.env, settings));
    const rows = await explainRows(deps, settings, judge(own, settings), own, built.units, ws, reportPath);
    const report = buildReport({
      base: commits.base,
      head: commits.head,
      threshold: settings.threshold,
      alpha: settings.alpha,
      statistic: settings.statistic,
      slowRounds: settings.slowRounds,
      minRounds: settings.minRounds,
      maxRounds: settings.maxRounds,
      rounds: measured.rounds,
      stopReason: measured.stopReason,
      elapsedSeconds: measured.elapsedSeconds,
      interpreters,
      rows,
      cross: judgeInterpreterComparisons(planned, measured.comparisons, settings),
    });
    const outcome = decideOutcome(report, settings);
    await publish(deps, settings, { report, outputs: outcome.outputs, reportPath, event, token });
    return { exitCode: outcome.exitCode, message: outcome.message, report };
  } catch (e) {
    if (!(e instanceof RunError)) throw e;
    const outcome = outcomeOfRunError(e);
    io.setOutput('verdict', outcome.outputs.verdict);
    return { exitCode: outcome.exitCode, message: outcome.message };
  } finally {
    if (ws && git) await removeWorktrees(git, ws);
  }
}
