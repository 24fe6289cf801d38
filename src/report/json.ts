// The report as plain data, and its JSON form (the contract's report-json schema 1). Pure.
import { configChangesToJson } from '../config/config-changes.js';
import { geomeansByInterpreter } from '../judge/geomean.js';
import { methodJson } from '../judge/paired/row-json.js';
import { overallVerdict } from '../judge/verdicts.js';
import { type Interpreter } from '../model/interpreter.js';
import { type InterpreterComparison, type Report } from '../model/report.js';
import { type Row } from '../model/row.js';

export type ReportInput = Omit<Report, 'verdict' | 'geomeans' | 'cross'> & { cross?: InterpreterComparison[] };

export function buildReport(input: ReportInput): Report {
  const geomeans = geomeansByInterpreter(
    input.rows,
    input.interpreters.map((i) => i.label),
    1 - input.alpha,
  );
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
    ...methodJson(r),
    ...(r.noise !== undefined ? { noise: r.noise } : {}),
    ...(r.tooNoisy ? { too_noisy: true } : {}),
    ...(r.slowRounds ? { slow_rounds_set_aside: r.slowRounds } : {}),
    ...(r.samples ? { samples: r.samples } : {}),
    ...(r.warmup ? { warmup_iterations: r.warmup } : {}),
    ...(r.profile ? { profile: profileToJson(r.profile) } : {}),
    ...(r.imports ? { import_growth: r.imports } : {}),
    ...(r.memory
      ? { memory: { base_bytes: r.memory.base, head_bytes: r.memory.head, ratio: r.memory.ratio, verdict: r.memory.verdict, exact: r.memory.exact } }
      : {}),
    ...(r.instructions ? { instructions: r.instructions } : {}),
    ...(r.verdict === 'failed' ? { error: r.error ?? 'failed', failed_on: r.failedOn } : {}),
  };
}

function crossToJson(c: InterpreterComparison) {
  const describe = (i: Interpreter) => ({ spec: i.label, version: i.version ?? null, implementation: i.implementation ?? null });
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
      method: report.method ?? 'rounds',
      ...(report.paired
        ? {
            pairs: report.paired.pairs,
            min_pairs: report.paired.minPairs,
            max_pairs: report.paired.maxPairs,
            burst_ms: report.paired.burstMs,
            worker_startup_seconds: Math.round(report.paired.startupSeconds * 10) / 10,
            ...(report.paired.parallel ? { parallel: report.paired.parallel } : {}),
          }
        : {}),
      min_rounds: report.minRounds,
      max_rounds: report.maxRounds,
      ...(report.instructions ? { instructions: report.instructions } : {}),
      stop_reason: report.stopReason,
      ...(report.shard ? { shard: report.shard } : {}),
      ...(report.merged ? { merged: report.merged } : {}),
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
