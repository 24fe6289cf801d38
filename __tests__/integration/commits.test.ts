// Base/head selection on real repositories, including shallow clones made the way actions/checkout makes them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveCommits } from '../../src/workspace/commits.js';
import { Git } from '../../src/workspace/git.js';
import { runProcess } from '../../src/io/process.js';
import { git, removeDir, tempDir } from '../helpers/git-repo.js';
import { EnvironmentError } from '../../src/model/errors.js';

let root: string;
let origin: string;
const sha: Record<string, string> = {};

function commit(dir: string, name: string): string {
  writeFileSync(join(dir, `${name}.txt`), name);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', name);
  return git(dir, 'rev-parse', 'HEAD');
}

beforeAll(() => {
  // main: c1 - c2 - c3 ; feature (the PR): c1 - f1 - f2 ; refs/pull/1/merge = merge of f2 into c3
  root = tempDir();
  origin = join(root, 'origin');
  git(root, 'init', '-q', '-b', 'main', origin);
  sha.c1 = commit(origin, 'c1');
  git(origin, 'checkout', '-q', '-b', 'feature');
  sha.f1 = commit(origin, 'f1');
  sha.f2 = commit(origin, 'f2');
  git(origin, 'checkout', '-q', 'main');
  sha.c2 = commit(origin, 'c2');
  sha.c3 = commit(origin, 'c3');
  git(origin, 'checkout', '-q', '-b', 'merge-tmp');
  git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge f2 into c3', 'feature');
  sha.merge = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'update-ref', 'refs/pull/1/merge', sha.merge);
  git(origin, 'checkout', '-q', 'main');
  git(origin, 'branch', '-q', '-D', 'merge-tmp');
});
afterAll(() => removeDir(root));

/** A depth-1 checkout of one ref, as actions/checkout does by default. */
function shallowCheckout(name: string, ref: string): Git {
  const dir = join(root, name);
  git(root, 'init', '-q', dir);
  git(dir, 'remote', 'add', 'origin', `file://${origin}`);
  git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', ref);
  git(dir, 'checkout', '-q', '--detach', 'FETCH_HEAD');
  return new Git(runProcess, dir, process.env);
}

const prEvent = { pull_request: { base: { sha: '', ref: 'main' }, head: { sha: '', ref: 'feature' } } };
function event() {
  return { pull_request: { base: { sha: sha.c3, ref: 'main' }, head: { sha: sha.f2, ref: 'feature' } } };
}

describe('resolveCommits', () => {
  it("on GitHub's merge checkout compares the merge with its first parent, fetching it into a depth-1 clone", async () => {
    const g = shallowCheckout('merge-checkout', 'refs/pull/1/merge');
    expect(await g.resolveCommit(sha.c3)).toBeNull();
    const r = await resolveCommits(g, { base: null, head: null, event: event() });
    expect(r.head).toEqual({ ref: 'feature', sha: sha.merge });
    expect(r.base).toEqual({ ref: 'main', sha: sha.c3 });
  });

  it('on a PR-head checkout compares with the merge-base, deepening the shallow clone until histories meet', async () => {
    const g = shallowCheckout('head-checkout', sha.f2);
    const r = await resolveCommits(g, { base: null, head: null, event: event() });
    expect(r.head.sha).toBe(sha.f2);
    expect(r.base.sha).toBe(sha.c1); // not c3: commits that landed on main meanwhile don't count against the PR
  });

  it('outside a PR compares head with its first parent', async () => {
    const g = shallowCheckout('push-checkout', 'main');
    const r = await resolveCommits(g, { base: null, head: null });
    expect(r.head.sha).toBe(sha.c3);
    expect(r.base.sha).toBe(sha.c2);
  });

  it('takes base and head from inputs, fetching branch names', async () => {
    const g = shallowCheckout('inputs-checkout', 'main');
    const r = await resolveCommits(g, { base: 'feature', head: sha.c3, event: prEvent });
    expect(r.base).toEqual({ ref: 'feature', sha: sha.f2 });
    expect(r.head.sha).toBe(sha.c3);
  });

  it('says which input names an unknown commit', async () => {
    const g = shallowCheckout('bad-checkout', 'main');
    const attempt = resolveCommits(g, { base: 'no-such-branch', head: null });
    await expect(attempt).rejects.toThrow(EnvironmentError);
    await expect(resolveCommits(g, { base: 'no-such-branch', head: null })).rejects.toThrow(`input 'base' is "no-such-branch": expected a commit, branch or tag`);
  });

  it('refuses a root commit without a base', async () => {
    const g = new Git(runProcess, origin, process.env);
    await expect(resolveCommits(g, { base: null, head: sha.c1 })).rejects.toThrow("has no parent to compare with: set input 'base'");
  });
});
