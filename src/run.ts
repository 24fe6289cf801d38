// The run, phase by phase: settings → commits → worktrees → interpreters → environments and units →
// rounds → verdicts → explanations → report → publishing → outcome. Everything outside comes in through
// ShellDeps (io/seam.ts), so the action, the CLI and the tests share this one path.
import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { relative, resolve } from 'node:path';
import { parseMode } from './config/mode.js';
import { confineDeps } from './io/child-env.js';
import { type ShellDeps } from './io/seam.js';
import { TimeBudget } from './io/time-budget.js';
import { logUntrusted } from './io/untrusted-log.js';
import { judgeInterpreterComparisons } from './judge/interpreter-comparison.js';
import { decideOutcome, outcomeOfRunError, type Outcome } from './judge/outcome.js';
import { judgeRun } from './judge/run-verdicts.js';
import { explainRows } from './measure/explain.js';
import { instructionsPass } from './measure/instructions-pass.js';
import { crashedUnits, laterPasses } from './measure/later-passes.js';
import { runPaired, worstStop } from './measure/paired-run.js';
import { progressReporter } from './measure/progress.js';
import { roundsLogger } from './measure/rounds-log.js';
import { runRounds } from './measure/rounds.js';
import { buildCrossUnits, buildUnits, planCross } from './measure/units.js';
import { EnvironmentError, RunError } from './model/errors.js';
import { type Report } from './model/report.js';
import { forkTokenIsReadOnly } from './report/folder-event.js';
import { buildReport } from './report/json.js';
import { publishFolder, publishFolderError, reportDirFor } from './report/publish-folder.js';
import { publishError, publishReport, reportPathFor } from './report/publish.js';
import { runComment } from './run-comment.js';
import { checkCheckouts } from './suites/checkout-checks.js';
import { runSuiteRound } from './suites/registry.js';
import { redactAndRegister } from './text/redact.js';
import { resolveCommits, type ResolvedCommits } from './workspace/commits.js';
import { findInterpreters } from './workspace/find-interpreters.js';
import { Git } from './workspace/git.js';
import { readEvent } from './workspace/github-event.js';
import { loadSettings } from './workspace/load-settings.js';
import { restorePipCache } from './workspace/pip-cache.js';
import { pruneStaleWorktrees } from './workspace/stale-worktrees.js';
import { guardTrigger } from './workspace/trigger-guard.js';
import { commitWorkingTree, WORKTREE } from './workspace/working-tree.js';
import { createWorktrees, removeWorktrees, type Workspace } from './workspace/worktrees.js';

export interface ShellResult {
  exitCode: Outcome['exitCode'];
  /** One line for setFailed when exitCode ≠ 0. */
  message?: string;
  report?: Report;
}

export async function runShell(outer: ShellDeps): Promise<ShellResult> {
  const { io } = outer;
  const now = outer.now ?? Date.now;
  const startedAt = now();
  const secret = (s: string) => io.setSecret(s);
  const token = io.getInput('github-token');
  if (token) io.setSecret(token);
  let ws: Workspace | undefined;
  let git: Git | undefined;
  // Known as far as the run got, for the report of a run that stops early.
  let reportPath: string | undefined;
  let commits: ResolvedCommits | undefined;
  try {
    const mode = parseMode(io.getInput('mode'));
    if (mode === 'comment' || mode === 'merge') return await runComment(outer);
    const settings = loadSettings(outer);
    reportPath = reportPathFor(outer, settings.commentKey);
    redactAndRegister(settings.install ?? '', secret); // the runner then masks an index URL's password wherever pip echoes it
    const deps = confineDeps(outer, settings.passEnv, token);
    const projectDir = resolve(deps.workspace, settings.workingDirectory);
    git = new Git(deps.run, projectDir, deps.childEnv!, (l) => io.info(l));
    const top = await git.topLevel().catch(() => {
      throw new EnvironmentError(
        `input 'working-directory' is ${JSON.stringify(settings.workingDirectory)}: expected a folder inside a git repository (check out the repository first)`,
      );
    });
    // git names the real path; a workspace reached through a symlink is compared by its real path too.
    const relProject = relative(realpathSync(top), realpathSync(projectDir));
    await pruneStaleWorktrees(git, (l) => io.info(l));
    const event = readEvent(deps.env);
    // Before any of the PR's code runs (and before base is chosen): under a write-token trigger, is head the PR, may it run?
    // `head: WORKTREE`: the working tree as it is, committed aside (the user's index and refs untouched).
    const workingTree = settings.head === WORKTREE ? await commitWorkingTree(git, deps.env.RUNNER_TEMP || tmpdir()) : undefined;
    const head = workingTree?.sha ?? settings.head;
    const localHead = await git.resolveCommit(head ?? 'HEAD');
    if (localHead) await guardTrigger(io, git, deps.env, event, settings, localHead);
    commits = await io.group('Choose commits', async () => {
      const c = await resolveCommits(git!, { base: settings.base, head, event });
      if (workingTree) [c.head.ref, c.base.ref] = [workingTree.ref, settings.base ?? 'HEAD'];
      io.info(`base ${c.base.sha} (${c.base.ref}; ${c.how}), head ${c.head.sha} (${c.head.ref})`);
      return c;
    });
    if (!localHead) await guardTrigger(io, git, deps.env, event, settings, commits.head.sha);
    ws = await createWorktrees(git, commits, relProject, deps.env.RUNNER_TEMP || tmpdir());
    const configChanges = checkCheckouts(io, settings, ws.projectDirs, projectDir);
    const interpreters = await io.group('Find interpreters', () => findInterpreters(deps, settings, ws!.projectDirs.head));
    await restorePipCache(deps, settings, interpreters, ws.projectDirs);
    // From here on every process is held to what is left of the time budget (time-budget.ts).
    const budget = new TimeBudget(settings.timeBudgetSeconds, now, startedAt);
    const timed: ShellDeps = { ...deps, run: budget.wrap(deps.run) };
    const built = await buildUnits(timed, settings, interpreters, ws);
    const planned = await planCross(timed, settings, interpreters, ws, relProject);
    const crossUnits = await buildCrossUnits(timed, settings, planned, ws, built);
    const crashed = crashedUnits();
    const logRound = roundsLogger(deps.env);
    const progress = progressReporter(
      outer.progress,
      (l) => io.info(l),
      () => (now() - startedAt) / 1000,
      settings.timeBudgetSeconds,
    );
    // method: paired measures the units it can serve, the interpreter comparisons too (head on one interpreter
    // against head on the other as a worker pair); the rest (import-time, a fixture API the plugin doesn't
    // know, a suite missing or broken on a side) goes to rounds.
    const paired =
      settings.method === 'paired'
        ? await io.group('Paired measurement (base and head workers, lock-step bursts)', () =>
            runPaired([...built.units, ...crossUnits], {
              ...settings,
              limits: settings.pairLimits,
              budgetLeft: () => budget.leftSeconds(),
              now,
              log: (l) => logUntrusted(io, l), // a worker's error lines quote the PR's code's output
              notice: (l) => (io.notice ?? io.info)(l),
              progress: progress.pairs,
            }),
          )
        : undefined;
    const roundUnits = paired ? paired.fallback : [...built.units, ...crossUnits];
    const measured = await io.group('Benchmark rounds (base and head interleaved)', () =>
      runRounds(roundUnits, {
        ...settings,
        budgetSeconds: budget.leftSeconds(),
        budgetCut: () => budget.exhausted,
        now,
        log: (l) => io.info(l),
        runRound: runSuiteRound,
        onRound: (e) => (crashed.onRound(e), logRound?.(e)),
        progress: progress.rounds(settings.maxRounds),
      }),
    );
    progress.done();
    const stopReason = budget.exhausted ? 'time-budget' : worstStop(measured.stopReason, paired?.stopReason);
    const later = laterPasses(settings, stopReason);
    if (later.note) io.warning(later.note);
    const crossLabels = new Set(planned.map((c) => c.label));
    const own = measured.comparisons.filter((c) => !crossLabels.has(c.interpreter));
    const pairedOwn = (paired?.comparisons ?? []).filter((c) => !crossLabels.has(c.interpreter));
    const explainable = built.units.filter((u) => !crashed.has(u));
    // One Benjamini–Hochberg family over the rows of both methods (a unit paired could not serve went to rounds).
    const judged = judgeRun(own, pairedOwn, settings);
    const explained = await explainRows(
      timed,
      later.settings,
      judged,
      [...own, ...pairedOwn.map(() => ({ breakdown: undefined }))],
      explainable,
      ws,
      reportPath,
    );
    const counted = later.settings.instructions
      ? await io.group('Instruction counts (valgrind callgrind, base and head)', () => instructionsPass(timed, later.settings, explained, explainable))
      : undefined;
    const rows = counted?.rows ?? explained;
    // Where the report leaves the core: from here on (JSON, summary, comment, exit message) it carries no credentials.
    const report = redactAndRegister(
      buildReport({
        base: commits.base,
        head: commits.head,
        threshold: settings.threshold,
        alpha: settings.alpha,
        statistic: settings.statistic,
        slowRounds: settings.slowRounds,
        minRounds: settings.minRounds,
        maxRounds: settings.maxRounds,
        rounds: measured.rounds,
        method: settings.method,
        ...(paired
          ? { paired: { pairs: paired.pairs, burstMs: paired.burstMs, startupSeconds: paired.startupSeconds, ...paired.limits, parallel: paired.parallel } }
          : {}),
        stopReason,
        elapsedSeconds: measured.elapsedSeconds + (paired?.elapsedSeconds ?? 0),
        interpreters,
        rows,
        cross: judgeInterpreterComparisons(planned, measured.comparisons, settings, paired?.comparisons),
        configChanges,
        ...(settings.shard ? { shard: settings.shard } : {}),
        ...(counted ? { instructions: counted.setup } : {}),
      }),
      secret,
    );
    const outcome = decideOutcome(report, settings);
    // measure: no comment; auto on a fork's PR: its read-only token could not comment, so don't try (the notice says how).
    const forkSkipped = mode === 'auto' && forkTokenIsReadOnly(deps.env.GITHUB_EVENT_NAME, event) && settings.comment !== 'never';
    await publishReport(mode === 'measure' || forkSkipped ? { ...deps, comments: undefined } : deps, settings, report, outcome.outputs, reportPath, event);
    publishFolder(deps, report, { dir: reportDirFor(deps, settings.commentKey), event, forkSkipped });
    return { exitCode: outcome.exitCode, message: outcome.message, report };
  } catch (e) {
    // Bad input or environment (exit 2), or a bug: the verdict `error` and a report saying why still go out.
    const expected = e instanceof RunError;
    const outcome = expected
      ? outcomeOfRunError(e)
      : { exitCode: 2 as const, message: `py-perf-guard could not run: ${(e as Error)?.message ?? String(e)}`, outputs: { verdict: 'error' as const } };
    const message = redactAndRegister(outcome.message ?? '', secret);
    if (!expected && (e as Error)?.stack) io.info(redactAndRegister((e as Error).stack!, secret));
    await publishError(outer, message, reportPath ?? reportPathFor(outer, io.getInput('comment-key')), commits);
    publishFolderError(
      outer,
      message,
      { dir: reportDirFor(outer, io.getInput('comment-key')), event: readEvent(outer.env), forkSkipped: false },
      commits ?? {},
    );
    return { exitCode: outcome.exitCode, message };
  } finally {
    if (ws && git) await removeWorktrees(git, ws);
  }
}
