// Which [tool.py-perf-guard] keys a PR changes, base → head, so a PR that relaxes its own gate
// (`threshold = "900%"`) is visible to the reviewer. Pure.
import { type ConfigChange } from '../model/report.js';


/** A canonical text of a TOML value: key order of inline tables does not count as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? String(value);
}

export function diffConfigTables(base: Record<string, unknown> | undefined, head: Record<string, unknown> | undefined, givenInputs: ReadonlySet<string>): ConfigChange[] {
  const keys = [...new Set([...Object.keys(base ?? {}), ...Object.keys(head ?? {})])].sort();
  const changes: ConfigChange[] = [];
  for (const key of keys) {
    const b = base?.[key];
    const h = head?.[key];
    if (b !== undefined && h !== undefined && canonical(b) === canonical(h)) continue;
    changes.push({ key, ...(b !== undefined ? { base: b } : {}), ...(h !== undefined ? { head: h } : {}), overridden: givenInputs.has(key) });
  }
  return changes;
}

/** A value as the TOML file would spell it, for the comment and the log: `"5%"`, `["3.12", "3.13"]`, `true`; unset as `(unset)`. */
export function showTomlValue(value: unknown): string {
  if (value === undefined) return '(unset)';
  if (Array.isArray(value)) return `[${value.map(showTomlValue).join(', ')}]`;
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k} = ${showTomlValue(v)}`).join(', ')} }`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export function configChangesToJson(changes: readonly ConfigChange[]) {
  return changes.map((c) => ({ key: c.key, base: c.base ?? null, head: c.head ?? null, overridden: c.overridden }));
}
