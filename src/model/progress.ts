// Where a long measurement stands, for the live status line (CLI on a terminal) or a log line per step.

export interface Progress {
  /** `rounds`: fresh processes per round; `pairs`: worker pairs (method: paired). */
  phase: 'rounds' | 'pairs';
  /** Rounds (or pairs) done, and the most there may be. */
  done: number;
  max: number;
  /** Within the current round: suite runs done of those it holds (rounds only; absent between rounds). */
  step?: { done: number; of: number };
  /** Verdicts so far, once they are judged (after min-rounds or the first pair); absent before. */
  verdicts?: { decided: number; open: number };
  /** Seconds since the run started, and its whole time budget. */
  elapsedSeconds: number;
  budgetSeconds: number;
}

/** Receives progress as it happens; `done()` ends a live display. */
export interface ProgressSink {
  update(p: Progress): void;
  done(): void;
}
