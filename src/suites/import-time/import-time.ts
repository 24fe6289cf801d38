// Import time as benchmarks: `python -X importtime -c "import mod"` in a fresh process per module and round,
// the sample being mod's cumulative import time. Each round also keeps every submodule's cumulative time,
// so a regression can name the imports that grew (usually a heavy dependency imported eagerly).
import { describeFailure } from '../../io/process.js';
import { median } from '../../stats/quantile.js';
import { emptyRound, recordSample, type RoundResult } from '../round-result.js';
import { type SuiteRunContext } from '../driver.js';

export function importBenchmarkName(module: string): string {
  return `import ${module}`;
}

/** `import time: self [us] | cumulative | imported package` lines → package → cumulative seconds. */
export function parseImportTime(stderr: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of stderr.split('\n')) {
    const m = /^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|\s+(\S.*)$/.exec(line.trimEnd());
    if (m) out.set(m[3].trim(), Number(m[2]) * 1e-6);
  }
  return out;
}

export async function runImportTimeRound(ctx: SuiteRunContext): Promise<RoundResult> {
  const result = emptyRound();
  for (const module of ctx.suite.args) {
    const name = importBenchmarkName(module);
    const r = await ctx.run(ctx.python, ['-X', 'importtime', '-c', `import ${module}`], { cwd: ctx.projectDir, env: { ...ctx.env, PYTHONDONTWRITEBYTECODE: '' }, timeoutMs: ctx.timeoutMs });
    const times = parseImportTime(r.stderr);
    if (r.code !== 0 || !times.has(module)) {
      result.failures.set(name, describeFailure(r, `import ${module}`));
      continue;
    }
    const t = times.get(module)!;
    recordSample(result, name, { min: t, median: t, mean: t }, ctx.statistic);
    (result.breakdown ??= new Map()).set(name, times);
  }
  return result;
}

export interface ImportGrowth {
  module: string;
  base: number;
  head: number;
}

/**
 * The submodules whose cumulative import time grew most between base and head (medians over rounds),
 * not counting the imported module itself. New imports count from zero.
 */
export function importGrowth(base: Map<string, number[]>, head: Map<string, number[]>, self: string, top = 5): ImportGrowth[] {
  const med = (xs: number[] | undefined) => (xs?.length ? median(xs) : 0);
  return [...head.keys()]
    .filter((m) => m !== self)
    .map((m) => ({ module: m, base: med(base.get(m)), head: med(head.get(m)) }))
    .filter((g) => g.head > g.base)
    .sort((a, b) => b.head - b.base - (a.head - a.base))
    .slice(0, top);
}
