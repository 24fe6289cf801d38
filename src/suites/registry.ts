// Runs one round of one suite on one commit, whatever its kind.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PYTEST_PLUGIN_MODULE, PYTEST_PLUGIN_SOURCE } from './pytest-benchmark/outcomes-plugin.js';
import { TIMEIT_HARNESS_SOURCE } from './timeit/harness.js';
import { type RunProcess } from '../io/process.js';
import { type RoundStatistic, type SuiteSpec } from '../model/settings.js';
import { IMPORT_TIME_SUITE, runImportTimeRound } from './import-time/import-time.js';
import { runPytestBenchmarkRound } from './pytest-benchmark/pytest-benchmark.js';
import { emptyRound, type RoundResult } from './round-result.js';
import { parseTimeitSuite, runTimeitRound, type TimeitSuite } from './timeit/timeit.js';

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

/** Writes the Python harness files once per run. */
export function writeHarness(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${PYTEST_PLUGIN_MODULE}.py`), PYTEST_PLUGIN_SOURCE);
  writeFileSync(join(dir, 'py_perf_guard_timeit.py'), TIMEIT_HARNESS_SOURCE);
  return dir;
}

/**
 * A suite prepared for one commit: runnable, failed before any round (e.g. a bad TOML file), or absent
 * (a PR that adds a suite: its benchmarks are `added`).
 */
export type PreparedSuite = { error: string } | { missing: true } | { timeit?: TimeitSuite };

export function prepareSuite(suite: SuiteSpec, projectDir: string): PreparedSuite {
  if (suite.kind === IMPORT_TIME_SUITE) return {};
  const file = join(projectDir, suite.path.split('::')[0]);
  if (!existsSync(file)) return { missing: true };
  if (suite.kind !== 'timeit') return {};
  try {
    return { timeit: parseTimeitSuite(readFileSync(file, 'utf8'), suite.path) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

export async function runSuiteRound(ctx: SuiteRunContext, prepared: PreparedSuite): Promise<RoundResult> {
  mkdirSync(ctx.scratchDir, { recursive: true });
  if ('error' in prepared) return emptyRound(prepared.error);
  if ('missing' in prepared) return emptyRound();
  if (ctx.suite.kind === 'timeit') return runTimeitRound(ctx, prepared.timeit!);
  if (ctx.suite.kind === IMPORT_TIME_SUITE) return runImportTimeRound(ctx);
  return runPytestBenchmarkRound(ctx);
}
