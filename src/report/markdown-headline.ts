// The comment's first line: the overall verdict in words that match the evidence, and the counts. Pure.
// "no regression found" only when every row was decided; with rows still open it says how many, with ❔.
import { countVerdicts, VERDICT_ORDER } from '../judge/verdicts.js';
import { type Report } from '../model/report.js';
import { type Row, type Verdict } from '../model/row.js';
import { plural } from '../text/format.js';

/** Verdicts that are nouns take a plural (`2 improvements`); the adjectives don't (`2 unchanged`). */
const NOUNS: ReadonlySet<Verdict> = new Set(['regression', 'improvement']);

export function verdictCount(n: number, verdict: Verdict): string {
  return NOUNS.has(verdict) ? plural(n, verdict) : `${n} ${verdict}`;
}

/** `1 regression · 2 improvements · 17 unchanged`, most urgent first. */
export function countsLine(rows: readonly Row[]): string {
  const counts = countVerdicts(rows);
  const parts = VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => verdictCount(counts[v], v));
  return parts.length ? parts.join(' · ') : 'no benchmarks';
}

export function headline(report: Report): string {
  const open = report.rows.filter((r) => r.verdict === 'inconclusive').length;
  const counts = countsLine(report.rows);
  if (report.verdict === 'regression') return `❌ **py-perf-guard: performance regression** — ${counts}`;
  if (report.verdict === 'error') return `⚠️ **py-perf-guard: some benchmarks could not be measured** — ${counts}`;
  if (open) return `❔ **py-perf-guard: no regression detected · ${open} of ${report.rows.length} inconclusive** — ${counts}`;
  return `✅ **py-perf-guard: no regression found** — ${counts}`;
}
