// Real measurements from /work/shared/data (see its README) as the judges' inputs: per-round samples of the
// noisy-rounds sets as `rounds` comparisons (slow-mode rounds set aside as rounds.ts does), and the paired duels
// as `paired` comparisons. For tests that need realistic p-values, spreads and slow rounds.
import { readFileSync } from 'node:fs';
import { type PairedComparison } from '../../src/judge/paired/judge-types.js';
import { slowRounds } from '../../src/judge/slow-rounds.js';
import { type Comparison } from '../../src/model/comparison.js';

const DATA = process.env.PY_PERF_GUARD_SHARED_DATA ?? '/work/shared/data';
const read = (file: string) => JSON.parse(readFileSync(`${DATA}/${file}`, 'utf8'));

/** One set of noisy-rounds.json (`A/A`, `A/B-1`, `A/B-2`), `rounds` rounds per side, as rounds.ts would hand them to judge(). */
export function roundsComparisons(set: string, interpreter: string, rounds = 16): Comparison[] {
  const s = read('noisy-rounds.json').sets[set];
  const sides = { base: [] as Map<string, number>[], head: [] as Map<string, number>[] };
  s.order.forEach((side: string, r: number) => {
    const list = side === 'A' ? sides.base : sides.head;
    if (list.length < rounds) list.push(new Map(s.benchmarks.map((b: string, k: number) => [b, s.median_us[r][k] * 1e-6])));
  });
  const slow = { base: slowRounds(sides.base), head: slowRounds(sides.head) };
  const pick = (side: 'base' | 'head', name: string, keptOnly: boolean) => sides[side].filter((_, r) => !keptOnly || !slow[side][r]).map((m) => m.get(name)!);
  return s.benchmarks.map((name: string) => {
    const c: Comparison = { suite: 'benchmarks/', name, interpreter, base: pick('base', name, true), head: pick('head', name, true) };
    if (slow.base.some(Boolean) || slow.head.some(Boolean)) {
      c.slowRounds = { base: slow.base.filter(Boolean).length, head: slow.head.filter(Boolean).length };
      c.all = { base: pick('base', name, false), head: pick('head', name, false) };
    }
    return c;
  });
}

/** paired-duels-{aa,ab}-load.json as `paired` comparisons: each benchmark's duel values per worker pair. */
export function pairedComparisons(file: 'paired-duels-aa-load.json' | 'paired-duels-ab-load.json', interpreter: string): PairedComparison[] {
  const d = read(file);
  return Object.entries(d.log_ratios as Record<string, number[][]>).map(([name, pairs]) => ({ suite: 'benchmarks/', name, interpreter, pairs }));
}
