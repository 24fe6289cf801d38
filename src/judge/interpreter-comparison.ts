// Comparing interpreters on the same code: on a PR that changes the project's Python (old → new), or for
// every interpreter against the first with `compare-interpreters`. The head commit runs on both; the
// "base" side of such a unit is the old (first) interpreter, the "head" side the new one. Pure.
import { type Comparison } from '../model/comparison.js';
import { type InterpreterComparison } from '../model/report.js';
import { geomeanOf } from './geomean.js';
import { type PairedComparison } from './paired/judge-types.js';
import { judgeRun } from './run-verdicts.js';
import { type VerdictOptions } from './verdicts.js';

export function crossLabel(from: string, to: string): string {
  return `${from} → ${to}`;
}

/**
 * Rows per interpreter comparison, judged as their own family (they don't dilute the PR's own FDR control);
 * `paired`: the comparisons measured by worker pairs (head on the old interpreter against head on the new one).
 */
export function judgeInterpreterComparisons(
  cross: InterpreterComparison[],
  comparisons: Comparison[],
  options: VerdictOptions,
  paired: readonly PairedComparison[] = [],
): InterpreterComparison[] {
  return cross.map((c) => {
    const mine = <T extends { interpreter: string }>(list: readonly T[]) => list.filter((x) => x.interpreter === c.label);
    const rows = judgeRun(mine(comparisons), mine(paired), options);
    return { ...c, rows, geomean: geomeanOf(rows, 1 - options.alpha) };
  });
}
