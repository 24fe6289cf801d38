// The instruction-count part of the comment and the summary (`instructions: true`): its own compact section
// beside the timing tables. The comment lists the rows whose count changed; the summary lists every row.
// Rows that could not be counted are grouped by reason in one line each. Pure.
import { type InstructionRow } from '../model/instructions.js';
import { type Report } from '../model/report.js';
import { type Row } from '../model/row.js';
import { formatChange, formatPercent, plural } from '../text/format.js';
import { escapeMarkdown as esc } from './escape.js';
import { tableBlock, type Block } from './markdown-budget.js';

/** Where the tables stand when the body must be cut (as memory's in markdown.ts): changes early, the full list late. */
const PRIORITY = { changed: 3, all: 5 };

type Counted = Row & { instructions: InstructionRow };

/** 1068707 → `1.069 M`, 912 → `912`: four significant digits (the Change column carries the exact ratio). */
export function formatInstructions(n: number): string {
  const units: [number, string][] = [
    [1e9, ' G'],
    [1e6, ' M'],
    [1e3, ' k'],
  ];
  const [scale, unit] = units.find(([s]) => Math.abs(n) >= s) ?? [1, ''];
  return `${Number((n / scale).toPrecision(4))}${unit}`;
}

function label(r: Row, multipleSuites: boolean, multipleInterpreters: boolean): string {
  const name = multipleSuites ? `${esc(r.suite)} › ${esc(r.name)}` : esc(r.name);
  return multipleInterpreters ? `${name} (${esc(r.interpreter)})` : name;
}

function table(rows: readonly Counted[], cell: (r: Row) => string): string[] {
  return [
    '| Benchmark | Instructions per call, base → head | Change | Verdict |',
    '|---|---:|---:|---|',
    ...rows.map((r) => {
      const i = r.instructions;
      const change = Number.isFinite(i.ratio) ? `${formatChange(i.ratio)} (${i.ratio.toFixed(4)}×)` : 'new';
      const spread = i.spread > 0 ? ` (spread ${formatPercent(i.spread)})` : '';
      return `| ${cell(r)} | ${formatInstructions(i.base)} → ${formatInstructions(i.head)} | ${change} | ${i.verdict}${spread} |`;
    }),
  ];
}

/** `Not counted (12): <reason>`, one line per distinct reason. */
function failureLines(rows: readonly Row[]): string[] {
  const byReason = new Map<string, number>();
  for (const r of rows) if (r.instructions?.verdict === 'failed') byReason.set(r.instructions.error, (byReason.get(r.instructions.error) ?? 0) + 1);
  return [...byReason].map(([reason, n]) => `Not counted (${plural(n, 'row')}): ${esc(reason, 400)}`);
}

/**
 * The section, or nothing when no row has an instruction part. `all`: every counted row (the job summary);
 * else only regressions and improvements (the comment).
 */
export function instructionsSection(report: Pick<Report, 'rows' | 'instructions'>, options: { all: boolean; multipleSuites: boolean }): Block[] {
  const withPart = report.rows.filter((r) => r.instructions);
  if (!withPart.length) return [];
  const counted = withPart.filter((r): r is Counted => r.instructions!.verdict !== 'failed');
  const changed = counted.filter((r) => r.instructions.verdict !== 'unchanged');
  const regressions = changed.filter((r) => r.instructions.verdict === 'regression').length;
  const multipleInterpreters = new Set(report.rows.map((r) => r.interpreter)).size > 1;
  const cell = (r: Row) => label(r, options.multipleSuites, multipleInterpreters);
  const tool = report.instructions?.valgrind ? ` (${esc(report.instructions.tool)}, ${esc(report.instructions.valgrind)})` : '';
  const title = `#### Instruction counts${tool}: ${plural(regressions, 'regression')}, ${changed.length - regressions} improved, ${counted.length - changed.length} unchanged`;
  const out: Block[] = [{ kind: 'text', lines: [title, '', ...failureLines(withPart).flatMap((l) => [l, ''])] }];
  const shown = options.all ? counted : changed;
  if (shown.length) out.push(tableBlock(options.all ? PRIORITY.all : PRIORITY.changed, [], table(shown, cell), ['']));
  if (counted.length)
    out.push({
      kind: 'text',
      lines: [
        '<sub>Instructions per call of each side under valgrind, base and head counted in the same run. Work, not time: they miss I/O, cache misses and memory stalls (see the README, Instruction counts).</sub>',
        '',
      ],
    });
  return out;
}
