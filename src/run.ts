// The I/O shell: runs the steps in order (settings → commits → worktrees → interpreters → environments →
// rounds → verdicts → report, summary, comment, outputs). Everything outside is passed in through
// ShellDeps, so the action, the CLI and the tests share this one path.
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { explainCommentError, upsertComment } from './report/comment.js';
import { resolveCommits, type ResolvedCommits } from './workspace/commits.js';
import { judgeInterpreterComparisons } from './judge/interpreter-comparison.js';
import { parseConfig, SETTING_NAMES } from './config/parse-settings.js';
import { Git } from './workspace/git.js';
import { parseInterpreterSpec } from './config/interpreter-spec.js';
import { resolveAuto, resolveSpec, searchPlacesFromEnv } from './workspace/interpreters.js';
import { commentMarker, renderMarkdown } from './report/markdown.js';
import { measure } from './measure/rounds.js';
import { judgeMemory } from './judge/memory.js';
import { measureMemory } from './measure/memory.js';
import { profileRows } from './measure/profiles.js';
import { buildReport, reportToJson } from './report/json.js';
import { type Settings } from './model/settings.js';
import { driverFor, runSuiteRound } from './suites/registry.js';
import { buildCrossUnits, buildUnits, planCross, type Units, type Workspace } from './measure/units.js';
import { countVerdicts, isBlockingFailure, judge } from './judge/verdicts.js';
import { type Interpreter, isFound } from './model/interpreter.js';
import { type Report } from './model/report.js';
import { ConfigError, EnvironmentError } from './model/errors.js';
import { type Comparison } from './model/comparison.js';
import { type Row } from './model/row.js';
import { type Side } from './model/side.js';
import { type Io, type ShellDeps } from './io/seam.js';

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

function loadSettings(deps: ShellDeps): Settings {
  const inputs: Record<string, string> = {};
  for (const name of SETTING_NAMES) inputs[name] = deps.io.getInput(name);
  const projectRoot = resolve(deps.workspace, inputs['working-directory'] || '.');
  return parseConfig(inputs, readPyprojectTable(projectRoot, deps.io));
}

async function resolveInterpreters(deps: ShellDeps, settings: Settings, headProjectDir: string): Promise<Interpreter[]> {
  const places = searchPlacesFromEnv(deps.env);
  const found: Interpreter[] = [];
  for (const label of settings.interpreters) {
    const spec = parseInterpreterSpec(label);
    if (!spec) throw new ConfigError("input 'interpreters'", label, "a version such as 3.12, pypy3 or pypy3.10, an absolute path, or auto");
    const info = spec.kind === 'auto' ? await resolveAuto(deps.run, headProjectDir, places) : await resolveSpec(deps.run, label, spec, places);
    if (isFound(info) && found.some((f) => f.path === info.path)) continue; // `auto` may name one listed too
    found.push(info);
    deps.io.info(isFound(info) ? `${info.label}: ${info.implementation} ${info.version} at ${info.path}` : `${info.label}: ${info.error}`);
  }
  if (!found.some(isFound)) throw new EnvironmentError(`no interpreter usable: ${found.map((f) => f.error).join('; ')}`);
  return found;
}

async function createWorktrees(git: Git, commits: ResolvedCommits, relProject: string, baseTemp: string): Promise<Workspace> {
  const dir = mkdtempSync(join(baseTemp, 'py-perf-guard-'));
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

function defaultReportPath(env: NodeJS.ProcessEnv, settings: Settings): string {
  const suffix = [env.GITHUB_JOB, settings.commentKey].filter(Boolean).join('-').replace(/[^A-Za-z0-9._-]/g, '_');
  return join(env.RUNNER_TEMP || tmpdir(), `py-perf-guard-report${suffix ? `-${suffix}` : ''}.json`);
}

async function publish(deps: ShellDeps, settings: Settings, report: Report, reportPath: string, event: any): Promise<void> {
  const { io, env } = deps;
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, JSON.stringify(reportToJson(report), null, 2) + '\n');
  const counts = countVerdicts(report.rows);
  io.setOutput('verdict', report.verdict);
  io.setOutput('regressions', counts.regression);
  io.setOutput('improvements', counts.improvement);
  io.setOutput('failures', counts.failed);
  io.setOutput('memory-regressions', report.rows.filter((r) => r.memory?.verdict === 'regression').length);
  io.setOutput('report-json', reportPath);
  await io.writeSummary(renderMarkdown(report));

  const issueNumber = Number(event?.pull_request?.number ?? event?.number ?? NaN);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const token = io.getInput('github-token');
  if (!deps.comments || settings.comment === 'never' || !Number.isInteger(issueNumber) || !owner || !repo) return;
  if (!token) {
    io.warning("no github-token, so no PR comment (input 'github-token' is empty)");
    return;
  }
  const marker = commentMarker(env.GITHUB_JOB ?? 'job', settings.commentKey);
  try {
    const client = deps.comments({ owner, repo, issueNumber, token });
    const outcome = await upsertComment(client, marker, renderMarkdown(report, { marker }), settings.comment, report.verdict === 'regression');
    if (outcome.action === 'skipped') io.info(`PR comment skipped: ${outcome.reason}`);
    else {
      io.info(`PR comment ${outcome.action}: ${outcome.url}`);
      io.setOutput('comment-url', outcome.url);
    }
  } catch (e) {
    io.warning(explainCommentError(e));
  }
}

/**
 * Saying why, after the verdicts: the imports that grew for an import-time regression, peak memory per call
 * (memory: true), and cProfile diffs of regressions (profile).
 */
async function explainRows(deps: ShellDeps, settings: Settings, judged: Row[], comparisons: Comparison[], built: Units, ws: Workspace, reportPath: string): Promise<Row[]> {
  const { io } = deps;
  const rows = judged.map((row, i) => {
    const parts = comparisons[i].breakdown;
    const explain = driverFor(settings.suites.find((s) => s.path === row.suite)!.kind).explainRegression;
    return row.verdict === 'regression' && parts && explain ? { ...row, ...explain(row, parts) } : row;
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
    profileRows(rows, built.units, {
      mode: settings.profile,
      roots: { base: ws.worktrees[0], head: ws.worktrees[1] },
      outDir: join(dirname(reportPath), `${basename(reportPath, '.json')}-profiles`),
      log: (l) => io.info(l),
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
  const token = io.getInput('github-token');
  if (token) io.setSecret(token);
  let ws: Workspace | undefined;
  let git: Git | undefined;
  try {
    const settings = loadSettings(deps);
    git = new Git(deps.run, resolve(deps.workspace, settings.workingDirectory));
    const top = await git.topLevel().catch(() => {
      throw new EnvironmentError(`input 'working-directory' is ${JSON.stringify(settings.workingDirectory)}: expected a folder inside a git repository (check out the repository first)`);
    });
    const relProject = relative(top, resolve(deps.workspace, settings.workingDirectory));
    const event = readEvent(deps.env);
    const commits = await io.group('Choose commits', async () => {
      const c = await resolveCommits(git!, { base: settings.base, head: settings.head, eventName: deps.env.GITHUB_EVENT_NAME, event });
      io.info(`base ${c.base.sha} (${c.base.ref}; ${c.how}), head ${c.head.sha} (${c.head.ref})`);
      return c;
    });
    ws = await createWorktrees(git, commits, relProject, deps.env.RUNNER_TEMP || tmpdir());
    const interpreters = await io.group('Find interpreters', () => resolveInterpreters(deps, settings, ws!.projectDirs.head));
    const built = await buildUnits(deps, settings, interpreters, ws);
    const planned = await planCross(deps, settings, interpreters, ws, relProject);
    const crossUnits = await buildCrossUnits(deps, settings, planned, ws, built);
    const measured = await io.group('Benchmark rounds (base and head interleaved)', () =>
      measure([...built.units, ...crossUnits], { ...settings, budgetSeconds: settings.timeBudgetSeconds, now, log: (l) => io.info(l), runRound: runSuiteRound, onRound: roundsLogger(deps.env) }),
    );
    const crossLabels = new Set(planned.map((c) => c.label));
    const own = measured.comparisons.filter((c) => !crossLabels.has(c.interpreter));
    const reportPath = resolve(deps.reportPath ?? defaultReportPath(deps.env, settings));
    const rows = await explainRows(deps, settings, judge(own, settings), own, built, ws, reportPath);
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
    await publish(deps, settings, report, reportPath, event);
    return exitFor(report, settings);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof EnvironmentError) {
      io.setOutput('verdict', 'error');
      return { exitCode: 2, message: e.message };
    }
    throw e;
  } finally {
    if (ws && git) {
      for (const tree of ws.worktrees) await git.removeWorktree(tree);
      rmSync(ws.dir, { recursive: true, force: true });
    }
  }
}
