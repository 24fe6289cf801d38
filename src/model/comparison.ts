// What measuring yields for one benchmark × interpreter: the samples of both sides, and what went wrong.
import { type Side } from './side.js';

export interface Comparison {
  suite: string;
  name: string;
  interpreter: string;
  /** One sample per round: seconds per call. */
  base: number[];
  head: number[];
  baseError?: string;
  headError?: string;
  /** The interpreter or its environment could not be set up: an error of the run, whatever the commit. */
  setupError?: string;
  /** Most JIT warm-up iterations dropped in one round (PyPy timeit). */
  warmup?: number;
  /** Parts of the time per round and side (import-time: submodule → cumulative seconds per round). */
  breakdown?: Record<Side, Map<string, number[]>>;
  /** Rounds per side set aside because the whole suite ran in a slow mode (judge/slow-rounds.ts). */
  slowRounds?: Record<Side, number>;
  /** With rounds set aside: every round's sample, for the significance test. */
  all?: Record<Side, number[]>;
}
