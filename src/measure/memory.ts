// Memory: peak traced memory (tracemalloc) of one benchmark call, on base and head, each round in a
// process of its own (interleaved like the timing rounds), through each suite driver's `memory` pass.
// judge/memory.ts judges the peaks.
import { type Side } from '../model/side.js';
import { isRunnable } from '../suites/driver.js';
import { driverFor } from '../suites/registry.js';
import { sideOrder, type MeasureUnit } from './rounds.js';

export const MEMORY_ROUNDS = 3;

async function memoryRound(unit: MeasureUnit, side: Side): Promise<Map<string, number>> {
  const { ctx, prepared } = unit.sides[side];
  if (!ctx || !isRunnable(prepared)) return new Map(); // a suite this commit lacks or cannot read
  return driverFor(unit.suite.kind).memory!(ctx, prepared.state);
}

/** Peak bytes per unit, side and benchmark, over MEMORY_ROUNDS interleaved rounds (CPython only: PyPy has no tracemalloc). */
export async function measureMemory(units: MeasureUnit[], log: (line: string) => void): Promise<Map<MeasureUnit, Record<Side, Map<string, number[]>>>> {
  const result = new Map<MeasureUnit, Record<Side, Map<string, number[]>>>();
  const eligible = units.filter((u) => driverFor(u.suite.kind).memory && !u.setupError && u.sides.base.ctx && u.sides.head.ctx && !u.sides.base.ctx.jit && !u.sides.head.ctx.jit);
  for (let round = 0; round < MEMORY_ROUNDS; round++) {
    for (const unit of eligible) {
      const entry = result.get(unit) ?? { base: new Map(), head: new Map() };
      for (const side of sideOrder(round)) {
        for (const [name, bytes] of await memoryRound(unit, side)) entry[side].set(name, [...(entry[side].get(name) ?? []), bytes]);
      }
      result.set(unit, entry);
    }
    log(`memory round ${round + 1} of ${MEMORY_ROUNDS}`);
  }
  return result;
}
