// Renders a Report for a terminal: plain names (nothing escaped for markdown, control characters dropped),
// aligned columns, colour for verdicts when asked, the regressions first with their profile lines, a one-line
// summary last. Pure: the CLI decides colour (style.ts) and prints.
import { countVerdicts, VERDICT_ORDER } from '../../judge/verdicts.js';
import { type Report } from '../../model/report.js';
import { type Row, type Verdict } from '../../model/row.js';
import { formatBytes, formatChange, formatDuration, formatPercent, formatSeconds, plural } from '../../text/format.js';
import { verdictCount } from '../markdown-headline.js';
import { benchmarkLabel, crossLines, headerLines, measuredTable } from './sections.js';
import { painter, plain, type Paint, VERDICT_TONE } from './style.js';
import { alignedTable } from './table.js';

export interface TextOptions {
  /** ANSI colour for verdicts (colourEnabled in style.ts). */
  colour?: boolean;
  /** Lines of a chart of every row's change (the forest plot), shown after the header; none when absent. */
  plot?: (report: Report) => string[];
  /** The terminal's width in columns: tables drop their least needed columns to fit it; absent: all columns. */
  width?: number;
}

function section(title: string, count: number, paint: Paint, tone?: Verdict): string[] {
  return ['', paint(`${title} (${count})`, tone ? (VERDICT_TONE[tone] ?? 'bold') : 'bold')];
}

/** Where the time went for one regression: the functions whose own time grew most, per benchmark call. */
function profileLines(r: Row, paint: Paint): string[] {
  if (!r.profile) return [];
  const title = `    ${plain(r.name, 160)} on ${plain(r.interpreter)}: where the time went (per call, base → head)`;
  if (r.profile.error) return [title, `      ${plain(r.profile.error, 400)}`];
  const calls = (n: number | undefined) => (n === undefined ? '–' : Number(n.toPrecision(4)).toString());
  const time = (s: number | undefined) => (s === undefined ? '–' : formatSeconds(s));
  const rows = (r.profile.top ?? []).map((d) => [
    { text: `${d.tottimeDelta >= 0 ? '+' : '−'}${formatSeconds(Math.abs(d.tottimeDelta))}`, tone: d.tottimeDelta > 0 ? ('red' as const) : undefined },
    `${time(d.base?.tottime)} → ${time(d.head?.tottime)}`,
    `${time(d.base?.cumtime)} → ${time(d.head?.cumtime)}`,
    `${calls(d.base?.ncalls)} → ${calls(d.head?.ncalls)}`,
    `${plain(d.function, 160)}${!d.base ? ' (new)' : !d.head ? ' (gone)' : ''}`,
  ]);
  if (!rows.length) return [title, '      (no function changed)'];
  return [
    title,
    ...alignedTable(['Δ own', 'own time', 'cumulative', 'calls', 'function'], rows, ['right', 'right', 'right', 'right', 'left'], paint, '      '),
  ];
}

/** For an import-time regression: the submodules whose import grew most. */
function importLines(r: Row, paint: Paint): string[] {
  if (!r.imports?.length) return [];
  const rows = r.imports.map((g) => [
    { text: `+${formatSeconds(g.head - g.base)}`, tone: 'red' as const },
    g.base ? formatSeconds(g.base) : 'not imported',
    formatSeconds(g.head),
    plain(g.module),
  ]);
  return [
    `    ${plain(r.name)} on ${plain(r.interpreter)}: the imports that grew`,
    ...alignedTable(['growth', 'base', 'head', 'module'], rows, ['right', 'right', 'right', 'left'], paint, '      '),
  ];
}

const FAILED_ON: Record<string, string> = { head: 'head', base: 'base only', both: 'base and head', setup: 'setup' };

/** Failed rows: where, and the error; a known fix (text/failure-cause.ts) on a line of its own. */
function failedLines(rows: readonly Row[], multipleSuites: boolean, paint: Paint): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const [error, fix] = (r.error ?? 'failed').split(' (fix: ');
    out.push(`  ${paint(benchmarkLabel(r, multipleSuites), 'bold')} on ${plain(r.interpreter)} (failed on ${FAILED_ON[r.failedOn ?? 'head']})`);
    out.push(`    ${plain(error, 600)}`);
    if (fix) out.push(`    ${paint('fix:', 'bold')} ${plain(fix.replace(/\)$/, ''), 600)}`);
  }
  return out;
}

function memoryLines(rows: readonly Row[], multipleSuites: boolean, paint: Paint): string[] {
  const changed = rows.filter((r) => r.memory && (r.memory.verdict === 'regression' || r.memory.verdict === 'improvement'));
  if (!changed.length) return [];
  const table = changed.map((r) => {
    const m = r.memory!;
    return [
      benchmarkLabel(r, multipleSuites),
      plain(r.interpreter),
      { text: `${m.verdict}${m.exact ? '' : ' (varies)'}`, tone: VERDICT_TONE[m.verdict] },
      `${formatBytes(m.base)} → ${formatBytes(m.head)}`,
      Number.isFinite(m.ratio) ? formatChange(m.ratio) : 'new',
    ];
  });
  return [
    ...section('Peak memory per call', changed.length, paint),
    ...alignedTable(['benchmark', 'interpreter', 'memory', 'base → head', 'change'], table, ['left', 'left', 'left', 'right', 'right'], paint),
  ];
}

/** `✗ regression: 1 regression, 1 failed, 3 unchanged · 5 rows on 1 interpreter · 1m 35s` */
export function summaryLine(report: Report, paint: Paint): string {
  const counts = countVerdicts(report.rows);
  const parts = VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => paint(verdictCount(counts[v], v), VERDICT_TONE[v]));
  const mark = { pass: paint('✓ pass', 'green'), regression: paint('✗ regression', 'red'), error: paint('! error', 'yellow') }[report.verdict];
  const where = `${plural(report.rows.length, 'row')} on ${plural(report.interpreters.length, 'interpreter')}`;
  return `${mark}: ${parts.length ? parts.join(', ') : 'no benchmarks'} · ${where} · threshold ${formatPercent(report.threshold)} · ${formatDuration(report.elapsedSeconds)}`;
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = painter(Boolean(options.colour));
  const multipleSuites = new Set(report.rows.map((r) => r.suite)).size > 1;
  const confidence = formatPercent(1 - report.alpha);
  const of = (v: Verdict) => report.rows.filter((r) => r.verdict === v);
  const regressions = of('regression');
  const failed = of('failed');
  const improvements = of('improvement');
  const rest = report.rows.filter((r) => !['regression', 'failed', 'improvement'].includes(r.verdict));
  const out = headerLines(report, paint);
  // The forest plot (report/forest-plot.ts) goes here, between the header and the lists, when the CLI passes it.
  const plot = options.plot?.(report) ?? [];
  if (plot.length) out.push('', ...plot);
  if (regressions.length) {
    out.push(
      ...section('Regressions', regressions.length, paint, 'regression'),
      ...measuredTable(regressions, multipleSuites, confidence, paint, options.width),
    );
    for (const r of regressions) {
      const explained = [...profileLines(r, paint), ...importLines(r, paint)];
      if (explained.length) out.push('', ...explained);
    }
  }
  if (failed.length) out.push(...section('Failed', failed.length, paint, 'failed'), ...failedLines(failed, multipleSuites, paint));
  if (improvements.length)
    out.push(
      ...section('Improvements', improvements.length, paint, 'improvement'),
      ...measuredTable(improvements, multipleSuites, confidence, paint, options.width),
    );
  out.push(...memoryLines(report.rows, multipleSuites, paint));
  for (const c of report.cross) out.push('', ...crossLines(c, multipleSuites, confidence, paint, options.width));
  if (rest.length) out.push(...section('Other', rest.length, paint), ...measuredTable(rest, multipleSuites, confidence, paint, options.width));
  out.push('', summaryLine(report, paint));
  return out.join('\n') + '\n';
}
