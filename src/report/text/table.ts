// Aligned columns for the terminal: widths from the plain text, colour added after padding. Pure.
import { type Paint, type Tone } from './style.js';

export interface Cell {
  text: string;
  tone?: Tone;
}

export type Align = 'left' | 'right';

/** Columns a string takes in a terminal: one per code point, none for combining marks and zero-width characters. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    // East Asian wide and fullwidth forms, and emoji, take two columns.
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0x1f300 && code <= 0x1faff)
        ? 2
        : 1;
  }
  return width;
}

function pad(text: string, width: number, align: Align): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}

/**
 * Rows of cells under a header, each column as wide as its widest cell, two spaces apart, `indent` before each
 * line; the last column is not padded (no trailing blanks).
 */
export function alignedTable(
  header: string[],
  rows: (Cell | string)[][],
  align: Align[],
  paint: Paint,
  indent = '  ',
  fit?: { width: number; drop: readonly number[] },
): string[] {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'string' ? { text: c } : c)));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i]?.text ?? ''))));
  // On a narrow terminal the least needed columns go first (fit.drop), so that a row stays one line.
  const shown = header.map((_, i) => i);
  const total = () => indent.length + shown.reduce((sum, i) => sum + widths[i], 0) + 2 * (shown.length - 1);
  for (const i of fit?.drop ?? []) if (total() > fit!.width && shown.includes(i)) shown.splice(shown.indexOf(i), 1);
  const line = (row: Cell[], head: boolean) =>
    indent +
    shown
      .map((i, k) => {
        const c = row[i] ?? { text: '' };
        const last = k === shown.length - 1;
        const text = last && align[i] !== 'right' ? c.text : pad(c.text, widths[i], align[i] ?? 'left');
        return paint(text, head ? 'dim' : c.tone);
      })
      .join('  ')
      .trimEnd();
  return [
    line(
      header.map((text) => ({ text })),
      true,
    ),
    ...cells.map((r) => line(r, false)),
  ];
}
