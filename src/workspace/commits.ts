// Chooses the base and head commits to compare, fetching what a shallow checkout lacks.
// PR merge checkout (GitHub's default): head = the merge, base = its first parent (what the PR changes).
// PR head checkout: base = merge-base(pull_request.base.sha, head), so newer base-branch commits don't count.
// Outside a PR: head = the checkout, base = its first parent. Inputs base/head override.
import { type Git } from './git.js';
import { type CommitInfo } from '../model/commit.js';
import { EnvironmentError } from '../model/errors.js';

export interface CommitRequest {
  /** Inputs base/head as given, or null. */
  base: string | null;
  head: string | null;
  /** The webhook payload (GITHUB_EVENT_PATH). */
  event?: { pull_request?: { base?: { sha?: string; ref?: string }; head?: { sha?: string; ref?: string } } };
}

export interface ResolvedCommits {
  base: CommitInfo;
  head: CommitInfo;
  /** How base was chosen, for the log. */
  how: string;
}

const DEEPEN_STEPS = [50, 250, 1000];

async function fetchFromOrigin(git: Git, refs: string[], depth?: number): Promise<boolean> {
  if (!(await git.hasRemote('origin'))) return false;
  const shallow = await git.isShallow();
  const depthArgs = shallow ? [`--depth=${depth ?? 1}`] : [];
  return (await git.fetch([...depthArgs, 'origin', ...refs])) !== null;
}

/** The sha of a commit-ish, fetching it from origin if the checkout lacks it. */
async function ensureCommit(git: Git, ref: string, what: string): Promise<string> {
  const local = await git.resolveCommit(ref);
  if (local) return local;
  if (await fetchFromOrigin(git, [ref])) {
    for (const candidate of [ref, `origin/${ref}`, 'FETCH_HEAD']) {
      const sha = await git.resolveCommit(candidate);
      if (sha) return sha;
    }
  }
  throw new EnvironmentError(`${what} is ${JSON.stringify(ref)}: expected a commit, branch or tag of this repository (not found, and not fetchable from origin)`);
}

/** First parent from the commit object itself, which a shallow clone keeps even when the parent is missing. */
async function firstParent(git: Git, sha: string): Promise<string> {
  const object = await git.exec(['cat-file', 'commit', sha]);
  const parent = /^parent ([0-9a-f]{40,64})$/m.exec(object)?.[1];
  if (!parent) throw new EnvironmentError(`head commit ${sha.slice(0, 12)} has no parent to compare with: set input 'base'`);
  return ensureCommit(git, parent, `first parent of ${sha.slice(0, 12)}`);
}

/** merge-base, deepening a shallow clone step by step until the histories meet. */
async function mergeBaseDeepening(git: Git, a: string, b: string): Promise<string> {
  let found = await git.mergeBase(a, b);
  for (const depth of DEEPEN_STEPS) {
    if (found || !(await git.isShallow())) break;
    await fetchFromOrigin(git, [a, b], depth);
    found = await git.mergeBase(a, b);
  }
  if (!found && (await git.isShallow())) {
    await git.fetch(['--unshallow', 'origin']);
    found = await git.mergeBase(a, b);
  }
  if (!found) throw new EnvironmentError(`no merge base between ${a.slice(0, 12)} and ${b.slice(0, 12)}: set input 'base'`);
  return found;
}

export async function resolveCommits(git: Git, request: CommitRequest): Promise<ResolvedCommits> {
  const headRef = request.head ?? 'HEAD';
  const headSha = await ensureCommit(git, headRef, request.head ? "input 'head'" : 'the checked-out commit');
  const pr = request.event?.pull_request;
  const headName = request.head ?? pr?.head?.ref ?? 'HEAD';
  const head: CommitInfo = { ref: headName, sha: headSha };

  if (request.base) {
    return { head, base: { ref: request.base, sha: await ensureCommit(git, request.base, "input 'base'") }, how: "input 'base'" };
  }
  if (pr?.base?.sha && !request.head) {
    const baseRef = pr.base.ref ?? pr.base.sha;
    if (pr.head?.sha === headSha) {
      const prBase = await ensureCommit(git, pr.base.sha, 'pull_request.base.sha');
      return { head, base: { ref: baseRef, sha: await mergeBaseDeepening(git, prBase, headSha) }, how: 'merge-base of the PR head and its base branch' };
    }
    return { head, base: { ref: baseRef, sha: await firstParent(git, headSha) }, how: "first parent of GitHub's merge commit" };
  }
  return { head, base: { ref: `${headName}^`, sha: await firstParent(git, headSha) }, how: 'first parent of head' };
}
