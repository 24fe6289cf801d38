// An honest pass: the headline says "no regression found" only when every row was decided, the
// `inconclusive` output counts the open rows, and `fail-on-inconclusive` fails a run that is mostly open.
import { parseConfig } from '../../src/config/parse-settings.js';
import { decideOutcome } from '../../src/judge/outcome.js';
import { ConfigError } from '../../src/model/errors.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { outputValues } from '../../src/report/publish-values.js';
import { report, row } from '../helpers/report-fixture.js';

const SETTINGS = { failOnRegression: true, failOnUpgradeRegression: false };
const open = (n: number) => Array.from({ length: n }, (_, i) => row(`open_${i}`, 'inconclusive', { ratio: 1.02, ci: [0.9, 1.1] }));
const same = (n: number) => Array.from({ length: n }, (_, i) => row(`same_${i}`, 'unchanged', { ratio: 1, ci: [0.99, 1.01] }));

describe('the headline', () => {
  it('says "no regression found" with ✅ only when every row was decided', () => {
    expect(renderMarkdown(report(same(20)))).toMatch(/^✅ \*\*py-perf-guard: no regression found\*\* — 20 unchanged\n/);
  });

  it('says "no regression detected" with how many are open, and another mark, when rows are inconclusive', () => {
    const md = renderMarkdown(report([...open(9), ...same(11)]));
    expect(md).toMatch(/^❔ \*\*py-perf-guard: no regression detected · 9 of 20 inconclusive\*\* — 9 inconclusive · 11 unchanged\n/);
    expect(md).not.toContain('✅');
    expect(md).not.toContain('no regression found');
  });

  it('counts in words with plurals right', () => {
    const one = renderMarkdown(report([row('f', 'improvement', { ratio: 0.8 }), row('s', 'regression')]));
    expect(one).toContain('— 1 regression · 1 improvement\n');
    const two = renderMarkdown(report([row('f', 'improvement', { ratio: 0.8 }), row('g', 'improvement', { ratio: 0.8 }), ...same(2)]));
    expect(two).toContain('— 2 improvements · 2 unchanged\n');
  });
});

describe('the inconclusive output', () => {
  it('counts the open rows, beside the other counts', () => {
    const outcome = decideOutcome(report([...open(3), ...same(2)]), SETTINGS);
    expect(outcome.outputs.inconclusive).toBe(3);
    expect(outputValues(outcome.outputs, '/r.json')).toContainEqual(['inconclusive', 3]);
    expect(outputValues(undefined, '/r.json')).toContainEqual(['inconclusive', 0]);
  });
});

describe('fail-on-inconclusive', () => {
  it('is off unless given', () => {
    expect(parseConfig({ suites: 'timeit: b.toml' }).failOnInconclusive).toBeNull();
    expect(decideOutcome(report(open(20)), SETTINGS)).toMatchObject({ exitCode: 0 });
  });

  it.each([
    ['25%', 0.25],
    ['0.25', 0.25],
    ['0%', 0],
  ])('reads %p as a share of rows', (text, share) => {
    expect(parseConfig({ suites: 'timeit: b.toml', 'fail-on-inconclusive': text }).failOnInconclusive).toBe(share);
  });

  it.each(['100%', '25', 'true', 'lots', '-5%'])('refuses %p, naming the input and quoting the value', (text) => {
    const parse = () => parseConfig({ suites: 'timeit: b.toml', 'fail-on-inconclusive': text });
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow(`input 'fail-on-inconclusive' is ${JSON.stringify(text)}: expected a share of rows from 0% to below 100%`);
  });

  it('comes from [tool.py-perf-guard] too', () => {
    expect(parseConfig({ suites: 'timeit: b.toml' }, { 'fail-on-inconclusive': '10%' }).failOnInconclusive).toBe(0.1);
  });

  it('fails (exit 1) when more than the share is open, naming the rows; at or below it, passes', () => {
    const r = report([...open(9), ...same(11)]);
    const outcome = decideOutcome(r, { ...SETTINGS, failOnInconclusive: 0.25 });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.message).toMatch(
      /^9 of 20 rows inconclusive \(45%\), more than fail-on-inconclusive allows \(25%\): open_0 on 3\.12, .*, …; give them more rounds/,
    );
    expect(outcome.outputs).toMatchObject({ verdict: 'pass', inconclusive: 9 });
    expect(decideOutcome(r, { ...SETTINGS, failOnInconclusive: 0.45 }).exitCode).toBe(0);
    expect(decideOutcome(report(same(5)), { ...SETTINGS, failOnInconclusive: 0 }).exitCode).toBe(0);
    expect(decideOutcome(report([...open(1), ...same(99)]), { ...SETTINGS, failOnInconclusive: 0 }).exitCode).toBe(1);
  });

  it('leaves a regression its own message', () => {
    const r = report([row('slow', 'regression'), ...open(5)]);
    expect(decideOutcome(r, { ...SETTINGS, failOnInconclusive: 0 }).message).toMatch(/^1 benchmark regressed/);
  });
});
