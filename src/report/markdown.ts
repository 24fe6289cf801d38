// Renders a Report as GitHub markdown for the PR comment and the job summary. Pure.
// Order: overall verdict, regressions, failures, improvements, then everything else folded.
import { isBlockingFailure } from '../judge/verdicts.js';
import { type Report } from '../model/report.js';
import { type Row, type Verdict } from '../model/row.js';
import { formatBytes, formatChange, formatDuration, formatPercent, formatSeconds, plural } from '../text/format.js';
import { codeSpan, escapeMarkdown as esc, escapeHtml, markerSafe } from './escape.js';
import { COMMENT_BUDGET, fitBlocks, tableBlock, type Block, type Budget } from './markdown-budget.js';
import { configChangesSection } from './markdown-config.js';
import { footerNote } from './markdown-footer.js';
import { countsLine, headline } from './markdown-headline.js';
import { instructionsSection } from './markdown-instructions.js';
import { crossSection, crossSummaryLine } from './markdown-interpreters.js';
import { plotBlock } from './markdown-plot.js';
import { benchmarkCell, measuredTable, type Audience, type TableContext } from './markdown-tables.js';

export const MARKER_PREFIX = '<!-- py-perf-guard';

/** The hidden marker that finds this job's comment again; matrix legs differ by job id and comment-key. */
export function commentMarker(job: string, key: string): string {
  return `${MARKER_PREFIX} job=${markerSafe(job)} key=${markerSafe(key)} -->`;
}

/** One row per benchmark, one column per interpreter: `regression +23.4%`, `unchanged −0.3%`, `failed`. */
function matrixTable(rows: readonly Row[], labels: readonly string[], multipleSuites: boolean): string[] {
  const byBenchmark = new Map<string, Map<string, Row>>();
  for (const r of rows) {
    const key = `${r.suite}\0${r.name}`;
    if (!byBenchmark.has(key)) byBenchmark.set(key, new Map());
    byBenchmark.get(key)!.set(r.interpreter, r);
  }
  const cell = (r: Row | undefined) => (!r ? '–' : r.ratio !== undefined ? `${r.verdict} ${formatChange(r.ratio)}` : r.verdict);
  const lines = [`| Benchmark | ${labels.map((l) => esc(l)).join(' | ')} |`, `|---|${labels.map(() => '---|').join('')}`];
  for (const cells of byBenchmark.values()) {
    const first = [...cells.values()][0];
    lines.push(`| ${benchmarkCell(first, multipleSuites)} | ${labels.map((l) => cell(cells.get(l))).join(' | ')} |`);
  }
  return lines;
}

function perCall(seconds: number | undefined): string {
  return seconds === undefined ? '–' : formatSeconds(seconds);
}

/** Where the time went, for one regressed benchmark: the functions whose own time grew most. */
function profileSection(r: Row): string[] {
  if (!r.profile) return [];
  const title = `<details><summary>Profile of ${escapeHtml(r.name)} on ${escapeHtml(r.interpreter)}: where the time went</summary>`;
  if (r.profile.error) return [title, '', esc(r.profile.error, 400), '', '</details>', ''];
  const lines = [title, '', '| Function | Calls base → head | Own time base → head | Δ own time | Cumulative base → head |', '|---|---:|---:|---:|---:|'];
  const calls = (n: number | undefined) => (n === undefined ? '–' : Number(n.toPrecision(4)).toString());
  for (const d of r.profile.top ?? []) {
    const delta = `${d.tottimeDelta >= 0 ? '+' : '−'}${formatSeconds(Math.abs(d.tottimeDelta))}`;
    const fn = `${codeSpan(d.function, 120)}${!d.base ? ' (new)' : !d.head ? ' (gone)' : ''}`;
    lines.push(
      `| ${fn} | ${calls(d.base?.ncalls)} → ${calls(d.head?.ncalls)} | ${perCall(d.base?.tottime)} → ${perCall(d.head?.tottime)} | ${delta} | ${perCall(d.base?.cumtime)} → ${perCall(d.head?.cumtime)} |`,
    );
  }
  lines.push(
    '',
    `Per benchmark call, from ${r.profile.iterations} calls under cProfile on each side; both .prof files are saved next to the report JSON.`,
    '',
    '</details>',
    '',
  );
  return lines;
}

/** For an import-time regression: the submodules whose cumulative import time grew most. */
function importSection(r: Row): string[] {
  if (!r.imports?.length) return [];
  const lines = [
    `<details><summary>${escapeHtml(r.name)} on ${escapeHtml(r.interpreter)}: the imports that grew</summary>`,
    '',
    '| Module | Base | Head | Growth |',
    '|---|---:|---:|---:|',
  ];
  for (const g of r.imports)
    lines.push(`| ${esc(g.module)} | ${g.base ? formatSeconds(g.base) : 'not imported'} | ${formatSeconds(g.head)} | +${formatSeconds(g.head - g.base)} |`);
  lines.push(
    '',
    'A heavy dependency imported when the package is imported is the usual cause: import it lazily, inside the function that needs it.',
    '',
    '</details>',
    '',
  );
  return lines;
}

/** Peak memory per call: changes listed, the rest folded. */
function memorySection(rows: readonly Row[], ctx: TableContext): Block[] {
  const measured = rows.filter((r) => r.memory);
  if (!measured.length) return [];
  const changed = measured.filter((r) => r.memory!.verdict === 'regression' || r.memory!.verdict === 'improvement');
  // the interpreter only when several ran: four columns fit the comment's width
  const interpreter = (r: Row) => (ctx.multipleInterpreters ? ` ${esc(r.interpreter)} |` : '');
  const table = (list: readonly Row[]) => [
    `| Benchmark |${ctx.multipleInterpreters ? ' Interpreter |' : ''} Memory | Peak per call, base → head | Change |`,
    `|---|${ctx.multipleInterpreters ? '---|' : ''}---|---:|---:|`,
    ...list.map((r) => {
      const m = r.memory!;
      const change = Number.isFinite(m.ratio) ? formatChange(m.ratio) : 'new';
      return `| ${benchmarkCell(r, ctx.multipleSuites)} |${interpreter(r)} ${m.verdict}${m.exact ? '' : ' (varies)'} | ${formatBytes(m.base)} → ${formatBytes(m.head)} | ${change} |`;
    }),
  ];
  const regressions = changed.filter((r) => r.memory!.verdict === 'regression').length;
  const out: Block[] = [
    {
      kind: 'text',
      lines: [`#### Peak memory (${plural(regressions, 'regression')}, ${changed.length - regressions} improved)`, ''],
    },
  ];
  if (changed.length) out.push(tableBlock(PRIORITY.memoryChanged, [], table(changed), ['']));
  out.push(
    tableBlock(PRIORITY.memoryAll, [`<details><summary>Peak memory of all ${measured.length} benchmarks</summary>`, ''], table(measured), [
      '',
      '</details>',
      '',
    ]),
  );
  return out;
}

function failedTable(rows: readonly Row[], multipleSuites: boolean): string[] {
  const where: Record<string, string> = { head: 'head', base: 'base only', both: 'base and head', setup: 'setup' };
  const lines = ['| Benchmark | Interpreter | Failed on | Error |', '|---|---|---|---|'];
  for (const r of rows) {
    lines.push(`| ${benchmarkCell(r, multipleSuites)} | ${esc(r.interpreter)} | ${where[r.failedOn ?? 'head']} | ${esc(r.error ?? 'failed', 400)} |`);
  }
  return lines;
}

function interpretersLine(report: Report): string {
  return report.interpreters
    .map((i) => (i.version ? `${esc(i.label)} (${esc(i.implementation ?? '')} ${esc(i.version)})` : `${esc(i.label)} (unavailable)`))
    .join(', ');
}

/** `3.12: +2.1% (0.99–1.05×, 18 benchmarks)` per interpreter. */
function geomeanLine(report: Report): string {
  const parts = [...report.geomeans].map(
    ([label, g]) => `${esc(label)} ${formatChange(g.ratio)} (${g.ci[0].toFixed(3)}–${g.ci[1].toFixed(3)}×, ${plural(g.benchmarks, 'benchmark')})`,
  );
  return parts.length ? `Geometric mean of head/base: ${parts.join(' · ')}` : '';
}

export function stopLine(report: Report): string {
  const why: Record<Report['stopReason'], string> = {
    decided: 'every verdict decided',
    'max-rounds': 'max-rounds reached',
    'time-budget': 'time budget spent',
  };
  const counts = [
    report.paired && `${plural(report.paired.pairs, 'worker pair')} of ${report.paired.burstMs} ms bursts`,
    (!report.paired || report.rounds > 0) && `${report.rounds} rounds per side`,
  ].filter(Boolean);
  return `${counts.join(' and ')} (${why[report.stopReason]}) in ${formatDuration(report.elapsedSeconds)}`;
}

/** Which lists keep their rows when the body must be cut (markdown-budget.ts): lowest first. */
const PRIORITY = { regressions: 0, failed: 1, improvements: 2, memoryChanged: 3, cross: 4, memoryAll: 5, rest: 6 };

export interface RenderOptions {
  /** Hidden marker to put first (comments only). */
  marker?: string;
  /** The size limit of the whole body: a comment's 65,536 characters unless told (SUMMARY_BUDGET: 1 MiB). */
  budget?: Budget;
  /** `comment` (default): narrow tables, a capped chart; `summary`: every column and every row of the chart. */
  audience?: Audience;
}

export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const multipleSuites = new Set(report.rows.map((r) => r.suite)).size > 1;
  const confidence = formatPercent(1 - report.alpha);
  const audience = options.audience ?? 'comment';
  const ctx: TableContext = { multipleSuites, multipleInterpreters: new Set(report.rows.map((r) => r.interpreter)).size > 1, confidence };
  const table = (rows: readonly Row[]) => measuredTable(rows, audience, ctx);
  const byVerdict = (v: Verdict) => report.rows.filter((r) => r.verdict === v);
  const regressions = byVerdict('regression');
  const failed = report.rows.filter((r) => r.verdict === 'failed');
  const improvements = byVerdict('improvement');
  const rest = report.rows.filter((r) => !['regression', 'failed', 'improvement'].includes(r.verdict));

  const out: string[] = [];
  const blocks: Block[] = [{ kind: 'text', lines: out }];
  // Everything after the top lines goes in as blocks: text, then tables and explanations that may be cut.
  const text = (...lines: string[]) => blocks.push({ kind: 'text', lines });
  if (options.marker) out.push(options.marker);
  out.push(headline(report), '');
  out.push(
    `\`${report.base.sha.slice(0, 7)}\` (base) → \`${report.head.sha.slice(0, 7)}\` (head) · ${interpretersLine(report)} · ` +
      `${stopLine(report)} · threshold ${formatPercent(report.threshold)}, false-discovery rate ${formatPercent(report.alpha)}`,
    '',
  );
  out.push(...configChangesSection(report.configChanges ?? []));
  const geomeans = geomeanLine(report);
  if (geomeans) out.push(geomeans, '');
  for (const c of report.cross) out.push(crossSummaryLine(c), '');
  blocks.push(...plotBlock(report, audience));
  if (regressions.length) {
    blocks.push(tableBlock(PRIORITY.regressions, [`#### Regressions (${regressions.length})`, ''], table(regressions), ['']));
    for (const r of regressions) {
      blocks.push({ kind: 'optional', rank: 1, what: 'profile table', lines: profileSection(r) });
      blocks.push({ kind: 'optional', rank: 2, what: 'import-growth table', lines: importSection(r) });
    }
  }
  if (failed.length) {
    const blocking = failed.filter(isBlockingFailure).length;
    const note = blocking === failed.length ? '' : ` — ${blocking} caused by this PR`;
    blocks.push(tableBlock(PRIORITY.failed, [`#### Failed (${failed.length}${note})`, ''], failedTable(failed, multipleSuites), ['']));
  }
  if (improvements.length) blocks.push(tableBlock(PRIORITY.improvements, [`#### Improvements (${improvements.length})`, ''], table(improvements), ['']));
  blocks.push(...memorySection(report.rows, ctx));
  blocks.push(...instructionsSection(report, { all: audience === 'summary', multipleSuites }));
  for (const c of report.cross) blocks.push(...crossSection(c, (before, rows, after) => tableBlock(PRIORITY.cross, before, table(rows), after)));
  const footer = ['', footerNote(report, audience)];

  const labels = report.interpreters.map((i) => i.label);
  if (rest.length) {
    // With several interpreters: every benchmark once, a column per interpreter (the matrix); else the rows.
    const lines = labels.length > 1 ? matrixTable(report.rows, labels, multipleSuites) : table(rest);
    const summary = labels.length > 1 ? `All benchmarks × interpreters (besides the above: ${countsLine(rest)})` : `${rest.length} other: ${countsLine(rest)}`;
    blocks.push(tableBlock(PRIORITY.rest, [`<details><summary>${summary}</summary>`, ''], lines, ['', '</details>']));
  }
  text(...footer);
  return fitBlocks(blocks, options.budget ?? COMMENT_BUDGET);
}
