// The one place that knows every suite kind: kind → driver. Everything else asks the registry.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inShard } from '../config/shard.js';
import { type Shard, type SuiteKind, type SuiteSpec } from '../model/settings.js';
import { isRunnable, type PreparedSuite, type SuiteDriver, type SuiteRunContext } from './driver.js';
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

/** A side's suite as this job measures it: its spec, what prepare gave, and extra environment for its processes. */
export interface ShardSide {
  suite: SuiteSpec;
  prepared: PreparedSuite;
  env: Record<string, string>;
}

/**
 * `shard: i/n`: the side cut down to the shard's benchmarks. A suite with none of them in the shard reads as
 * missing (`outsideShard`): the same names hash the same on both commits, so what the other side has is new.
 */
export function shardSide(suite: SuiteSpec, prepared: PreparedSuite, projectDir: string, shard: Shard | undefined): ShardSide {
  const driver = driverFor(suite.kind);
  if (!shard || !isRunnable(prepared) || !driver.shard) return { suite, prepared, env: {} };
  const cut = driver.shard(suite, prepared.state, (name) => inShard(name, shard), { projectDir, shard });
  if (cut.empty) return { suite, prepared: { missing: true, outsideShard: true }, env: {} };
  return { suite: cut.suite, prepared: { state: cut.state }, env: cut.env ?? {} };
}

export async function runSuiteRound(ctx: SuiteRunContext, prepared: PreparedSuite): Promise<RoundResult> {
  mkdirSync(ctx.scratchDir, { recursive: true });
  if ('error' in prepared) return emptyRound(prepared.error);
  if ('missing' in prepared) return emptyRound();
  return driverFor(ctx.suite.kind).runRound(ctx, prepared.state);
}
