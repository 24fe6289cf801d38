// The report as plain data: what the run found, before it is rendered (JSON, markdown) or published.
import { type CommitInfo } from './commit.js';
import { type Interpreter } from './interpreter.js';
import { type OverallVerdict, type Row } from './row.js';
import { type MeasureMethod, type Shard, type SlowRoundsMode } from './settings.js';

export type StopReason = 'decided' | 'max-rounds' | 'time-budget';

/** Suite-level summary: the geometric mean of head/base ratios with its confidence interval. */
export interface Geomean {
  ratio: number;
  ci: [number, number];
  benchmarks: number;
}

/** A file of the project whose declared Python version differs between base and head. */
export interface VersionChange {
  source: string;
  old: string;
  new: string;
}

/** Head on one interpreter against head on another: an upgrade PR, or `compare-interpreters`. */
export interface InterpreterComparison {
  reason: 'upgrade' | 'compare-interpreters';
  from: Interpreter;
  to: Interpreter;
  /** Label of the measure units and rows: `3.11 → 3.12`. */
  label: string;
  changes?: VersionChange[];
  rows: Row[];
  geomean?: Geomean;
  /** Why the comparison could not run (an interpreter missing). */
  error?: string;
}

/** A key of [tool.py-perf-guard] that the PR changes, base → head (values as parsed from TOML). */
export interface ConfigChange {
  key: string;
  /** The value on base / head as parsed from TOML; undefined when the key is not set there. */
  base?: unknown;
  head?: unknown;
  /** The workflow gives this input, so the change has no effect on this run. */
  overridden: boolean;
}

export interface Report {
  base: CommitInfo;
  head: CommitInfo;
  threshold: number;
  alpha: number;
  statistic: string;
  slowRounds: SlowRoundsMode;
  minRounds: number;
  maxRounds: number;
  /** Rounds per side actually taken (the most any benchmark got). */
  rounds: number;
  /** The method asked for (some suites may still be measured by rounds: import-time, fallbacks, interpreter comparisons). */
  method?: MeasureMethod;
  /** `method: paired`: the most worker pairs a unit ran, the burst length, seconds spent starting workers. */
  /** `parallel`: the units whose pairs ran at once (absent in reports written before it). */
  paired?: { pairs: number; burstMs: number; startupSeconds: number; minPairs: number; maxPairs: number; parallel?: number };
  stopReason: StopReason;
  elapsedSeconds: number;
  interpreters: Interpreter[];
  rows: Row[];
  verdict: OverallVerdict;
  /** Geometric mean of ratios per interpreter label. */
  geomeans: Map<string, Geomean>;
  /** Interpreter upgrade or compare-interpreters sections: head on one interpreter against another. */
  cross: InterpreterComparison[];
  /** `instructions: true`: the valgrind tool and version counted with (counts compare only within one version), null if none was usable. */
  instructions?: { tool: string; valgrind: string | null };
  /** Keys of [tool.py-perf-guard] that the PR changes (base → head). */
  configChanges?: ConfigChange[];
  /** `shard: i/n`: this report holds only that share of the benchmarks. */
  shard?: Shard;
  /** A report merged from the reports of several jobs (judge/merge-reports.ts): how many, of how many shards. */
  merged?: { parts: number; shards: number };
}
