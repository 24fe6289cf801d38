// The instruction part of a report row (issue 12): per-call CPU instruction counts of both sides and their
// verdict, or why they could not be counted. Types only; judge/instructions.ts makes them.

export type InstructionVerdict = 'regression' | 'improvement' | 'unchanged';

/** The report's `instructions` field of a row: instructions per call of each side (medians over processes). */
export interface InstructionRow {
  base: number;
  head: number;
  ratio: number;
  /** Largest relative range (max − min) / median of either side's per-process counts; 0 when they agree. */
  spread: number;
  verdict: InstructionVerdict;
}

/** A row whose counts could not be taken: valgrind missing (`setup`), or the pass failed on one side. */
export interface InstructionFailure {
  verdict: 'failed';
  failed_on: 'setup' | 'base' | 'head';
  error: string;
}

export type InstructionResult = InstructionRow | InstructionFailure;
