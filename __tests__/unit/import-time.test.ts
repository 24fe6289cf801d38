import { parseConfig } from '../../src/config/parse-settings.js';
import { importGrowth, parseImportTime } from '../../src/suites/import-time/import-time.js';

describe('import time', () => {
  it('reads python -X importtime output', () => {
    const stderr = [
      'import time: self [us] | cumulative | imported package',
      'import time:       120 |        120 |   _io',
      'import time:      1500 |      20500 |     heavy',
      'import time:       300 |      21000 | mypkg',
      'some other line',
    ].join('\n');
    expect([...parseImportTime(stderr)]).toEqual([['_io', expect.closeTo(120e-6, 12)], ['heavy', expect.closeTo(20500e-6, 12)], ['mypkg', expect.closeTo(21000e-6, 12)]]);
  });

  it('names the submodules whose cumulative import time grew most, new imports counting from zero', () => {
    const base = new Map([['mypkg', [0.001, 0.001]], ['json', [0.002, 0.002]]]);
    const head = new Map([['mypkg', [0.03, 0.03]], ['json', [0.002, 0.0021]], ['heavy', [0.025, 0.026]]]);
    // medians over rounds as stats/ defines them: two rounds → their mean
    expect(importGrowth(base, head, 'mypkg')).toEqual([{ module: 'heavy', base: 0, head: expect.closeTo(0.0255, 12) }, { module: 'json', base: 0.002, head: expect.closeTo(0.00205, 12) }]);
  });

  it('turns the import-time input into a suite, with or without other suites', () => {
    expect(parseConfig({ 'import-time': 'mypkg, mypkg.cli' }).suites).toEqual([{ kind: 'import-time', path: 'import-time', args: ['mypkg', 'mypkg.cli'] }]);
    expect(parseConfig({ suites: 'timeit: a.toml' }, { 'import-time': ['mypkg'] }).suites.map((s) => s.kind)).toEqual(['timeit', 'import-time']);
    expect(() => parseConfig({ 'import-time': 'my-pkg' })).toThrow(`input 'import-time' is "my-pkg": expected importable module names such as mypkg, mypkg.cli`);
  });
});
