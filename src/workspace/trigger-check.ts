// Which commit runs under a trigger that holds a write token (pull_request_target, workflow_run). Pure.
// There the default checkout is the base branch, not the PR: comparing it with its parent would call the base
// branch's last commit "the PR's result". And running the PR's code there hands it the write token and the
// repository's secrets, so that needs the workflow owner's explicit `trust-pr-code: true`.

export interface TriggerFacts {
  eventName?: string;
  /** The webhook payload (GITHUB_EVENT_PATH). */
  event?: any;
  /** The commit about to be measured as head, and the parents written in its commit object. */
  headSha: string;
  headParents: readonly string[];
  /** Head came from input 'head' rather than the checkout. */
  headFromInput: boolean;
  trustPrCode: boolean;
}

export type TriggerDecision = { ok: true; warning?: string } | { ok: false; message: string };

/** Parents from `git cat-file commit <sha>`, which a shallow clone keeps even when the parents are missing. */
export function parseParents(commitObject: string): string[] {
  return [...commitObject.matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]);
}

const short = (sha: string | undefined) => (sha ? sha.slice(0, 12) : '(none)');
const RISK =
  'py-perf-guard would run it (install, build, benchmarks) in a job that holds a write token and the repository\'s secrets, ' +
  'so any PR, also from a fork, could push commits, poison caches or read those secrets';

function prCodeUnderTarget(pr: { number?: number }, what: string, trusted: boolean): TriggerDecision {
  const where = `on pull_request_target the checkout is PR #${pr.number ?? '?'}'s code (${what})`;
  if (trusted) return { ok: true, warning: `${where}; running it because trust-pr-code is true` };
  return {
    ok: false,
    message:
      `${where}, and ${RISK}: run on pull_request instead (a fork's PR then gets a read-only token and the result is advisory), ` +
      "or set input 'trust-pr-code' to true if only trusted people can open PRs here (README, Security)",
  };
}

function pullRequestTarget(f: TriggerFacts): TriggerDecision {
  const pr = f.event?.pull_request ?? {};
  const prHead: string | undefined = pr.head?.sha;
  if (!prHead) return { ok: false, message: 'on pull_request_target the event has no pull_request.head.sha: cannot tell whether the checkout is the PR' };
  if (f.headSha === prHead) return prCodeUnderTarget(pr, `its head ${short(prHead)}`, f.trustPrCode);
  if (f.headParents.length >= 2 && f.headParents[1] === prHead) return prCodeUnderTarget(pr, `GitHub's merge ${short(f.headSha)} of its head ${short(prHead)}`, f.trustPrCode);
  const which = f.headFromInput ? `input 'head' (${short(f.headSha)})` : `the checkout (${short(f.headSha)})`;
  return {
    ok: false,
    message:
      `on pull_request_target ${which} is neither PR #${pr.number ?? '?'}'s head ${short(prHead)} nor GitHub's merge of it ` +
      '(by default this trigger checks out the base branch, and its last commit would be reported as the PR\'s result): ' +
      'check out the PR with actions/checkout `ref: ${{ github.event.pull_request.head.sha }}` and set trust-pr-code (README, Security), or run on pull_request',
  };
}

function workflowRun(f: TriggerFacts): TriggerDecision {
  const run = f.event?.workflow_run ?? {};
  const expected: string | undefined = run.head_sha;
  if (!expected) return { ok: false, message: 'on workflow_run the event has no workflow_run.head_sha: cannot tell which commit the triggering run tested' };
  if (f.headSha !== expected) {
    const which = f.headFromInput ? `input 'head' (${short(f.headSha)})` : `the checkout (${short(f.headSha)})`;
    return {
      ok: false,
      message: `on workflow_run ${which} is not the commit the triggering run tested (workflow_run.head_sha ${short(expected)}): check out actions/checkout \`ref: \${{ github.event.workflow_run.head_sha }}\``,
    };
  }
  // A fork's commit under workflow_run runs with this repository's write token, like pull_request_target.
  const from: string | undefined = run.head_repository?.full_name;
  const self: string | undefined = f.event?.repository?.full_name;
  if (from && self && from !== self && !f.trustPrCode) {
    return { ok: false, message: `on workflow_run the checkout ${short(f.headSha)} comes from the fork ${from}, and ${RISK}: measure on pull_request and only publish here, or set input 'trust-pr-code' to true (README, Security)` };
  }
  return from && self && from !== self ? { ok: true, warning: `on workflow_run running ${from}'s commit ${short(f.headSha)} because trust-pr-code is true` } : { ok: true };
}

export function decideTrigger(f: TriggerFacts): TriggerDecision {
  if (f.eventName === 'pull_request_target') return pullRequestTarget(f);
  if (f.eventName === 'workflow_run') return workflowRun(f);
  return { ok: true };
}
