// The time budget covers the whole run: venvs, installs, rounds, memory and profile passes. A reserve is
// kept for publishing (report, summary, comment), so that a run that spends its budget still says what it
// found. Every process started through the budget's seam gets at most the time that is left; once none is
// left, processes are not started and the run goes straight to publishing, saying so.
import { type ProcessResult, type RunProcess } from './process.js';

export const BUDGET_SPENT = 'stopped: the time budget is spent';

export interface BudgetPlan {
  /** For everything but publishing. */
  workSeconds: number;
  /** Kept back for writing the report, the summary and the comment. */
  reserveSeconds: number;
}

/** 5% of the budget for publishing, at least 10 s and at most 60 s. Pure. */
export function planBudget(totalSeconds: number): BudgetPlan {
  const reserveSeconds = Math.min(60, Math.max(10, totalSeconds * 0.05));
  return { workSeconds: Math.max(0, totalSeconds - reserveSeconds), reserveSeconds };
}

/**
 * A process's timeout: its own limit, but never past the time left. `cut` says the budget (not the
 * process's own limit) sets it. Null when no time is left: do not start it. Pure.
 */
export function processLimit(ownMs: number | undefined, leftMs: number): { timeoutMs: number | undefined; cut: boolean } | null {
  if (leftMs <= 0) return null;
  if (ownMs !== undefined && ownMs <= leftMs) return { timeoutMs: ownMs, cut: false };
  return { timeoutMs: Math.ceil(leftMs), cut: true };
}

export class TimeBudget {
  private readonly deadline: number;
  /** A process was refused or stopped because the budget ran out. */
  exhausted = false;

  constructor(
    totalSeconds: number,
    private readonly now: () => number,
    startedAt = now(),
  ) {
    this.deadline = startedAt + planBudget(totalSeconds).workSeconds * 1000;
  }

  leftMs(): number {
    return this.deadline - this.now();
  }

  leftSeconds(): number {
    return Math.max(0, this.leftMs() / 1000);
  }

  /** The seam, with every process held to the time left. */
  wrap(run: RunProcess): RunProcess {
    return async (command, args, options = {}) => {
      const limit = processLimit(options.timeoutMs, this.leftMs());
      if (!limit) {
        this.exhausted = true;
        return { code: null, stdout: '', stderr: BUDGET_SPENT, timedOut: false };
      }
      const r: ProcessResult = await run(command, args, { ...options, timeoutMs: limit.timeoutMs });
      if (!(r.timedOut && limit.cut)) return r;
      // Stopped by the budget, not by its own limit: not the code's fault, so not reported as its timeout.
      this.exhausted = true;
      return { ...r, timedOut: false, stderr: `${r.stderr}\n${BUDGET_SPENT}` };
    };
  }
}
