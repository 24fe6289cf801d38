// The report JSON fields that say how a row was measured (contract: `method`, and for `paired` the pair-level
// figures from which the verdict can be recomputed). report.ts spreads these into each benchmark's object.
import { type Row } from '../../model/row.js';
import { type PairedRow } from './judge-types.js';

export function isPairedRow(r: Row): r is PairedRow {
  return (r as Partial<PairedRow>).method === 'paired';
}

export function methodJson(r: Row) {
  if (!isPairedRow(r)) return { method: 'rounds' as const };
  return {
    method: 'paired' as const,
    pairs: r.pairs,
    duels: r.duels,
    pair_estimates: r.pairEstimates,
    ...(r.noiseFloor !== undefined ? { noise_floor: r.noiseFloor } : {}),
    ...(r.burstMs !== undefined ? { burst_ms: r.burstMs } : {}),
    ...(r.clock ? { clock: r.clock } : {}),
    // JIT (PyPy): the most bursts one worker dropped before its duels counted, until burst times settled.
    ...(r.warmupBursts ? { warmup_bursts: r.warmupBursts } : {}),
  };
}
