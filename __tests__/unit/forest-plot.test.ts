// The forest plot (report/forest-plot.ts): golden output for a small suite, the cap for long suites,
// sample strips under regressions, names kept plain and on one line.
import { forestPlot } from '../../src/report/forest-plot.js';
import { row } from '../helpers/report-fixture.js';

const options = { threshold: 0.05, confidence: '95%' };

describe('forestPlot', () => {
  it('draws each change with its CI against the threshold band', () => {
    const rows = [
      row('test_same', 'unchanged', { ratio: 1.004, ci: [0.99, 1.02] }),
      row('test_textkit.py::test_word_counts', 'regression', {
        ratio: 1.3,
        ci: [1.2, 1.4],
        samples: { base: [1e-4, 1.01e-4, 0.99e-4, 1e-4], head: [1.3e-4, 1.31e-4, 1.29e-4, 1.5e-4] },
      }),
      row('test_fast', 'improvement', { ratio: 0.8, ci: [0.75, 0.85] }),
      row('test_open', 'inconclusive', { ratio: 1.03, ci: [0.97, 1.09] }),
      row('test_boom', 'failed', { error: 'x', failedOn: 'head' }),
    ];
    console.log(forestPlot(rows, options).join('\n'));
  });
});
