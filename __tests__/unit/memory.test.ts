import { judgeMemory } from '../../src/judge/memory.js';

describe('judgeMemory', () => {
  it.each([
    ['exact and grown past the threshold', [1000, 1000, 1000], [1200, 1200, 1200], 'regression', true],
    ['exact, grown below the threshold', [1000, 1000, 1000], [1050, 1050, 1050], 'unchanged', true],
    ['exact and shrunk', [1000, 1000], [800, 800], 'improvement', true],
    ['varying, every head round beyond every base round', [1000, 1010, 990], [1300, 1290, 1320], 'regression', false],
    ['varying and overlapping across the threshold', [1000, 1200, 990], [1150, 1000, 1120], 'inconclusive', false],
    ['varying, all within the threshold', [1000, 1010, 1005], [1002, 1008, 1001], 'unchanged', false],
    ['nothing allocated before, something now', [0, 0], [512, 512], 'regression', true],
  ])('%s → %s', (_label, base, head, verdict, exact) => {
    expect(judgeMemory(base, head, 0.1)).toMatchObject({ verdict, exact });
  });

  it('reports the medians and their ratio', () => {
    expect(judgeMemory([100, 100, 100], [150, 150, 150], 0.1)).toEqual({ base: 100, head: 150, ratio: 1.5, verdict: 'regression', exact: true });
    expect(judgeMemory([], [1], 0.1)).toBeUndefined();
    // an even number of rounds: the median between the middle two, as everywhere else (stats/quantile.ts)
    expect(judgeMemory([100, 200], [300, 400], 0.1)).toMatchObject({ base: 150, head: 350, ratio: 350 / 150 });
  });
});
