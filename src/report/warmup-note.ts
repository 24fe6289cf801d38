// The footer's JIT warm-up line (PyPy): what was dropped before timing counted, in each method's own unit.
import { isPairedRow } from '../judge/paired/row-json.js';
import { type Row } from '../model/row.js';

const range = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;

/** ` JIT warm-up: …` for the rows that had one, or '' (rounds: iterations per round; paired: bursts per worker). */
export function jitWarmupNote(rows: readonly Row[]): string {
  const rounds = rows.filter((r) => !isPairedRow(r) && (r.warmup ?? 0) > 0).map((r) => r.warmup!);
  const paired = rows.filter(isPairedRow).flatMap((r) => (r.warmupBursts ? [r.warmupBursts] : []));
  const parts = [
    ...(rounds.length ? [`${range(rounds)} timed iterations per round dropped before measuring`] : []),
    ...(paired.length ? [`${range(paired)} bursts per worker dropped until burst times settled, before the duels counted`] : []),
  ];
  return parts.length ? ` JIT warm-up: ${parts.join('; ')} (PyPy).` : '';
}
