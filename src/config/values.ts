// Parsers for the textual values of inputs. Each returns the value or null when it does not parse;
// the caller turns null into a ConfigError that names the input.

/** `5%` → 0.05, `0.05` → 0.05. A bare number ≥ 1 is refused: `5` would be ambiguous. */
export function parsePercentage(text: string): number | null {
  const t = text.trim();
  const pct = /^(\d+(?:\.\d+)?|\.\d+)\s*%$/.exec(t);
  if (pct) return Number(pct[1]) / 100;
  if (/^(0?\.\d+|0)$/.test(t)) return Number(t);
  return null;
}

const UNIT_SECONDS: Record<string, number> = { h: 3600, m: 60, s: 1 };

/** `90s`, `20m`, `1h`, `1h30m`, or plain seconds (`1200`, `2.5`). */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (!/^(\d+(\.\d+)?[hms])+$/.test(t)) return null;
  let total = 0;
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)([hms])/g)) total += Number(m[1]) * UNIT_SECONDS[m[2]];
  return total;
}

export function parseInteger(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

/** The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
export function parseBoolean(text: string): boolean | null {
  const t = text.trim();
  if (['true', 'True', 'TRUE'].includes(t)) return true;
  if (['false', 'False', 'FALSE'].includes(t)) return false;
  return null;
}

/** Comma- or newline-separated list, trimmed, empties dropped. */
export function parseList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Split a command line into words the way a POSIX shell would for plain words, single and double quotes
 * and backslash escapes (no expansion). Returns null on an unterminated quote.
 */
export function splitWords(text: string): string[] | null {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else current += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) current += text[++i];
      else current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < text.length) {
      current += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (quote) return null;
  if (inWord) words.push(current);
  return words;
}
