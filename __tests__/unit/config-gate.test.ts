// Settings that guard the gate itself: bounds on memory-threshold, and trust-pr-code (workflow only).
import { parseConfig } from '../../src/config/parse-settings.js';

const SUITES = { suites: 'timeit: bench.toml' };

describe('memory-threshold has the bounds of threshold', () => {
  it.each([
    ['0%', `input 'memory-threshold' is "0%": expected a percentage above 0% and below 1000%`],
    ['1000%', `input 'memory-threshold' is "1000%": expected a percentage above 0% and below 1000%`],
    ['5000%', 'expected a percentage above 0% and below 1000%'],
    ['0', 'expected a percentage above 0% and below 1000%'],
    ['ten', `input 'memory-threshold' is "ten": expected a percentage such as 10% (or a fraction such as 0.1)`],
  ])('%p is refused', (value, message) => {
    expect(() => parseConfig({ ...SUITES, 'memory-threshold': value })).toThrow(message);
  });

  it('says where a pyproject value came from', () => {
    expect(() => parseConfig(SUITES, { 'memory-threshold': '0%' })).toThrow(`[tool.py-perf-guard] memory-threshold is "0%": expected a percentage above 0%`);
  });

  it.each([
    ['0.1%', 0.001],
    ['999%', 9.99],
    ['0.25', 0.25],
  ])('%p is accepted', (value, expected) => {
    expect(parseConfig({ ...SUITES, 'memory-threshold': value }).memoryThreshold).toBeCloseTo(expected);
  });

  it('threshold keeps its bounds', () => {
    expect(() => parseConfig({ ...SUITES, threshold: '1000%' })).toThrow(`input 'threshold' is "1000%": expected a percentage above 0% and below 1000%`);
  });
});

describe('trust-pr-code', () => {
  it('defaults to false and reads the workflow input', () => {
    expect(parseConfig(SUITES).trustPrCode).toBe(false);
    expect(parseConfig({ ...SUITES, 'trust-pr-code': 'true' }).trustPrCode).toBe(true);
    expect(() => parseConfig({ ...SUITES, 'trust-pr-code': 'yes' })).toThrow(`input 'trust-pr-code' is "yes": expected true or false`);
  });

  it('is never read from pyproject.toml: a PR must not trust itself', () => {
    expect(() => parseConfig(SUITES, { 'trust-pr-code': true })).toThrow(`[tool.py-perf-guard] key is "trust-pr-code": expected a key the PR may set`);
  });
});

describe('the CLI', () => {
  it('accepts --trust-pr-code like every input', async () => {
    const { parseCliArgs } = await import('../../src/config/cli-args.js');
    expect(parseCliArgs(['--trust-pr-code', 'true']).inputs['trust-pr-code']).toBe('true');
  });
});
