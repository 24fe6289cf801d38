// One row of the report: a benchmark × interpreter with its verdict and what explains it.
import { type InstructionResult } from './instructions.js';
import { type Side } from './side.js';

export type Verdict = 'regression' | 'improvement' | 'unchanged' | 'inconclusive' | 'added' | 'removed' | 'failed';
export type OverallVerdict = 'pass' | 'regression' | 'error';

export interface SideSummary {
  median: number;
  n: number;
}

export type MemoryVerdict = 'regression' | 'improvement' | 'unchanged' | 'inconclusive';

export interface MemoryResult {
  base: number;
  head: number;
  ratio: number;
  verdict: MemoryVerdict;
  /** Every round of each side gave the same peak. */
  exact: boolean;
}

export interface ProfileDelta {
  function: string;
  /** Per benchmark iteration; null where the function does not appear on that side. */
  base: { ncalls: number; tottime: number; cumtime: number } | null;
  head: { ncalls: number; tottime: number; cumtime: number } | null;
  /** head tottime − base tottime, seconds per iteration. */
  tottimeDelta: number;
}

export interface ImportGrowth {
  module: string;
  base: number;
  head: number;
}

/**
 * The `rounds` method's raw data, so that a verdict can be recomputed (judge/merge-reports.ts): one sample per
 * round kept (seconds per call; the ratio, CI and noise come from these) and, when slow-mode rounds were set
 * aside, every round's sample too (the significance test uses those).
 */
export interface RowSamples {
  base: number[];
  head: number[];
  all?: { base: number[]; head: number[] };
}

export interface Row {
  suite: string;
  name: string;
  interpreter: string;
  verdict: Verdict;
  ratio?: number;
  ci?: [number, number];
  /** One-sided p in the direction of the observed change. */
  p?: number;
  /** p adjusted for the false-discovery rate over the run. */
  q?: number;
  base?: SideSummary;
  head?: SideSummary;
  error?: string;
  /** 'both': the benchmark fails on base too (not this PR's fault); 'setup': interpreter or install failed. */
  failedOn?: Side | 'both' | 'setup';
  warmup?: number;
  /** Rounds per side left out of the ratio and CI as slow-mode rounds (the test used every round). */
  slowRounds?: Record<Side, number>;
  /** Noise floor: the larger side's round-to-round spread, 1.4826·MAD / median (a robust coefficient of variation). */
  noise?: number;
  /** Set on inconclusive rows whose noise alone keeps them open at this many rounds. */
  tooNoisy?: boolean;
  /** Peak traced memory per call (`memory: true`), judged on its own. */
  memory?: MemoryResult;
  /** CPU instructions per call (`instructions: true`), judged on its own; or why they could not be counted. */
  instructions?: InstructionResult;
  /** Import-time regressions: the submodules whose cumulative import time grew most. */
  imports?: ImportGrowth[];
  /** `rounds`: the samples the verdict was computed from (seconds per call; also the report's sample strips). */
  samples?: RowSamples;
  /** cProfile of base and head (regressions, or all with `profile: all`): .prof paths and the top deltas. */
  profile?: { base?: string; head?: string; iterations?: number; top?: ProfileDelta[]; error?: string };
}
