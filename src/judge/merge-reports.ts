// One report from the reports of several jobs (`shard: i/n` across a matrix; `mode: merge`, or `comment` given
// several folders): the parts are checked to fit together (merge-checks.ts), every row is judged again from its
// raw data with ONE Benjamini–Hochberg correction over all rows of all parts (rejudge.ts), then geomeans and the
// overall verdict as a single run would. So the merged verdicts are those of one job that measured everything:
// a part's own verdicts (judged with its share of the rows only) are not trusted, only its data. Pure.
import { EnvironmentError } from '../model/errors.js';
import { type Interpreter } from '../model/interpreter.js';
import { type InterpreterComparison, type Report, type StopReason } from '../model/report.js';
import { type Row } from '../model/row.js';
import { geomeanOf, geomeansByInterpreter } from './geomean.js';
import { agreementProblems, duplicateProblems, shardProblems, type MergeSettings } from './merge-checks.js';
import { NoRawData, rejudgeRows } from './rejudge.js';
import { overallVerdict } from './verdicts.js';

export type { MergeSettings };

/** The parts do not make one report: exit 2, with every reason. */
export class MergeError extends EnvironmentError {
  constructor(problems: string[]) {
    super(`cannot merge the reports: ${problems.join('; ')}`);
    this.name = 'MergeError';
  }
}

const STOP_SEVERITY: StopReason[] = ['decided', 'max-rounds', 'time-budget'];

/** Interpreters in the order the parts name them; one that some part found wins over a part's missing one. */
function mergeInterpreters(reports: readonly Report[]): Interpreter[] {
  const byLabel = new Map<string, Interpreter>();
  for (const i of reports.flatMap((r) => r.interpreters)) if (!byLabel.has(i.label) || (byLabel.get(i.label)!.error && !i.error)) byLabel.set(i.label, i);
  return [...byLabel.values()];
}

/** Rows in a single run's order: interpreter, then suite as the parts list them, then name. */
function ordered(rows: Row[], labels: readonly string[]): Row[] {
  const suites = [...new Set(rows.map((r) => r.suite))];
  const rank = (r: Row) => [labels.indexOf(r.interpreter), suites.indexOf(r.suite)];
  return [...rows].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  });
}

/** Interpreter comparisons by label, their rows from every part, each label judged as its own family (as in a run). */
function mergeCross(reports: readonly Report[], settings: MergeSettings): InterpreterComparison[] {
  const byLabel = new Map<string, InterpreterComparison>();
  for (const c of reports.flatMap((r) => r.cross)) {
    const known = byLabel.get(c.label);
    byLabel.set(c.label, known ? { ...known, rows: [...known.rows, ...c.rows], error: known.error ?? c.error } : { ...c, rows: [...c.rows] });
  }
  return [...byLabel.values()].map((c) => {
    const rows = rejudgeRows(c.rows, settings);
    return { ...c, rows, geomean: geomeanOf(rows, 1 - settings.alpha) };
  });
}

function mergePaired(reports: readonly Report[]): Report['paired'] {
  const parts = reports.map((r) => r.paired).filter((p) => p !== undefined);
  if (!parts.length) return undefined;
  const most = (f: (p: (typeof parts)[number]) => number) => Math.max(...parts.map(f));
  const startupSeconds = parts.reduce((s, p) => s + p.startupSeconds, 0);
  const parallel = most((p) => p.parallel ?? 0);
  return {
    pairs: most((p) => p.pairs),
    burstMs: parts[0].burstMs,
    startupSeconds,
    minPairs: parts[0].minPairs,
    maxPairs: most((p) => p.maxPairs),
    ...(parallel ? { parallel } : {}),
  };
}

/**
 * The merged report. `settings`: the threshold and alpha the verdicts are judged with; every part must have
 * been judged with them too. Throws MergeError when the parts don't fit together or a row lacks its raw data.
 */
export function mergeReports(reports: readonly Report[], settings: MergeSettings): Report {
  if (!reports.length) throw new MergeError(['no reports were given']);
  const problems = [...agreementProblems(reports, settings), ...shardProblems(reports), ...duplicateProblems(reports)];
  if (problems.length) throw new MergeError(problems);
  const interpreters = mergeInterpreters(reports);
  const labels = interpreters.map((i) => i.label);
  let rows: Row[];
  let cross: InterpreterComparison[];
  try {
    rows = ordered(
      rejudgeRows(
        reports.flatMap((r) => r.rows),
        settings,
      ),
      labels,
    );
    cross = mergeCross(reports, settings);
  } catch (e) {
    if (e instanceof NoRawData) throw new MergeError([e.message]);
    throw e;
  }
  const first = reports[0];
  const paired = mergePaired(reports);
  const merged: Report = {
    ...first,
    threshold: settings.threshold,
    alpha: settings.alpha,
    rounds: Math.max(...reports.map((r) => r.rounds)),
    stopReason: STOP_SEVERITY[Math.max(...reports.map((r) => STOP_SEVERITY.indexOf(r.stopReason)))],
    // The parts ran side by side: the merged run took as long as its slowest part.
    elapsedSeconds: Math.max(...reports.map((r) => r.elapsedSeconds)),
    interpreters,
    rows,
    cross,
    verdict: overallVerdict(rows),
    geomeans: geomeansByInterpreter(rows, labels, 1 - settings.alpha),
    merged: { parts: reports.length, shards: Math.max(...reports.map((r) => r.shard?.count ?? 1)) },
  };
  delete merged.shard;
  if (paired) merged.paired = paired;
  return merged;
}

/**
 * The entry of `mode: merge` (and of `mode: comment` given several report folders): the reports read from the
 * folders (by the untrusted-folder reader, report/read-report-json.ts), merged with the threshold and alpha
 * they were judged with. Throws MergeError (exit 2) when they don't fit together.
 */
export function mergeFolders(reports: readonly Report[]): Report {
  if (!reports.length) throw new MergeError(['no report folders were given']);
  return mergeReports(reports, { threshold: reports[0].threshold, alpha: reports[0].alpha });
}
