import { instructionFailure, judgeInstructions, judgeInstructionSides, relativeSpread } from '../../src/judge/instructions.js';

describe('judgeInstructions', () => {
  it.each([
    ['+1% exact, threshold 0.5%', [1_000_000, 1_000_000], [1_010_300, 1_010_300], 'regression'],
    ['+0.18% layout noise, threshold 0.5%', [1_000_000, 1_000_000], [1_001_800, 1_001_800], 'unchanged'],
    ['−1% exact', [1_000_000, 1_000_000], [990_000, 990_000], 'improvement'],
    ['−0.4%: not past 1/(1+0.5%)', [1_000_000, 1_000_000], [996_000, 996_000], 'unchanged'],
    ['+1% but processes spread 0.5%: not clear of 3 spreads', [1_000_000, 1_005_000], [1_010_000, 1_010_000], 'unchanged'],
    ['+2% with a 0.5% spread: clear', [1_000_000, 1_005_000], [1_020_000, 1_020_000], 'regression'],
    ['−2% with a 0.5% spread on head', [1_000_000, 1_000_000], [980_000, 984_900], 'improvement'],
  ])('%s → %s', (_label, base, head, verdict) => {
    expect(judgeInstructions(base, head, 0.005)?.verdict).toBe(verdict);
  });

  it('reports medians per call, the ratio and the spread as the contract field', () => {
    expect(judgeInstructions([5537547, 5537547], [5706796, 5706796], 0.01)).toEqual({
      base: 5537547,
      head: 5706796,
      ratio: 1.030564,
      spread: 0,
      verdict: 'regression',
    });
    expect(judgeInstructions([100, 102, 101], [101, 101, 101], 0.01)).toMatchObject({ base: 101, spread: 0.019802 });
  });

  it('has nothing to judge without counts on both sides', () => {
    expect(judgeInstructions([], [1], 0.01)).toBeUndefined();
  });

  it('judges zero-cost benchmarks without dividing by zero', () => {
    expect(judgeInstructions([0, 0], [0, 0], 0.01)).toMatchObject({ ratio: 1, verdict: 'unchanged' });
    expect(judgeInstructions([0, 0], [50, 50], 0.01)).toMatchObject({ verdict: 'regression' });
  });
});

describe('relativeSpread and instructionFailure', () => {
  it('is the range over the median', () => {
    expect(relativeSpread([200, 200])).toBe(0);
    expect(relativeSpread([99, 100, 101])).toBeCloseTo(0.02);
  });

  it('makes the failed instruction part of a row', () => {
    expect(instructionFailure('setup', 'valgrind is not installed')).toEqual({ verdict: 'failed', failed_on: 'setup', error: 'valgrind is not installed' });
  });
});

describe('judgeInstructionSides', () => {
  it('judges what both sides counted and fails the rest on the side that failed', () => {
    const base = {
      counts: new Map([
        ['a', [100, 100]],
        ['b', [100, 100]],
        ['only_base', [5, 5]],
      ]),
      failures: new Map([['c', 'NameError: x']]),
    };
    const head = {
      counts: new Map([
        ['a', [110, 110]],
        ['c', [1, 1]],
        ['new', [7, 7]],
      ]),
      failures: new Map([['b', 'ZeroDivisionError']]),
    };
    const rows = judgeInstructionSides(base, head, 0.01);
    expect(rows.get('a')).toMatchObject({ verdict: 'regression', ratio: 1.1 });
    expect(rows.get('b')).toEqual({ verdict: 'failed', failed_on: 'head', error: 'ZeroDivisionError' });
    expect(rows.get('c')).toEqual({ verdict: 'failed', failed_on: 'base', error: 'NameError: x' });
    expect(rows.has('only_base')).toBe(false);
    expect(rows.has('new')).toBe(false);
  });

  it('fails every row of a side whose counting process failed as a whole', () => {
    const base = { counts: new Map(), failures: new Map(), error: 'instruction count of benchmarks/ timed out after 600s' };
    const head = { counts: new Map([['a', [1, 1]]]), failures: new Map() };
    expect(judgeInstructionSides(base, head, 0.01).get('a')).toMatchObject({ failed_on: 'base', error: expect.stringMatching(/timed out/) });
  });
});
