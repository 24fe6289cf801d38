// The report JSON fields that say how a row was measured (contract: `method`, and for `paired` the pair-level
// figures from which the verdict can be recomputed). report.ts spreads these into each benchmark's object.
import { type PairedRow } from './judge-types.js';
import { type Row } from '../../model/row.js';

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
  };
}
