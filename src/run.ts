// The I/O shell: runs the steps in order (settings → commits → worktrees → interpreters → environments →
// rounds → verdicts → report, summary, comment, outputs). Everything outside is passed in through
// ShellDeps, so the action, the CLI and the tests share this one path.
import { appendFileSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { type CommentsClient } from './report/comment.js';
import { resolveCommits, type ResolvedCommits } from './workspace/commits.js';
import { judgeCrossComparisons } from './judge/interpreter-comparison.js';
import { childEnvironment, confineRun } from './io/child-env.js';
import { parseConfig, SETTING_NAMES, WORKFLOW_ONLY_NAMES } from './config/parse-settings.js';
import { Git } from './workspace/git.js';
import { parseInterpreterSpec } from './config/interpreter-spec.js';
import { isResolved, resolveAuto, resolveSpec, searchPlacesFromEnv } from './workspace/interpreters.js';
import { guardTrigger } from './workspace/trigger-guard.js';
import { checkCheckouts } from './workspace/checkout-checks.js';
import { readPyprojectTable } from './workspace/pyproject.js';
import { measure } from './measure/rounds.js';
import { type RunProcess } from './io/process.js';
import { crashedUnits, laterPasses } from './measure/later-passes.js';
import { addCleanup, releaseCleanup, removeWorkspaceSync } from './io/lifecycle.js';
import { judgeMemory, measureMemory } from './measure/memory.js';
import { profileRows } from './measure/profiles.js';
import { importGrowth, IMPORT_TIME_SUITE } from './suites/import-time/import-time.js';
import { redactAndRegister } from './text/redact.js';
import { logUntrusted } from './io/untrusted-log.js';
import { publishError, publishReport, reportPathFor } from './report/publish.js';
import { buildReport, type InterpreterInfo, type Report } from './report/json.js';
import { ConfigError, EnvironmentError, type Settings } from './model/settings.js';
import { pruneStaleWorktrees } from './workspace/stale-worktrees.js';
import { runSuiteRound } from './suites/registry.js';
import { TimeBudget } from './io/time-budget.js';
import { buildCrossUnits, buildUnits, planCross, type Units, type Workspace } from './measure/units.js';
import { isBlockingFailure, judge, type Comparison, type Row, type Side } from './judge/verdicts.js';

/** The outside world as the shell sees it: the GitHub runner (main.ts) or a terminal (cli.ts). */
export interface Io {
  getInput(name: string): string;
  info(message: string): void;
  /** Logs output of the project's processes so that it cannot issue workflow commands (untrusted-log.ts). */
  untrusted?(text: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  setOutput(name: string, value: string | number): void;
  setSecret(value: string): void;
  writeSummary(markdown: string): Promise<void>;
}

export interface ShellDeps {
  io: Io;
  run: RunProcess;
  env: NodeJS.ProcessEnv;
  /** Set by runShell: the allow-listed environment (child-env.ts) every child process starts from. */
  childEnv?: NodeJS.ProcessEnv;
  /** Where the repository is checked out (GITHUB_WORKSPACE, or the CLI's current folder). */
  workspace: string;
  /** Builds the comment client; absent (CLI) means no comment. */
  comments?: (target: { owner: string; repo: string; issueNumber: number; token: string }) => CommentsClient;
  /** Where to write the report JSON; default below RUNNER_TEMP. */
  reportPath?: string;
  now?: () => number;
}

export interface ShellResult {
  exitCode: 0 | 1 | 2;
  /** One line for setFailed when exitCode ≠ 0. */
  message?: string;
  report?: Report;
}

function readEvent(env: NodeJS.ProcessEnv): any {
  try {
    return env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

function loadSettings(deps: ShellDeps): Settings {
  const inputs: Record<string, string> = {};
  for (const name of [...SETTING_NAMES, ...WORKFLOW_ONLY_NAMES]) inputs[name] = deps.io.getInput(name);
  const projectRoot = resolve(deps.workspace, inputs['working-directory'] || '.');
  const pyproject = readPyprojectTable(projectRoot);
  if (pyproject.error) throw new EnvironmentError(`${join(inputs['working-directory'] || '.', 'pyproject.toml')} is not valid TOML (${pyproject.error}): fix it, py-perf-guard reads its [tool.py-perf-guard] table`);
  return parseConfig(inputs, pyproject.table);
}

async function resolveInterpreters(deps: ShellDeps, settings: Settings, headProjectDir: string): Promise<InterpreterInfo[]> {
  const places = searchPlacesFromEnv(deps.env);
  const found: InterpreterInfo[] = [];
  for (const label of settings.interpreters) {
    const spec = parseInterpreterSpec(label);
    if (!spec) throw new ConfigError("input 'interpreters'", label, "a version such as 3.12, pypy3 or pypy3.10, an absolute path, or auto");
    const info = spec.kind === 'auto' ? await resolveAuto(deps.run, headProjectDir, places) : await resolveSpec(deps.run, label, spec, places);
    if (isResolved(info) && found.some((f) => f.path === info.path)) continue; // `auto` may name one listed too
    found.push(info);
    deps.io.info(isResolved(info) ? `${info.label}: ${info.implementation} ${info.version} at ${info.path}` : `${info.label}: ${info.error}`);
  }
  if (!found.some(isResolved)) throw new EnvironmentError(`no interpreter usable: ${found.map((f) => f.error).join('; ')}`);
  return found;
}

async function createWorktrees(git: Git, commits: ResolvedCommits, relProject: string, baseTemp: string): Promise<Workspace> {
  const dir = mkdtempSync(join(baseTemp, 'py-perf-guard-'));
  addCleanup(dir, () => removeWorkspaceSync(git.cwd, dir));
  const worktrees: string[] = [];
  const projectDirs = {} as Record<Side, string>;
  for (const side of ['base', 'head'] as Side[]) {
    const tree = join(dir, side);
    await git.addWorktree(tree, commits[side].sha);
    worktrees.push(tree);
    projectDirs[side] = join(tree, relProject);
  }
  return { dir, projectDirs, worktrees };
}

/**
 * PY_PERF_GUARD_ROUNDS_LOG=<file>: append every suite round's raw inner statistics as JSON lines, for
 * studying a runner's noise (bench/ uses it to replay other rules on the very same samples).
 */
function roundsLogger(env: NodeJS.ProcessEnv) {
  const path = env.PY_PERF_GUARD_ROUNDS_LOG;
  if (!path) return undefined;
  return (e: { round: number; interpreter: string; suite: string; side: Side; result: { stats: Map<string, unknown>; suiteError?: string } }) =>
    appendFileSync(path, JSON.stringify({ round: e.round, interpreter: e.interpreter, suite: e.suite, side: e.side, stats: Object.fromEntries(e.result.stats), error: e.result.suiteError }) + '\n');
}

/**
 * Saying why, after the verdicts: the imports that grew for an import-time regression, peak memory per call
 * (memory: true), and cProfile diffs of regressions (profile).
 */
async function explainRows(deps: ShellDeps, settings: Settings, judged: Row[], comparisons: Comparison[], built: Units, ws: Workspace, reportPath: string): Promise<Row[]> {
  const { io } = deps;
  const rows = judged.map((row, i) => {
    const parts = comparisons[i].breakdown;
    return row.verdict === 'regression' && parts ? { ...row, imports: importGrowth(parts.base, parts.head, row.name.replace(/^import /, '')) } : row;
  });
  if (settings.memory) {
    const peaks = await io.group('Peak memory per call (tracemalloc)', () => measureMemory(built.units, (l) => io.info(l)));
    for (const row of rows) {
      const unit = built.units.find((u) => u.interpreter === row.interpreter && u.suite.path === row.suite);
      const p = unit && peaks.get(unit);
      const memory = p && judgeMemory(p.base.get(row.name) ?? [], p.head.get(row.name) ?? [], settings.memoryThreshold);
      if (memory) row.memory = memory;
    }
  }
  return io.group('Profiles', () =>
    profileRows(rows, built.units.filter((u) => u.suite.kind !== IMPORT_TIME_SUITE), {
      mode: settings.profile,
      roots: { base: ws.worktrees[0], head: ws.worktrees[1] },
      outDir: join(dirname(reportPath), `${basename(reportPath, '.json')}-profiles`),
      log: (l) => logUntrusted(io, l), // the lines name the PR's benchmarks
    }),
  );
}

function exitFor(report: Report, settings: Settings): ShellResult {
  const rows = report.rows;
  const upgradeSlower = report.cross.filter((c) => c.reason === 'upgrade').flatMap((c) => c.rows.filter((r) => r.verdict === 'regression'));
  if (settings.failOnUpgradeRegression && upgradeSlower.length && report.verdict !== 'regression') {
    const names = upgradeSlower.map((r) => `${r.name} (${(((r.ratio ?? 1) - 1) * 100).toFixed(1)}% slower on ${r.interpreter})`);
    return { exitCode: 1, message: `the interpreter upgrade slows ${names.length} benchmark(s): ${names.slice(0, 5).join(', ')} (fail-on-upgrade-regression)`, report };
  }
  if (report.verdict === 'regression') {
    const names = [
      ...rows.filter((r) => r.verdict === 'regression').map((r) => `${r.name} on ${r.interpreter} (${(((r.ratio ?? 1) - 1) * 100).toFixed(1)}% slower)`),
      ...rows.filter((r) => r.memory?.verdict === 'regression').map((r) => `${r.name} on ${r.interpreter} (${((r.memory!.ratio - 1) * 100).toFixed(1)}% more peak memory)`),
    ];
    const message = `${names.length} benchmark(s) regressed: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`;
    return settings.failOnRegression ? { exitCode: 1, message, report } : { exitCode: 0, message, report };
  }
  if (report.verdict === 'error') {
    const failed = rows.filter(isBlockingFailure);
    const measuredSomething = rows.some((r) => r.ratio !== undefined);
    const message = failed.length
      ? `${failed.length} benchmark(s) failed: ${failed.slice(0, 3).map((r) => `${r.name} on ${r.interpreter}: ${r.error}`).join('; ')}`
      : 'nothing could be measured';
    return { exitCode: measuredSomething ? 1 : 2, message, report };
  }
  return { exitCode: 0, report };
}

export async function runShell(deps: ShellDeps): Promise<ShellResult> {
  const { io } = deps;
  const now = deps.now ?? Date.now;
  const startedAt = now();
  const token = io.getInput('github-token');
  if (token) io.setSecret(token);
  let ws: Workspace | undefined;
  let git: Git | undefined;
  // Known as far as the run got, for the report of a run that stops early.
  let reportPath: string | undefined;
  let commits: ResolvedCommits | undefined;
  try {
    const settings = loadSettings(deps);
    reportPath = reportPathFor(deps, settings.commentKey);
    redactAndRegister(settings.install ?? '', (s) => io.setSecret(s)); // the runner then masks an index URL's password wherever pip echoes it
    const child = childEnvironment(deps.env, settings.passEnv, token ? [token] : []);
    if (child.withheld.length) io.warning(`not passed to the project's processes, as their values hold the github-token: ${child.withheld.join(', ')}`);
    deps = { ...deps, childEnv: child.env, run: confineRun(deps.run, child.env) };
    git = new Git(deps.run, resolve(deps.workspace, settings.workingDirectory), child.env, (l) => io.info(l));
    const top = await git.topLevel().catch(() => {
      throw new EnvironmentError(`input 'working-directory' is ${JSON.stringify(settings.workingDirectory)}: expected a folder inside a git repository (check out the repository first)`);
    });
    // git names the real path; a workspace reached through a symlink is compared by its real path too.
    const relProject = relative(realpathSync(top), realpathSync(resolve(deps.workspace, settings.workingDirectory)));
    await pruneStaleWorktrees(git, (l) => io.info(l));
    const event = readEvent(deps.env);
    // Before any of the PR's code runs (and before base is chosen): under a write-token trigger, is head the PR, may it run?
    const localHead = await git.resolveCommit(settings.head ?? 'HEAD');
    if (localHead) await guardTrigger(io, git, deps.env, event, settings, localHead);
    commits = await io.group('Choose commits', async () => {
      const c = await resolveCommits(git!, { base: settings.base, head: settings.head, eventName: deps.env.GITHUB_EVENT_NAME, event });
      io.info(`base ${c.base.sha} (${c.base.ref}; ${c.how}), head ${c.head.sha} (${c.head.ref})`);
      return c;
    });
    if (!localHead) await guardTrigger(io, git, deps.env, event, settings, commits!.head.sha);
    ws = await createWorktrees(git, commits!, relProject, deps.env.RUNNER_TEMP || tmpdir());
    const configChanges = checkCheckouts(io, settings, ws.projectDirs, resolve(deps.workspace, settings.workingDirectory));
    const interpreters = await io.group('Find interpreters', () => resolveInterpreters(deps, settings, ws!.projectDirs.head));
    // From here on every process is held to what is left of the time budget (time-budget.ts).
    const budget = new TimeBudget(settings.timeBudgetSeconds, now, startedAt);
    const timed: ShellDeps = { ...deps, run: budget.wrap(deps.run) };
    const built = await buildUnits(timed, settings, interpreters, ws);
    const planned = await planCross(timed, settings, interpreters, ws, relProject);
    const crossUnits = await buildCrossUnits(timed, settings, planned, ws, built);
    const crashed = crashedUnits();
    const logRound = roundsLogger(deps.env);
    const measured = await io.group('Benchmark rounds (base and head interleaved)', () =>
      measure([...built.units, ...crossUnits], { ...settings, budgetSeconds: budget.leftSeconds(), budgetCut: () => budget.exhausted, now, log: (l) => io.info(l), runRound: runSuiteRound, onRound: (e) => (crashed.onRound(e), logRound?.(e)) }),
    );
    const stopReason = budget.exhausted ? 'time-budget' : measured.stopReason;
    const later = laterPasses(settings, stopReason);
    if (later.note) io.warning(later.note);
    const crossLabels = new Set(planned.map((c) => c.label));
    const own = measured.comparisons.filter((c) => !crossLabels.has(c.interpreter));
    const rows = await explainRows(timed, later.settings, judge(own, settings), own, { ...built, units: built.units.filter((u) => !crashed.has(u)) }, ws, reportPath);
    // Where the report leaves the core: from here on (JSON, summary, comment, exit message) it carries no credentials.
    const report = redactAndRegister(buildReport({
      base: commits!.base,
      head: commits!.head,
      threshold: settings.threshold,
      alpha: settings.alpha,
      statistic: settings.statistic,
      slowRounds: settings.slowRounds,
      minRounds: settings.minRounds,
      maxRounds: settings.maxRounds,
      rounds: measured.rounds,
      stopReason,
      elapsedSeconds: measured.elapsedSeconds,
      interpreters,
      rows,
      cross: judgeCrossComparisons(planned, measured.comparisons, settings),
      configChanges,
    }), (s) => io.setSecret(s));
    await publishReport(deps, settings, report, reportPath, event);
    return exitFor(report, settings);
  } catch (e) {
    // Bad input or environment, or a bug: the verdict `error` and a report saying why still go out (exit 2).
    const expected = e instanceof ConfigError || e instanceof EnvironmentError;
    const raw = expected ? (e as Error).message : `py-perf-guard could not run: ${(e as Error)?.message ?? String(e)}`;
    const message = redactAndRegister(raw, (s) => io.setSecret(s));
    if (!expected && (e as Error)?.stack) io.info(redactAndRegister((e as Error).stack!, (s) => io.setSecret(s)));
    await publishError(deps, message, reportPath ?? reportPathFor(deps, io.getInput('comment-key')), commits);
    return { exitCode: 2, message };
  } finally {
    if (ws && git) {
      for (const tree of ws.worktrees) await git.removeWorktree(tree);
      rmSync(ws.dir, { recursive: true, force: true });
      releaseCleanup(ws.dir);
    }
  }
}
