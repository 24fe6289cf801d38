import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INPUTS, inputsMarkdownTable, OUTPUTS } from '../../src/config/inputs.js';
import { parseConfig, SETTING_NAMES, WORKFLOW_ONLY_NAMES } from '../../src/config/parse-settings.js';
import { REPO_ROOT } from '../helpers/git-repo.js';

const ROOT = REPO_ROOT;
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The keys of a top-level mapping of action.yml (`inputs:`/`outputs:`), with each key's `default:` if any. */
function actionSection(yaml: string, section: string): Map<string, string | undefined> {
  const body = new RegExp(`^${section}:\\n((?:[ #].*\\n|\\n)*)`, 'm').exec(yaml)?.[1] ?? '';
  const out = new Map<string, string | undefined>();
  let current = '';
  for (const line of body.split('\n')) {
    const key = /^ {2}([a-z][a-z-]*):\s*$/.exec(line);
    if (key) out.set((current = key[1]), undefined);
    const def = /^ {4}default:\s*(.*)$/.exec(line);
    if (def && current) out.set(current, def[1].trim());
  }
  return out;
}

describe('the table of inputs', () => {
  const yaml = read('action.yml');

  it("names exactly action.yml's inputs, and its defaults where action.yml states one", () => {
    const inputs = actionSection(yaml, 'inputs');
    expect([...inputs.keys()].sort()).toEqual(INPUTS.map((i) => i.name).sort());
    for (const [name, def] of inputs) if (def !== undefined) expect([name, def]).toEqual([name, INPUTS.find((i) => i.name === name)!.default]);
  });

  it("names exactly action.yml's outputs", () => {
    expect([...actionSection(yaml, 'outputs').keys()].sort()).toEqual(OUTPUTS.map((o) => o.name).sort());
  });

  it('gives parsing its defaults: empty inputs parse to the documented defaults', () => {
    const settings = parseConfig({ suites: 'timeit: b.toml' });
    expect(settings).toMatchObject({
      threshold: 0.05,
      alpha: 0.05,
      minRounds: 10,
      maxRounds: 30,
      timeBudgetSeconds: 1200,
      comment: 'always',
      statistic: 'min',
      profile: 'regressions',
      memoryThreshold: 0.1,
      slowRounds: 'drop',
      interpreters: ['auto'],
      cache: 'auto',
    });
    expect(SETTING_NAMES).not.toContain('github-token');
    expect(SETTING_NAMES).toHaveLength(INPUTS.filter((i) => i.pyproject).length);
    expect(WORKFLOW_ONLY_NAMES).toEqual(['pass-env', 'trust-pr-code', 'shard', 'mode', 'report-dir', 'cache']);
  });

  it('is what the README shows (npm run readme rewrites it)', () => {
    const readme = read('README.md');
    const start = readme.indexOf('<!-- inputs:start');
    const section = readme.slice(readme.indexOf('\n', start) + 1, readme.indexOf('<!-- inputs:end -->'));
    expect(start).toBeGreaterThan(0);
    expect(section.trimEnd()).toBe(inputsMarkdownTable());
  });
});
