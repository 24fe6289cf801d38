// mergeReports refuses parts that are not one run's: other commits or verdict settings, a shard twice or
// missing, a benchmark in two parts, a measured row without its raw data; interpreters × shards matrices merge.
import { mergeFolders, mergeReports } from '../../src/judge/merge-reports.js';
import { judge } from '../../src/judge/verdicts.js';
import { type Report } from '../../src/model/report.js';
import { type ReportInput } from '../../src/report/json.js';
import { report as reportOf, row } from '../helpers/report-fixture.js';

const OPTIONS = { threshold: 0.05, alpha: 0.05 };
const comparison = (name: string, interpreter = '3.12', slower = 1) => ({
  suite: 'benchmarks/',
  name,
  interpreter,
  base: [1, 1.01, 0.99, 1.02, 0.98, 1, 1.01, 0.99].map((x) => x * 1e-4),
  head: [1, 1.01, 0.99, 1.02, 0.98, 1, 1.01, 0.99].map((x) => x * 1e-4 * slower),
});

function part(index: number, count: number, names: string[], extra: Partial<ReportInput> = {}, interpreter = '3.12'): Report {
  const interpreters = [{ label: interpreter, version: `${interpreter}.1`, implementation: 'CPython', path: '/py' }];
  return reportOf(
    judge(
      names.map((n) => comparison(n, interpreter)),
      OPTIONS,
    ),
    { shard: { index, count }, interpreters, ...extra },
  );
}

const merging = (parts: Report[]) => () => mergeReports(parts, OPTIONS);

describe('mergeReports refuses parts that are not one run', () => {
  it('other commits', () => {
    const other = part(2, 2, ['b'], { head: { ref: 'x', sha: 'c'.repeat(40) } });
    expect(merging([part(1, 2, ['a']), other])).toThrow(
      `cannot merge the reports: part 2 (shard 2/2) has head commit "${'c'.repeat(40)}", part 1 (shard 1/2) "${'b'.repeat(40)}"`,
    );
  });

  it('settings that change verdicts: threshold, alpha, statistic, slow-rounds, method', () => {
    expect(merging([part(1, 2, ['a']), part(2, 2, ['b'], { threshold: 0.03 })])).toThrow(
      'part 2 (shard 2/2) was judged with threshold 0.03, the merge with 0.05',
    );
    expect(merging([part(1, 2, ['a']), part(2, 2, ['b'], { statistic: 'median' })])).toThrow(
      'part 2 (shard 2/2) has statistic "median", part 1 (shard 1/2) "min"',
    );
    expect(merging([part(1, 2, ['a']), part(2, 2, ['b'], { method: 'paired' })])).toThrow('has method "paired", part 1 (shard 1/2) "rounds"');
    expect(merging([part(1, 2, ['a']), part(2, 2, ['b'], { slowRounds: 'keep' })])).toThrow('has slow-rounds "keep"');
  });

  it('the same shard twice, a shard missing, different shard counts', () => {
    expect(merging([part(1, 4, ['a']), part(1, 4, ['b']), part(3, 4, ['c'])])).toThrow(
      'part 2 (shard 1/4) and part 1 (shard 1/4) are the same shard; shards 2/4, 4/4 are missing',
    );
    expect(merging([part(1, 2, ['a']), part(2, 3, ['b'])])).toThrow('the parts split the benchmarks into different numbers of shards: 2 and 3');
    expect(merging([part(1, 2, ['a'])])).toThrow('shard 2/2 is missing');
    expect(() => mergeFolders([])).toThrow('cannot merge the reports: no report folders were given');
  });

  it('a benchmark measured by two parts', () => {
    expect(merging([part(1, 2, ['a', 'b']), part(2, 2, ['b'])])).toThrow(
      'b on 3.12 (benchmarks/) was measured by part 1 (shard 1/2) and by part 2 (shard 2/2)',
    );
  });

  it('a measured row without raw data (a report written before samples were kept)', () => {
    const old = reportOf([row('test_old', 'unchanged')], { shard: { index: 2, count: 2 } });
    expect(merging([part(1, 2, ['a']), old])).toThrow(
      'test_old on 3.12 (benchmarks/) has no raw data to judge it again (samples for rounds, pair_estimates for paired)',
    );
  });

  it('is an exit-2 error of the run', () => {
    try {
      mergeReports([part(1, 2, ['a'])], OPTIONS);
    } catch (e) {
      expect((e as { exitCode?: number }).exitCode).toBe(2);
      return;
    }
    throw new Error('no error');
  });
});

describe('mergeReports accepts', () => {
  it('a matrix of interpreters × shards: each interpreter set complete on its own', () => {
    const parts = [part(1, 2, ['a'], {}, '3.12'), part(2, 2, ['b'], {}, '3.12'), part(1, 2, ['a'], {}, '3.13'), part(2, 2, ['b'], {}, '3.13')];
    const merged = mergeReports(parts, OPTIONS);
    expect(merged.interpreters.map((i) => i.label)).toEqual(['3.12', '3.13']);
    expect(merged.rows.map((r) => `${r.interpreter} ${r.name}`)).toEqual(['3.12 a', '3.12 b', '3.13 a', '3.13 b']);
    expect([...merged.geomeans.keys()]).toEqual(['3.12', '3.13']);
    expect(merging([parts[0], parts[1], parts[2]])).toThrow('shard 2/2 is missing (interpreters 3.13)');
  });

  it('one unsharded report (a 1/1 run) as it is', () => {
    const one = reportOf(judge([comparison('a'), comparison('b', '3.12', 1.3)], OPTIONS));
    const merged = mergeFolders([one]);
    expect(merged.rows.map((r) => [r.name, r.verdict, r.q])).toEqual(one.rows.map((r) => [r.name, r.verdict, r.q]));
    expect(merged.verdict).toBe('regression');
  });
});
