// The comment and the job summary as rendered HTML (markdown-it, GFM tables, raw HTML on): every place a
// benchmark name lands (table cells, <summary> lines, the plot, code spans) shows the name as it is, with no
// markdown escapes or entities shown literally; names that carry HTML or markdown stay inert text.
import { type Row } from '../../src/model/row.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml, visibleText } from '../helpers/rendered-markdown.js';
import { report, row } from '../helpers/report-fixture.js';

const profile = (fn: string): Row['profile'] => ({
  iterations: 10,
  top: [{ function: fn, base: { ncalls: 1, tottime: 1e-5, cumtime: 2e-5 }, head: { ncalls: 1, tottime: 3e-5, cumtime: 4e-5 }, tottimeDelta: 2e-5 }],
});

function both(rows: Row[]) {
  const r = report(rows);
  return [renderMarkdown(r), renderMarkdown(r, { audience: 'summary' })].map((md) => ({ md, html: renderHtml(md) }));
}

/** The lines of visible text that contain `needle`. */
function linesWith(html: string, needle: string): string[] {
  return visibleText(html)
    .split('\n')
    .filter((l) => l.includes(needle));
}

describe('the rendered comment and summary', () => {
  const name = 'tk.py::test_word_counts[small*2]';
  const rendered = both([
    row(name, 'regression', { profile: profile('src/text_kit.py:12(word_counts)'), imports: [{ module: 'my_pkg.heavy_mod', base: 0, head: 0.2 }] }),
    row('test_other_one', 'unchanged', { ratio: 1.0, ci: [0.99, 1.01] }),
  ]);

  it.each([0, 1])('shows names as they are in every place they land (%p: comment, summary)', (i) => {
    const { html } = rendered[i];
    const text = visibleText(html);
    // the plot, the regressions table, the profile's <summary>, the import growth's <summary>
    expect(linesWith(html, name).length).toBeGreaterThanOrEqual(4);
    expect(text).toContain(`Profile of ${name} on 3.12: where the time went`);
    expect(text).toContain(`${name} on 3.12: the imports that grew`);
    expect(html).toMatch(/<td><code>src\/text_kit\.py:12\(word_counts\)<\/code><\/td>/);
    expect(text).toContain('my_pkg.heavy_mod');
    expect(text).toContain('test_other_one');
    // nothing of the escaping shows
    expect(text).not.toMatch(/\\[_*()[\]:]|&#|&amp;|&lt;|&gt;|&quot;/);
  });

  it('keeps the comment narrow: four columns at most', () => {
    const heads = [...rendered[0].html.matchAll(/<thead>\s*<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1].match(/<th/g) ?? []).length);
    expect(Math.max(...heads)).toBeLessThanOrEqual(5); // the profile table keeps its five (it is folded)
    const measured = [...rendered[0].html.matchAll(/<thead>\s*<tr>([\s\S]*?)<\/tr>/g)].filter((m) => m[1].includes('Benchmark'));
    for (const m of measured) expect((m[1].match(/<th/g) ?? []).length).toBeLessThanOrEqual(4);
    expect(visibleText(rendered[1].html)).toContain('p (adjusted)');
    expect(visibleText(rendered[0].html)).not.toContain('p (adjusted)');
  });

  it.each([0, 1])('keeps hostile names inert (%p: comment, summary)', (i) => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '**bold** [link](https://evil.example) @admin #12 :smile:',
      '</summary></details><script>x</script>',
      '```\nbreak the fence',
      'a|b`c`',
    ];
    const { html } = both(hostile.map((n) => row(n, 'regression', { profile: profile(`${n}:1(f)`) })))[i];
    expect(html).not.toMatch(/<img|<strong>bold|<a |<script|<em>/);
    // no mention, no issue link (inside code blocks and code spans GitHub links neither)
    const outsideCode = html.replace(/<code[^>]*>[\s\S]*?<\/code>/g, '');
    expect(outsideCode.match(/.{0,80}(@admin|#12(?!\d)).{0,40}/g)).toBeNull();
    const text = visibleText(html);
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('**bold** [link](https://evil.example)');
    expect(text).toContain('</summary></details><script>x</script>');
    expect(text).toContain('a|b`c`');
    // the plot's fence holds: its legend is still inside the <pre>
    expect(html).toMatch(/<pre><code class="language-text">[\s\S]*threshold\n<\/code><\/pre>/);
  });
});

describe('the chart in the comment and the summary', () => {
  const rows = [
    ...Array.from({ length: 100 }, (_, i) => row(`same_${i}`, 'unchanged', { ratio: 1 + i / 100_000, ci: [0.99, 1.01] })),
    row('slow_one', 'regression', { samples: { base: [1e-4, 1.01e-4], head: [1.3e-4, 1.31e-4] } }),
    row('fast_one', 'improvement', { ratio: 0.8, ci: [0.75, 0.85] }),
  ];
  const plotOf = (md: string) => /^```text\n([\s\S]*?)\n```$/m.exec(md)![1].split('\n');

  it('caps the comment: regressions and improvements first, then says how many more are in the summary', () => {
    const plot = plotOf(renderMarkdown(report(rows)));
    expect(plot[1]).toMatch(/^slow_one /);
    expect(plot[2]).toMatch(/^ {2}base rounds /);
    expect(plot[4]).toMatch(/^fast_one /);
    expect(plot.filter((l) => /^same_\d+ /.test(l))).toHaveLength(28);
    expect(plot).toContain('… 72 more in the job summary');
  });

  it('shows every row in the job summary', () => {
    const plot = plotOf(renderMarkdown(report(rows), { audience: 'summary' }));
    expect(plot.filter((l) => /^(same_\d+|slow_one|fast_one) /.test(l))).toHaveLength(102);
    expect(plot.join('\n')).not.toContain('more in');
  });
});
