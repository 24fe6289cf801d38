// Progress of the rounds and pairs, to a live sink (the CLI's status line) or, without one (the action's
// log), as one line per round or pair of every unit, in the phase's log group.
import { type Progress, type ProgressSink } from '../model/progress.js';
import { progressLine } from '../text/progress-line.js';

export interface ProgressReporter {
  rounds(maxRounds: number): (p: Pick<Progress, 'done' | 'step' | 'verdicts'>) => void;
  pairs: (p: Pick<Progress, 'done' | 'max' | 'verdicts'>) => void;
  done(): void;
}

export function progressReporter(
  sink: ProgressSink | undefined,
  log: (line: string) => void,
  elapsedSeconds: () => number,
  budgetSeconds: number,
): ProgressReporter {
  const emit = (p: Omit<Progress, 'elapsedSeconds' | 'budgetSeconds'>) => {
    const full: Progress = { ...p, elapsedSeconds: elapsedSeconds(), budgetSeconds };
    if (sink) sink.update(full);
    else if (!p.step) log(progressLine(full)); // a log gets a line per round, not per suite run
  };
  return {
    rounds: (max) => (p) => emit({ phase: 'rounds', max, ...p }),
    pairs: (p) => emit({ phase: 'pairs', ...p }),
    done: () => sink?.done(),
  };
}
