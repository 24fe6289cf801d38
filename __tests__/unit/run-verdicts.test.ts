// One Benjamini–Hochberg family over the whole run when `paired` and `rounds` both measured (judge/run-verdicts.ts):
// a change that is significant only because its method's family is small must not pass the run's control.
import { judgeInterpreterComparisons } from '../../src/judge/interpreter-comparison.js';
import { judgePaired } from '../../src/judge/paired/judge-paired.js';
import { type PairedComparison } from '../../src/judge/paired/judge-types.js';
import { judgeRun } from '../../src/judge/run-verdicts.js';
import { judge } from '../../src/judge/verdicts.js';
import { type Comparison } from '../../src/model/comparison.js';
import { seededRandom } from '../../src/stats/random.js';

const OPTIONS = { threshold: 0.05, alpha: 0.05, resamples: 500 };

/** An import-time row measured by rounds: +6% with overlapping rounds, p ≈ 0.01 on its own. */
function roundsRow(name = 'import mypkg'): Comparison {
  const base = Array.from({ length: 10 }, (_, i) => 1 + i * 0.02);
  return { suite: 'import-time', name, interpreter: '3.12', base, head: base.map((x) => x + 0.07) };
}

/** An untouched benchmark measured by `pairs` worker pairs (their centres scattered around 1). */
function untouched(name: string, seed: number, ratio = 1, pairs = 12): PairedComparison {
  const random = seededRandom(seed);
  const centres = Array.from({ length: pairs }, () => Math.log(ratio) + (random() - 0.5) * 0.02);
  return { suite: 'bench/', name, interpreter: '3.12', pairs: centres.map((c) => Array.from({ length: 6 }, (_, k) => c + (k % 2 ? 0.001 : -0.001))) };
}

const nineteen = Array.from({ length: 19 }, (_, i) => untouched(`b${i}`, i + 1));

describe('judgeRun', () => {
  it('corrects a rounds row together with the paired rows: significant alone, not among 20', () => {
    // Judged apart (the old run.ts: judge(own) and judgePaired each their own family), the rounds row is a regression.
    const [alone] = judge([roundsRow()], OPTIONS);
    expect(alone).toMatchObject({ verdict: 'regression' });
    expect(alone.q).toBeGreaterThan(0.005); // small enough alone, too large for 20 comparisons
    expect(alone.q).toBeLessThan(0.05);
    const rows = judgeRun([roundsRow()], nineteen, OPTIONS);
    expect(rows).toHaveLength(20);
    const mixed = rows.find((r) => r.suite === 'import-time')!;
    expect(mixed.p).toBeCloseTo(alone.p!, 12);
    expect(mixed.q).toBeGreaterThan(0.05);
    expect(mixed.verdict).not.toBe('regression');
  });

  it('corrects a paired row together with the rounds rows, and keeps the order rounds then paired', () => {
    // 6 pairs all slower: sign-test p = 1/64, a regression on its own; with 4 untouched rounds rows, q = 5/64 > α.
    const lone = untouched('slow', 7, 1.2, 6);
    expect(judgePaired([lone], OPTIONS)[0]).toMatchObject({ verdict: 'regression', method: 'paired' });
    const rounds = Array.from({ length: 4 }, (_, i) => {
      const base = Array.from({ length: 10 }, (__, k) => 1 + ((k * 7 + i) % 10) * 0.01);
      return { suite: 'import-time', name: `import m${i}`, interpreter: '3.12', base, head: [...base].reverse() };
    });
    const rows = judgeRun(rounds, [lone], OPTIONS);
    expect(rows.map((r) => r.name)).toEqual(['import m0', 'import m1', 'import m2', 'import m3', 'slow']);
    expect(rows[4]).toMatchObject({ method: 'paired', verdict: 'inconclusive' });
    expect(rows[4].q).toBeCloseTo(5 / 64, 12);
  });

  it('is each method’s own judgement when the other measured nothing', () => {
    expect(judgeRun([roundsRow(), roundsRow('import other')], [], OPTIONS)).toEqual(judge([roundsRow(), roundsRow('import other')], OPTIONS));
    expect(judgeRun([], nineteen, OPTIONS)).toEqual(judgePaired(nineteen, OPTIONS));
  });
});

describe('judgeInterpreterComparisons with paired comparisons', () => {
  it('judges the worker-pair rows of each interpreter comparison as its own family', () => {
    const c = {
      reason: 'compare-interpreters' as const,
      from: { label: '3.11', version: '3.11.7', implementation: 'CPython', path: '/py311' },
      to: { label: '3.12', version: '3.12.1', implementation: 'CPython', path: '/py312' },
      label: '3.11 → 3.12',
      rows: [],
    };
    const across = { ...untouched('versioned', 3, 1.5, 8), interpreter: '3.11 → 3.12' };
    const own = untouched('versioned', 4); // the PR's own row on 3.12: not part of the comparison
    const [judged] = judgeInterpreterComparisons([c], [], OPTIONS, [across, own]);
    expect(judged.rows).toEqual([
      expect.objectContaining({ name: 'versioned', interpreter: '3.11 → 3.12', method: 'paired', verdict: 'regression', pairs: 8 }),
    ]);
    expect(judged.geomean?.ratio).toBeCloseTo(judged.rows[0].ratio!, 12);
  });
});
