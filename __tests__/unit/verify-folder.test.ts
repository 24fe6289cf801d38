// A report folder's claims against the comment job's own event and the API: what is proven, what is refused.
import { folderEventJson, forkTokenIsReadOnly, isForkPullRequest, readFolderEvent } from '../../src/report/folder-event.js';
import { folderMismatch, pullMismatch, trustedRun, type TrustedRun } from '../../src/report/verify-folder.js';

const HEAD = 'b'.repeat(40);
const BASE = 'a'.repeat(40);
const MERGE = 'c'.repeat(40);
const prEvent = {
  number: 7,
  pull_request: { number: 7, base: { sha: BASE, repo: { full_name: 'octo/calc' } }, head: { sha: HEAD, repo: { full_name: 'mallory/calc' } } },
};
const env = { GITHUB_REPOSITORY: 'octo/calc', GITHUB_EVENT_NAME: 'pull_request' };
const folder = () =>
  readFolderEvent(JSON.parse(JSON.stringify(folderEventJson(prEvent, env, { base: { ref: 'main', sha: BASE }, head: { ref: 'merge', sha: MERGE } }))));
const run: TrustedRun = { headSha: HEAD, headRepository: 'mallory/calc', prNumbers: [] };

describe('event.json', () => {
  it("records the PR, its head (not GitHub's merge, which is kept apart), and both repositories", () => {
    expect(folder()).toEqual({
      prNumber: 7,
      baseSha: BASE,
      headSha: HEAD,
      mergeSha: MERGE,
      repository: 'octo/calc',
      headRepository: 'mallory/calc',
      eventName: 'pull_request',
    });
  });

  it.each([
    [{ pr_number: '7' }, /'pr_number' must be a PR number or null/],
    [{ head_sha: 'HEAD' }, /'head_sha' must be a commit sha/],
    [{ repository: 'octo/calc/../x' }, /'repository' must be owner\/name/],
    [{ schema: 3 }, /'schema' must be 1/],
  ])('refuses %p', (edit, message) => {
    const j = { ...(folderEventJson(prEvent, env, { base: { ref: '', sha: BASE }, head: { ref: '', sha: HEAD } }) as object), ...edit };
    expect(() => readFolderEvent(j)).toThrow(message);
  });

  it('tells a fork PR from a PR of the repository itself', () => {
    expect(isForkPullRequest(prEvent)).toBe(true);
    expect(isForkPullRequest({ pull_request: { ...prEvent.pull_request, head: { sha: HEAD, repo: { full_name: 'Octo/Calc' } } } })).toBe(false);
    expect(isForkPullRequest({})).toBe(false);
    // pull_request_target's token can write, also for a fork's PR
    expect(forkTokenIsReadOnly('pull_request', prEvent)).toBe(true);
    expect(forkTokenIsReadOnly('pull_request_target', prEvent)).toBe(false);
  });
});

describe('the cross-check', () => {
  it('reads the trusted run from workflow_run, with its PR numbers when GitHub gives them', () => {
    const event = { workflow_run: { head_sha: HEAD, head_repository: { full_name: 'octo/calc' }, pull_requests: [{ number: 7 }] } };
    expect(trustedRun('workflow_run', event)).toEqual({ headSha: HEAD, headRepository: 'octo/calc', prNumbers: [7] });
    expect(trustedRun('push', {})).toMatch(/run it on workflow_run/);
  });

  it('accepts a folder whose claims match, measured on the merge', () => {
    expect(folderMismatch(folder(), MERGE, 'octo/calc', run)).toBeUndefined();
    expect(pullMismatch({ number: 7, headSha: HEAD, headRepository: 'mallory/calc', baseRepository: 'octo/calc' }, 'octo/calc', run)).toBeUndefined();
  });

  it.each([
    ['another repository', 'elsewhere/calc', run, MERGE, /names the repository octo\/calc, but this run is in elsewhere\/calc/],
    ['another head', 'octo/calc', { ...run, headSha: 'd'.repeat(40) }, MERGE, /names head bbbbbbbbbbbb, but the triggering run tested dddddddddddd/],
    [
      'another head repository',
      'octo/calc',
      { ...run, headRepository: 'eve/calc' },
      MERGE,
      /head repository mallory\/calc, but the triggering run came from eve\/calc/,
    ],
    ['a report of another commit', 'octo/calc', run, 'e'.repeat(40), /report\.json measured head eeeeeeeeeeee/],
    ['another PR than the event names', 'octo/calc', { ...run, prNumbers: [8] }, MERGE, /names PR #7, but the triggering run was for PR #8/],
  ])('refuses a folder claiming %s', (_what, repository, trusted, measured, message) => {
    expect(folderMismatch(folder(), measured, repository, trusted)).toMatch(message);
  });

  it("refuses a PR whose head is not the run's, or comes from another repository", () => {
    const pull = { number: 7, headSha: HEAD, headRepository: 'mallory/calc', baseRepository: 'octo/calc' };
    expect(pullMismatch({ ...pull, headSha: 'f'.repeat(40) }, 'octo/calc', run)).toMatch(
      /PR #7's head is ffffffffffff, but the triggering run tested bbbbbbbbbbbb/,
    );
    expect(pullMismatch({ ...pull, headRepository: 'eve/calc' }, 'octo/calc', run)).toMatch(/comes from eve\/calc/);
    expect(pullMismatch({ ...pull, baseRepository: 'other/calc' }, 'octo/calc', run)).toMatch(/belongs to other\/calc/);
  });
});
