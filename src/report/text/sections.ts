// The terminal report's header and its tables of measured rows. Pure.
import { isPairedRow } from '../../judge/paired/row-json.js';
import { type InterpreterComparison, type Report } from '../../model/report.js';
import { type Row } from '../../model/row.js';
import { formatChange, formatP, formatPercent, formatSeconds, plural } from '../../text/format.js';
import { speedWords } from '../markdown-interpreters.js';
import { stopLine } from '../markdown.js';
import { plain, type Paint, VERDICT_TONE } from './style.js';
import { alignedTable } from './table.js';

const HEADLINE: Record<Report['verdict'], [string, 'green' | 'red' | 'yellow']> = {
  pass: ['py-perf-guard: no regression found', 'green'],
  regression: ['py-perf-guard: performance regression', 'red'],
  error: ['py-perf-guard: some benchmarks could not be measured', 'yellow'],
};

/** The verdict, then the commits, interpreters and how the run measured, one fact a line. */
export function headerLines(report: Report, paint: Paint): string[] {
  const open = report.rows.filter((r) => r.verdict === 'inconclusive').length;
  // "No regression" only when the rows were decided: open rows make it "not detected", in another colour.
  const [headline, tone]: [string, 'green' | 'red' | 'yellow'] =
    report.verdict === 'pass' && open
      ? [`py-perf-guard: no regression detected · ${open} of ${report.rows.length} inconclusive`, 'yellow']
      : HEADLINE[report.verdict];
  const commit = (c: Report['base']) => `${c.sha.slice(0, 12)}  ${plain(c.ref)}`;
  const interpreters = report.interpreters
    .map((i) => (i.version ? `${plain(i.label)} (${plain(i.implementation ?? '')} ${plain(i.version)})` : `${plain(i.label)} (unavailable)`))
    .join(', ');
  const out = [
    paint(headline, tone),
    `  base          ${commit(report.base)}`,
    `  head          ${commit(report.head)}`,
    `  interpreters  ${interpreters || 'none'}`,
    `  measured      ${stopLine(report)}`,
    `  threshold     ${formatPercent(report.threshold)}, false-discovery rate ${formatPercent(report.alpha)}`,
  ];
  for (const [label, g] of report.geomeans)
    out.push(`  geomean       ${plain(label)}: ${formatChange(g.ratio)} (${g.ci[0].toFixed(3)}–${g.ci[1].toFixed(3)}×, ${plural(g.benchmarks, 'benchmark')})`);
  for (const change of report.configChanges ?? [])
    out.push(
      `  config        ${plain(change.key)}: ${plain(JSON.stringify(change.base) ?? '(unset)')} → ${plain(JSON.stringify(change.head) ?? '(unset)')}${change.overridden ? ' (overridden by the workflow)' : ''}`,
    );
  return out;
}

/** `suite › name` when the run has several suites. */
export function benchmarkLabel(r: Row, multipleSuites: boolean): string {
  return plain(multipleSuites ? `${r.suite} › ${r.name}` : r.name, 160);
}

/** Rounds per side (`10/12`, slow ones set aside: `10/12, 2/0 slow`), or worker pairs × duels. */
function samplesCell(r: Row): string {
  if (isPairedRow(r)) return r.pairs ? `${r.pairs}×${Math.round(r.duels / r.pairs)} pairs` : '–';
  const slow = r.slowRounds ? `, ${r.slowRounds.base}/${r.slowRounds.head} slow` : '';
  return r.base || r.head ? `${r.base?.n ?? 0}/${r.head?.n ?? 0}${slow}` : '–';
}

/** Columns a narrow terminal drops first: p (adj.), rounds, head, base, the CI. */
const DROP_FIRST = [5, 8, 7, 6, 4];

export function measuredTable(rows: readonly Row[], multipleSuites: boolean, confidence: string, paint: Paint, width?: number): string[] {
  const table = rows.map((r) => {
    const floor = isPairedRow(r) ? r.noiseFloor : undefined;
    const verdict = r.tooNoisy ? `${r.verdict} (noise ±${formatPercent(floor ?? r.noise ?? 0)})` : r.verdict;
    return [
      benchmarkLabel(r, multipleSuites),
      plain(r.interpreter),
      { text: verdict, tone: VERDICT_TONE[r.verdict] },
      r.ratio !== undefined ? formatChange(r.ratio) : '–',
      r.ci ? `${r.ci[0].toFixed(3)}–${r.ci[1].toFixed(3)}×` : '–',
      r.q !== undefined ? formatP(r.q) : '–',
      r.base ? formatSeconds(r.base.median) : '–',
      r.head ? formatSeconds(r.head.median) : '–',
      samplesCell(r),
    ];
  });
  const header = ['benchmark', 'interpreter', 'verdict', 'change', `${confidence} CI`, 'p (adj.)', 'base', 'head', 'rounds'];
  const fit = width ? { width, drop: DROP_FIRST } : undefined;
  return alignedTable(header, table, ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'], paint, '  ', fit);
}

/** An interpreter upgrade or compare-interpreters section: the same code (head) on two interpreters. */
export function crossLines(c: InterpreterComparison, multipleSuites: boolean, confidence: string, paint: Paint, width?: number): string[] {
  const title = paint(`${c.reason === 'upgrade' ? 'Interpreter upgrade' : 'Interpreters compared'} ${plain(c.label)}`, 'bold');
  if (c.error) return [title, `  ${plain(c.error, 600)}`];
  const speed = c.geomean
    ? `this project runs ${speedWords(c.geomean.ratio)} (geometric mean, ${c.geomean.ci[0].toFixed(3)}–${c.geomean.ci[1].toFixed(3)}×)`
    : 'nothing could be compared';
  return [
    title,
    `  head on ${plain(c.from.label)} ("base") against head on ${plain(c.to.label)} ("head"): ${speed}`,
    ...measuredTable(c.rows, multipleSuites, confidence, paint, width),
  ];
}
