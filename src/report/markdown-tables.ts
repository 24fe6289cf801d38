// The tables of measured rows. The comment's fits GitHub's comment width (~780 px): benchmark, change with
// its CI, verdict and one more column (time per call, or the interpreter when several ran). The job summary's
// has everything (p, medians, how much was measured, noise), in words rather than codes. Pure.
import { isPairedRow } from '../judge/paired/row-json.js';
import { type Row } from '../model/row.js';
import { formatChange, formatP, formatPercent, formatSeconds, plural } from '../text/format.js';
import { escapeMarkdown as esc } from './escape.js';

/** Which table: the PR comment's narrow one, or the job summary's full one. */
export type Audience = 'comment' | 'summary';

export interface TableContext {
  multipleSuites: boolean;
  /** More than one interpreter ran: the comment's fourth column names it. */
  multipleInterpreters: boolean;
  /** `95%` */
  confidence: string;
}

export function benchmarkCell(row: Row, multipleSuites: boolean): string {
  return multipleSuites ? `${esc(row.suite)} › ${esc(row.name)}` : esc(row.name);
}

/** `+30.0% (+20.0% to +40.0%)`: the change and its CI, as changes rather than ratios. */
function changeCell(r: Row): string {
  if (r.ratio === undefined) return '–';
  return r.ci ? `${formatChange(r.ratio)} (${formatChange(r.ci[0])} to ${formatChange(r.ci[1])})` : formatChange(r.ratio);
}

/** The verdict, and for an open row that noise keeps open, how noisy. */
function verdictCell(r: Row): string {
  if (!r.tooNoisy) return r.verdict;
  const floor = isPairedRow(r) ? r.noiseFloor : undefined;
  return `${r.verdict} (noise ${floor !== undefined ? 'floor ' : ''}±${formatPercent(floor ?? r.noise ?? 0)})`;
}

/** How much was measured, in words: `10 rounds each`, `10 base, 12 head rounds; 2 base set aside as slow`, `8 pairs × 20 duels`. */
export function measuredWords(r: Row): string {
  if (isPairedRow(r)) return r.pairs ? `${plural(r.pairs, 'pair')} × ${plural(Math.round(r.duels / r.pairs), 'duel')}` : '–';
  const base = r.base?.n ?? 0;
  const head = r.head?.n ?? 0;
  const kept = base === head ? `${plural(base, 'round')} each` : `${base} base, ${plural(head, 'head round')}`;
  const slow = r.slowRounds ? [r.slowRounds.base && `${r.slowRounds.base} base`, r.slowRounds.head && `${r.slowRounds.head} head`].filter(Boolean) : [];
  return slow.length ? `${kept}; ${slow.join(', ')} set aside as slow` : kept;
}

function timeCell(r: Row): string {
  const side = (s: Row['base']) => (s ? formatSeconds(s.median) : '–');
  return r.base || r.head ? `${side(r.base)} → ${side(r.head)}` : '–';
}

function noiseCell(r: Row): string {
  const floor = isPairedRow(r) ? r.noiseFloor : undefined;
  if (floor !== undefined) return `±${formatPercent(floor)} (floor)`;
  return r.noise !== undefined ? `±${formatPercent(r.noise)}` : '–';
}

/** The table of measured rows for `audience`, header first. */
export function measuredTable(rows: readonly Row[], audience: Audience, ctx: TableContext): string[] {
  if (audience === 'comment') {
    const [fourth, align, cell] = ctx.multipleInterpreters
      ? ['Interpreter', '---', (r: Row) => esc(r.interpreter)]
      : ['Time, base → head', '---:', (r: Row) => timeCell(r)];
    return [
      `| Benchmark | Change (${ctx.confidence} CI) | Verdict | ${fourth} |`,
      `|---|---:|---|${align}|`,
      ...rows.map((r) => `| ${benchmarkCell(r, ctx.multipleSuites)} | ${changeCell(r)} | ${verdictCell(r)} | ${cell(r)} |`),
    ];
  }
  return [
    `| Benchmark | Interpreter | Verdict | Change (${ctx.confidence} CI) | p (adjusted) | Base | Head | Measured | Noise |`,
    '|---|---|---|---:|---:|---:|---:|---|---:|',
    ...rows.map((r) => {
      const p = r.q !== undefined ? formatP(r.q) : '–';
      const side = (s: Row['base']) => (s ? formatSeconds(s.median) : '–');
      return `| ${benchmarkCell(r, ctx.multipleSuites)} | ${esc(r.interpreter)} | ${verdictCell(r)} | ${changeCell(r)} | ${p} | ${side(r.base)} | ${side(r.head)} | ${measuredWords(r)} | ${noiseCell(r)} |`;
    }),
  ];
}
