import { codeSpan, escapeHtml, escapeMarkdown, markerSafe } from '../../src/report/escape.js';
import { buildReport, reportToJson } from '../../src/report/json.js';
import { commentMarker, renderMarkdown } from '../../src/report/markdown.js';
import { formatChange, formatSeconds } from '../../src/text/format.js';
import { report, row } from '../helpers/report-fixture.js';

describe('escapeMarkdown', () => {
  it.each([
    ['test_parse[small]', 'test\\_parse\\[small\\]'],
    ['a|b', 'a&#124;b'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['ping @octocat', 'ping @&#8203;octocat'],
    ['fixes #12', 'fixes #&#8203;12'],
    ['`code`', '&#96;code&#96;'],
    [':smile:', '&#58;smile&#58;'],
    ['line1\nline2\r\n', 'line1 line2'],
    ['**bold** ~~x~~', '\\*\\*bold\\*\\* \\~\\~x\\~\\~'],
  ])('%p → %p', (text, expected) => expect(escapeMarkdown(text)).toBe(expected));

  it('cuts long text', () => expect(escapeMarkdown('x'.repeat(50), 10)).toBe('xxxxxxxxx…'));
  it('escapes for HTML inside HTML blocks, with entities instead of backslashes', () => {
    expect(escapeHtml('test_a::b[*] <i>@x #1\n')).toBe('test&#95;a&#58;&#58;b&#91;&#42;&#93; &lt;i&gt;@&#8203;x #&#8203;1');
  });
  it('fences a code span longer than any backtick run inside, and keeps a table cell whole', () => {
    expect(codeSpan('a.py:1(f)')).toBe('`a.py:1(f)`');
    expect(codeSpan('x ``y`` |z')).toBe('```x ``y`` \\|z```');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
  });
  it('keeps markers inside an HTML comment', () => expect(markerSafe('a --> b <!--')).toBe('a_--__b___--'));
});

describe('formatting', () => {
  it.each([
    [1.234e-9, '1.23 ns'],
    [4.5e-6, '4.5 µs'],
    [0.0123, '12.3 ms'],
    [2.5, '2.5 s'],
  ])('seconds %p → %p', (s, text) => expect(formatSeconds(s)).toBe(text));
  it.each([
    [1.234, '+23.4%'],
    [0.8, '−20.0%'],
    [1, '±0.0%'],
  ])('change %p → %p', (r, text) => expect(formatChange(r)).toBe(text));
});

describe('renderMarkdown', () => {
  it('puts the verdict first, then regressions, failures, improvements, and folds the rest', () => {
    const md = renderMarkdown(
      report([
        row('test_same', 'unchanged', { ratio: 1.0 }),
        row('test_fast', 'improvement', { ratio: 0.7 }),
        row('test_slow', 'regression'),
        row('test_boom', 'failed', { error: 'ZeroDivisionError: division by zero', failedOn: 'head' }),
      ]),
      { marker: commentMarker('bench', '') },
    );
    expect(md.startsWith('<!-- py-perf-guard job=bench key= -->\n❌ **py-perf-guard: performance regression**')).toBe(true);
    const order = ['#### Regressions (1)', '#### Failed (1)', '#### Improvements (1)', '<details><summary>1 other: 1 unchanged</summary>'].map((h) =>
      md.indexOf(h),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md).toContain('| test\\_slow | +30.0% (+20.0% to +40.0%) | regression | 100 µs → 130 µs |');
    const summary = renderMarkdown(report([row('test_slow', 'regression')]), { audience: 'summary' });
    expect(summary).toContain('| test\\_slow | 3.12 | regression | +30.0% (+20.0% to +40.0%) | 0.0020 | 100 µs | 130 µs | 10 rounds each | – |');
    expect(md).toContain('ZeroDivisionError&#58; division by zero');
    expect(md).toContain('`aaaaaaa` (base) → `bbbbbbb` (head)');
  });

  it('escapes hostile names everywhere they appear', () => {
    const rows = [row('test_x[@admin <b>|</b>]', 'regression'), row('@team', 'failed', { error: '<script>|`x`', failedOn: 'head' })];
    for (const audience of ['comment', 'summary'] as const) {
      // the plot is a fenced block: nothing in it is markdown or HTML (markdown-rendered.test.ts renders it)
      const md = renderMarkdown(report(rows), { audience }).replace(/^```text\n[\s\S]*?\n```$/m, '');
      expect(md).not.toMatch(/@admin|@team|<b>|<script>|`x`/);
      for (const line of md.split('\n').filter((l) => l.startsWith('| test') || l.startsWith('| @'))) {
        expect(line.split(' | ').length).toBe(line.startsWith('| @') || audience === 'comment' ? 4 : 9);
      }
    }
  });

  it('says pass when nothing regressed', () => {
    expect(renderMarkdown(report([row('a', 'unchanged')]))).toMatch(/^✅ \*\*py-perf-guard: no regression found\*\* — 1 unchanged/);
  });

  it('says in words how many rounds were kept and set aside as slow, and explains it once (job summary)', () => {
    const summary = { audience: 'summary' } as const;
    const md = renderMarkdown(report([row('a', 'regression', { slowRounds: { base: 3, head: 2 } }), row('b', 'regression')]), summary);
    expect(md).toContain('| 10 rounds each; 3 base, 2 head set aside as slow |');
    expect(md).toMatch(/\| b \|.*\| 10 rounds each \| – \|$/m);
    expect(md.match(/Set aside as slow: processes/g)).toHaveLength(1);
    expect(renderMarkdown(report([row('b', 'regression')]), summary)).not.toContain('set aside');
  });

  it('stays under the comment size limit by cutting the folded table', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => row(`test_case_number_${i}`, 'unchanged'));
    const md = renderMarkdown(report(rows));
    expect(md.length).toBeLessThanOrEqual(65536);
    expect(md).toMatch(/_… \d+ more in the job summary and the report\._/);
  });
});

describe('reportToJson', () => {
  it('follows the contract schema', () => {
    const json = reportToJson(report([row('a', 'regression'), row('b', 'failed', { error: 'boom', failedOn: 'head' })])) as any;
    expect(json).toMatchObject({
      schema: 1,
      base: { ref: 'main', sha: 'a'.repeat(40) },
      settings: { threshold: 0.05, alpha: 0.05, rounds: 12 },
      interpreters: [{ spec: '3.12', version: '3.12.1', implementation: 'CPython', path: '/py' }],
      verdict: 'regression',
    });
    expect(json.benchmarks[0]).toEqual({
      suite: 'benchmarks/',
      name: 'a',
      interpreter: '3.12',
      verdict: 'regression',
      ratio: 1.3,
      ci: [1.2, 1.4],
      p: 0.001,
      q: 0.002,
      base: { median: 1e-4, n: 10 },
      head: { median: 1.3e-4, n: 10 },
      method: 'rounds',
    });
    expect(json.benchmarks[1]).toMatchObject({ verdict: 'failed', error: 'boom', failed_on: 'head' });
    expect(json.settings.slow_rounds).toBe('drop');
  });

  it('gives the slow-mode rounds set aside per side', () => {
    const json = reportToJson(report([row('a', 'regression', { slowRounds: { base: 3, head: 2 } })])) as any;
    expect(json.benchmarks[0].slow_rounds_set_aside).toEqual({ base: 3, head: 2 });
  });
});

describe('geometric mean per interpreter', () => {
  it('summarises measured rows with a confidence interval, in the comment and the JSON', () => {
    const r = report([
      row('a', 'regression', { ratio: 1.21, ci: [1.1, 1.331] }),
      row('b', 'unchanged', { ratio: 1.0, ci: [0.95, 1.0526] }),
      row('c', 'failed', { error: 'x', failedOn: 'head' }),
    ]);
    const g = r.geomeans.get('3.12')!;
    expect(g.benchmarks).toBe(2);
    expect(g.ratio).toBeCloseTo(Math.sqrt(1.21), 10);
    expect(g.ci[0]).toBeLessThan(g.ratio);
    expect(g.ci[1]).toBeGreaterThan(g.ratio);
    expect(renderMarkdown(r)).toContain('Geometric mean of head/base: 3.12 +10.0% (');
    expect((reportToJson(r) as any).interpreters[0].geomean).toEqual({ ratio: g.ratio, ci: g.ci, benchmarks: 2 });
  });
});

describe('the interpreter matrix', () => {
  it('shows every benchmark once with a column per interpreter when several interpreters ran', () => {
    const base = report([]);
    const r = buildReport({
      ...base,
      interpreters: [
        { label: '3.12', version: '3.12.1', implementation: 'CPython', path: '/a' },
        { label: 'pypy3', version: '3.9.16', implementation: 'PyPy', path: '/b' },
      ],
      rows: [
        row('a', 'unchanged', { ratio: 1.01 }),
        row('a', 'failed', { interpreter: 'pypy3', error: 'x', failedOn: 'setup' }),
        row('b', 'improvement', { ratio: 0.5 }),
      ],
    });
    const md = renderMarkdown(r);
    expect(md).toContain('<details><summary>All benchmarks × interpreters (besides the above: 1 unchanged)</summary>');
    expect(md).toContain('| Benchmark | 3.12 | pypy3 |');
    expect(md).toContain('| a | unchanged +1.0% | failed |');
    expect(md).toContain('| b | improvement −50.0% | – |');
  });
});

describe('speedWords', () => {
  it.each([
    [0.8, '1.25× faster'],
    [1.5, '1.50× slower'],
    [1.001, 'about as fast'],
  ])('%p → %p', async (ratio, words) => {
    const { speedWords } = await import('../../src/report/markdown-interpreters.js');
    expect(speedWords(ratio)).toBe(words);
  });
});

describe('the comment with several interpreters', () => {
  it('names the interpreter in the fourth column and in the chart', () => {
    const r = buildReport({
      ...report([]),
      interpreters: [
        { label: '3.12', version: '3.12.1', implementation: 'CPython', path: '/a' },
        { label: 'pypy3', version: '3.9.16', implementation: 'PyPy', path: '/b' },
      ],
      rows: [row('a', 'regression'), row('a', 'unchanged', { interpreter: 'pypy3', ratio: 1.01, ci: [0.98, 1.03] })],
    });
    const md = renderMarkdown(r);
    expect(md).toContain('| Benchmark | Change (95% CI) | Verdict | Interpreter |\n|---|---:|---|---|\n| a | +30.0% (+20.0% to +40.0%) | regression | 3.12 |');
    expect(md).toMatch(/^a \[pypy3\] +┆.*\+1\.0%$/m); // the verdict is in the table: the chart fits the comment's width
    const chart = /^```text\n([\s\S]*?)^```$/m.exec(md)![1].split('\n');
    for (const line of chart) expect([...line].length).toBeLessThanOrEqual(90); // ~780 px of GitHub's code font
  });
});
