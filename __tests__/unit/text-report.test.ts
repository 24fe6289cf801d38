// The terminal report (report/text/): plain names, aligned columns, colour only when asked, regressions
// first with their profile lines, a one-line summary last; golden output of a small report.
import { renderText } from '../../src/report/text/render.js';
import { colourEnabled, plain } from '../../src/report/text/style.js';
import { alignedTable, displayWidth } from '../../src/report/text/table.js';
import { report, row } from '../helpers/report-fixture.js';

const ESC = '\u001b';

const PROFILE = {
  iterations: 100,
  top: [
    {
      function: 'textkit.py:12(word_counts)',
      base: { ncalls: 1, tottime: 1e-5, cumtime: 2e-5 },
      head: { ncalls: 1, tottime: 3e-5, cumtime: 4e-5 },
      tottimeDelta: 2e-5,
    },
  ],
};

function sample() {
  return report([
    row('test_textkit.py::test_word_counts', 'unchanged', { ratio: 1.002, ci: [0.99, 1.01], q: 0.8 }),
    row('test_textkit.py::test_word_counts[a|b_c*]', 'regression', { profile: PROFILE }),
    row('test_broken', 'failed', {
      failedOn: 'head',
      error: 'pytest . exited with code 4: error: unrecognized arguments: --numprocesses=auto (fix: add pytest-xdist to `install`)',
    }),
    row('test_fast', 'improvement', { ratio: 0.8, ci: [0.75, 0.85] }),
  ]);
}

const GOLDEN = `py-perf-guard: performance regression
  base          aaaaaaaaaaaa  main
  head          bbbbbbbbbbbb  feature
  interpreters  3.12 (CPython 3.12.1)
  measured      12 rounds per side (every verdict decided) in 1m 35s
  threshold     5%, false-discovery rate 5%
  geomean       3.12: +1.4% (0.981–1.048×, 3 benchmarks)

Regressions (1)
  benchmark                                  interpreter  verdict     change        95% CI  p (adj.)    base    head  rounds
  test_textkit.py::test_word_counts[a|b_c*]  3.12         regression  +30.0%  1.200–1.400×    0.0020  100 µs  130 µs  10/10

    test_textkit.py::test_word_counts[a|b_c*] on 3.12: where the time went (per call, base → head)
       Δ own       own time     cumulative  calls  function
      +20 µs  10 µs → 30 µs  20 µs → 40 µs  1 → 1  textkit.py:12(word_counts)

Failed (1)
  test_broken on 3.12 (failed on head)
    pytest . exited with code 4: error: unrecognized arguments: --numprocesses=auto
    fix: add pytest-xdist to \`install\`

Improvements (1)
  benchmark  interpreter  verdict      change        95% CI  p (adj.)    base    head  rounds
  test_fast  3.12         improvement  −20.0%  0.750–0.850×    0.0020  100 µs  130 µs  10/10

Other (1)
  benchmark                          interpreter  verdict    change        95% CI  p (adj.)    base    head  rounds
  test_textkit.py::test_word_counts  3.12         unchanged   +0.2%  0.990–1.010×      0.80  100 µs  130 µs  10/10

✗ regression: 1 regression, 1 failed, 1 improvement, 1 unchanged · 4 rows on 1 interpreter · threshold 5% · 1m 35s
`;

describe('renderText', () => {
  it('renders the golden report: regressions first with their profile, failures with the fix on its own line, summary last', () => {
    expect(renderText(sample())).toBe(GOLDEN);
  });

  it('shows names as they are: no markdown escapes, no HTML entities', () => {
    const text = renderText(report([row('test_x.py::test_a[x|y]_*@me #1 <b>', 'regression')]));
    expect(text).toContain('test_x.py::test_a[x|y]_*@me #1 <b>');
    expect(text).not.toMatch(/&#|&amp;|&lt;|\\_|\\\[|\\\*/);
  });

  it('drops control characters from names and errors (no terminal escape from the repository)', () => {
    const text = renderText(report([row(`test_${ESC}[2Jevil${ESC}]0;title\u0007`, 'failed', { error: `boom${ESC}[31m\nsecond line` })]));
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\u0007');
    expect(text).toContain('boom[31m second line');
  });

  it('has no colour unless asked; with colour, verdicts and the headline are coloured and the columns stay aligned', () => {
    expect(renderText(sample())).not.toContain(ESC);
    const coloured = renderText(sample(), { colour: true });
    expect(coloured).toContain(`${ESC}[31mregression${ESC}[39m`);
    expect(coloured).toContain(`${ESC}[32mimprovement${ESC}[39m`);
    expect(coloured).toContain(`${ESC}[31mpy-perf-guard: performance regression${ESC}[39m`);
    // Without its escapes the coloured report is the plain one, column for column.
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(GOLDEN);
  });

  it('leaves a place for the forest plot after the header', () => {
    const text = renderText(sample(), { plot: () => ['PLOT LINE 1', 'PLOT LINE 2'] });
    const lines = text.split('\n');
    expect(lines.indexOf('PLOT LINE 1')).toBeLessThan(lines.indexOf('Regressions (1)'));
    expect(lines.indexOf('PLOT LINE 1')).toBeGreaterThan(lines.findIndex((l) => l.startsWith('  threshold')));
  });

  it('says "no benchmarks" for an empty report', () => {
    expect(renderText(report([])).trim().split('\n').pop()).toBe('! error: no benchmarks · 0 rows on 1 interpreter · threshold 5% · 1m 35s');
  });
});

describe('alignedTable', () => {
  it('pads by display width (wide characters take two columns), right-aligns numbers, leaves no trailing blanks', () => {
    const lines = alignedTable(
      ['name', 'n', 'note'],
      [
        ['数学', '1', 'x'],
        ['ab', '100', ''],
      ],
      ['left', 'right', 'left'],
      (t) => t,
      '',
    );
    expect(lines).toEqual(['name    n  note', '数学    1  x', 'ab    100']);
    expect(displayWidth('数学')).toBe(4);
    expect(displayWidth('é')).toBe(1);
  });
});

describe('colourEnabled', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { NO_COLOR: '1', FORCE_COLOR: '1' }, true],
    [true, { TERM: 'dumb' }, false],
  ])('isTTY %p, env %p → %p', (isTTY, env, expected) => expect(colourEnabled({ isTTY, env })).toBe(expected));
});

describe('plain', () => {
  it('keeps one line and cuts long text', () => {
    expect(plain('a\nb\tc')).toBe('a b c');
    expect(plain('x'.repeat(10), 5)).toBe('xxxx…');
  });
});

it('says "no regression found" only when every row was decided, else how many are open', () => {
  const decided = renderText(report([row('a', 'unchanged', { ratio: 1, ci: [0.99, 1.01] })]), { colour: false });
  expect(decided.split('\n')[0]).toBe('py-perf-guard: no regression found');
  const open = renderText(report([row('a', 'unchanged', { ratio: 1, ci: [0.99, 1.01] }), row('b', 'inconclusive', { ratio: 1.03, ci: [0.9, 1.2] })]), {
    colour: false,
  });
  expect(open.split('\n')[0]).toBe('py-perf-guard: no regression detected · 1 of 2 inconclusive');
});

it('fits its tables to a narrow terminal by dropping p, rounds, the medians and the CI first, in that order', () => {
  const wide = renderText(sample(), { colour: false });
  expect(wide).toMatch(/^ {2}benchmark +interpreter +verdict +change +95% CI +p \(adj\.\) +base +head +rounds$/m);
  const narrow = renderText(sample(), { colour: false, width: 90 });
  expect(narrow).toMatch(/^ {2}benchmark +interpreter +verdict +change +95% CI$/m);
  const tables = narrow.split('\n').filter((l) => /^ {2}(benchmark|test_)/.test(l));
  expect(tables.length).toBeGreaterThan(3);
  for (const line of tables) expect(line.length).toBeLessThanOrEqual(90);
});

it('counts in words with plurals in the summary line', () => {
  const r = report([row('a', 'improvement', { ratio: 0.8, ci: [0.75, 0.85] }), row('b', 'improvement', { ratio: 0.7, ci: [0.65, 0.75] })]);
  expect(renderText(r, { colour: false }).trim().split('\n').at(-1)).toMatch(/^✓ pass: 2 improvements · 2 rows on 1 interpreter/);
});
