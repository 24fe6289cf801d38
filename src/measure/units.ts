// Building the measure units: one venv per interpreter × commit, and each suite × interpreter as a unit
// whose two sides are (base, head), or for cross-interpreter comparisons (old interpreter, new interpreter)
// on the head commit. I/O: creates venvs, runs install commands.
import { join } from 'node:path';
import { type ShellDeps } from '../io/seam.js';
import { logUntrusted } from '../io/untrusted-log.js';
import { crossLabel } from '../judge/interpreter-comparison.js';
import { type FoundInterpreter, type Interpreter, isFound } from '../model/interpreter.js';
import { type InterpreterComparison } from '../model/report.js';
import { type Settings } from '../model/settings.js';
import { type Side } from '../model/side.js';
import { driverFor, prepareSuite, shardSide, writeHarness } from '../suites/registry.js';
import { redactAndRegister } from '../text/redact.js';
import { resolveSpec, searchPlacesFromEnv } from '../workspace/interpreters.js';
import { prepareEnvironment, SetupError, type PreparedEnvironment } from '../workspace/python-env.js';
import { detectUpgradeInWorktrees } from '../workspace/version-files.js';
import { type Workspace } from '../workspace/worktrees.js';
import { type MeasureUnit, type SideSetup } from './rounds.js';

/** A round process's own limit; the time budget (time-budget.ts) holds it to what is left of the run. */
const ROUND_TIMEOUT_MS = 15 * 60 * 1000;

type Environment = PreparedEnvironment | { error: string };

async function setUpEnvironments(
  deps: ShellDeps,
  settings: Settings,
  interpreter: FoundInterpreter,
  key: string,
  ws: Workspace,
  sides: Side[],
): Promise<Record<Side, Environment>> {
  const needsPytestBenchmark = settings.suites.some((s) => driverFor(s.kind).needsPytestBenchmark);
  // Both sides' venvs are made at once (the installs wait on disk and the package index as much as on the CPU);
  // each side's log lines are held and written in its own group, so the two never interleave.
  const held = Object.fromEntries(sides.map((side) => [side, [] as (() => void)[]])) as Record<Side, (() => void)[]>;
  const prepared = sides.map(async (side): Promise<Environment> => {
    try {
      return await prepareEnvironment(deps.run, {
        interpreterPath: interpreter.path,
        venvDir: join(ws.dir, 'venvs', `${key}-${side}`),
        projectDir: ws.projectDirs[side],
        install: settings.install,
        needsPytestBenchmark,
        baseEnv: deps.childEnv ?? {},
        log: (line) => held[side].push(() => deps.io.info(line)),
        logOutput: (text) => held[side].push(() => logUntrusted(deps.io, text)),
      });
    } catch (e) {
      if (!(e instanceof SetupError)) throw e;
      // The message ends with the install's stderr: mask what it may quote before it reaches the log.
      held[side].push(() => deps.io.warning(`${interpreter.label} on ${side}: ${redactAndRegister(e.message, (s) => deps.io.setSecret(s))}`));
      return { error: e.message };
    }
  });
  const out = {} as Record<Side, Environment>;
  for (const [i, side] of sides.entries()) {
    out[side] = await deps.io.group(`Set up ${interpreter.label} (${interpreter.implementation} ${interpreter.version}) for ${side}`, async () => {
      const env = await prepared[i];
      for (const write of held[side]) write();
      return env;
    });
  }
  return out;
}

/** `shard: i/n` left this suite no benchmark on either side: the unit has nothing to measure in this job. */
function outsideShard(sides: Record<Side, SideSetup>): boolean {
  const none = (s: SideSetup) => Boolean(s.prepared && 'missing' in s.prepared);
  return none(sides.base) && none(sides.head) && [sides.base, sides.head].some((s) => s.prepared && 'outsideShard' in s.prepared);
}

const sharded = (settings: Settings) => (settings.shard ? { sharded: true } : {});

export interface Units {
  units: MeasureUnit[];
  /** Each interpreter's environment on head, by interpreter path, for the cross-interpreter comparisons. */
  headEnvs: Map<string, Environment>;
  harnessDir: string;
}

function sideSetup(
  deps: ShellDeps,
  settings: Settings,
  ws: Workspace,
  interpreter: FoundInterpreter,
  env: Environment,
  suite: Settings['suites'][number],
  projectDir: string,
  harnessDir: string,
  scratch: string,
): SideSetup {
  if ('error' in env) return { error: env.error };
  const side = shardSide(suite, prepareSuite(suite, projectDir), projectDir, settings.shard);
  return {
    error: driverFor(suite.kind).needsPytestBenchmark ? env.pytestBenchmarkError : undefined,
    prepared: side.prepared,
    ctx: {
      run: deps.run,
      python: env.python,
      env: { ...env.env, ...side.env },
      projectDir,
      suite: side.suite,
      harnessDir,
      scratchDir: join(ws.dir, 'scratch', scratch),
      statistic: settings.statistic,
      timeoutMs: ROUND_TIMEOUT_MS,
      jit: interpreter.implementation === 'PyPy',
    },
  };
}

export async function buildUnits(deps: ShellDeps, settings: Settings, interpreters: Interpreter[], ws: Workspace): Promise<Units> {
  const harnessDir = writeHarness(join(ws.dir, 'harness'));
  const units: MeasureUnit[] = [];
  const headEnvs = new Map<string, Environment>();
  for (const [index, interpreter] of interpreters.entries()) {
    if (!isFound(interpreter)) {
      for (const suite of settings.suites) units.push({ interpreter: interpreter.label, suite, sides: { base: {}, head: {} }, setupError: interpreter.error });
      continue;
    }
    const envs = await setUpEnvironments(deps, settings, interpreter, `${index}`, ws, ['base', 'head']);
    headEnvs.set(interpreter.path, envs.head);
    for (const [suiteIndex, suite] of settings.suites.entries()) {
      const sides = {} as Record<Side, SideSetup>;
      for (const side of ['base', 'head'] as Side[])
        sides[side] = sideSetup(deps, settings, ws, interpreter, envs[side], suite, ws.projectDirs[side], harnessDir, `${index}-${suiteIndex}-${side}`);
      // Setup failing on both commits (venv, install, pytest-benchmark) is the interpreter's or the install
      // command's problem, not the PR's: the rows fail as `setup`.
      const bothFailed = sides.base.error && sides.head.error ? sides.head.error : undefined;
      if (!outsideShard(sides)) units.push({ interpreter: interpreter.label, suite, sides, setupError: bothFailed, ...sharded(settings) });
    }
  }
  return { units, headEnvs, harnessDir };
}

/** Old → new on an upgrade PR, or first → each other with compare-interpreters. */
export async function planCross(
  deps: ShellDeps,
  settings: Settings,
  interpreters: Interpreter[],
  ws: Workspace,
  relProject: string,
): Promise<InterpreterComparison[]> {
  const usable = interpreters.filter(isFound);
  if (settings.compareInterpreters) {
    return usable.slice(1).map((to) => ({ reason: 'compare-interpreters', from: usable[0], to, label: crossLabel(usable[0].label, to.label), rows: [] }));
  }
  const upgrade = detectUpgradeInWorktrees(ws.worktrees[0], ws.worktrees[1], relProject);
  if (!upgrade) return [];
  deps.io.info(`interpreter upgrade ${upgrade.from} → ${upgrade.to}: ${upgrade.changes.map((c) => `${c.source} ${c.old} → ${c.new}`).join(', ')}`);
  const places = searchPlacesFromEnv(deps.env);
  const find = async (v: string) =>
    usable.find((i) => i.implementation === 'CPython' && i.version.split('.').slice(0, 2).join('.') === v) ??
    (await resolveSpec(deps.run, v, { kind: 'cpython', version: v }, places));
  const [from, to] = [await find(upgrade.from), await find(upgrade.to)];
  const missing = [from, to].filter((i) => !isFound(i)).map((i) => i.error);
  const cross: InterpreterComparison = { reason: 'upgrade', from, to, label: crossLabel(upgrade.from, upgrade.to), changes: upgrade.changes, rows: [] };
  return [missing.length ? { ...cross, error: `cannot compare the interpreters: ${missing.join('; ')}` } : cross];
}

/** Units running the head commit on both interpreters of each cross comparison. */
export async function buildCrossUnits(
  deps: ShellDeps,
  settings: Settings,
  cross: InterpreterComparison[],
  ws: Workspace,
  built: Units,
): Promise<MeasureUnit[]> {
  const units: MeasureUnit[] = [];
  for (const [ci, c] of cross.entries()) {
    if (c.error || !isFound(c.from) || !isFound(c.to)) continue;
    const envs = {} as Record<Side, Environment>;
    for (const [side, interpreter] of [
      ['base', c.from],
      ['head', c.to],
    ] as const) {
      if (!built.headEnvs.has(interpreter.path)) {
        built.headEnvs.set(interpreter.path, (await setUpEnvironments(deps, settings, interpreter, `cross-${ci}-${side}`, ws, ['head'])).head);
      }
      envs[side] = built.headEnvs.get(interpreter.path)!;
    }
    for (const [suiteIndex, suite] of settings.suites.entries()) {
      const sides = {} as Record<Side, SideSetup>;
      for (const side of ['base', 'head'] as Side[])
        sides[side] = sideSetup(
          deps,
          settings,
          ws,
          side === 'base' ? c.from : c.to,
          envs[side],
          suite,
          ws.projectDirs.head,
          built.harnessDir,
          `cross-${ci}-${suiteIndex}-${side}`,
        );
      if (!outsideShard(sides)) units.push({ interpreter: c.label, suite, sides, ...sharded(settings) });
    }
  }
  return units;
}
