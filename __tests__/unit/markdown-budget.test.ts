// The whole body fits GitHub's limits: profiles go first, then lists are cut, the verdict and counts always stay.
import { type Row } from '../../src/model/row.js';
import { COMMENT_BUDGET, fitBlocks, SUMMARY_BUDGET, type Budget } from '../../src/report/markdown-budget.js';
import { commentMarker, renderMarkdown } from '../../src/report/markdown.js';
import { report, row } from '../helpers/report-fixture.js';

const longName = (kind: string, i: number) => `test_${kind}_${'very_long_parametrised_benchmark_name_'.repeat(5)}[case-${i}]`;
const marker = commentMarker('bench', '');
const balanced = (md: string) => expect(md.split('<details>').length).toBe(md.split('</details>').length);

describe('a comment with 500 regressions and 500 failed rows', () => {
  const rows: Row[] = [
    ...Array.from({ length: 500 }, (_, i) => row(longName('slow', i), 'regression')),
    ...Array.from({ length: 500 }, (_, i) =>
      row(longName('boom', i), 'failed', { failedOn: 'head', error: `Traceback (most recent call last): ${'frame '.repeat(80)}ZeroDivisionError ${i}` }),
    ),
    ...Array.from({ length: 300 }, (_, i) => row(longName('same', i), 'unchanged', { ratio: 1 })),
  ];
  const r = report(rows);
  const md = renderMarkdown(r, { marker });

  it('fits 65,536 characters', () => {
    expect(md.length).toBeLessThanOrEqual(65_536);
  });

  it('still opens with the marker, the verdict and the counts, and ends with the footer', () => {
    expect(md.startsWith(`${marker}\n❌ **py-perf-guard: performance regression** — 500 regressions · 500 failed · 300 unchanged\n`)).toBe(true);
    expect(md).toContain('#### Regressions (500)');
    expect(md).toContain('#### Failed (500)');
    expect(md).toMatch(/<sub>Change = head time \/ base time[^\n]*<\/sub>\n$/);
  });

  it('shows rows of both lists and says how many more are in the job summary and the report', () => {
    const shown = (kind: string) => md.split('\n').filter((l) => l.startsWith(`| test\\_${kind}\\_`)).length;
    expect(shown('slow')).toBeGreaterThanOrEqual(20);
    expect(shown('boom')).toBeGreaterThanOrEqual(20);
    expect(md).toContain(`_… ${500 - shown('slow')} more in the job summary and the report._`);
    expect(md).toContain(`_… ${500 - shown('boom')} more in the job summary and the report._`);
    // the folded list gets its fair share too, before the regressions take the rest
    expect(shown('same')).toBe(20);
    expect(md).toContain('_… 280 more in the job summary and the report._');
    balanced(md);
  });

  it('keeps every row in the job summary (1 MiB), where nothing is cut', () => {
    const summary = renderMarkdown(r, { budget: SUMMARY_BUDGET, audience: 'summary' });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary.split('\n').filter((l) => /^\| test\\_(slow|boom|same)\\_/.test(l))).toHaveLength(1300);
    expect(summary).not.toContain('more in the');
  });
});

describe('profiles go first', () => {
  const profile = {
    base: '/b.prof',
    head: '/h.prof',
    iterations: 100,
    top: Array.from({ length: 10 }, (_, k) => ({
      function: `module_${k}.py:${k}(${'deeply_nested_helper_'.repeat(5)})`,
      base: { ncalls: 1, tottime: 1e-5, cumtime: 2e-5 },
      head: { ncalls: 2, tottime: 3e-5, cumtime: 4e-5 },
      tottimeDelta: 2e-5,
    })),
  };
  const rows = Array.from({ length: 60 }, (_, i) => row(`test_slow_${i}`, 'regression', { profile }));
  const md = renderMarkdown(report(rows), { marker });

  it('leaves out the last profile tables, keeps every regression row and says what is left out', () => {
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md.split('\n').filter((l) => l.startsWith('| test\\_slow\\_'))).toHaveLength(60);
    expect(md).not.toContain('more in the job summary and the report');
    const kept = md.split('<summary>Profile of ').length - 1;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(60);
    expect(md).toContain('<summary>Profile of test&#95;slow&#95;0 on 3.12');
    expect(md).not.toContain('<summary>Profile of test&#95;slow&#95;59 on 3.12');
    expect(md).toContain(`_${60 - kept} profile tables left out to fit the size limit; they are in the job summary and the report._`);
    balanced(md);
  });
});

describe('fitBlocks', () => {
  const small: Budget = { ...COMMENT_BUDGET, limit: 300 };
  it('returns the blocks unchanged when they fit', () => {
    expect(fitBlocks([{ kind: 'text', lines: ['a', 'b'] }], small)).toBe('a\nb\n');
  });
  it('cuts plainly, with a note, when even the fixed text is too long', () => {
    const out = fitBlocks([{ kind: 'text', lines: ['x'.repeat(1000)] }], small);
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out).toMatch(/cut to fit the size limit; the whole report is in the job summary and the report\._\n$/);
  });
  it('counts UTF-8 bytes for the summary', () => {
    const out = fitBlocks([{ kind: 'list', head: ['h'], items: Array.from({ length: 100 }, () => '×'.repeat(10)), tail: [], priority: 0 }], {
      ...SUMMARY_BUDGET,
      limit: 400,
    });
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(400);
    expect(out).toMatch(/_… \d+ more in the report JSON\._/);
  });
});
