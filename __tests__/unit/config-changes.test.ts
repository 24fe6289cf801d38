import { diffConfigTables, showTomlValue } from '../../src/config/config-changes.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { configChangesSection } from '../../src/report/markdown-config.js';
import { buildReport, reportToJson } from '../../src/report/json.js';
import { type ConfigChange } from '../../src/model/report.js';

describe('diffConfigTables', () => {
  it('lists each changed, added and removed key, sorted, and nothing unchanged', () => {
    const base = { threshold: '5%', suites: ['timeit: a.toml'], 'min-rounds': 10, memory: true };
    const head = { threshold: '900%', suites: ['timeit: a.toml'], 'min-rounds': 10, 'fail-on-regression': false };
    expect(diffConfigTables(base, head, new Set())).toEqual([
      { key: 'fail-on-regression', head: false, overridden: false },
      { key: 'memory', base: true, overridden: false },
      { key: 'threshold', base: '5%', head: '900%', overridden: false },
    ]);
  });

  it('a table added or removed as a whole lists every key', () => {
    expect(diffConfigTables(undefined, { threshold: '50%' }, new Set()).map((c) => c.key)).toEqual(['threshold']);
    expect(diffConfigTables({ alpha: 0.05 }, undefined, new Set())).toEqual([{ key: 'alpha', base: 0.05, overridden: false }]);
    expect(diffConfigTables(undefined, undefined, new Set())).toEqual([]);
  });

  it('tells a change the workflow overrides', () => {
    expect(diffConfigTables({ threshold: '5%' }, { threshold: '50%' }, new Set(['threshold']))).toEqual([{ key: 'threshold', base: '5%', head: '50%', overridden: true }]);
  });

  it('compares arrays and inline tables by value, not key order; 5 and "5" differ', () => {
    expect(diffConfigTables({ x: { a: 1, b: [1, 2] } }, { x: { b: [1, 2], a: 1 } }, new Set())).toEqual([]);
    expect(diffConfigTables({ x: [1, 2] }, { x: [2, 1] }, new Set())).toHaveLength(1);
    expect(diffConfigTables({ 'min-rounds': 5 }, { 'min-rounds': '5' }, new Set())).toHaveLength(1);
  });
});

describe('showing the changes', () => {
  it.each([
    ['5%', '"5%"'],
    [['3.12', '3.13'], '["3.12", "3.13"]'],
    [true, 'true'],
    [10, '10'],
    [undefined, '(unset)'],
  ])('%p as %p', (value, text) => expect(showTomlValue(value)).toBe(text));

  it('renders one escaped line per key, old → new', () => {
    const md = configChangesSection([
      { key: 'threshold', base: '5%', head: '900%', overridden: false },
      { key: 'install', head: 'curl x | sh <img src=x> @octocat `y`', overridden: false },
      { key: 'alpha', base: 0.05, head: 0.4, overridden: true },
    ]).join('\n');
    expect(md).toContain('This PR changes its own \\[tool.py-perf-guard\\] settings');
    expect(md).toContain('- threshold: &quot;5%&quot; → &quot;900%&quot;');
    expect(md).toContain('- install: *unset* → &quot;curl x &#124; sh &lt;img src=x&gt; @&#8203;octocat &#96;y&#96;&quot;');
    expect(md).toContain('- alpha: 0.05 → 0.4 (the workflow sets this input, so it has no effect here)');
    expect(md).not.toMatch(/<img|@octocat|`/);
    expect(configChangesSection([])).toEqual([]);
  });
});

describe('in the report', () => {
  const report = (configChanges?: ConfigChange[]) =>
    buildReport({
      base: { ref: 'main', sha: 'a'.repeat(40) },
      head: { ref: 'feature', sha: 'b'.repeat(40) },
      threshold: 9,
      alpha: 0.05,
      statistic: 'min',
      slowRounds: 'drop',
      minRounds: 10,
      maxRounds: 30,
      rounds: 10,
      stopReason: 'decided',
      elapsedSeconds: 10,
      interpreters: [{ label: '3.12', version: '3.12.1', implementation: 'CPython', path: '/py' }],
      rows: [{ suite: 's', name: 'n', interpreter: '3.12', verdict: 'unchanged', ratio: 1, ci: [0.99, 1.01], base: { median: 1, n: 10 }, head: { median: 1, n: 10 } }],
      configChanges,
    });

  it('puts the section right after the header, before the tables', () => {
    const md = renderMarkdown(report([{ key: 'threshold', base: '5%', head: '900%', overridden: false }]));
    const section = md.indexOf('This PR changes its own');
    expect(section).toBeGreaterThan(md.indexOf('(head)'));
    expect(section).toBeLessThan(md.indexOf('<details>'));
    expect(renderMarkdown(report())).not.toContain('This PR changes its own');
  });

  it('writes config_changes into the JSON, null for unset', () => {
    expect(reportToJson(report([{ key: 'memory', head: true, overridden: false }]))).toMatchObject({ config_changes: [{ key: 'memory', base: null, head: true, overridden: false }] });
    expect(reportToJson(report())).toMatchObject({ config_changes: [] });
  });
});
