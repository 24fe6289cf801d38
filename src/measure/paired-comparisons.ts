// From what the paired engine measured to the statistics' input, and which units `paired` serves at all. Pure.
// Rows, side errors and the added/removed/failed rules are 1.0's (unit-rows.ts), so a benchmark gets the same
// verdict kind under either method; the timings are the worker pairs' duels.
import { type PairedComparison } from '../judge/paired/judge-types.js';
import { type Side } from '../model/side.js';
import { driverFor } from '../suites/registry.js';
import { type PairedUnitResult } from './paired/types.js';
import { runnable, type MeasureUnit } from './rounds.js';
import { rowsWithBorrowedNames, unitRowSkeletons, type SideOutcome } from './unit-rows.js';

/** Whether a unit is measured by worker pairs, and if not, why (for a notice) — or quietly, by rounds. */
export type PairedPlan = { paired: true } | { paired: false; notice?: string };

export function pairedPlan(unit: MeasureUnit): PairedPlan {
  const where = `${unit.suite.path} on ${unit.interpreter}`;
  if (!driverFor(unit.suite.kind).pairedWorker)
    return { paired: false, notice: `${where}: ${unit.suite.kind} suites are measured by rounds (a fresh process per import: it has no paired worker)` };
  // Missing, broken or not set up on a side: rounds reports it (one round of the side that runs, if any).
  if (unit.setupError || !runnable(unit.sides.base) || !runnable(unit.sides.head)) return { paired: false };
  return { paired: true };
}

/** A unit the engine could not serve after all: why it goes to `rounds` (null: it was served). */
export function fallbackReason(unit: MeasureUnit, result: PairedUnitResult): string | null {
  const where = `${unit.suite.path} on ${unit.interpreter}`;
  if (result.unsupported) return `${where}: the paired pytest plugin cannot serve ${result.unsupported}; this suite is measured by rounds`;
  if (result.suiteError)
    return `${where}: the paired ${result.suiteError.side} worker failed (${result.suiteError.error}); this suite is measured by rounds, which reports it`;
  return null;
}

function sideOutcome(result: PairedUnitResult, side: Side): SideOutcome {
  const failures = new Map<string, string>();
  for (const [name, f] of result.failures) if (f[side] !== undefined) failures.set(name, f[side]!);
  const own = side === 'base' ? result.removed : result.added;
  return {
    measured: new Set([...result.benchmarks.keys(), ...own]),
    failures,
    brokenPrefixes: [], // the engine already failed a broken file's benchmarks by name (pair.ts)
    ...(result.suiteError?.side === side ? { suiteError: result.suiteError.error } : {}),
  };
}

/** One unit's comparisons; `calibration` is the base-vs-base pair's result (`calibrate: true`). */
export function pairedUnitComparisons(
  unit: MeasureUnit,
  result: PairedUnitResult,
  calibration: PairedUnitResult | undefined,
  knownNames: readonly string[],
): PairedComparison[] {
  const outcomes = { base: sideOutcome(result, 'base'), head: sideOutcome(result, 'head') };
  return unitRowSkeletons(unit, outcomes, knownNames).map((skeleton) => {
    const b = result.benchmarks.get(skeleton.name);
    const solo = result.solo.get(skeleton.name);
    const c: PairedComparison = { ...skeleton, pairs: b?.pairs ?? [] };
    if (b) {
      c.base = b.baseBurst;
      c.head = b.headBurst;
      if (b.warmup) [c.warmupBursts, c.warmup] = [b.warmup, b.warmup * b.calls];
      c.clock = b.clock;
    }
    if (result.added.includes(skeleton.name)) c.only = 'head';
    if (result.removed.includes(skeleton.name)) c.only = 'base';
    if (solo) c[solo.side] = solo.burst;
    const floor = calibration?.benchmarks.get(skeleton.name)?.pairs[0];
    if (floor?.length) c.calibration = floor;
    return c;
  });
}

/** Every served unit's comparisons, in unit order. */
export function allPairedComparisons(
  units: readonly MeasureUnit[],
  results: readonly PairedUnitResult[],
  calibrations: readonly (PairedUnitResult | undefined)[],
): PairedComparison[] {
  return rowsWithBorrowedNames(units.length, (i, known) => pairedUnitComparisons(units[i], results[i], calibrations[i], known));
}
