// The instruction pass: runs a suite's benchmarks under callgrind (PYTHONHASHSEED=0, ASLR off where setarch
// allows) through the counting scripts, and reads back instructions per call per benchmark. One function
// per suite kind, each one process; countSide runs several processes of one side and collects their counts.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeFailure } from '../../io/process.js';
import { dumpsByProcess, perCall, processDumps } from '../../judge/callgrind-dump.js';
import { type SuiteRunContext } from '../../suites/driver.js';
import { benchmarkName, suiteDirectory } from '../../suites/pytest-benchmark/pytest-benchmark.js';
import { type TimeitSuite } from '../../suites/timeit/timeit.js';
import { PYTHON_SOURCES } from './python-sources.generated.js';
import { callgrindCommand, type ValgrindSetup } from './valgrind.js';

export const COUNT_TIMEIT_SCRIPT = 'py_perf_guard_count.py';
export const COUNT_PYTEST_PLUGIN = 'py_perf_guard_count_plugin';
/** Calls counted per benchmark after its warm-up call: counts barely vary, so few are enough. */
export const INSTRUCTION_CALLS = 5;
/** Processes per side: two agree to the instruction when ASLR is off; when they don't, their spread is judged with. */
export const INSTRUCTION_PROCESSES = 2;

/**
 * What a counting process needs: a SuiteRunContext's fields, with harnessDir holding the counting scripts
 * (writeCountScripts) and timeoutMs per process, scaled for valgrind (Python runs ~20–50× slower under callgrind).
 */
export type CountContext = Pick<SuiteRunContext, 'run' | 'python' | 'env' | 'projectDir' | 'suite' | 'harnessDir' | 'scratchDir' | 'timeoutMs'>;

export interface CountOptions {
  valgrind: ValgrindSetup;
  calls?: number;
  processes?: number;
  /** The parsed suite, for timeit suites. */
  timeit?: TimeitSuite;
  /** Run without valgrind (the bytecode-cache warm-up of countSide); no counts come out. */
  plain?: boolean;
}

/** One process's result: instructions per call by benchmark name, per-benchmark errors, or a failure of the whole process. */
export interface CountPass {
  counts: Map<string, number>;
  failures: Map<string, string>;
  error?: string;
}

/** Writes the counting script and plugin into `dir` (beside the timing harness files). */
export function writeCountScripts(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const [file, source] of Object.entries(PYTHON_SOURCES)) writeFileSync(join(dir, file), source);
  return dir;
}

const failedPass = (error: string): CountPass => ({ counts: new Map(), failures: new Map(), error });

/** Runs python args under callgrind in a fresh dump folder; returns the process result and a reader of its dumps. */
async function underCallgrind(ctx: CountContext, opts: CountOptions, tag: string, args: string[], env: NodeJS.ProcessEnv) {
  const outDir = join(ctx.scratchDir, `callgrind-${tag}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const { command, args: argv } = opts.plain ? { command: ctx.python, args } : callgrindCommand(opts.valgrind, outDir, ctx.python, args);
  const process = await ctx.run(command, argv, { cwd: ctx.projectDir, env: { ...env, PYTHONHASHSEED: '0' }, timeoutMs: ctx.timeoutMs });
  /** Dump number → instructions of process `pid` (undefined: the only process), checked against its marker count. */
  let byPid: Map<number, Map<number, number>> | undefined;
  const dumps = (pid: number | undefined, markers: number) => {
    byPid ??= dumpsByProcess(readdirSync(outDir).map((name) => ({ name, text: readFileSync(join(outDir, name), 'utf8') })));
    return processDumps(byPid, pid, markers);
  };
  const done = () => rmSync(outDir, { recursive: true, force: true });
  return { process, dumps, done };
}

/** One benchmark's count, or its failure: each counted in its own child, a bad dump fails that benchmark alone. */
function settle(pass: CountPass, name: string, count: () => number): void {
  try {
    pass.counts.set(name, count());
  } catch (e) {
    pass.failures.set(name, `instruction count: ${(e as Error).message}`);
  }
}

function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Per benchmark: the forked child that counted it (pid, its marker count) and its dumps, or its error. */
interface TimeitCountOutput {
  results: { name: string; pid: number; empty?: number; dump?: number; calls?: number; markers?: number; error?: string }[];
}

/** timeit suite: one process counting every benchmark of the suite, each in a forked child (spec as the timing harness reads it). */
export async function countTimeitProcess(ctx: CountContext, opts: CountOptions, tag: string): Promise<CountPass> {
  const specPath = join(ctx.scratchDir, `count-${tag}-spec.json`);
  const outPath = join(ctx.scratchDir, `count-${tag}-out.json`);
  writeFileSync(specPath, JSON.stringify({ ...opts.timeit, instructions: { calls: opts.calls ?? INSTRUCTION_CALLS } }));
  rmSync(outPath, { force: true });
  const run = await underCallgrind(ctx, opts, tag, [join(ctx.harnessDir, COUNT_TIMEIT_SCRIPT), specPath, outPath], ctx.env);
  try {
    const out = run.process.code === 0 ? readJson<TimeitCountOutput>(outPath) : null;
    if (!out) return failedPass(describeFailure(run.process, `instruction count of ${ctx.suite.path}`, ctx.timeoutMs));
    const result: CountPass = { counts: new Map(), failures: new Map() };
    for (const r of out.results) {
      if (r.error !== undefined || r.dump === undefined || r.empty === undefined) result.failures.set(r.name, r.error ?? 'not counted');
      else settle(result, r.name, () => perCall(run.dumps(r.pid, r.markers ?? 0), [r.dump!], r.empty!, r.calls ?? 1));
    }
    return result;
  } catch (e) {
    return failedPass(`instruction count of ${ctx.suite.path}: ${(e as Error).message}`);
  } finally {
    run.done();
  }
}

interface PytestCountOutput {
  rootdir: string;
  /** Per test: the forked child that ran it (pid, its marker count) and the dumps of its regions. */
  benchmarks: Record<string, { pid: number; markers: number; dumps: number[]; empty: number; calls: number }>;
  errors: Record<string, string>;
  exitstatus: number;
}

/** pytest-benchmark's own options mean nothing without it (and pytest would reject them as unknown). */
export function countingPytestArgs(args: readonly string[]): string[] {
  return args.filter((a) => !a.startsWith('--benchmark-'));
}

/** pytest-benchmark suite: one pytest process with our counting `benchmark` fixture instead of pytest-benchmark's, each test in a forked child. */
export async function countPytestProcess(ctx: CountContext, opts: CountOptions, tag: string): Promise<CountPass> {
  const outPath = join(ctx.scratchDir, `count-${tag}-out.json`);
  rmSync(outPath, { force: true });
  const env = {
    ...ctx.env,
    PYTHONPATH: [ctx.harnessDir, ctx.env.PYTHONPATH].filter(Boolean).join(':'),
    PY_PERF_GUARD_INSTRUCTIONS_OUT: outPath,
    PY_PERF_GUARD_INSTRUCTIONS_CALLS: String(opts.calls ?? INSTRUCTION_CALLS),
  };
  const args = [
    '-m',
    'pytest',
    ctx.suite.path,
    '-p',
    'no:benchmark',
    '-p',
    COUNT_PYTEST_PLUGIN,
    '-p',
    'no:cacheprovider',
    '-q',
    ...countingPytestArgs(ctx.suite.args),
  ];
  const run = await underCallgrind(ctx, opts, tag, args, env);
  try {
    const out = readJson<PytestCountOutput>(outPath);
    if (!out) return failedPass(describeFailure(run.process, `instruction count of pytest ${ctx.suite.path}`, ctx.timeoutMs));
    const suiteDir = suiteDirectory(ctx.projectDir, ctx.suite.path);
    const name = (node: string) => benchmarkName(node, out.rootdir, suiteDir);
    const result: CountPass = { counts: new Map(), failures: new Map() };
    for (const [node, b] of Object.entries(out.benchmarks)) settle(result, name(node), () => perCall(run.dumps(b.pid, b.markers), b.dumps, b.empty, b.calls));
    for (const [node, message] of Object.entries(out.errors)) result.failures.set(name(node), message);
    if (!result.counts.size && !result.failures.size) result.error = `no benchmarks counted in ${ctx.suite.path}`;
    return result;
  } catch (e) {
    return failedPass(`instruction count of pytest ${ctx.suite.path}: ${(e as Error).message}`);
  } finally {
    run.done();
  }
}

/**
 * The -c program of the import-time count: two empty regions (the second, warm one is subtracted), then the
 * import. Markers 1–4: dump 3 is the empty region, dump 4 the import.
 */
export function importCountProgram(module: string): string {
  return `import os; y = os.sched_yield; y(); y(); y(); import ${module}; y()`;
}

/** import-time: `import mod` counted in a fresh process per module (after one plain import, so bytecode caches exist). */
export async function countImportProcess(ctx: CountContext, opts: CountOptions, tag: string): Promise<CountPass> {
  const result: CountPass = { counts: new Map(), failures: new Map() };
  for (const [i, module] of ctx.suite.args.entries()) {
    const name = `import ${module}`;
    const env = { ...ctx.env, PYTHONDONTWRITEBYTECODE: '' };
    await ctx.run(ctx.python, ['-c', `import ${module}`], { cwd: ctx.projectDir, env, timeoutMs: ctx.timeoutMs });
    const run = await underCallgrind(ctx, opts, `${tag}-${i}`, ['-c', importCountProgram(module)], env);
    try {
      if (run.process.code !== 0) result.failures.set(name, describeFailure(run.process, `import ${module}`, ctx.timeoutMs));
      else result.counts.set(name, perCall(run.dumps(undefined, 4), [4], 3, 1));
    } catch (e) {
      result.failures.set(name, `instruction count of import ${module}: ${(e as Error).message}`);
    } finally {
      run.done();
    }
  }
  return result;
}

/** Per-call counts of each benchmark over `processes` processes of one side; a benchmark fails when any process failed it. */
export interface SideCounts {
  counts: Map<string, number[]>;
  failures: Map<string, string>;
  error?: string;
}

/**
 * Counts one suite on one side (commit × interpreter) in opts.processes fresh processes, one after another.
 * First one plain run (1 call, no valgrind) writes the bytecode caches: a module compiled from source leaves
 * a different heap than one loaded from its .pyc, which moved counts by up to 0.2% between the first
 * process of a fresh checkout and the next.
 */
export async function countSide(ctx: CountContext, opts: CountOptions): Promise<SideCounts> {
  const one = ctx.suite.kind === 'timeit' ? countTimeitProcess : ctx.suite.kind === 'import-time' ? countImportProcess : countPytestProcess;
  const side: SideCounts = { counts: new Map(), failures: new Map() };
  mkdirSync(ctx.scratchDir, { recursive: true });
  if (ctx.suite.kind !== 'import-time') await one(ctx, { ...opts, calls: 1, plain: true }, 'warm');
  for (let p = 0; p < (opts.processes ?? INSTRUCTION_PROCESSES); p++) {
    const pass = await one(ctx, opts, `p${p}`);
    if (pass.error) return { ...side, error: pass.error };
    for (const [name, n] of pass.counts) side.counts.set(name, [...(side.counts.get(name) ?? []), n]);
    for (const [name, message] of pass.failures) if (!side.failures.has(name)) side.failures.set(name, message);
  }
  for (const name of side.failures.keys()) side.counts.delete(name);
  return side;
}
