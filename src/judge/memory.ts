// Memory verdicts: peak traced memory per call is close to deterministic, so it is judged as such: when
// every round of a side gives the same peak, the two peaks are compared directly; when they vary, a change
// counts only if every head round is beyond every base round by the threshold. Pure.
import { type MemoryResult, type MemoryVerdict } from '../model/row.js';
import { median } from '../stats/quantile.js';

/** Judges peak bytes per round of each side. Pure. */
export function judgeMemory(base: readonly number[], head: readonly number[], threshold: number): MemoryResult | undefined {
  if (!base.length || !head.length) return undefined;
  const exact = new Set(base).size === 1 && new Set(head).size === 1;
  const [b, h] = [median(base), median(head)];
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
