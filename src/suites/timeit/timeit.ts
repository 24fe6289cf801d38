// timeit suites: a TOML file of statements, read here (so Python 3.10 and PyPy need no TOML parser),
// timed by the stdlib-only harness in a fresh process per round.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTomlFile } from '../../config/toml.js';
import { describeFailure, type ProcessResult } from '../../io/process.js';
import { type RoundStatistic } from '../../model/settings.js';
import { emptyRound, recordSample, summarize, type RoundResult } from '../round-result.js';
import { type SuiteRunContext } from '../driver.js';
import { TIMEIT_HARNESS_FILE } from './harness.js';

export interface TimeitBenchmark {
  name: string;
  stmt: string;
  setup: string;
  number: number;
  gc: boolean;
}

export interface TimeitSuite {
  setup: string;
  benchmarks: TimeitBenchmark[];
}

/** Inner repeats per round; the round's sample is their min (or median/mean). */
export const TIMEIT_REPEAT = 5;
/** Autorange target per repeat, in seconds (python -m timeit uses 0.2 s; rounds are many, so less). */
export const TIMEIT_TARGET_SECONDS = 0.02;

const DEFAULT_KEYS = ['setup', 'gc'];
const BENCHMARK_KEYS = ['name', 'stmt', 'setup', 'number', 'gc'];

function fail(file: string, where: string, message: string): never {
  throw new Error(`${file}: ${where} ${message}`);
}

function checkKeys(file: string, where: string, table: Record<string, unknown>, allowed: string[]): void {
  for (const key of Object.keys(table)) if (!allowed.includes(key)) fail(file, where, `has unknown key ${JSON.stringify(key)}: expected ${allowed.join(', ')}`);
}

function optionalString(file: string, where: string, table: Record<string, unknown>, key: string): string {
  const v = table[key];
  if (v === undefined) return '';
  if (typeof v !== 'string') fail(file, where, `${key} is ${JSON.stringify(v)}: expected a string`);
  return v;
}

function optionalBoolean(file: string, where: string, table: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const v = table[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') fail(file, where, `${key} is ${JSON.stringify(v)}: expected true or false`);
  return v;
}

/** Parses and validates a timeit suite file; errors name the file, the benchmark and the key. */
export function parseTimeitSuite(text: string, file: string): TimeitSuite {
  const parsed = parseTomlFile(text, file);
  if ('error' in parsed) throw new Error(parsed.error);
  const doc = parsed.doc;
  checkKeys(file, 'top level', doc, ['defaults', 'benchmark']);
  const defaults = (doc.defaults ?? {}) as Record<string, unknown>;
  checkKeys(file, '[defaults]', defaults, DEFAULT_KEYS);
  const gcDefault = optionalBoolean(file, '[defaults]', defaults, 'gc', false);
  const list = doc.benchmark;
  if (!Array.isArray(list) || list.length === 0) fail(file, '', 'has no [[benchmark]] tables');
  const seen = new Set<string>();
  const benchmarks = list.map((raw, i) => {
    const table = raw as Record<string, unknown>;
    // Named as soon as it has a name, so every message says which benchmark.
    const where = `[[benchmark]] #${i + 1}${typeof table.name === 'string' && table.name ? ` (${table.name})` : ''}`;
    checkKeys(file, where, table, BENCHMARK_KEYS);
    const name = optionalString(file, where, table, 'name');
    const stmt = optionalString(file, where, table, 'stmt');
    if (!name) fail(file, where, 'needs a name');
    if (!stmt) fail(file, where, 'needs a stmt');
    if (seen.has(name)) fail(file, where, `repeats the name ${JSON.stringify(name)}`);
    seen.add(name);
    const number = table.number ?? 0;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 0) fail(file, where, `number is ${JSON.stringify(number)}: expected a whole number, 0 for autorange`);
    return { name, stmt, setup: optionalString(file, where, table, 'setup'), number, gc: optionalBoolean(file, where, table, 'gc', gcDefault) };
  });
  return { setup: optionalString(file, '[defaults]', defaults, 'setup'), benchmarks };
}

/** One benchmark's entry in the harness output: timings, a profile or a memory peak, or an error. */
export interface HarnessResult {
  name: string;
  times?: number[];
  warmup?: number;
  error?: string;
  profile?: string;
  iterations?: number;
  peak_bytes?: number;
}

interface HarnessOutput {
  results: HarnessResult[];
}

export function parseTimeitRound(output: HarnessOutput | null, statistic: RoundStatistic, processFailure: string): RoundResult {
  if (!output) return emptyRound(processFailure);
  const result = emptyRound();
  for (const r of output.results) {
    if (r.error !== undefined) result.failures.set(r.name, r.error);
    else if (r.times) {
      recordSample(result, r.name, summarize(r.times), statistic);
      if (r.warmup) (result.warmups ??= new Map()).set(r.name, r.warmup);
    }
  }
  return result;
}

/**
 * Runs the stdlib harness once on the suite, with `extra` spec keys for the other passes (`profile`, `memory`);
 * `tag` names its files in the scratch folder. The output is null when the harness failed as a whole.
 */
export async function runTimeitHarness(ctx: SuiteRunContext, suite: TimeitSuite, extra: object, tag: string): Promise<{ process: ProcessResult; results: HarnessResult[] | null }> {
  const specPath = join(ctx.scratchDir, `${tag}-spec.json`);
  const outPath = join(ctx.scratchDir, `${tag}-out.json`);
  writeFileSync(specPath, JSON.stringify({ ...suite, repeat: TIMEIT_REPEAT, target_time: TIMEIT_TARGET_SECONDS, warmup: ctx.jit, ...extra }));
  writeFileSync(outPath, '');
  const process = await ctx.run(ctx.python, [join(ctx.harnessDir, TIMEIT_HARNESS_FILE), specPath, outPath], { cwd: ctx.projectDir, env: ctx.env, timeoutMs: ctx.timeoutMs });
  try {
    return { process, results: process.code === 0 ? (JSON.parse(readFileSync(outPath, 'utf8')) as HarnessOutput).results : null };
  } catch {
    return { process, results: null };
  }
}

export async function runTimeitRound(ctx: SuiteRunContext, suite: TimeitSuite): Promise<RoundResult> {
  const { process, results } = await runTimeitHarness(ctx, suite, {}, 'timeit');
  return parseTimeitRound(results && { results }, ctx.statistic, describeFailure(process, `timeit harness on ${ctx.suite.path}`, ctx.timeoutMs));
}
