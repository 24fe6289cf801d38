// Shards merged equal one run: real rows (shared data: noisy rounds with slow-mode rounds, paired duels under
// load) judged in one go, and the same rows split into 4 parts by shardOf, each judged as its own job (its rows
// carrying the raw data its report JSON keeps: samples, pair estimates), and merged: the same p, q, verdicts,
// geomeans and overall verdict.
import { inShard } from '../../src/config/shard.js';
import { mergeFolders, mergeReports } from '../../src/judge/merge-reports.js';
import { judgePaired, measure } from '../../src/judge/paired/judge-paired.js';
import { pairCentres } from '../../src/judge/paired/pair-estimates.js';
import { estimate, judge } from '../../src/judge/verdicts.js';
import { type Report } from '../../src/model/report.js';
import { type Row } from '../../src/model/row.js';
import { reportToJson } from '../../src/report/json.js';
import { benjaminiHochberg } from '../../src/stats/fdr.js';
import { report as reportOf } from '../helpers/report-fixture.js';
import { pairedComparisons, roundsComparisons } from '../helpers/shared-runs.js';

const OPTIONS = { threshold: 0.05, alpha: 0.05 };
const INTERPRETERS = ['3.12', '3.13'].map((label) => ({ label, version: `${label}.1`, implementation: 'CPython', path: `/py${label}` }));

type JudgeAll = (part: (c: { name: string }) => boolean) => Row[];

/** The rows of one go, and of 4 shard jobs each judging its own comparisons (so its own q and verdicts). */
function oneGoAndShards(judgeAll: JudgeAll, method: 'rounds' | 'paired') {
  const one = reportOf(
    judgeAll(() => true),
    { interpreters: INTERPRETERS, method },
  );
  const parts = [1, 2, 3, 4].map((index) =>
    reportOf(
      judgeAll((c) => inShard(c.name, { index, count: 4 })),
      { interpreters: INTERPRETERS, method, shard: { index, count: 4 } },
    ),
  );
  return { one, parts };
}

/** What a row's verdict is made of, as the report JSON states it. */
const judged = (r: Report) =>
  (reportToJson(r) as any).benchmarks
    .map((b: any) => ({ key: `${b.interpreter} ${b.name}`, verdict: b.verdict, ratio: b.ratio, ci: b.ci, p: b.p, q: b.q, noisy: b.too_noisy ?? false }))
    .sort((a: any, b: any) => (a.key < b.key ? -1 : 1));

function expectSameRun(merged: Report, one: Report): void {
  expect(judged(merged)).toEqual(judged(one));
  expect(merged.verdict).toBe(one.verdict);
  expect([...merged.geomeans]).toEqual([...one.geomeans]);
  expect(merged.merged).toEqual({ parts: 4, shards: 4 });
  expect(merged.shard).toBeUndefined();
}

describe('mergeReports: 4 shards merged give the verdicts of one run', () => {
  it('rounds: noisy real rounds with slow-mode rounds set aside (A/B-1 on one interpreter, A/A on another)', () => {
    const comparisons = [...roundsComparisons('A/B-1', '3.12'), ...roundsComparisons('A/A', '3.13')];
    expect(comparisons.some((c) => c.all)).toBe(true); // the slow-rounds path is exercised
    const failed = { suite: 'benchmarks/', name: 'test_broken', interpreter: '3.12', base: [1e-4, 1e-4], head: [], headError: 'ZeroDivisionError' };
    const added = { suite: 'benchmarks/', name: 'test_new', interpreter: '3.12', base: [], head: [2e-4, 2e-4] };
    const all = [...comparisons, failed, added];
    const { one, parts } = oneGoAndShards((keep) => judge(all.filter(keep), OPTIONS), 'rounds');
    // The parts alone disagree with the whole run somewhere (their BH families are smaller): the merge must not trust them.
    const partQ = new Map(parts.flatMap((p) => p.rows).map((r) => [`${r.interpreter} ${r.name}`, r.q]));
    expect(one.rows.some((r) => r.q !== undefined && partQ.get(`${r.interpreter} ${r.name}`) !== r.q)).toBe(true);
    expect(one.rows.filter((r) => r.verdict === 'regression').length).toBeGreaterThan(3);
    const json = (reportToJson(parts[0]) as any).benchmarks.find((b: any) => b.ratio !== null);
    const row = parts[0].rows.find((r) => r.name === json.name && r.interpreter === json.interpreter)!;
    expect(json.samples).toEqual(JSON.parse(JSON.stringify(row.samples)));
    expect(parts.flatMap((p) => p.rows).some((r) => r.samples?.all)).toBe(true);
    const merged = mergeReports(parts, OPTIONS);
    expectSameRun(merged, one);
    expect(merged.rows.find((r) => r.name === 'test_broken')).toMatchObject({ verdict: 'failed', failedOn: 'head' });
    expect(merged.rows.find((r) => r.name === 'test_new')).toMatchObject({ verdict: 'added' });
    // Rows in a single run's order: interpreter, suite, name.
    expect(merged.rows.map((r) => r.interpreter)).toEqual([...merged.rows.map((r) => r.interpreter)].sort());
  });

  it('paired: real duels under load (A/B on one interpreter, A/A on another), from the pair estimates', () => {
    const all = [...pairedComparisons('paired-duels-ab-load.json', '3.12'), ...pairedComparisons('paired-duels-aa-load.json', '3.13')];
    const { one, parts } = oneGoAndShards((keep) => judgePaired(all.filter(keep), OPTIONS), 'paired');
    expect(one.rows.filter((r) => r.verdict === 'regression').length).toBeGreaterThan(1);
    const merged = mergeFolders(parts);
    // Pair estimates are exp(centre) in the JSON: the centres come back to within rounding, the verdicts exactly.
    const a = judged(merged);
    const b = judged(one);
    expect(a.map((x: any) => [x.key, x.verdict, x.noisy])).toEqual(b.map((x: any) => [x.key, x.verdict, x.noisy]));
    a.forEach((x: any, i: number) => {
      expect(x.q).toBeCloseTo(b[i].q, 12);
      expect(x.ratio).toBeCloseTo(b[i].ratio, 12);
    });
    expect(merged.verdict).toBe(one.verdict);
  });

  it('both methods in one merge: one Benjamini–Hochberg family over all rows of all parts', () => {
    const roundsIn = roundsComparisons('A/B-2', '3.12');
    const pairedIn = pairedComparisons('paired-duels-ab-load.json', '3.13');
    const rounds = judge(roundsIn, OPTIONS);
    const paired = judgePaired(pairedIn, OPTIONS);
    const parts = [rounds, paired].map((rows, k) => reportOf(rows, { interpreters: INTERPRETERS, shard: { index: k + 1, count: 2 } }));
    const merged = mergeReports(parts, OPTIONS);
    // The family: both one-sided p-values of every row, from the judges' own estimates, corrected together.
    const measured = [
      ...roundsIn.map((c, i) => estimate(c, { ...rounds[i], verdict: 'inconclusive' }, OPTIONS)),
      ...pairedIn.map((c, i) => measure(pairCentres(c.pairs), paired[i], OPTIONS)),
    ];
    const [qSlower, qFaster] = [benjaminiHochberg(measured.map((m) => m.pSlower)), benjaminiHochberg(measured.map((m) => m.pFaster))];
    const expected = new Map(measured.map((m, i) => [`${m.row.interpreter} ${m.row.name}`, m.row.ratio! >= 1 ? qSlower[i] : qFaster[i]]));
    expect(merged.rows).toHaveLength(measured.length);
    for (const r of merged.rows) expect(r.q).toBeCloseTo(expected.get(`${r.interpreter} ${r.name}`)!, 12);
    // …which is not what each method's own family gave.
    expect(merged.rows.some((r) => Math.abs(r.q! - [...rounds, ...paired].find((x) => x.name === r.name && x.interpreter === r.interpreter)!.q!) > 1e-6)).toBe(
      true,
    );
  });
});
