import { seededRandom } from '../../src/stats/random.js';
import { countVerdicts, isBlockingFailure, judge, overallVerdict } from '../../src/judge/verdicts.js';
import { type Comparison } from '../../src/model/comparison.js';

const OPTIONS = { threshold: 0.05, alpha: 0.05 };

/** n samples around `center` with multiplicative noise of ±spread (uniform), reproducible. */
function samples(center: number, spread: number, n: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => center * (1 + spread * (2 * random() - 1)));
}

function comparison(name: string, base: number[], head: number[], extra: Partial<Comparison> = {}): Comparison {
  return { suite: 'benchmarks/', name, interpreter: '3.12', base, head, ...extra };
}

describe('judge', () => {
  const base = samples(1e-4, 0.02, 12, 1);
  it.each([
    ['30% slower', samples(1.3e-4, 0.02, 12, 2), 'regression'],
    ['30% faster', samples(0.7e-4, 0.02, 12, 3), 'improvement'],
    ['the same', samples(1e-4, 0.02, 12, 4), 'unchanged'],
    ['3% slower: below the threshold, tightly measured', samples(1.03e-4, 0.005, 12, 5), 'unchanged'],
  ])('%s → %s', (_label, head, verdict) => {
    const [row] = judge([comparison('b', base, head)], OPTIONS);
    expect(row.verdict).toBe(verdict);
  });

  it('reports ratio, CI, p and q for measured rows', () => {
    const [row] = judge([comparison('b', base, samples(1.3e-4, 0.02, 12, 2))], OPTIONS);
    expect(row.ratio).toBeGreaterThan(1.25);
    expect(row.ci![0]).toBeLessThanOrEqual(row.ratio!);
    expect(row.ci![1]).toBeGreaterThanOrEqual(row.ratio!);
    expect(row.p).toBeLessThan(1e-4);
    expect(row.base).toEqual({ median: expect.any(Number), n: 12 });
    expect(row.slowRounds).toBeUndefined();
  });

  it('carries the count of slow-mode rounds set aside into the row', () => {
    const [row] = judge([comparison('b', base, samples(1.3e-4, 0.02, 12, 2), { slowRounds: { base: 2, head: 0 } })], OPTIONS);
    expect(row.slowRounds).toEqual({ base: 2, head: 0 });
  });

  it('with rounds set aside, tests every round but sizes the change on the rounds kept', () => {
    const head = samples(1.3e-4, 0.02, 12, 2);
    // every round: identical on both sides, so no evidence of a change, whatever the rounds kept say
    const [same] = judge([comparison('b', base, head, { slowRounds: { base: 2, head: 2 }, all: { base: [...base, ...head], head: [...head, ...base] } })], OPTIONS);
    expect(same.ratio).toBeGreaterThan(1.25);
    expect(same.p).toBeGreaterThan(0.4);
    expect(same.verdict).toBe('inconclusive');
    // every round slower on head: the rounds kept give the size
    const [slower] = judge([comparison('b', base, head, { slowRounds: { base: 2, head: 2 }, all: { base: [...base, 2e-4, 2e-4], head: [...head, 2.6e-4, 2.6e-4] } })], OPTIONS);
    expect(slower).toMatchObject({ verdict: 'regression', ratio: same.ratio });
  });

  it('calls noisy data inconclusive rather than unchanged', () => {
    const [row] = judge([comparison('b', samples(1e-4, 0.5, 6, 6), samples(1e-4, 0.5, 6, 7))], OPTIONS);
    expect(row.verdict).toBe('inconclusive');
  });

  it('controls the false-discovery rate across all comparisons', () => {
    // A marginal slowdown (exact one-sided p = 12/924 ≈ 0.013) is significant alone,
    // but not among 40 comparisons where nothing else changed.
    const b = [1.0, 1.01, 1.02, 1.03, 1.04, 1.05];
    const h = [1.1, 1.11, 1.12, 1.13, 1.14, 1.015];
    const [alone] = judge([comparison('alone', b, h)], OPTIONS);
    expect(alone.p).toBeCloseTo(12 / 924, 12);
    expect(alone.verdict).toBe('regression');
    const many = [comparison('marginal', b, h), ...Array.from({ length: 39 }, (_, i) => comparison(`same${i}`, samples(1, 0.01, 6, 100 + i), samples(1, 0.01, 6, 200 + i)))];
    expect(judge(many, OPTIONS)[0].verdict).not.toBe('regression');
  });

  it.each([
    ['only on head', [], [1, 2], {}, 'added', undefined],
    ['only on base', [1, 2], [], {}, 'removed', undefined],
    ['crashing on head', [1, 2], [], { headError: 'ZeroDivisionError' }, 'failed', 'head'],
    ['crashing on base only', [], [1, 2], { baseError: 'ImportError' }, 'failed', 'base'],
    ['crashing on both', [], [], { baseError: 'x', headError: 'y' }, 'failed', 'both'],
    ['without an interpreter', [], [], { setupError: 'interpreter "3.14" not found' }, 'failed', 'setup'],
  ])('a benchmark %s is %s', (_label, b, h, extra, verdict, failedOn) => {
    const [row] = judge([comparison('b', b as number[], h as number[], extra as Partial<Comparison>)], OPTIONS);
    expect(row.verdict).toBe(verdict);
    expect(row.failedOn).toBe(failedOn);
  });

  it('needs two rounds per side to judge', () => {
    const [row] = judge([comparison('b', [1], [1.5])], OPTIONS);
    expect(row.verdict).toBe('inconclusive');
    expect(row.error).toMatch(/fewer than 2 rounds/);
  });
});

describe('overallVerdict', () => {
  const ok = judge([comparison('ok', samples(1, 0.01, 8, 1), samples(1, 0.01, 8, 2))], OPTIONS);
  const slow = judge([comparison('slow', samples(1, 0.01, 8, 1), samples(1.5, 0.01, 8, 2))], OPTIONS);
  const headFail = judge([comparison('x', [1, 1], [], { headError: 'boom' })], OPTIONS);
  const bothFail = judge([comparison('x', [], [], { baseError: 'boom', headError: 'boom' })], OPTIONS);
  const setupFail = judge([comparison('*', [], [], { setupError: 'no 3.14' })], OPTIONS);
  it.each([
    ['all unchanged', ok, 'pass'],
    ['a regression, even beside a failure', [...slow, ...headFail], 'regression'],
    ['a failure on head', [...ok, ...headFail], 'error'],
    ['a failure on base and head: not this PR', [...ok, ...bothFail], 'pass'],
    ['an interpreter that could not be set up', [...ok, ...setupFail], 'error'],
    ['nothing measured', bothFail, 'error'],
  ])('%s → %s', (_label, rows, verdict) => expect(overallVerdict(rows)).toBe(verdict));

  it('counts rows by verdict and names blocking failures', () => {
    expect(countVerdicts([...ok, ...slow, ...headFail])).toMatchObject({ unchanged: 1, regression: 1, failed: 1 });
    expect(isBlockingFailure(headFail[0])).toBe(true);
    expect(isBlockingFailure(bothFail[0])).toBe(false);
  });
});

describe('noise floor', () => {
  it('measures each side’s robust spread (1.4826·MAD/median)', async () => {
    const { relativeSpread } = await import('../../src/judge/verdicts.js');
    expect(relativeSpread([1, 1, 1, 1])).toBe(0);
    // median 10, absolute deviations 0,1,1,2,2 → MAD 1 → 0.14826
    expect(relativeSpread([8, 9, 10, 11, 12])).toBeCloseTo(0.14826, 10);
  });

  it('marks inconclusive rows as too noisy when their spread alone exceeds the threshold at this many rounds', () => {
    const [noisy] = judge([comparison('b', samples(1e-4, 0.6, 8, 6), samples(1e-4, 0.6, 8, 7))], OPTIONS);
    expect(noisy.verdict).toBe('inconclusive');
    expect(noisy.tooNoisy).toBe(true);
    expect(noisy.noise).toBeGreaterThan(0.2);
    const [quiet] = judge([comparison('b', samples(1e-4, 0.02, 12, 1), samples(1e-4, 0.02, 12, 4))], OPTIONS);
    expect(quiet.tooNoisy).toBeUndefined();
    expect(quiet.noise).toBeLessThan(0.03);
  });
});
