// The report JSON read back (mode: comment reads a folder another job wrote): a faithful inverse of json.ts,
// and a refusal naming the field for anything malformed.
import { reportToJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { readReportJson } from '../../src/report/read-report-json.js';
import { report, row } from '../helpers/report-fixture.js';

const paired = {
  method: 'paired' as const,
  pairs: 3,
  duels: 90,
  pairEstimates: [1.21, 1.24, 1.19],
  noiseFloor: 0.004,
  burstMs: 5,
  clock: 'cpu' as const,
};
const full = () =>
  report(
    [
      row('test_a', 'regression', {
        ...paired,
        profile: { iterations: 10, top: [{ function: 'f', base: null, head: { ncalls: 2, tottime: 1e-5, cumtime: 2e-5 }, tottimeDelta: 1e-5 }] },
      }),
      row('test_b', 'unchanged', { ratio: 1.01, ci: [0.99, 1.03], noise: 0.02, slowRounds: { base: 1, head: 2 }, warmup: 3 }),
      row('test_c', 'failed', { error: 'ZeroDivisionError', failedOn: 'head' }),
      row('import mypkg', 'regression', {
        imports: [{ module: 'mypkg.heavy', base: 0, head: 0.02 }],
        memory: { base: 100, head: 150, ratio: 1.5, verdict: 'regression', exact: true },
      }),
    ],
    {
      method: 'rounds',
      configChanges: [{ key: 'threshold', base: '5%', head: '900%', overridden: false }],
      cross: [
        {
          reason: 'upgrade',
          from: { label: '3.11', version: '3.11.7', implementation: 'CPython', path: '(not recorded)' },
          to: { label: '3.12', version: '3.12.1', implementation: 'CPython', path: '(not recorded)' },
          label: '3.11 → 3.12',
          changes: [{ source: '.python-version', old: '3.11', new: '3.12' }],
          rows: [row('test_a', 'unchanged', { interpreter: '3.11 → 3.12' })],
          geomean: { ratio: 1.3, ci: [1.2, 1.4], benchmarks: 1 },
        },
      ],
    },
  );
const json = (r = full()) => JSON.parse(JSON.stringify(reportToJson(r)));

describe('readReportJson', () => {
  it('rebuilds the Report json.ts wrote: rows (paired pair estimates too), interpreters, cross, config changes, geomeans', () => {
    const original = full();
    const read = readReportJson(json(original));
    expect('report' in read && read.report).toEqual(original);
    // the paired settings, with and without `parallel` (reports written before it have none)
    for (const parallel of [{ parallel: 2 }, {}]) {
      const withPairs = {
        ...original,
        method: 'paired' as const,
        paired: { pairs: 9, burstMs: 5, startupSeconds: 1.5, minPairs: 6, maxPairs: 20, ...parallel },
      };
      const back = readReportJson(json(withPairs));
      expect('report' in back && back.report.paired).toEqual(withPairs.paired);
    }
  });

  it("keeps samples of a rounds row as checked number arrays, and the report's shard", () => {
    const j = json();
    const samples = { base: [1e-4, 1.1e-4], head: [1.2e-4, 1.3e-4], all: { base: [1e-4, 1.1e-4, 3e-4], head: [1.2e-4, 1.3e-4, 4e-4] } };
    j.benchmarks[1].samples = samples;
    j.settings.shard = { index: 2, count: 4 };
    const read = readReportJson(j);
    expect('report' in read && (read.report.rows[1] as any).samples).toEqual(samples);
    expect('report' in read && read.report.shard).toEqual({ index: 2, count: 4 });
    j.settings.shard = { index: 5, count: 4 };
    expect(() => readReportJson(j)).toThrow(/field 'settings\.shard\.index' must be a finite number from 1 to 4/);
  });

  it('reads the report of a run that stopped at exit 2 as its reason', () => {
    expect(readReportJson({ schema: 1, base: null, head: null, interpreters: [], verdict: 'error', error: 'no interpreter usable', benchmarks: [] })).toEqual({
      error: 'no interpreter usable',
    });
  });

  const edits: [string, (j: any) => void, RegExp][] = [
    ['schema 2', (j) => (j.schema = 2), /field 'schema' must be 1/],
    ['a ratio that is a string', (j) => (j.benchmarks[0].ratio = '1.2'), /field 'benchmarks\[0\]\.ratio' must be a finite number.*"1\.2"/],
    ['an unknown verdict', (j) => (j.benchmarks[2].verdict = 'great'), /field 'benchmarks\[2\]\.verdict' must be one of regression, improvement/],
    [
      'a pair estimate that is not a number',
      (j) => (j.benchmarks[0].pair_estimates[1] = 'x'),
      /field 'benchmarks\[0\]\.pair_estimates\[1\]' must be a finite number/,
    ],
    ['samples with null', (j) => (j.benchmarks[1].samples = { base: [1, null], head: [] }), /field 'benchmarks\[1\]\.samples\.base\[1\]'/],
    ['a name of 5000 characters', (j) => (j.benchmarks[0].name = 'x'.repeat(5000)), /field 'benchmarks\[0\]\.name' must be a string of at most 4000/],
    ['a sha that is not hex', (j) => (j.head.sha = '<img src=x>'), /field 'head\.sha' must be a commit sha/],
    ['a CI upside down', (j) => (j.benchmarks[0].ci = [2, 1]), /field 'benchmarks\[0\]\.ci' must be two numbers/],
    ['benchmarks not an array', (j) => (j.benchmarks = {}), /field 'benchmarks' must be an array/],
    ['no settings', (j) => delete j.settings, /field 'settings' must be an object \(it is missing\)/],
    ['a verdict its rows contradict', (j) => (j.verdict = 'pass'), /field 'verdict' must be "regression", the verdict of its benchmarks/],
    ['a failed row without error', (j) => delete j.benchmarks[2].error, /field 'benchmarks\[2\]\.error' must be a string/],
    ['a memory verdict unknown', (j) => (j.benchmarks[3].memory.verdict = 'huge'), /field 'benchmarks\[3\]\.memory\.verdict'/],
    ['an upgrade row malformed', (j) => (j.upgrade.benchmarks[0].p = 7), /field 'upgrade\.benchmarks\[0\]\.p' must be a finite number from 0 to 1/],
  ];
  it.each(edits)('refuses %s, naming the field', (_what, edit, message) => {
    const j = json();
    edit(j);
    expect(() => readReportJson(j)).toThrow(message);
  });

  it('refuses a top level that is not an object', () => {
    expect(() => readReportJson([1])).toThrow(/field '\(top level\)' must be an object/);
  });

  it('renders every free-text field of a hostile file escaped: no HTML, mentions or links of its own', () => {
    const evil = '<img src=x onerror=alert(1)> @octocat [x](http://evil) #1';
    const j = json();
    const a = j.benchmarks[0];
    Object.assign(a, { suite: evil, name: evil, interpreter: evil });
    a.profile.top[0].function = evil;
    Object.assign(j.benchmarks[2], { error: evil, name: evil });
    j.benchmarks[3].import_growth[0].module = evil;
    j.config_changes[0] = { key: evil, base: evil, head: [evil], overridden: false };
    Object.assign(j.interpreters[0], { spec: evil, version: evil, implementation: evil });
    j.upgrade.detected[0] = { source: evil, old: evil, new: evil };
    j.upgrade.error = evil;
    j.head.ref = evil;
    for (const r of j.benchmarks) if (r.name !== evil) r.interpreter = evil;
    const read = readReportJson(j);
    const body = renderMarkdown('report' in read ? read.report : (undefined as never));
    expect(body).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    // Outside code nothing is live; inside the plot's fence and code spans (longer than any backtick run) text stays text.
    const outsideCode = body.replace(/^(`{3,})text\n[\s\S]*?^\1$/gm, '').replace(/(`+)[^`\n]+?\1/g, '');
    expect(outsideCode).not.toMatch(/<img|@octocat|\]\(http|#1\b/);
    expect(body).toContain('```text');
  });
});
