// Comparing interpreters on the same code: on a PR that changes the project's Python (old → new), or for
// every interpreter against the first with `compare-interpreters`. The head commit runs on both; the
// "base" side of such a unit is the old (first) interpreter, the "head" side the new one. Pure.
import { type Comparison } from '../model/comparison.js';
import { type InterpreterComparison } from '../model/report.js';
import { geomeanOf } from './geomean.js';
import { judge, type VerdictOptions } from './verdicts.js';

export function crossLabel(from: string, to: string): string {
  return `${from} → ${to}`;
}

/** Rows per interpreter comparison, judged as their own family (they don't dilute the PR's own FDR control). */
export function judgeInterpreterComparisons(cross: InterpreterComparison[], comparisons: Comparison[], options: VerdictOptions): InterpreterComparison[] {
  return cross.map((c) => {
    const rows = judge(comparisons.filter((x) => x.interpreter === c.label), options);
    return { ...c, rows, geomean: geomeanOf(rows, 1 - options.alpha) };
  });
}
