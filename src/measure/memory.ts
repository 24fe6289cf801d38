// Memory: peak traced memory (tracemalloc) of one benchmark call, on base and head, each round in a
// process of its own (interleaved like the timing rounds). Allocations are close to deterministic, so they
// are judged as such: when every round of a side gives the same peak, the two peaks are compared directly;
// when they vary, a change counts only if every head round is beyond every base round by the threshold.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type MeasureUnit, type SideSetup, sideOrder } from './rounds.js';
import { benchmarkName, pytestEnvironment, pytestPrefix, suiteDirectory } from '../suites/pytest-benchmark/pytest-benchmark.js';
import { runTimeitHarness } from '../suites/timeit/timeit.js';
import { type MemoryResult, type MemoryVerdict } from '../model/row.js';
import { type Side } from '../model/side.js';

export const MEMORY_ROUNDS = 3;

/** Judges peak bytes per round of each side. Pure. */
export function judgeMemory(base: readonly number[], head: readonly number[], threshold: number): MemoryResult | undefined {
  if (!base.length || !head.length) return undefined;
  const med = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const exact = new Set(base).size === 1 && new Set(head).size === 1;
  const [b, h] = [med(base), med(head)];
  const ratio = b > 0 ? h / b : h > 0 ? Infinity : 1;
  const grew = (lo: number, hi: number) => (lo > 0 ? hi / lo >= 1 + threshold : hi > 0);
  let verdict: MemoryVerdict;
  if (exact) verdict = grew(b, h) ? 'regression' : grew(h, b) ? 'improvement' : 'unchanged';
  else if (grew(Math.max(...base), Math.min(...head))) verdict = 'regression';
  else if (grew(Math.max(...head), Math.min(...base))) verdict = 'improvement';
  else if (grew(Math.min(...base), Math.max(...head)) || grew(Math.min(...head), Math.max(...base))) verdict = 'inconclusive';
  else verdict = 'unchanged';
  return { base: b, head: h, ratio, verdict, exact };
}

async function memoryRound(side: SideSetup): Promise<Map<string, number>> {
  const ctx = side.ctx!;
  const out = new Map<string, number>();
  const timeit = side.prepared && 'timeit' in side.prepared ? side.prepared.timeit : undefined;
  if (timeit) {
    const { results } = await runTimeitHarness(ctx, timeit, { memory: true }, 'memory');
    for (const x of results ?? []) if (typeof x.peak_bytes === 'number') out.set(x.name, x.peak_bytes);
  } else if (ctx.suite.kind === 'pytest-benchmark') {
    const outcomes = join(ctx.scratchDir, 'memory-outcomes.json');
    rmSync(outcomes, { force: true });
    const env = pytestEnvironment(ctx, { PY_PERF_GUARD_MEMORY: '1', PY_PERF_GUARD_OUTCOMES: outcomes });
    await ctx.run(ctx.python, [...pytestPrefix(ctx.suite.path), ...ctx.suite.args, '--benchmark-disable'], { cwd: ctx.projectDir, env, timeoutMs: ctx.timeoutMs });
    try {
      const o = JSON.parse(readFileSync(outcomes, 'utf8'));
      const suiteDir = suiteDirectory(ctx.projectDir, ctx.suite.path);
      for (const [node, bytes] of Object.entries(o.memory ?? {})) out.set(benchmarkName(node, o.rootdir, suiteDir), bytes as number);
    } catch {
      // no outcomes: the suite crashed; its timing rows already say why
    }
  }
  return out;
}

/** Peak bytes per unit, side and benchmark, over MEMORY_ROUNDS interleaved rounds (CPython only: PyPy has no tracemalloc). */
export async function measureMemory(units: MeasureUnit[], log: (line: string) => void): Promise<Map<MeasureUnit, Record<Side, Map<string, number[]>>>> {
  const result = new Map<MeasureUnit, Record<Side, Map<string, number[]>>>();
  const eligible = units.filter((u) => !u.setupError && u.sides.base.ctx && u.sides.head.ctx && !u.sides.base.ctx.jit && !u.sides.head.ctx.jit && u.suite.kind !== 'import-time');
  for (let round = 0; round < MEMORY_ROUNDS; round++) {
    for (const unit of eligible) {
      const entry = result.get(unit) ?? { base: new Map(), head: new Map() };
      for (const side of sideOrder(round)) {
        for (const [name, bytes] of await memoryRound(unit.sides[side])) entry[side].set(name, [...(entry[side].get(name) ?? []), bytes]);
      }
      result.set(unit, entry);
    }
    log(`memory round ${round + 1} of ${MEMORY_ROUNDS}`);
  }
  return result;
}
