// Fits the rendered report into GitHub's limits: a comment body of 65,536 characters, a job summary of 1 MiB.
// The renderer hands over blocks: text that always stays, explanations that may go (profile tables first),
// and lists whose rows are cut from the end with a line saying where the rest is. Pure.
import { plural } from '../text/format.js';

export type Block =
  /** Always kept: the verdict, the counts, section titles, the footer. */
  | { kind: 'text'; lines: string[] }
  /** May be left out, lowest rank first, the last of a rank first (1: profiles, 2: import growth). */
  | { kind: 'optional'; lines: string[]; rank: number; what: string }
  /** A list or table: `head` and `tail` stay, `items` are cut from the end; lower `priority` is served first. */
  | { kind: 'list'; head: string[]; items: string[]; tail: string[]; priority: number };

export interface Budget {
  limit: number;
  /** How the limit counts (characters, or UTF-8 bytes). Must add up over concatenation. */
  size: (text: string) => number;
  /** Where the rows that were cut can be read, e.g. `in the job summary and the report`. */
  elsewhere: string;
}

export const COMMENT_BUDGET: Budget = { limit: 65_536, size: (t) => t.length, elsewhere: 'in the job summary and the report' };
export const SUMMARY_BUDGET: Budget = { limit: 1024 * 1024, size: (t) => Buffer.byteLength(t, 'utf8'), elsewhere: 'in the report JSON' };

/** Every list gets this many rows before any list gets more, so failures still show beside 500 regressions. */
const FAIR_SHARE = 20;

/** A markdown table (its first two lines the header) as a list block. */
export function tableBlock(priority: number, before: string[], table: string[], after: string[]): Block {
  return { kind: 'list', head: [...before, ...table.slice(0, 2)], items: table.slice(2), tail: after, priority };
}

const moreLine = (n: number, budget: Budget) => `_… ${n} more ${budget.elsewhere}._`;

/** The blocks as one markdown document within the budget. */
export function fitBlocks(blocks: readonly Block[], budget: Budget): string {
  const cost = (lines: readonly string[]) => lines.reduce((sum, l) => sum + budget.size(l) + 1, 0);
  const kept = blocks.map(() => true);
  const shown = blocks.map((b) => (b.kind === 'list' ? b.items.length : 0));
  const render = () => renderBlocks(blocks, kept, shown, budget);
  let out = render();
  if (budget.size(out) <= budget.limit) return out;

  // 1. Leave out explanations (profiles first), the last ones first, until the rest fits.
  let total = budget.size(out);
  const droppable = blocks
    .map((b, i) => ({ b, i }))
    .filter((x): x is { b: Extract<Block, { kind: 'optional' }>; i: number } => x.b.kind === 'optional')
    .sort((x, y) => x.b.rank - y.b.rank || y.i - x.i);
  for (const { b, i } of droppable) {
    if (total <= budget.limit - 200) break; // room for the note that says what was left out
    kept[i] = false;
    total -= cost(b.lines);
  }
  out = render();
  if (budget.size(out) <= budget.limit) return out;

  // 2. Cut the lists: every one gets a fair share in order of priority, then the most important get the rest.
  const lists = blocks.map((b, i) => ({ b, i })).filter((x): x is { b: Extract<Block, { kind: 'list' }>; i: number } => x.b.kind === 'list');
  lists.sort((x, y) => x.b.priority - y.b.priority || x.i - y.i);
  for (const { i } of lists) shown[i] = 0;
  const reserve = lists.reduce((sum, { b }) => sum + cost(['', moreLine(b.items.length, budget)]), 0);
  let room = budget.limit - budget.size(render()) - reserve;
  for (const share of [FAIR_SHARE, Infinity]) {
    for (const { b, i } of lists) {
      while (shown[i] < Math.min(b.items.length, share)) {
        const c = cost([b.items[shown[i]]]);
        if (c > room) break;
        room -= c;
        shown[i]++;
      }
    }
  }
  out = render();
  if (budget.size(out) <= budget.limit) return out;

  // 3. Only when the fixed parts alone are too big (thousands of interpreters or suites): a plain cut.
  const note = `\n\n_… cut to fit the size limit; the whole report is ${budget.elsewhere}._\n`;
  let cut = out.slice(0, Math.max(0, budget.limit - budget.size(note)));
  while (budget.size(cut) + budget.size(note) > budget.limit) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut + note;
}

function renderBlocks(blocks: readonly Block[], kept: readonly boolean[], shown: readonly number[], budget: Budget): string {
  const lines: string[] = [];
  const left = new Map<string, number>();
  let noteAt = -1;
  blocks.forEach((b, i) => {
    if (b.kind === 'text') lines.push(...b.lines);
    else if (b.kind === 'optional') {
      if (kept[i]) lines.push(...b.lines);
      else {
        left.set(b.what, (left.get(b.what) ?? 0) + 1);
        if (noteAt < 0) noteAt = lines.length;
      }
    } else {
      lines.push(...b.head, ...b.items.slice(0, shown[i]));
      if (shown[i] < b.items.length) lines.push('', moreLine(b.items.length - shown[i], budget));
      lines.push(...b.tail);
    }
  });
  if (noteAt >= 0) {
    const what = [...left].map(([w, n]) => plural(n, w)).join(' and ');
    lines.splice(noteAt, 0, `_${what} left out to fit the size limit; they are ${budget.elsewhere}._`, '');
  }
  return lines.join('\n') + '\n';
}
