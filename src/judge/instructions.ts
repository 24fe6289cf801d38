// Judging instruction counts per row. Counts are near-deterministic data (like memory peaks): with
// PYTHONHASHSEED=0 and ASLR off two processes of one commit usually agree to the instruction, so no
// statistical test is needed. Each side is a few processes' per-call counts; their relative range is
// the measured spread. A change counts when it passes the threshold AND is well clear of that spread:
// |ratio − 1| > max(threshold, 3 × spread). Three spreads because the spread of 2–3 processes
// underestimates how far one more process could land, and a ratio mixes two sides' wobble. Pure.
import { type InstructionFailure, type InstructionResult, type InstructionRow, type InstructionVerdict } from '../model/instructions.js';
import { median } from '../stats/quantile.js';

/** (max − min) / median of one side's per-process counts. */
export function relativeSpread(xs: readonly number[]): number {
  const m = median(xs);
  return m > 0 ? (Math.max(...xs) - Math.min(...xs)) / m : 0;
}

/** Rounds a ratio or spread for the report (6 significant decimals: a 0.01% change still shows). */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Judges per-call instruction counts of base and head (one value per counting process) at `threshold`
 * (0.01 = 1%). `improvement` mirrors `regression`: ratio ≤ 1/(1 + threshold), as for time.
 */
export function judgeInstructions(base: readonly number[], head: readonly number[], threshold: number): InstructionRow | undefined {
  if (!base.length || !head.length) return undefined;
  const [b, h] = [median(base), median(head)];
  const ratio = b > 0 ? h / b : h > 0 ? Infinity : 1;
  const spread = Math.max(relativeSpread(base), relativeSpread(head));
  const clear = (change: number) => change > 3 * spread;
  let verdict: InstructionVerdict = 'unchanged';
  if (ratio >= 1 + threshold && clear(ratio - 1)) verdict = 'regression';
  else if (ratio <= 1 / (1 + threshold) && clear(1 - ratio)) verdict = 'improvement';
  return { base: Math.round(b), head: Math.round(h), ratio: round6(ratio), spread: round6(spread), verdict };
}

/** The instruction part of a row that could not be counted (the timing part of the row is unaffected). */
export function instructionFailure(failedOn: InstructionFailure['failed_on'], error: string): InstructionFailure {
  return { verdict: 'failed', failed_on: failedOn, error };
}

/** One side's counts as countSide returns them: per-call counts per process, per-benchmark errors, or a whole-side error. */
export interface CountedSide {
  counts: ReadonlyMap<string, readonly number[]>;
  failures: ReadonlyMap<string, string>;
  error?: string;
}

/**
 * The instruction part of every row of one suite × interpreter: judged where both sides counted it, `failed`
 * (on the side that failed, base first) where either could not; a benchmark on one side only gets nothing
 * (it is `added`/`removed` already).
 */
export function judgeInstructionSides(base: CountedSide, head: CountedSide, threshold: number): Map<string, InstructionResult> {
  const rows = new Map<string, InstructionResult>();
  const names = new Set([...base.counts.keys(), ...base.failures.keys(), ...head.counts.keys(), ...head.failures.keys()]);
  for (const name of names) {
    const failure = (['base', 'head'] as const)
      .map((side) => ({ side, error: (side === 'base' ? base : head).error ?? (side === 'base' ? base : head).failures.get(name) }))
      .find((f) => f.error !== undefined);
    const b = base.counts.get(name);
    const h = head.counts.get(name);
    if (failure) rows.set(name, instructionFailure(failure.side, failure.error!));
    else if (b && h) rows.set(name, judgeInstructions(b, h, threshold)!);
  }
  return rows;
}
