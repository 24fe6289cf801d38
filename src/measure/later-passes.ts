// What the passes after the rounds (memory, profiles) may run: nothing once the time budget is spent, and
// never a unit whose suite crashed or hung in a round (it would only crash or hang again, on our time).
import { type StopReason } from '../model/report.js';
import { type Settings } from '../model/settings.js';
import { type RoundResult } from '../suites/round-result.js';
import { type MeasureUnit } from './rounds.js';

const unitKey = (interpreter: string, suite: string) => `${interpreter}\u0000${suite}`;

/** Remembers, from the rounds' results, which units' suites failed as a whole. */
export function crashedUnits() {
  const crashed = new Set<string>();
  return {
    onRound(e: { interpreter: string; suite: string; result: RoundResult }): void {
      if (e.result.suiteError) crashed.add(unitKey(e.interpreter, e.suite));
    },
    has(unit: MeasureUnit): boolean {
      return crashed.has(unitKey(unit.interpreter, unit.suite.path));
    },
  };
}

/** The settings for the later passes, with a note for the log when some are skipped. Pure. */
export function laterPasses(settings: Settings, stopReason: StopReason): { settings: Settings; note?: string } {
  if (stopReason !== 'time-budget') return { settings };
  const skipped = [settings.memory && 'memory', settings.profile !== 'none' && 'profile', settings.instructions && 'instruction-count'].filter(Boolean);
  return {
    settings: { ...settings, memory: false, profile: 'none', instructions: false },
    note: skipped.length
      ? `time budget spent: the ${skipped.join(', ').replace(/, ([^,]*)$/, ' and $1')} pass${skipped.length > 1 ? 'es are' : ' is'} skipped; the verdicts so far are published`
      : undefined,
  };
}
