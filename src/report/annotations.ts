// Error annotations for regressions: where a regressed benchmark's profile points into the repository
// (`file:line(function)`, the function whose own time grew most), an annotation on that line, so the slowdown
// shows in the PR's "Files changed" beside the diff. Only the project's files (paths relative to the
// repository root), never the stdlib or site-packages; at most MAX_ANNOTATIONS, the largest slowdowns first. Pure.
import { type Row } from '../model/row.js';
import { formatChange, formatChangeSize, formatSeconds } from '../text/format.js';

export const MAX_ANNOTATIONS = 10;

export interface Annotation {
  /** Relative to the repository root, as the profile reader writes it. */
  file: string;
  startLine: number;
  title: string;
  message: string;
}

/** `src/calc.py:12(work)` → its parts, when the file is the project's own. */
export function repositoryLocation(fn: string): { file: string; line: number; name: string } | undefined {
  const m = /^(.+):(\d+)\((.*)\)$/.exec(fn);
  if (!m) return undefined;
  const [, file, line, name] = m;
  const parts = file.split(/[\\/]/);
  // The reader shortens files outside the repository to `…/name.py`; `~` is a builtin, `<…>` generated code.
  const outside =
    file.startsWith('…') ||
    file.startsWith('~') ||
    file.startsWith('<') ||
    file.startsWith('/') ||
    /^[A-Za-z]:/.test(file) ||
    parts.includes('..') ||
    parts.some((p) => p === 'site-packages' || p === 'dist-packages');
  if (outside || Number(line) < 1) return undefined;
  return { file: parts.join('/'), line: Number(line), name };
}

function describe(r: Row): string {
  const ci = r.ci ? ` (CI ${formatChange(r.ci[0])} to ${formatChange(r.ci[1])})` : '';
  return `${r.name} is ${formatChangeSize(r.ratio ?? 1)} slower on ${r.interpreter}${ci}`;
}

/** One annotation per line of code, naming every regressed benchmark that points there. */
export function regressionAnnotations(rows: readonly Row[], max = MAX_ANNOTATIONS): Annotation[] {
  const byLocation = new Map<string, { file: string; line: number; name: string; rows: Row[]; growth: string }>();
  const regressed = rows.filter((r) => r.verdict === 'regression' && r.profile?.top?.length).sort((a, b) => (b.ratio ?? 1) - (a.ratio ?? 1));
  for (const r of regressed) {
    const top = r.profile!.top!.find((d) => d.tottimeDelta > 0 && repositoryLocation(d.function));
    if (!top) continue;
    const at = repositoryLocation(top.function)!;
    const key = `${at.file}:${at.line}`;
    const growth = `${formatSeconds(top.base?.tottime ?? 0)} → ${formatSeconds(top.head?.tottime ?? 0)} of its own time per benchmark call`;
    const entry = byLocation.get(key) ?? { ...at, rows: [], growth };
    entry.rows.push(r);
    byLocation.set(key, entry);
  }
  return [...byLocation.values()].slice(0, max).map((e) => ({
    file: e.file,
    startLine: e.line,
    title: `py-perf-guard: ${e.name} got slower`,
    message: `${e.rows.map(describe).join('; ')}. Under cProfile, ${e.name} grew most: ${e.growth}.`,
  }));
}
