// The forest plot (report/forest-plot.ts): golden output for a small suite, the cap for long suites,
// sample strips under regressions, names kept plain and on one line.
import { type PairedRow } from '../../src/judge/paired/judge-types.js';
import { forestPlot } from '../../src/report/forest-plot.js';
import { row } from '../helpers/report-fixture.js';

const options = { threshold: 0.05, confidence: '95%' };
const rounds = (median: number, spread: number[]) => spread.map((s) => median * (1 + s));

const suite = [
  row('test_same', 'unchanged', { ratio: 1.004, ci: [0.99, 1.02] }),
  row('test_textkit.py::test_word_counts', 'regression', {
    ratio: 1.3,
    ci: [1.2, 1.4],
    samples: { base: rounds(1e-4, [0, 0.01, -0.01, 0, 0.02]), head: rounds(1.3e-4, [0, 0.01, -0.01, 0.06, 0.02]) },
  }),
  row('test_fast', 'improvement', { ratio: 0.8, ci: [0.75, 0.85] }),
  row('test_open', 'inconclusive', { ratio: 1.03, ci: [0.97, 1.09] }),
  row('test_boom', 'failed', { error: 'x', failedOn: 'head' }),
];

const GOLDEN = [
  '                                  −26%         −4.8%  0  +5%              +35%',
  'test_textki…py::test_word_counts                   ┆  │  ┆        ├────●──▶  +30.0% regression',
  '  base rounds                                        ▄██                     5 rounds',
  '  head rounds                                                          █▄▄▄  5 rounds',
  'test_fast                          ├───●───┤       ┆  │  ┆                   −20.0% improvement',
  'test_open                                          ┆├───○───┤                +3.0% inconclusive',
  'test_same                                          ┆ ├○┤ ┆                   +0.4% unchanged',
  'Not plotted, no change to show: 1 failed',
  '● changed beyond the band  ○ within or undecided  ├─┤ 95% CI  ┆ ±5% threshold',
];

describe('forestPlot', () => {
  it('draws each change with its CI against the threshold band, regressions first with their rounds (golden)', () => {
    expect(forestPlot(suite, options)).toEqual(GOLDEN);
  });

  it('keeps 0 in the middle and the band visible when every change is tiny', () => {
    expect(forestPlot([row('a', 'unchanged', { ratio: 1.001, ci: [0.999, 1.003] })], options)).toEqual([
      '                −9.3% −4.8%         0         +5%       +10%',
      'a                         ┆         ○┤        ┆            +0.1% unchanged',
      '● changed beyond the band  ○ within or undecided  ├─┤ 95% CI  ┆ ±5% threshold',
    ]);
  });

  it('caps a long suite: regressions and improvements first, then says how many more and where', () => {
    const rows = [
      ...Array.from({ length: 40 }, (_, i) => row(`same_${i}`, 'unchanged', { ratio: 1 + i / 10_000, ci: [0.99, 1.01] })),
      row('late_slow', 'regression', { ratio: 1.2, ci: [1.1, 1.3] }),
      row('late_fast', 'improvement', { ratio: 0.9, ci: [0.85, 0.95] }),
    ];
    const lines = forestPlot(rows, { ...options, maxRows: 10, elsewhere: 'in the job summary' });
    expect(lines[1]).toMatch(/^late_slow .*\+20\.0% regression$/);
    expect(lines[2]).toMatch(/^late_fast .*−10\.0% improvement$/);
    expect(lines.filter((l) => /^same_\d+ /.test(l))).toHaveLength(8);
    expect(lines).toContain('… 32 more in the job summary');
  });

  it('strips a paired regression by its per-pair ratios, and only as many regressions as asked', () => {
    const paired = (name: string): PairedRow => ({
      ...row(name, 'regression', { ratio: 1.2, ci: [1.1, 1.3] }),
      method: 'paired',
      pairs: 4,
      duels: 80,
      pairEstimates: [1.15, 1.2, 1.22, 1.3],
    });
    const lines = forestPlot([paired('p1'), paired('p2')], { ...options, maxStrips: 1 });
    expect(lines.filter((l) => l.startsWith('  worker pairs'))).toHaveLength(1);
    expect(lines[2]).toMatch(/^ {2}worker pairs +[▁▂▃▄▅▆▇█ ]+ {2}4 pairs$/);
  });

  it('keeps every label on one line, cut in the middle, and names the interpreter when several ran', () => {
    const lines = forestPlot(
      [row('evil\n```\nname_that_goes_on_and_on_and_on_for_ever', 'unchanged', { ratio: 1 }), row('b', 'unchanged', { ratio: 1, interpreter: 'pypy3' })],
      options,
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^evil ``` na…d_on_for_ever \[3\.12\] +┆/);
    expect(lines[2]).toMatch(/^b \[pypy3\] +┆/);
    expect(forestPlot([row('x', 'failed', { error: 'e', failedOn: 'head' })], options)).toEqual([]);
  });
});
