// The README's first screen: the workflow a user copies is valid YAML with what a well-run job needs
// (permissions, concurrency, a timeout, the report kept with `if: always()`), names only real inputs and
// outputs, and the pictures, LICENSE and CHANGELOG it links exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS } from '../../src/config/inputs.js';
import { REPO_ROOT } from '../helpers/git-repo.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const firstYaml = /```yaml\n([\s\S]*?)```/.exec(readme)![1];
const workflow = parse(firstYaml);
const steps: { uses?: string; id?: string; if?: string; with?: Record<string, string> }[] = Object.values(workflow.jobs as Record<string, any>)[0].steps;

describe("README's first workflow", () => {
  it('comes before every other section but the introduction', () => {
    expect(readme.indexOf(firstYaml)).toBeLessThan(readme.indexOf('\n## ', readme.indexOf('## Use it') + 1));
  });

  it('runs on pull_request with the least permissions, one run per PR at a time, and a timeout', () => {
    expect(workflow.on).toBe('pull_request');
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(workflow.concurrency).toEqual({ group: expect.stringContaining('github.event.pull_request.number'), 'cancel-in-progress': true });
    const job = Object.values(workflow.jobs as Record<string, any>)[0];
    expect(job['timeout-minutes']).toBeGreaterThan(20); // above the default time-budget, which the action keeps itself
  });

  it('uses the action at @v1 with real inputs, and keeps its report whatever the verdict', () => {
    const guard = steps.find((s) => s.uses?.endsWith('/py-perf-guard@v1'))!;
    expect(guard.id).toBeDefined();
    const names = new Set<string>(INPUTS.map((i) => i.name));
    for (const key of Object.keys(guard.with ?? {})) expect([key, names.has(key)]).toEqual([key, true]);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.if).toBe('always()');
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(guard));
    const used = [...String(upload.with?.path).matchAll(new RegExp(`steps\\.${guard.id}\\.outputs\\.([a-z-]+)`, 'g'))].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const output of used) expect(OUTPUTS.map((o) => o.name)).toContain(output);
  });

  it('says which runners work (Windows exits 2) and how long a run takes', () => {
    const intro = readme.slice(0, readme.indexOf('### A matrix of jobs'));
    expect(intro).toMatch(/\*\*Runners:\*\* Linux and macOS/);
    expect(intro).toMatch(/Windows the action exits\s+2/);
    expect(intro).toMatch(/\*\*How long:\*\* about \d+ minutes/);
  });
});

describe("README's links", () => {
  it('shows pictures and links documents that exist', () => {
    const targets = [...readme.matchAll(/(?:src="|\]\()((?:docs\/|LICENSE|CHANGELOG)[^")#]*)/g)].map((m) => m[1]);
    expect(targets).toEqual(expect.arrayContaining(['docs/comment.png', 'docs/terminal.png', 'LICENSE', 'CHANGELOG.md']));
    for (const t of targets) expect([t, existsSync(join(REPO_ROOT, t))]).toEqual([t, true]);
  });

  it('runs the CLI from a clone, and promises npx only for once it is published', () => {
    expect(readme).toContain('node ~/py-perf-guard/dist/cli/index.js');
    for (const line of readme.split('\n').filter((l) => l.includes('npx py-perf-guard'))) expect(line).toMatch(/once it is published/i);
  });
});
