// Where the time went: the per-function difference of two cProfile profiles (base, head), per benchmark
// iteration. Functions are matched by `file:line(name)` relative to the repository, so one that is added,
// removed or renamed shows as new on one side and gone on the other. Pure.
import { type ProfileDelta } from '../model/row.js';

export interface ProfileEntry {
  function: string;
  ncalls: number;
  tottime: number;
  cumtime: number;
}

function perIteration(e: ProfileEntry, iterations: number) {
  return { ncalls: e.ncalls / iterations, tottime: e.tottime / iterations, cumtime: e.cumtime / iterations };
}

/**
 * The functions whose own time grew most first, then by growth of cumulative time (the callers on the way to
 * the cost); functions whose call counts changed though their time did not are kept. `top` entries at most.
 */
export function diffProfiles(base: ProfileEntry[], baseIterations: number, head: ProfileEntry[], headIterations: number, top = 10): ProfileDelta[] {
  const byFunction = new Map<string, ProfileDelta>();
  // The profiler's own bookkeeping call is noise, not the project's code.
  const keep = (e: ProfileEntry) => !e.function.includes("(<method 'disable' of '_lsprof.Profiler' objects>)");
  for (const e of base.filter(keep)) byFunction.set(e.function, { function: e.function, base: perIteration(e, baseIterations), head: null, tottimeDelta: 0 });
  for (const e of head.filter(keep)) {
    const d = byFunction.get(e.function) ?? { function: e.function, base: null, head: null, tottimeDelta: 0 };
    d.head = perIteration(e, headIterations);
    byFunction.set(e.function, d);
  }
  for (const d of byFunction.values()) d.tottimeDelta = (d.head?.tottime ?? 0) - (d.base?.tottime ?? 0);
  const callsChanged = (d: ProfileDelta) => Math.abs((d.head?.ncalls ?? 0) - (d.base?.ncalls ?? 0)) > 1e-9;
  const cumDelta = (d: ProfileDelta) => (d.head?.cumtime ?? 0) - (d.base?.cumtime ?? 0);
  return [...byFunction.values()]
    .filter((d) => d.tottimeDelta !== 0 || cumDelta(d) !== 0 || callsChanged(d))
    .sort((a, b) => b.tottimeDelta - a.tottimeDelta || cumDelta(b) - cumDelta(a) || Number(callsChanged(b)) - Number(callsChanged(a)))
    .slice(0, top);
}
