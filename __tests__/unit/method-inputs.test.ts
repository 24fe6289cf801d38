import { parseConfig } from '../../src/config/parse-settings.js';

const SUITES = { suites: 'timeit: b.toml' };

describe('method, calibrate and the round limits', () => {
  it('defaults to paired, no calibration, no pair limits given (rounds for fallback units keep 1.0 limits)', () => {
    expect(parseConfig(SUITES)).toMatchObject({ method: 'paired', calibrate: false, minRounds: 10, maxRounds: 30, pairLimits: {} });
    expect(parseConfig({ ...SUITES, method: 'rounds' })).toMatchObject({ method: 'rounds', minRounds: 10, maxRounds: 30, pairLimits: {} });
  });

  it('under paired, min-rounds / max-rounds given count worker pairs; not given, the paired defaults apply', () => {
    expect(parseConfig({ ...SUITES, method: 'paired' }).pairLimits).toEqual({});
    expect(parseConfig({ ...SUITES, method: 'paired', 'min-rounds': '8', 'max-rounds': '12' })).toMatchObject({
      pairLimits: { minPairs: 8, maxPairs: 12 },
      minRounds: 8,
      maxRounds: 12,
    });
    // max-rounds 8 is below rounds' default minimum (10) but fine for pairs (6).
    expect(parseConfig({ ...SUITES, method: 'paired', 'max-rounds': '8' }).pairLimits).toEqual({ maxPairs: 8 });
    expect(parseConfig({ method: 'paired', calibrate: 'true' }, { suites: ['timeit: b.toml'] }).calibrate).toBe(true);
  });

  it('parallel: auto (null, one unit per CPU) by default, or a number of units', () => {
    expect(parseConfig(SUITES).parallel).toBeNull();
    expect(parseConfig({ ...SUITES, parallel: '1' }).parallel).toBe(1);
    expect(parseConfig({}, { suites: ['timeit: b.toml'], parallel: 3 }).parallel).toBe(3);
    for (const bad of ['0', 'two', '1.5', '-2', '999'])
      expect(() => parseConfig({ ...SUITES, parallel: bad })).toThrow(`input 'parallel' is "${bad}": expected 'auto' or a whole number of units from 1 to 256`);
  });

  it('names the input, quotes the value and says what was expected', () => {
    expect(() => parseConfig({ ...SUITES, method: 'duet' })).toThrow(`input 'method' is "duet": expected one of rounds, paired`);
    expect(() => parseConfig({ ...SUITES, calibrate: 'yes please' })).toThrow(`input 'calibrate' is "yes please": expected true or false`);
    expect(() => parseConfig({ ...SUITES, method: 'paired', 'max-rounds': '4' })).toThrow(
      `input 'max-rounds' is "4": expected a whole number of worker pairs from min-rounds (6) to 1000`,
    );
    expect(() => parseConfig({ ...SUITES, method: 'rounds', 'max-rounds': '8' })).toThrow(
      `input 'max-rounds' is "8": expected a whole number of rounds from min-rounds (10) to 1000`,
    );
    expect(() => parseConfig({ ...SUITES, method: 'paired', 'min-rounds': '1' })).toThrow(
      `input 'min-rounds' is "1": expected a whole number of worker pairs, at least 2`,
    );
  });
});
