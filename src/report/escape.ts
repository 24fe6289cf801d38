// Escaping for text that comes from the user's repository (benchmark names, suite paths, error messages)
// before it goes into a GitHub comment: no HTML, no mentions or issue links, no emoji shortcodes,
// no markdown formatting, nothing that breaks a table row.

const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;',
  ':': '&#58;', // :emoji: shortcodes
  '"': '&quot;',
  // a zero-width space after @ stops @mentions, after # issue links (#12)
  '@': '@&#8203;',
  '#': '#&#8203;',
};
const BACKSLASHED = new Set(['\\', '*', '_', '~', '[', ']', '(', ')', '!']);

/** One line (line breaks become spaces), cut to maxLength with `…`. */
function oneLine(text: string, maxLength: number): string {
  const t = text.replace(/[\r\n\t]+/g, ' ').trim();
  return t.length > maxLength ? t.slice(0, maxLength - 1) + '…' : t;
}

/** Text for a markdown table cell or a line of prose, in one pass. Line breaks become spaces. */
export function escapeMarkdown(text: string, maxLength = 300): string {
  const t = oneLine(text, maxLength);
  let out = '';
  for (const c of t) out += REPLACEMENTS[c] ?? (BACKSLASHED.has(c) ? `\\${c}` : c);
  return out;
}

/** Keeps only characters that cannot end or confuse an HTML comment (used inside the hidden marker). */
export function markerSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 100);
}

/**
 * Text inside an HTML block (`<summary>…</summary>`): GitHub renders no markdown there, so markdown's
 * backslashes would show; entities are decoded. Mentions and issue links are still autolinked, so they are broken.
 */
export function escapeHtml(text: string, maxLength = 300): string {
  const t = oneLine(text, maxLength);
  let out = '';
  for (const c of t) out += c === '_' || c === '*' || c === '~' || c === '\\' || c === '[' || c === ']' ? `&#${c.charCodeAt(0)};` : (REPLACEMENTS[c] ?? c);
  return out;
}

/** The longest run of backticks in the text: a code fence must be longer, or the text could close it. */
export function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}

/**
 * A code span, for names that read best as code (a profile's `file:line(function)`): nothing inside is
 * markdown, so nothing is escaped but the fence (longer than any backtick run) and the table's `|`.
 */
export function codeSpan(text: string, maxLength = 300): string {
  const t = oneLine(text, maxLength);
  const fence = '`'.repeat(longestBacktickRun(t) + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t.replace(/\|/g, '\\|')}${pad}${fence}`;
}
