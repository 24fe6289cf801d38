// The report as plain data, and its JSON form (the contract's report-json schema 1). Pure.
import { configChangesToJson, type ConfigChange } from '../config/config-changes.js';
import { type CrossComparison } from '../judge/interpreter-comparison.js';
import { type SlowRoundsMode } from '../model/settings.js';
import { geomeansByInterpreter, type Geomean } from '../judge/geomean.js';
import { overallVerdict, type OverallVerdict, type Row } from '../judge/verdicts.js';

export interface CommitInfo {
  ref: string;
  sha: string;
}

export interface InterpreterInfo {
  /** Label shown to users: the spec as written, or for auto the resolved `3.12` / `pypy3.9`. */
  label: string;
  version?: string;
  implementation?: string;
  path?: string;
  error?: string;
}

export type StopReason = 'min-rounds' | 'decided' | 'max-rounds' | 'time-budget';

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
  stopReason: StopReason;
  elapsedSeconds: number;
  interpreters: InterpreterInfo[];
  rows: Row[];
  verdict: OverallVerdict;
  /** Geometric mean of ratios per interpreter label. */
  geomeans: Map<string, Geomean>;
  /** Interpreter upgrade or compare-interpreters sections: head on one interpreter against another. */
  cross: CrossComparison[];
  /** Keys of [tool.py-perf-guard] that the PR changes (base → head). */
  configChanges?: ConfigChange[];
}

export type ReportInput = Omit<Report, 'verdict' | 'geomeans' | 'cross'> & { cross?: CrossComparison[] };

export function buildReport(input: ReportInput): Report {
  const geomeans = geomeansByInterpreter(input.rows, input.interpreters.map((i) => i.label), 1 - input.alpha);
  return { ...input, cross: input.cross ?? [], verdict: overallVerdict(input.rows), geomeans };
}

function side(s: Row['base']) {
  return s ? { median: s.median, n: s.n } : undefined;
}

function profileToJson(p: NonNullable<Row['profile']>) {
  if (p.error) return { error: p.error };
  return {
    base: p.base,
    head: p.head,
    iterations: p.iterations,
    top: (p.top ?? []).map((d) => ({ function: d.function, base: d.base, head: d.head, tottime_delta: d.tottimeDelta })),
  };
}

function rowToJson(r: Row) {
  return {
    suite: r.suite,
    name: r.name,
    interpreter: r.interpreter,
    verdict: r.verdict,
    ratio: r.ratio ?? null,
    ci: r.ci ?? null,
    p: r.p ?? null,
    q: r.q ?? null,
    base: side(r.base) ?? null,
    head: side(r.head) ?? null,
    ...(r.noise !== undefined ? { noise: r.noise } : {}),
    ...(r.tooNoisy ? { too_noisy: true } : {}),
    ...(r.slowRounds ? { slow_rounds_set_aside: r.slowRounds } : {}),
    ...(r.warmup ? { warmup_iterations: r.warmup } : {}),
    ...(r.profile ? { profile: profileToJson(r.profile) } : {}),
    ...(r.imports ? { import_growth: r.imports } : {}),
    ...(r.memory ? { memory: { base_bytes: r.memory.base, head_bytes: r.memory.head, ratio: r.memory.ratio, verdict: r.memory.verdict, exact: r.memory.exact } } : {}),
    ...(r.verdict === 'failed' ? { error: r.error ?? 'failed', failed_on: r.failedOn } : {}),
  };
}

function crossToJson(c: CrossComparison) {
  const describe = (i: InterpreterInfo) => ({ spec: i.label, version: i.version ?? null, implementation: i.implementation ?? null });
  return {
    from: describe(c.from),
    to: describe(c.to),
    ...(c.changes ? { detected: c.changes } : {}),
    geomean: c.geomean ?? null,
    ...(c.error ? { error: c.error } : {}),
    benchmarks: c.rows.map(rowToJson),
  };
}

export function reportToJson(report: Report): object {
  return {
    schema: 1,
    base: report.base,
    head: report.head,
    settings: {
      threshold: report.threshold,
      alpha: report.alpha,
      rounds: report.rounds,
      statistic: report.statistic,
      slow_rounds: report.slowRounds,
      min_rounds: report.minRounds,
      max_rounds: report.maxRounds,
      stop_reason: report.stopReason,
      elapsed_seconds: Math.round(report.elapsedSeconds * 10) / 10,
    },
    interpreters: report.interpreters.map((i) => ({
      spec: i.label,
      version: i.version ?? null,
      implementation: i.implementation ?? null,
      path: i.path ?? null,
      geomean: report.geomeans.get(i.label) ?? null,
      ...(i.error ? { error: i.error } : {}),
    })),
    verdict: report.verdict,
    config_changes: configChangesToJson(report.configChanges ?? []),
    benchmarks: report.rows.map(rowToJson),
    upgrade: report.cross.filter((c) => c.reason === 'upgrade').map(crossToJson)[0] ?? null,
    interpreter_comparisons: report.cross.filter((c) => c.reason === 'compare-interpreters').map(crossToJson),
  };
}
