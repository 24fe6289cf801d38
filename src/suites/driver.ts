// What every suite kind provides: one SuiteDriver per kind (suites/<kind>/driver.ts), found through the
// registry. A pass that a kind cannot do is a method it lacks (import-time has no `memory`), not a test of
// its name. Shaped like actions/setup-python's cache-distributions: one interface, a few strategies, one factory.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type RunProcess } from '../io/process.js';
import { type Row } from '../model/row.js';
import { type RoundStatistic, type Shard, type SuiteKind, type SuiteSpec } from '../model/settings.js';
import { type Side } from '../model/side.js';
import { type RoundResult } from './round-result.js';

/** Everything a driver needs to run a suite on one side (commit × interpreter). */
export interface SuiteRunContext {
  run: RunProcess;
  python: string;
  env: NodeJS.ProcessEnv;
  projectDir: string;
  suite: SuiteSpec;
  /** Folder holding the Python harness files. */
  harnessDir: string;
  /** Private folder for this suite × commit × interpreter's round files. */
  scratchDir: string;
  statistic: RoundStatistic;
  timeoutMs: number;
  /** A JIT interpreter (PyPy): warm up before timing. */
  jit: boolean;
}

/**
 * A suite read for one commit: runnable with the driver's own `state` (a parsed timeit file), failed before
 * any round (a bad TOML file), or absent (a PR that adds a suite: its benchmarks are `added`).
 */
export type PreparedSuite = { error: string } | { missing: true; outsideShard?: true } | { state?: unknown };

/**
 * A suite cut down to one shard's benchmarks: its spec and parsed state (the kinds that list their benchmarks
 * before any process runs), or the environment that makes its processes collect only those (pytest);
 * `empty`: none of the suite's benchmarks is in this shard.
 */
export interface ShardedSuite<S = unknown> {
  suite: SuiteSpec;
  state: S;
  env?: Record<string, string>;
  empty?: boolean;
}

/** A command line that starts a process, with its environment. */
export interface CommandLine {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** One side of a paired worker: the side's process settings, and the parsed suite where the worker reads one (timeit). */
export interface PairedWorkerSide<S = unknown> {
  python: string;
  env: NodeJS.ProcessEnv;
  projectDir: string;
  harnessDir: string;
  scratchDir: string;
  timeit?: S;
}

/** The fields of a side's context every paired worker needs. */
export function pairedWorkerSide(ctx: SuiteRunContext): PairedWorkerSide<never> {
  return { python: ctx.python, env: ctx.env, projectDir: ctx.projectDir, harnessDir: ctx.harnessDir, scratchDir: ctx.scratchDir };
}

export interface SuiteDriver<S = unknown> {
  readonly kind: SuiteKind;
  /** pytest and pytest-benchmark must be importable in the venv (python-env installs them). */
  readonly needsPytestBenchmark: boolean;
  /** Python files the driver's processes load, written once per run into the harness folder: file name → source. */
  readonly harness: Readonly<Record<string, string>>;
  prepare(suite: SuiteSpec, projectDir: string): PreparedSuite;
  /** One fresh-process round of the whole suite. */
  runRound(ctx: SuiteRunContext, state: S): Promise<RoundResult>;
  /** Peak traced memory (bytes) of one call per benchmark, in one fresh process. */
  memory?(ctx: SuiteRunContext, state: S): Promise<Map<string, number>>;
  /** Runs one benchmark `iterations` times under cProfile in `dir`; returns the .prof path. */
  profile?(ctx: SuiteRunContext, state: S, name: string, iterations: number, dir: string): Promise<string>;
  /** What a regressed row gains from the rounds' breakdown (import-time: the imports that grew). */
  explainRegression?(row: Row, breakdown: Record<Side, Map<string, number[]>>): Partial<Row>;
  /** `method: paired`: what this kind's long-lived worker needs on one side (measure/paired/launch.ts starts it). */
  pairedWorker?(ctx: SuiteRunContext, state: S): PairedWorkerSide<S>;
  /** `shard: i/n`: only this share of the benchmarks (config/shard.ts: `keep` says which names are in it). */
  shard?(suite: SuiteSpec, state: S, keep: (name: string) => boolean, where: { projectDir: string; shard: Shard }): ShardedSuite<S>;
  // Room for the coming capabilities (none implemented yet):
  /** CPU instructions per call (valgrind), per benchmark. */
  instructions?(ctx: SuiteRunContext, state: S): Promise<Map<string, number>>;
}

/** The suite's file or folder in this commit, or null when the commit does not have it. */
export function suiteFileIn(suite: SuiteSpec, projectDir: string): string | null {
  const file = join(projectDir, suite.path.split('::')[0]);
  return existsSync(file) ? file : null;
}

export function isRunnable(prepared: PreparedSuite | undefined): prepared is { state?: unknown } {
  return Boolean(prepared && !('error' in prepared) && !('missing' in prepared));
}
