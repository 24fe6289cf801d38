// Rows and reports as plain data, for tests of the pure rendering.
import { buildReport, type ReportInput } from '../../src/report/json.js';
import { type Row } from '../../src/model/row.js';

export function row(name: string, verdict: Row['verdict'], extra: Partial<Row> = {}): Row {
  const measured = { ratio: 1.3, ci: [1.2, 1.4] as [number, number], p: 0.001, q: 0.002, base: { median: 1e-4, n: 10 }, head: { median: 1.3e-4, n: 10 } };
  return { suite: 'benchmarks/', name, interpreter: '3.12', verdict, ...(verdict === 'failed' ? {} : measured), ...extra };
}

export function report(rows: Row[]): ReturnType<typeof buildReport> {
  const input: ReportInput = {
    base: { ref: 'main', sha: 'a'.repeat(40) },
    head: { ref: 'feature', sha: 'b'.repeat(40) },
    threshold: 0.05,
    alpha: 0.05,
    statistic: 'min',
    slowRounds: 'drop',
    minRounds: 10,
    maxRounds: 30,
    rounds: 12,
    stopReason: 'decided',
    elapsedSeconds: 95,
    interpreters: [{ label: '3.12', version: '3.12.1', implementation: 'CPython', path: '/py' }],
    rows,
  };
  return buildReport(input);
}
