import { type Row } from '../../model/row.js';
// Inputs and rows of the paired method (`method: paired`): per benchmark × interpreter, the duel values of
// each fresh worker pair, and the verdict row built from them (1.0's Row plus the pair-level figures).

export interface PairedComparison {
  suite: string;
  name: string;
  interpreter: string;
  /**
   * One list per worker pair (a fresh base process and a fresh head process), in the order the pairs ran:
   * its duel values log(head burst time / base burst time), ~20–60 of them, in the order they ran, burst
   * order alternating duel by duel (ABBA: one duel base-first, the next head-first): the pair's centre
   * balances the two orders by index parity (pair-estimates.ts).
   */
  pairs: number[][];
  /** Burst times per side, seconds per call, only for the medians the report shows. */
  base?: number[];
  head?: number[];
  /** The benchmark exists on one side only: 'head' → added, 'base' → removed. */
  only?: 'base' | 'head';
  baseError?: string;
  headError?: string;
  setupError?: string;
  /** JIT warm-up (PyPy): the most bursts one worker dropped before duels counted, and those bursts' calls. */
  warmupBursts?: number;
  warmup?: number;
  /** `calibrate: true`: the duel values of one extra pair that ran base against base. */
  calibration?: number[];
  /** How the duels were taken, for the row (PairedRow). */
  burstMs?: number;
  clock?: 'wall' | 'cpu';
}

export interface PairedRow extends Row {
  method: 'paired';
  /** Worker pairs with duels for this benchmark. */
  pairs: number;
  /** Duels over all those pairs. */
  duels: number;
  /**
   * Per pair, head/base read from its duels (exp of their order-balanced median log ratio). The row's ratio is their median on
   * the log scale its CI the order statistics of them and its p the sign test over them: all recomputable from the report.
   */
  pairEstimates: number[];
  /** `calibrate: true`: how far head/base read from 1 when both sides ran base (|log ratio| as a fraction). */
  noiseFloor?: number;
  /** JIT (PyPy): the most bursts one worker dropped before its duels counted (`warmup`: their calls). */
  warmupBursts?: number;
  /** Target length of one burst (ms), and the clock the duels compared (measure/paired/types.ts). */
  burstMs?: number;
  clock?: 'wall' | 'cpu';
}
