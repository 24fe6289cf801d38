// One line that says where a long measurement stands: `rounds 12/30 · 8 decided, 3 open · 1m 35s of 20m`. Pure.
import { type Progress } from '../model/progress.js';

/** Minutes and seconds as a clock: 95 → 1:35, 3725 → 62:05. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function progressLine(p: Progress): string {
  const unit = p.phase === 'pairs' ? 'pairs' : 'rounds';
  const step = p.step && p.step.done < p.step.of ? ` (round ${p.done + 1}: ${p.step.done}/${p.step.of} suite runs)` : '';
  const verdicts = p.verdicts ? `${p.verdicts.decided} decided, ${p.verdicts.open} open` : 'verdicts not judged yet';
  return `${unit} ${p.done}/${p.max}${step} · ${verdicts} · ${clock(p.elapsedSeconds)} of ${clock(p.budgetSeconds)}`;
}
