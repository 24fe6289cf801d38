// The forest plot: every benchmark's change (head/base) with its confidence interval, one text line each,
// against the ±threshold band, on a log scale so that 2× slower and 2× faster sit equally far from 0.
// Plain Unicode text: the comment and the job summary fence it (renders on github.com and GHES alike),
// the terminal prints it as it is. Regressions get a strip of each side's samples on the same axis. Pure.
import { isPairedRow } from '../judge/paired/row-json.js';
import { VERDICT_ORDER } from '../judge/verdicts.js';
import { type Row } from '../model/row.js';
import { formatChange } from '../text/format.js';
import { countsLine } from './markdown-headline.js';

/** Plot columns; odd, so that 0 has a middle column. */
const WIDTH = 41;
const LABEL_WIDTH = 32;
/**
 * How far the axis reaches, in multiples of the threshold (log scale): every point estimate shown, but at least
 * the band twice and at most 12× (beyond: ◀ ▶; a CI may reach past the ends too).
 */
const MIN_REACH = 2;
const MAX_REACH = 12;
const LEVELS = '▁▂▃▄▅▆▇█';

export interface ForestPlotOptions {
  /** The regression threshold (0.05 = 5%): the band is [1/(1+t), 1+t], as the verdicts use it. */
  threshold: number;
  /** e.g. `95%`, for the legend. */
  confidence: string;
  /** At most this many rows (regressions and improvements come first); default all. */
  maxRows?: number;
  /** Where the rows left out are, for the last line: `in the job summary`. */
  elsewhere?: string;
  /** Sample strips under at most this many regressions; default all. */
  maxStrips?: number;
  /** The verdict after each change (default true); the comment leaves it to its table, to fit GitHub's width. */
  verdicts?: boolean;
}

/** Regressions, then improvements, then the other verdicts in the report's order; within each, the largest changes first. */
function plotOrder(rows: readonly Row[]): Row[] {
  const rank = (r: Row) => (r.verdict === 'regression' ? -2 : r.verdict === 'improvement' ? -1 : VERDICT_ORDER.indexOf(r.verdict));
  const size = (r: Row) => Math.abs(Math.log(r.ratio!));
  return [...rows].sort((a, b) => rank(a) - rank(b) || size(b) - size(a));
}

/** Text safe for a fenced block: one line, no control characters, long names cut in the middle. */
function plainLabel(text: string, width: number): string {
  // eslint-disable-next-line no-control-regex
  const t = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  if ([...t].length <= width) return t;
  const chars = [...t];
  const head = Math.ceil((width - 1) / 3); // the end of a name (the test function) says more than its start
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (width - 1 - head)).join('')}`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/** `−4.8%`, `+5%`, `0`: two significant digits. */
function tickText(logRatio: number): string {
  if (logRatio === 0) return '0';
  const pct = (Math.exp(logRatio) - 1) * 100;
  return `${pct < 0 ? '−' : '+'}${Number(Math.abs(pct).toPrecision(2))}%`;
}

interface Axis {
  reach: number;
  band: number;
  /** Column of a log ratio, and whether it lies beyond the axis. */
  column(logRatio: number): { at: number; beyond: -1 | 0 | 1 };
}

function axisFor(rows: readonly Row[], threshold: number): Axis {
  const band = Math.log1p(threshold);
  const extents = rows.flatMap((r) => (r.ratio !== undefined && r.ratio > 0 ? [Math.abs(Math.log(r.ratio))] : []));
  const reach = Math.min(Math.max(Math.max(0, ...extents) * 1.15, MIN_REACH * band), MAX_REACH * band);
  const mid = (WIDTH - 1) / 2;
  return {
    reach,
    band,
    column(x) {
      const at = Math.round(mid + (x / reach) * mid);
      return at < 0 ? { at: 0, beyond: -1 } : at > WIDTH - 1 ? { at: WIDTH - 1, beyond: 1 } : { at, beyond: 0 };
    },
  };
}

/** The empty plot area of a line: the 0 line and the threshold band's edges as guides. */
function guides(axis: Axis): string[] {
  const cells = Array.from({ length: WIDTH }, () => ' ');
  cells[axis.column(-axis.band).at] = '┆';
  cells[axis.column(axis.band).at] = '┆';
  cells[axis.column(0).at] = '│';
  return cells;
}

/** Tick labels above the plot: 0, the band's edges, the axis' ends; a label that would touch another is left out. */
function tickLine(axis: Axis): string {
  const cells = Array.from({ length: WIDTH + 8 }, () => ' ');
  const taken: [number, number][] = [];
  for (const x of [0, -axis.band, axis.band, -axis.reach, axis.reach]) {
    const text = tickText(x);
    const at = axis.column(x).at;
    // left of 0 a label ends at its column, right of 0 it starts there: the band's edges keep room beside 0
    const wanted = x < 0 ? at - text.length + 1 : x > 0 ? at : at - Math.floor(text.length / 2);
    const start = Math.min(Math.max(0, wanted), cells.length - text.length);
    const end = start + text.length;
    if (taken.some(([s, e]) => start <= e && end >= s)) continue;
    taken.push([start, end]);
    [...text].forEach((c, i) => (cells[start + i] = c));
  }
  return cells.join('').trimEnd();
}

function intervalLine(r: Row, axis: Axis): string {
  const cells = guides(axis);
  if (r.ci) {
    const lo = axis.column(Math.log(r.ci[0]));
    const hi = axis.column(Math.log(r.ci[1]));
    for (let i = lo.at; i <= hi.at; i++) cells[i] = '─';
    cells[lo.at] = lo.beyond ? '◀' : '├';
    cells[hi.at] = hi.beyond ? '▶' : '┤';
  }
  const point = axis.column(Math.log(r.ratio!));
  const changed = r.verdict === 'regression' || r.verdict === 'improvement';
  cells[point.at] = point.beyond < 0 ? '◀' : point.beyond > 0 ? '▶' : changed ? '●' : '○';
  return cells.join('');
}

/** One side's values (log ratios against base's median) as a histogram strip on the plot's axis. */
function stripLine(values: readonly number[], axis: Axis): string {
  const counts = new Array<number>(WIDTH).fill(0);
  for (const v of values) counts[axis.column(v).at]++;
  const most = Math.max(...counts);
  return counts.map((n) => (n ? LEVELS[Math.min(LEVELS.length - 1, Math.ceil((n / most) * LEVELS.length) - 1)] : ' ')).join('');
}

/** The strips of a regressed row: base's and head's rounds, or the per-pair ratios of a paired row. */
function strips(r: Row, axis: Axis): [string, string, string][] {
  if (isPairedRow(r)) {
    const values = r.pairEstimates.filter((x) => x > 0).map(Math.log);
    return values.length ? [['  worker pairs', stripLine(values, axis), `${values.length} pairs`]] : [];
  }
  const base = r.base?.median;
  if (!r.samples || !base || base <= 0) return [];
  const logs = (xs: readonly number[]) => xs.filter((x) => x > 0).map((x) => Math.log(x / base));
  return (['base', 'head'] as const).map((side) => [`  ${side} rounds`, stripLine(logs(r.samples![side]), axis), `${r.samples![side].length} rounds`]);
}

/**
 * The plot as lines of text (without a fence): tick labels, one line per row (label, interval, change and
 * verdict), strips under regressions, `… N more`, and a legend. Several interpreters: each label names its own.
 */
export function forestPlot(rows: readonly Row[], options: ForestPlotOptions): string[] {
  const measured = rows.filter((r) => r.ratio !== undefined && r.ratio > 0);
  if (!measured.length) return [];
  const severalInterpreters = new Set(rows.map((r) => r.interpreter)).size > 1;
  const label = (r: Row) => (severalInterpreters ? `${r.name} [${r.interpreter}]` : r.name);
  const shown = plotOrder(measured).slice(0, options.maxRows ?? measured.length);
  const axis = axisFor(shown, options.threshold);
  const width = Math.min(LABEL_WIDTH, Math.max(14, ...shown.map((r) => [...plainLabel(label(r), LABEL_WIDTH)].length)));
  const lines = [`${' '.repeat(width)}  ${tickLine(axis)}`];
  let stripsLeft = options.maxStrips ?? Infinity;
  for (const r of shown) {
    lines.push(
      `${pad(plainLabel(label(r), width), width)}  ${intervalLine(r, axis)}  ${formatChange(r.ratio!)}${options.verdicts === false ? '' : ` ${r.verdict}`}`,
    );
    if (r.verdict === 'regression' && stripsLeft > 0) {
      const extra = strips(r, axis);
      if (extra.length) stripsLeft--;
      for (const [name, strip, count] of extra) lines.push(`${pad(name, width)}  ${strip}  ${count}`);
    }
  }
  const left = measured.length - shown.length;
  if (left > 0) lines.push(`… ${left} more${options.elsewhere ? ` ${options.elsewhere}` : ''}`);
  const unmeasured = countsLine(rows.filter((r) => !measured.includes(r)));
  if (measured.length < rows.length) lines.push(`Not plotted, no change to show: ${unmeasured}`);
  lines.push(`● changed beyond the band  ○ within or undecided  ├─┤ ${options.confidence} CI  ┆ ±${tickText(axis.band).slice(1)} threshold`);
  return lines;
}
