// Reading callgrind's dump files. With --dump-before=os_sched_yield* and --callgrind-out-file=<dir>/callgrind.out.%p,
// one process writes callgrind.out.<pid>.<k> for its k-th os.sched_yield() call (the cost since the previous
// dump) and callgrind.out.<pid> at exit (the rest). Callgrind follows fork(): a forked child (one per benchmark,
// so no benchmark counts on a heap another one shaped) writes its own files, numbered from 1. The counting
// scripts say which process and dump close which region; these helpers turn them into instructions, with
// CPython's allocator at a fixed price per call (callgrind-allocator.ts says why). Pure.
import { allocatorAdjustment } from './callgrind-allocator.js';

/** The instruction count (event `Ir`) of one dump: its `summary:` line, else its `totals:` line. */
export function parseCallgrindDump(text: string): number {
  let events = ['Ir'];
  let summary: string | undefined;
  let totals: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('events:')) events = line.slice(7).trim().split(/\s+/);
    else if (line.startsWith('summary:')) summary = line.slice(8);
    else if (line.startsWith('totals:')) totals = line.slice(7);
  }
  const values = (summary ?? totals)?.trim().split(/\s+/);
  const column = events.indexOf('Ir');
  const value = values && column >= 0 ? Number(values[column] ?? 0) : NaN;
  if (!Number.isFinite(value)) throw new Error('callgrind dump has no summary: or totals: line with an Ir count');
  return value;
}

/** `callgrind.out.<pid>.<k>` → { pid, part: k }; the final dump `callgrind.out.<pid>` → part 0; else null. */
export function dumpFileName(name: string): { pid: number; part: number } | null {
  const m = /^callgrind\.out\.(\d+)(?:\.(\d+))?$/.exec(name);
  return m ? { pid: Number(m[1]), part: m[2] === undefined ? 0 : Number(m[2]) } : null;
}

/** The instructions of one region dump that the counts use: its `Ir`, each call into CPython's allocator at its fixed price. */
export function regionInstructions(text: string): number {
  return parseCallgrindDump(text) + allocatorAdjustment(text);
}

/** pid → (dump number → region instructions) for every process that wrote numbered dumps (the final dumps, part 0, are left out). */
export function dumpsByProcess(files: readonly { name: string; text: string }[]): Map<number, Map<number, number>> {
  const byPid = new Map<number, Map<number, number>>();
  for (const f of files) {
    const id = dumpFileName(f.name);
    if (!id || id.part === 0) continue;
    const parts = byPid.get(id.pid) ?? new Map<number, number>();
    parts.set(id.part, regionInstructions(f.text));
    byPid.set(id.pid, parts);
  }
  return byPid;
}

/**
 * One process's dumps (dump number → instructions), checked against the markers it counted. Throws when its
 * numbered dumps are not exactly 1..markers: then something other than our markers called os.sched_yield()
 * (the benchmark itself), or callgrind matched two functions per call, and the regions can't be told apart.
 * `pid` undefined: the one process that wrote numbered dumps (a run without forks).
 */
export function processDumps(byPid: ReadonlyMap<number, Map<number, number>>, pid: number | undefined, markers: number): Map<number, number> {
  const only = byPid.size === 1 ? [...byPid.values()][0] : undefined;
  const parts = (pid === undefined ? only : byPid.get(pid)) ?? new Map<number, number>();
  const complete = parts.size === markers && [...parts.keys()].every((k) => k >= 1 && k <= markers);
  if (!complete) {
    const who = pid === undefined ? (byPid.size > 1 ? ` (${byPid.size} processes wrote dumps, one expected)` : '') : ` in process ${pid}`;
    throw new Error(`callgrind wrote ${parts.size} region dumps for ${markers} markers${who}: does the benchmark call os.sched_yield() itself?`);
  }
  return parts;
}

/** Instructions per call of regions closed by `dumps`, less `empty` (a dump of the same region shape around a no-op) each. */
export function perCall(dumps: Map<number, number>, regions: readonly number[], empty: number, calls: number): number {
  const count = (k: number) => {
    const v = dumps.get(k);
    if (v === undefined) throw new Error(`callgrind dump ${k} is missing`);
    return v;
  };
  const total = regions.reduce((sum, k) => sum + count(k), 0) - regions.length * count(empty);
  return total / calls;
}
