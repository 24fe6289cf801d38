import { suiteProblems, type SuiteCheck } from '../../src/suites/suite-check.js';
import { type SuiteSpec } from '../../src/model/settings.js';
import { overallVerdict } from '../../src/judge/verdicts.js';
import { type Row } from '../../src/model/row.js';

const suite = (path: string): SuiteSpec => ({ kind: 'timeit', path, args: [] });
const settings = { workingDirectory: 'py', suitesSource: "input 'suites'" };

describe('suiteProblems', () => {
  it('a suite on neither commit is fatal, naming the source and the path', () => {
    const checks: SuiteCheck[] = [
      { suite: suite('a.toml'), sides: { base: {}, head: {} } },
      { suite: suite('gone.toml'), sides: { base: { missing: true }, head: { missing: true } } },
    ];
    expect(suiteProblems(checks, settings).fatal?.message).toBe(`input 'suites' is "gone.toml": expected a suite that exists on base or head, relative to working-directory "py" (it is on neither)`);
  });

  it('added or removed by the PR is not a problem', () => {
    const checks: SuiteCheck[] = [
      { suite: suite('new.toml'), sides: { base: { missing: true }, head: {} } },
      { suite: suite('old.toml'), sides: { base: {}, head: { missing: true } } },
    ];
    expect(suiteProblems(checks, settings)).toEqual({ fatal: undefined, broken: [] });
  });

  it('lists files broken on head (blocking) and on base (not blocking) for the log', () => {
    const checks: SuiteCheck[] = [
      { suite: suite('h.toml'), sides: { base: {}, head: { error: 'h.toml: [[benchmark]] #1 (a) has unknown key "x"' } } },
      { suite: suite('b.toml'), sides: { base: { error: 'b.toml: is not valid TOML: line 2, column 1: x' }, head: {} } },
    ];
    expect(suiteProblems(checks, settings).broken).toEqual([
      'suite h.toml is broken on head (its benchmarks fail on head): h.toml: [[benchmark]] #1 (a) has unknown key "x"',
      'suite b.toml is broken on base (reported, not blocking): b.toml: is not valid TOML: line 2, column 1: x',
    ]);
  });
});

describe('overallVerdict with a suite broken on base only', () => {
  const row = (over: Partial<Row>): Row => ({ suite: 's', name: 'n', interpreter: '3.12', verdict: 'failed', ...over });
  it('passes when head measured the rows whose base was broken', () => {
    expect(overallVerdict([row({ failedOn: 'base', head: { median: 1, n: 1 } })])).toBe('pass');
  });
  it('is still an error when nothing at all was measured', () => {
    expect(overallVerdict([row({ failedOn: 'base' })])).toBe('error');
    expect(overallVerdict([row({ failedOn: 'both', head: { median: 1, n: 1 } })])).toBe('error');
  });
  it('a suite broken on head blocks', () => {
    expect(overallVerdict([row({ failedOn: 'head' }), row({ name: 'm', verdict: 'unchanged', ratio: 1 })])).toBe('error');
  });
});
