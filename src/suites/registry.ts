// The one place that knows every suite kind: kind → driver. Everything else asks the registry.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SuiteKind, type SuiteSpec } from '../model/settings.js';
import { type PreparedSuite, type SuiteDriver, type SuiteRunContext } from './driver.js';
import { importTimeDriver } from './import-time/driver.js';
import { pytestBenchmarkDriver } from './pytest-benchmark/driver.js';
import { emptyRound, type RoundResult } from './round-result.js';
import { timeitDriver } from './timeit/driver.js';

const DRIVERS: Record<SuiteKind, SuiteDriver> = {
  'pytest-benchmark': pytestBenchmarkDriver,
  timeit: timeitDriver,
  'import-time': importTimeDriver,
};

export function driverFor(kind: SuiteKind): SuiteDriver {
  return DRIVERS[kind];
}

/** Writes every driver's Python harness files once per run. */
export function writeHarness(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const driver of Object.values(DRIVERS)) for (const [file, source] of Object.entries(driver.harness)) writeFileSync(join(dir, file), source);
  return dir;
}

export function prepareSuite(suite: SuiteSpec, projectDir: string): PreparedSuite {
  return driverFor(suite.kind).prepare(suite, projectDir);
}

export async function runSuiteRound(ctx: SuiteRunContext, prepared: PreparedSuite): Promise<RoundResult> {
  mkdirSync(ctx.scratchDir, { recursive: true });
  if ('error' in prepared) return emptyRound(prepared.error);
  if ('missing' in prepared) return emptyRound();
  return driverFor(ctx.suite.kind).runRound(ctx, prepared.state);
}
