// pytest-benchmark suites: one pytest process per round, read back through --benchmark-json and the
// outcomes plugin (which says which benchmarks failed and why).
import { readFileSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describeFailure } from '../../io/process.js';
import { type RoundStatistic, type SuiteSpec } from '../../model/settings.js';
import { withKnownFix } from '../../text/failure-cause.js';
import { type SuiteRunContext } from '../driver.js';
import { emptyRound, recordSample, type RoundResult } from '../round-result.js';
import { PYTEST_PLUGIN_MODULE } from './outcomes-plugin.js';

/**
 * Our defaults come before the user's suite arguments, so the user's win (pytest keeps the last value).
 * Each round is a fresh process and many rounds are taken, so 0.1 s per benchmark per round is plenty.
 */
export const DEFAULT_PYTEST_BENCHMARK_ARGS = ['--benchmark-max-time=0.1'];

/** `python -m pytest <target>` with the outcomes plugin, as every pytest pass (rounds, profiles, memory) starts. */
export function pytestPrefix(target: string): string[] {
  return ['-m', 'pytest', target, '-p', PYTEST_PLUGIN_MODULE, '-p', 'no:cacheprovider', '-q'];
}

/** The venv's environment with the harness folder on PYTHONPATH (so `-p` finds the plugin), plus `extra`. */
export function pytestEnvironment(ctx: SuiteRunContext, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...ctx.env, PYTHONPATH: [ctx.harnessDir, ctx.env.PYTHONPATH].filter(Boolean).join(':'), ...extra };
}

export function pytestArguments(suite: SuiteSpec, jsonPath: string, jit = false): string[] {
  return [
    ...pytestPrefix(suite.path),
    '--benchmark-only',
    '--continue-on-collection-errors',
    ...DEFAULT_PYTEST_BENCHMARK_ARGS,
    ...(jit ? ['--benchmark-warmup=on'] : []),
    ...suite.args,
    `--benchmark-json=${jsonPath}`,
  ];
}

/** A node id relative to the suite's folder: `benchmarks/test_x.py::test_a[1]` → `test_x.py::test_a[1]`. */
export function benchmarkName(nodeId: string, rootDir: string, suiteDir: string): string {
  const sep = nodeId.indexOf('::');
  const file = sep < 0 ? nodeId : nodeId.slice(0, sep);
  const rest = sep < 0 ? '' : nodeId.slice(sep);
  const rel = relative(suiteDir, resolve(rootDir, file)).split('\\').join('/');
  return rel.startsWith('..') || isAbsolute(rel) ? nodeId : `${rel}${rest}`;
}

export function suiteDirectory(projectDir: string, suitePath: string): string {
  const path = resolve(projectDir, suitePath.split('::')[0]);
  return path.endsWith('.py') ? dirname(path) : path;
}

interface Outcomes {
  rootdir: string;
  failures: { nodeid: string; when: string; message: string }[];
  collect_errors: { nodeid: string; message: string }[];
  exitstatus: number;
  /** `shard: i/n`: benchmarks collected in this shard, and in others (py_perf_guard_shard.py). */
  shard?: { kept: number; deselected: number };
}

interface BenchmarkJson {
  benchmarks: { fullname: string; stats: { min: number; median: number; mean: number } }[];
}

export function parsePytestRound(
  benchJson: BenchmarkJson | null,
  outcomes: Outcomes | null,
  projectDir: string,
  suitePath: string,
  statistic: RoundStatistic,
  processFailure: string,
): RoundResult {
  if (!outcomes && !benchJson) return emptyRound(processFailure);
  const rootDir = outcomes?.rootdir ?? projectDir;
  const suiteDir = suiteDirectory(projectDir, suitePath);
  const name = (nodeId: string) => benchmarkName(nodeId, rootDir, suiteDir);
  const result = emptyRound();
  for (const b of benchJson?.benchmarks ?? []) recordSample(result, name(b.fullname), b.stats, statistic);
  for (const f of outcomes?.failures ?? []) {
    const n = name(f.nodeid);
    result.samples.delete(n);
    result.stats.delete(n);
    if (!result.failures.has(n)) result.failures.set(n, withKnownFix(f.when === 'call' ? f.message : `${f.when}: ${f.message}`));
  }
  for (const c of outcomes?.collect_errors ?? []) {
    const prefix = name(c.nodeid);
    result.brokenPrefixes.push({ prefix, error: withKnownFix(`collecting ${prefix}: ${c.message}`) });
  }
  if (result.samples.size === 0 && result.failures.size === 0 && result.brokenPrefixes.length === 0) {
    if (outcomes?.shard?.kept === 0 && outcomes.shard.deselected > 0) return { ...result, outsideShard: true };
    result.suiteError = outcomes?.exitstatus === 5 ? `no benchmarks collected in ${suitePath}` : processFailure;
  }
  return result;
}

function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

export async function runPytestBenchmarkRound(ctx: SuiteRunContext): Promise<RoundResult> {
  const jsonPath = join(ctx.scratchDir, 'benchmark.json');
  const outcomesPath = join(ctx.scratchDir, 'outcomes.json');
  rmSync(jsonPath, { force: true });
  rmSync(outcomesPath, { force: true });
  const env = pytestEnvironment(ctx, { PY_PERF_GUARD_OUTCOMES: outcomesPath, PYTHONDONTWRITEBYTECODE: '1' });
  const r = await ctx.run(ctx.python, pytestArguments(ctx.suite, jsonPath, ctx.jit), { cwd: ctx.projectDir, env, timeoutMs: ctx.timeoutMs });
  const failure = describeFailure(r, `pytest ${ctx.suite.path}`, ctx.timeoutMs);
  return parsePytestRound(readJson<BenchmarkJson>(jsonPath), readJson<Outcomes>(outcomesPath), ctx.projectDir, ctx.suite.path, ctx.statistic, failure);
}
