// What must hold before the reports of several jobs (shards of a matrix) can be one report: the same commits,
// the same settings that decide verdicts, distinct shards with none missing, no benchmark measured twice.
// Each failed check is one line naming the parts (judge/merge-reports.ts turns it into exit 2). Pure.
import { type Report } from '../model/report.js';
import { type Row } from '../model/row.js';

export interface MergeSettings {
  threshold: number;
  alpha: number;
}

/** How a part is named in messages: `part 2 (shard 3/4)`. */
export function partName(report: Report, index: number): string {
  return `part ${index + 1}${report.shard ? ` (shard ${report.shard.index}/${report.shard.count})` : ''}`;
}

/** The interpreter labels a part measured: parts of a matrix over interpreters × shards are grouped by them. */
export function interpreterSet(report: Report): string {
  return [...new Set(report.interpreters.map((i) => i.label))].sort().join(', ');
}

/** The settings a verdict depends on, as the report states them; every part must agree with the first. */
const VERDICT_SETTINGS: { name: string; of: (r: Report) => unknown }[] = [
  { name: 'base commit', of: (r) => r.base.sha },
  { name: 'head commit', of: (r) => r.head.sha },
  { name: 'statistic', of: (r) => r.statistic },
  { name: 'slow-rounds', of: (r) => r.slowRounds },
  { name: 'method', of: (r) => r.method ?? 'rounds' },
];

export function agreementProblems(reports: readonly Report[], settings: MergeSettings): string[] {
  const problems: string[] = [];
  reports.forEach((r, i) => {
    for (const [name, value, wanted] of [
      ['threshold', r.threshold, settings.threshold],
      ['alpha', r.alpha, settings.alpha],
    ] as const) {
      if (value !== wanted) problems.push(`${partName(r, i)} was judged with ${name} ${value}, the merge with ${wanted}`);
    }
    for (const s of VERDICT_SETTINGS) {
      const [mine, first] = [s.of(r), s.of(reports[0])];
      if (i > 0 && mine !== first)
        problems.push(`${partName(r, i)} has ${s.name} ${JSON.stringify(mine)}, ${partName(reports[0], 0)} ${JSON.stringify(first)}`);
    }
  });
  return problems;
}

/** Per interpreter set: one shard count, each shard once, all of 1 … n present (an unsharded part is 1/1). */
export function shardProblems(reports: readonly Report[]): string[] {
  const groups = new Map<string, number[]>();
  reports.forEach((r, i) => groups.set(interpreterSet(r), [...(groups.get(interpreterSet(r)) ?? []), i]));
  const problems: string[] = [];
  for (const [labels, members] of groups) {
    const where = groups.size > 1 ? ` (interpreters ${labels})` : '';
    const counts = [...new Set(members.map((i) => reports[i].shard?.count ?? 1))];
    if (counts.length > 1) {
      problems.push(`the parts${where} split the benchmarks into different numbers of shards: ${counts.join(' and ')}`);
      continue;
    }
    const seen = new Map<number, number>();
    for (const i of members) {
      const index = reports[i].shard?.index ?? 1;
      if (seen.has(index)) problems.push(`${partName(reports[i], i)} and ${partName(reports[seen.get(index)!], seen.get(index)!)} are the same shard${where}`);
      else seen.set(index, i);
    }
    const missing = Array.from({ length: counts[0] }, (_, k) => k + 1).filter((k) => !seen.has(k));
    if (missing.length)
      problems.push(
        `shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${counts[0]}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing${where}`,
      );
  }
  return problems;
}

export const rowKey = (r: Pick<Row, 'interpreter' | 'suite' | 'name'>) => `${r.interpreter}\0${r.suite}\0${r.name}`;

/** A benchmark × interpreter in two parts: measured twice (overlapping shards, or one report given twice). */
export function duplicateProblems(reports: readonly Report[]): string[] {
  const owner = new Map<string, number>();
  const problems: string[] = [];
  reports.forEach((r, i) => {
    for (const row of r.rows) {
      const key = rowKey(row);
      const first = owner.get(key);
      if (first === undefined) owner.set(key, i);
      else if (problems.length < 5) {
        problems.push(`${row.name} on ${row.interpreter} (${row.suite}) was measured by ${partName(reports[first], first)} and by ${partName(r, i)}`);
      }
    }
  });
  return problems;
}
