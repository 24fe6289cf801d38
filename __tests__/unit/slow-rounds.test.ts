import { MIN_ROUNDS_FOR_SLOW_MODE, slowRounds } from '../../src/judge/slow-rounds.js';

/** Rounds of one side from rows of times: rounds[r][b] is benchmark b's time in round r. */
const rounds = (rows: number[][]) => rows.map((row) => new Map(row.map((x, b) => [`b${b}`, x])));
const same = (n: number, row: number[]) => Array.from({ length: n }, () => [...row]);

describe('slowRounds', () => {
  it.each<[string, number[][], boolean[]]>([
    ['no slow mode', same(10, [1, 2, 3]).map((r, i) => r.map((x) => x * (1 + 0.02 * (i % 3)))), Array(10).fill(false)],
    [
      'whole processes 1.7× slower',
      same(10, [1, 2, 3]).map((r, i) => (i === 2 || i === 5 ? r.map((x) => x * 1.7) : r)),
      [false, false, true, false, false, true, false, false, false, false],
    ],
    [
      'one benchmark slow in a process is that benchmark’s noise, not a slow process',
      same(10, [1, 2, 3]).map((r, i) => (i === 4 ? [r[0] * 2, r[1], r[2]] : r)),
      Array(10).fill(false),
    ],
    [
      'a single benchmark: its rounds far above its fast quartile',
      [[1], [1.05], [1.7], [1], [1.02], [1.8], [1.01], [0.99], [1.03], [1]],
      [false, false, true, false, false, true, false, false, false, false],
    ],
    ['too few rounds to know the fast quartile', same(MIN_ROUNDS_FOR_SLOW_MODE - 1, [1, 2]).map((r, i) => (i === 1 ? r.map((x) => x * 2) : r)), Array(MIN_ROUNDS_FOR_SLOW_MODE - 1).fill(false)],
  ])('%s', (_, rows, expected) => {
    expect(slowRounds(rounds(rows))).toEqual(expected);
  });

  it('ignores benchmarks missing from a round (failed there) and judges the round by the rest', () => {
    const r = rounds(same(10, [1, 2, 3]).map((row, i) => (i === 3 ? row.map((x) => x * 1.6) : row)));
    r[3].delete('b0');
    r[6].delete('b1');
    expect(slowRounds(r)).toEqual([false, false, false, true, false, false, false, false, false, false]);
  });

  it('always keeps at least two rounds', () => {
    expect(slowRounds(rounds(same(10, [1, 2])), 0.5)).toEqual(Array(10).fill(false));
  });
});
