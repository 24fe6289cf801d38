import { decideOutcome, outcomeOfRunError } from '../../src/judge/outcome.js';
import { ConfigError, EnvironmentError } from '../../src/model/errors.js';
import { type InterpreterComparison } from '../../src/model/report.js';
import { type Row } from '../../src/model/row.js';
import { report as reportOf } from '../helpers/report-fixture.js';

const FAIL = { failOnRegression: true, failOnUpgradeRegression: false };

function row(name: string, extra: Partial<Row>): Row {
  return {
    suite: 'benchmarks',
    name,
    interpreter: '3.12',
    verdict: 'unchanged',
    ratio: 1,
    ci: [0.99, 1.01],
    base: { median: 1e-3, n: 10 },
    head: { median: 1e-3, n: 10 },
    ...extra,
  };
}

const report = (rows: Row[], cross: InterpreterComparison[] = []) => reportOf(rows, { cross });

describe('decideOutcome', () => {
  it('passes with exit 0, no message, and the counts as outputs', () => {
    const outcome = decideOutcome(report([row('a', {}), row('b', { verdict: 'improvement', ratio: 0.8 })]), FAIL);
    expect(outcome).toEqual({
      exitCode: 0,
      outputs: { verdict: 'pass', regressions: 0, improvements: 1, failures: 0, inconclusive: 0, 'memory-regressions': 0, 'instruction-regressions': 0 },
    });
  });

  it('fails a regression with exit 1 and names it; with fail-on-regression false it exits 0 but keeps the message', () => {
    const r = report([row('slow', { verdict: 'regression', ratio: 1.234 }), row('ok', {})]);
    expect(decideOutcome(r, FAIL)).toMatchObject({
      exitCode: 1,
      message: '1 benchmark regressed: slow on 3.12 (23.4% slower)',
      outputs: { verdict: 'regression', regressions: 1 },
    });
    expect(decideOutcome(r, { ...FAIL, failOnRegression: false })).toMatchObject({
      exitCode: 0,
      message: '1 benchmark regressed: slow on 3.12 (23.4% slower)',
    });
  });

  it('counts memory regressions and names at most five', () => {
    const memory = { base: 100, head: 150, ratio: 1.5, verdict: 'regression' as const, exact: true };
    const rows = [...'abcdef'].map((n) => row(n, { verdict: 'regression', ratio: 1.1 }));
    const outcome = decideOutcome(report([...rows, row('m', { memory })]), FAIL);
    expect(outcome.message).toBe(
      '7 benchmarks regressed: a on 3.12 (10.0% slower), b on 3.12 (10.0% slower), c on 3.12 (10.0% slower), d on 3.12 (10.0% slower), e on 3.12 (10.0% slower), …',
    );
    expect(outcome.outputs['memory-regressions']).toBe(1);
    expect(decideOutcome(report([row('m', { memory })]), FAIL).message).toBe('1 benchmark regressed: m on 3.12 (50.0% more peak memory)');
  });

  it('exits 1 when head broke some benchmarks but others were measured, 2 when nothing was measured', () => {
    const broken = row('boom', { verdict: 'failed', failedOn: 'head', error: 'ZeroDivisionError', ratio: undefined });
    expect(decideOutcome(report([row('ok', {}), broken]), FAIL)).toMatchObject({
      exitCode: 1,
      message: '1 benchmark failed: boom on 3.12: ZeroDivisionError',
      outputs: { verdict: 'error', failures: 1 },
    });
    expect(decideOutcome(report([broken]), FAIL)).toMatchObject({ exitCode: 2 });
    expect(decideOutcome(report([]), FAIL)).toMatchObject({ exitCode: 2, message: 'nothing could be measured' });
  });

  it('fails an interpreter upgrade that slows a benchmark only with fail-on-upgrade-regression', () => {
    const from = { label: '3.11', version: '3.11.7', implementation: 'CPython', path: '/p/3.11' };
    const to = { label: '3.12', version: '3.12.1', implementation: 'CPython', path: '/p/3.12' };
    const cross: InterpreterComparison[] = [
      { reason: 'upgrade', from, to, label: '3.11 → 3.12', rows: [row('v', { interpreter: '3.11 → 3.12', verdict: 'regression', ratio: 2 })] },
    ];
    const r = report([row('a', {})], cross);
    expect(decideOutcome(r, FAIL)).toMatchObject({ exitCode: 0 });
    expect(decideOutcome(r, { ...FAIL, failOnUpgradeRegression: true })).toMatchObject({
      exitCode: 1,
      message: 'the interpreter upgrade slows 1 benchmark: v (100.0% slower on 3.11 → 3.12) (fail-on-upgrade-regression)',
    });
  });
});

describe('outcomeOfRunError', () => {
  it('maps bad input and an unusable environment to exit 2 with verdict error', () => {
    expect(outcomeOfRunError(new ConfigError("input 'alpha'", '2', 'a rate'))).toEqual({
      exitCode: 2,
      message: `input 'alpha' is "2": expected a rate`,
      outputs: { verdict: 'error' },
    });
    expect(outcomeOfRunError(new EnvironmentError('no interpreter usable'))).toMatchObject({ exitCode: 2, outputs: { verdict: 'error' } });
  });
});
