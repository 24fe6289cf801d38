// Renders a Report as GitHub markdown for the PR comment and the job summary. Pure.
// Order: overall verdict, regressions, failures, improvements, then everything else folded.
import { isPairedRow } from '../judge/paired/row-json.js';
import { SLOW_ROUND_FACTOR } from '../judge/slow-rounds.js';
import { countVerdicts, isBlockingFailure, VERDICT_ORDER } from '../judge/verdicts.js';
import { type Report } from '../model/report.js';
import { type Row, type Verdict } from '../model/row.js';
import { formatBytes, formatChange, formatDuration, formatP, formatPercent, formatRatio, formatSeconds, plural } from '../text/format.js';
import { escapeMarkdown as esc, markerSafe } from './escape.js';
import { COMMENT_BUDGET, fitBlocks, tableBlock, type Block, type Budget } from './markdown-budget.js';
import { configChangesSection } from './markdown-config.js';
import { instructionsSection } from './markdown-instructions.js';
import { crossSection, crossSummaryLine } from './markdown-interpreters.js';
import { jitWarmupNote } from './warmup-note.js';

export const MARKER_PREFIX = '<!-- py-perf-guard';

/** The hidden marker that finds this job's comment again; matrix legs differ by job id and comment-key. */
export function commentMarker(job: string, key: string): string {
  return `${MARKER_PREFIX} job=${markerSafe(job)} key=${markerSafe(key)} -->`;
}

const HEADLINE: Record<Report['verdict'], string> = {
  pass: '✅ **py-perf-guard: no performance regression**',
  regression: '❌ **py-perf-guard: performance regression**',
  error: '⚠️ **py-perf-guard: some benchmarks could not be measured**',
};

function countsLine(rows: readonly Row[]): string {
  const counts = countVerdicts(rows);
  const parts = VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v}`);
  return parts.length ? parts.join(' · ') : 'no benchmarks';
}

function benchmarkCell(row: Row, multipleSuites: boolean): string {
  return multipleSuites ? `${esc(row.suite)} › ${esc(row.name)}` : esc(row.name);
}

function measuredTable(rows: readonly Row[], multipleSuites: boolean, confidence: string): string[] {
  const lines = [
    `| Benchmark | Interpreter | Verdict | Change | ${confidence} CI | p (adj.) | Base | Head | Rounds |`,
    '|---|---|---|---:|---|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const change = r.ratio !== undefined ? `${formatChange(r.ratio)} (${formatRatio(r.ratio)})` : '–';
    const ci = r.ci ? `${r.ci[0].toFixed(3)}–${r.ci[1].toFixed(3)}×` : '–';
    const p = r.q !== undefined ? formatP(r.q) : '–';
    const base = r.base ? formatSeconds(r.base.median) : '–';
    const head = r.head ? formatSeconds(r.head.median) : '–';
    const slow = r.slowRounds ? ` (${r.slowRounds.base}/${r.slowRounds.head} slow)` : '';
    const n = isPairedRow(r) ? (r.pairs ? `${r.pairs}×${Math.round(r.duels / r.pairs)}` : '–') : `${r.base?.n ?? 0}/${r.head?.n ?? 0}${slow}`;
    const floor = isPairedRow(r) ? r.noiseFloor : undefined;
    const verdict = r.tooNoisy ? `${r.verdict} (noise ${floor !== undefined ? 'floor ' : ''}±${formatPercent(floor ?? r.noise ?? 0)})` : r.verdict;
    lines.push(`| ${benchmarkCell(r, multipleSuites)} | ${esc(r.interpreter)} | ${verdict} | ${change} | ${ci} | ${p} | ${base} | ${head} | ${n} |`);
  }
  return lines;
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
  const title = `<details><summary>Profile of ${esc(r.name)} on ${esc(r.interpreter)}: where the time went</summary>`;
  if (r.profile.error) return [title, '', esc(r.profile.error, 400), '', '</details>', ''];
  const lines = [title, '', '| Function | Calls base → head | Own time base → head | Δ own time | Cumulative base → head |', '|---|---:|---:|---:|---:|'];
  const calls = (n: number | undefined) => (n === undefined ? '–' : Number(n.toPrecision(4)).toString());
  for (const d of r.profile.top ?? []) {
    const delta = `${d.tottimeDelta >= 0 ? '+' : '−'}${formatSeconds(Math.abs(d.tottimeDelta))}`;
    const fn = `${esc(d.function, 120)}${!d.base ? ' (new)' : !d.head ? ' (gone)' : ''}`;
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
    `<details><summary>${esc(r.name)} on ${esc(r.interpreter)}: the imports that grew</summary>`,
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
function memorySection(rows: readonly Row[], multipleSuites: boolean): Block[] {
  const measured = rows.filter((r) => r.memory);
  if (!measured.length) return [];
  const changed = measured.filter((r) => r.memory!.verdict === 'regression' || r.memory!.verdict === 'improvement');
  const table = (list: readonly Row[]) => [
    '| Benchmark | Interpreter | Memory | Peak per call, base → head | Change |',
    '|---|---|---|---:|---:|',
    ...list.map((r) => {
      const m = r.memory!;
      const change = Number.isFinite(m.ratio) ? formatChange(m.ratio) : 'new';
      return `| ${benchmarkCell(r, multipleSuites)} | ${esc(r.interpreter)} | ${m.verdict}${m.exact ? '' : ' (varies)'} | ${formatBytes(m.base)} → ${formatBytes(m.head)} | ${change} |`;
    }),
  ];
  const regressions = changed.filter((r) => r.memory!.verdict === 'regression').length;
  const out: Block[] = [
    {
      kind: 'text',
      lines: [`#### Peak memory (${regressions} ${regressions === 1 ? 'regression' : 'regressions'}, ${changed.length - regressions} improved)`, ''],
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
}

export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const multipleSuites = new Set(report.rows.map((r) => r.suite)).size > 1;
  const confidence = formatPercent(1 - report.alpha);
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
  out.push(`${HEADLINE[report.verdict]} — ${countsLine(report.rows)}`, '');
  out.push(
    `\`${report.base.sha.slice(0, 7)}\` (base) → \`${report.head.sha.slice(0, 7)}\` (head) · ${interpretersLine(report)} · ` +
      `${stopLine(report)} · threshold ${formatPercent(report.threshold)}, false-discovery rate ${formatPercent(report.alpha)}`,
    '',
  );
  out.push(...configChangesSection(report.configChanges ?? []));
  const geomeans = geomeanLine(report);
  if (geomeans) out.push(geomeans, '');
  for (const c of report.cross) out.push(crossSummaryLine(c), '');
  if (regressions.length) {
    blocks.push(
      tableBlock(PRIORITY.regressions, [`#### Regressions (${regressions.length})`, ''], measuredTable(regressions, multipleSuites, confidence), ['']),
    );
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
  if (improvements.length)
    blocks.push(
      tableBlock(PRIORITY.improvements, [`#### Improvements (${improvements.length})`, ''], measuredTable(improvements, multipleSuites, confidence), ['']),
    );
  blocks.push(...memorySection(report.rows, multipleSuites));
  blocks.push(...instructionsSection(report, { all: !options.marker, multipleSuites })); // the comment has a marker, the summary not
  for (const c of report.cross)
    blocks.push(...crossSection(c, (before, rows, after) => tableBlock(PRIORITY.cross, before, measuredTable(rows, multipleSuites, confidence), after)));
  const everyRow = [...report.rows, ...report.cross.flatMap((c) => c.rows)];
  const warmupNote = jitWarmupNote(everyRow);
  const slowNote = everyRow.some((r) => r.slowRounds)
    ? ` Rounds = base/head rounds kept for the ratio and CI; (x/y slow): processes that ran their whole suite in a slow mode of the machine (≥${SLOW_ROUND_FACTOR}× that side's fast quartile), set aside there (p uses every round).`
    : '';
  const pairedRows = everyRow.filter(isPairedRow);
  const floors = pairedRows.flatMap((r) => (r.noiseFloor !== undefined ? [r.noiseFloor] : []));
  const floorNote = floors.length
    ? ` Noise floor (a base-against-base pair, \`calibrate\`): ${formatPercent(Math.min(...floors))}–${formatPercent(Math.max(...floors))}; a change must clear it too.`
    : '';
  const pairedNote = pairedRows.length
    ? ` Paired rows (\`method: paired\`): head time / base time; each duel times a ~${pairedRows[0].burstMs ?? 5} ms burst of base and of head back to back; per worker pair the median duel ratio, the ratio their median, its CI the order-statistic interval, p a one-sided sign test over the pairs; Rounds = worker pairs × duels per pair.${floorNote}`
    : '';
  const measuredCount = report.rows.filter((r) => r.ratio !== undefined).length;
  const roundsNote = everyRow.some((r) => !isPairedRow(r) && r.ratio !== undefined)
    ? `Ratio = head time / base time, per-round ${esc(report.statistic)} of each fresh process; ${confidence} bootstrap CI of the ratio of medians; p = one-sided Mann-Whitney U.`
    : '';
  const footer = [
    '',
    `<sub>${[roundsNote, pairedNote.trim(), `p adjusted (Benjamini–Hochberg) over ${plural(measuredCount, 'comparison')}.${warmupNote}${slowNote}`].filter(Boolean).join(' ')}</sub>`,
  ];

  const labels = report.interpreters.map((i) => i.label);
  if (rest.length) {
    // With several interpreters: every benchmark once, a column per interpreter (the matrix); else the rows.
    const table = labels.length > 1 ? matrixTable(report.rows, labels, multipleSuites) : measuredTable(rest, multipleSuites, confidence);
    const summary = labels.length > 1 ? `All benchmarks × interpreters (besides the above: ${countsLine(rest)})` : `${rest.length} other: ${countsLine(rest)}`;
    blocks.push(tableBlock(PRIORITY.rest, [`<details><summary>${summary}</summary>`, ''], table, ['', '</details>']));
  }
  text(...footer);
  return fitBlocks(blocks, options.budget ?? COMMENT_BUDGET);
}
