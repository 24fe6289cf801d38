// The release and self-test workflows: parsed as GitHub would read them, with the steps that make a release
// pinnable (dist checked, tests run, v1 moved only on a v1.x.y tag) and the self-test running this checkout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUTS } from '../../src/config/inputs.js';
import { REPO_ROOT } from '../helpers/git-repo.js';

type Step = { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; id?: string };
type Job = { needs?: string | string[]; permissions?: Record<string, string>; steps: Step[]; 'timeout-minutes'?: number };
type Workflow = { on: Record<string, any>; permissions?: Record<string, string>; concurrency?: unknown; jobs: Record<string, Job> };

const workflow = (name: string): Workflow => parse(readFileSync(join(REPO_ROOT, '.github', 'workflows', name), 'utf8'));
const allSteps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');

/** GitHub's filter pattern syntax (`*`, `**`, `?`, `+`, `[…]`) as a regular expression over the whole name. */
function filterPattern(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      re += pattern.slice(i, end + 1);
      i = end;
    } else if (c === '+' || c === '?') re += c;
    else re += c.replace(/[.\\^$|(){}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
const tagMatches = (patterns: string[], tag: string) => patterns.some((p) => filterPattern(p).test(tag));

const RELEASES = ['v1.0.0', 'v1.2.3', 'v1.10.0', 'v1.0.12'];
const NOT_RELEASES = ['v1', 'v1.2', 'v2.0.0', 'v10.0.0', 'v1.2.3-rc.1', 'v1.2.3.4', '1.2.3', 'v1.x.y'];

describe('release.yml', () => {
  const w = workflow('release.yml');
  const check = w.jobs.check;
  const release = Object.values(w.jobs).find((j) => /git tag -f v1\b/.test(runs(j)))!;

  it('runs on v1.x.y tags only, and nothing else', () => {
    expect(Object.keys(w.on)).toEqual(['push']);
    expect(w.on.push.branches).toBeUndefined();
    const tags: string[] = w.on.push.tags;
    for (const t of RELEASES) expect([t, tagMatches(tags, t)]).toEqual([t, true]);
    for (const t of NOT_RELEASES) expect([t, tagMatches(tags, t)]).toEqual([t, false]);
  });

  it('refuses in the job too a tag that is not v1.x.y (the same regular expression bash uses)', () => {
    const guard = /=~ (\^\S+\$) \]\]/.exec(runs(check))?.[1];
    expect(guard).toBeDefined();
    const re = new RegExp(guard!);
    for (const t of RELEASES) expect(re.test(t)).toBe(true);
    for (const t of NOT_RELEASES) expect(re.test(t)).toBe(false);
  });

  it('checks dist/ against a fresh build, then runs the whole suite as CI does', () => {
    const script = runs(check);
    const build = script.indexOf('npm run build');
    expect(build).toBeGreaterThan(script.indexOf('npm ci'));
    expect(script.slice(build)).toMatch(/git diff --exit-code\b.*-- dist/);
    expect(script.slice(build)).toMatch(/git ls-files --others --exclude-standard -- dist/);
    expect(script).toContain('bash .ci/run');
    const node = check.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(String(node?.with?.['node-version'])).toBe(/using: node(\d+)/.exec(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'))![1]);
  });

  it('installs the interpreters the tests look up (CPython 3.10–3.13 at their exact versions), PyPy and valgrind', () => {
    const helper = readFileSync(join(REPO_ROOT, '__tests__', 'helpers', 'python.ts'), 'utf8');
    const known = [...helper.matchAll(/'3\.1\d': '(3\.1\d\.\d+)'/g)].map((m) => m[1]);
    expect(known.length).toBe(4);
    const python = check.steps.find((s) => s.uses?.startsWith('actions/setup-python@'));
    const installed = String(python?.with?.['python-version']).split('\n').filter(Boolean);
    expect(installed.sort()).toEqual(known.sort());
    for (const v of known) expect(runs(check)).toContain(v);
    expect(runs(check)).toMatch(/PYENV_ROOT=.*>> "\$GITHUB_ENV"/);
    expect(runs(check)).toMatch(/apt-get install .*pypy3 .*pypy3-venv .*valgrind/);
  });

  it('moves v1 only after the checks passed, with the one write permission it needs', () => {
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(release).not.toBe(check);
    expect(([] as string[]).concat(release.needs ?? [])).toContain('check');
    expect(release.permissions).toEqual({ contents: 'write' });
    expect(runs(release)).toMatch(/git tag -f v1 "\$GITHUB_SHA"\n\s*git push -f origin v1/);
    expect(check.permissions).toBeUndefined();
    expect(runs(check)).not.toMatch(/git (tag|push)/);
  });
});

describe('self-test.yml', () => {
  const w = workflow('self-test.yml');
  const steps = allSteps(w);
  const action = steps.find((s) => s.uses === './');

  it('runs on pull requests and pushes, with concurrency and a timeout', () => {
    expect(Object.keys(w.on).sort()).toEqual(['pull_request', 'push']);
    expect(w.concurrency).toBeDefined();
    for (const job of Object.values(w.jobs)) expect(job['timeout-minutes']).toBeGreaterThan(0);
  });

  it("runs this checkout's action (uses: ./) on the demo repository that make-demo-repo.sh builds", () => {
    expect(action).toBeDefined();
    const build = steps.find((s) => s.run?.includes('fixtures/demo/make-demo-repo.sh'));
    expect(build!.run).toContain(`$GITHUB_WORKSPACE/${action!.with!['working-directory']}`);
    expect(steps.indexOf(build!)).toBeLessThan(steps.indexOf(action!));
    expect(action!.with).toMatchObject({ base: 'HEAD^', head: 'HEAD' });
    const names = new Set<string>(INPUTS.map((i) => i.name));
    for (const key of Object.keys(action!.with!)) expect([key, names.has(key)]).toEqual([key, true]);
  });

  it("checks the demo's verdict from the action's outputs, and keeps the report whatever happened", () => {
    const verify = steps.find((s) => s.run?.includes('test "$VERDICT" = regression'));
    expect(JSON.stringify(verify)).toContain(`steps.${action!.id}.outputs.verdict`);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe('always()');
    expect(String(upload?.with?.path)).toContain(`steps.${action!.id}.outputs.report-json`);
  });
});

describe('.ci/release-notes.mjs', () => {
  const notes = (version: string, root: string) => spawnSync('node', [join(REPO_ROOT, '.ci', 'release-notes.mjs'), version, root], { encoding: 'utf8' });
  const project = (version: string, changelog: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'ppg-notes-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version }));
    writeFileSync(join(dir, 'CHANGELOG.md'), changelog);
    return dir;
  };
  const CHANGELOG = '# Changelog\n\n## [Unreleased]\n\n- next\n\n## [1.1.0] - 2026-12-02\n\n### Added\n\n- shards\n\n## [1.0.0] - 2026-11-25\n\n- first\n';

  it("prints the version's section, without the others", () => {
    const r = notes('1.1.0', project('1.1.0', CHANGELOG));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('### Added\n\n- shards\n');
  });

  it('refuses a tag that package.json or the changelog does not name', () => {
    const bump = notes('1.2.0', project('1.1.0', CHANGELOG));
    expect([bump.status, bump.stderr]).toEqual([1, expect.stringContaining('package.json says version 1.1.0')]);
    const missing = notes('1.2.0', project('1.2.0', CHANGELOG));
    expect([missing.status, missing.stderr]).toEqual([1, expect.stringContaining('no "## [1.2.0] - <date>" section')]);
  });

  it("passes for this repository's own version", () => {
    const version = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version;
    expect(notes(version, REPO_ROOT).status).toBe(0);
  });
});
