// package.json is ready to publish: the tarball holds what a user runs and reads, nothing of the repository's
// development (sources, tests, fixtures, benches); the CLI starts as a bin; the Node versions npm enforces admit
// both the action's runtime (action.yml's runs.using) and the Node the tests run on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/git-repo.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const actionNode = Number(/^\s*using: node(\d+)\s*$/m.exec(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'))![1]);

/** The files `npm pack` would publish, as npm itself lists them. */
function packed(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
}

/** Whether a `>=A.B.C`-style engines range (the only form used here) admits a major version. */
function admits(range: string, major: number): boolean {
  const m = /^>=\s*(\d+)(?:\.\d+)*$/.exec(range.trim());
  if (!m) throw new Error(`engines.node ${JSON.stringify(range)}: expected the form >=N`);
  return major >= Number(m[1]);
}

describe('the npm package', () => {
  const files = packed();

  it('ships the bundles, action.yml and the documents, and nothing else', () => {
    const top = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    expect(top).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'action.yml', 'dist', 'package.json']);
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/cli/index.js', 'dist/licenses.txt']));
    expect(files.filter((f) => /\.(ts|map|py|test\.\w+)$/.test(f) || f.includes('node_modules'))).toEqual([]);
  });

  it('has a bin that is in the tarball and starts with a node shebang', () => {
    const bins = Object.values(pkg.bin as Record<string, string>);
    expect(Object.keys(pkg.bin)).toEqual(['py-perf-guard']);
    for (const bin of bins) {
      expect(files).toContain(bin);
      expect(readFileSync(join(REPO_ROOT, bin), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    }
  });

  it("admits the action's runtime and the Node the tests run on; types are for the action's Node", () => {
    expect(actionNode).toBe(24);
    expect(admits(pkg.engines.node, actionNode)).toBe(true);
    expect(admits(pkg.engines.node, Number(process.versions.node.split('.')[0]))).toBe(true);
    expect(pkg.devDependencies['@types/node']).toMatch(new RegExp(`^\\^?${actionNode}\\.`));
  });

  it('says where it comes from: license, repository, keywords', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the py-perf-guard authors\n/);
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/py-perf-guard\.git$/);
    expect(pkg.keywords).toEqual(expect.arrayContaining(['python', 'benchmark', 'github-action']));
  });
});
