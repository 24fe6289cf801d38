import { decideTrigger, parseParents, type TriggerFacts } from '../../src/workspace/trigger-check.js';

const BASE = 'b'.repeat(40);
const PR_HEAD = 'c'.repeat(40);
const MERGE = 'd'.repeat(40);
const event = { pull_request: { number: 7, head: { sha: PR_HEAD }, base: { sha: BASE } } };
const facts = (over: Partial<TriggerFacts>): TriggerFacts => ({ eventName: 'pull_request_target', event, headSha: BASE, headParents: ['a'.repeat(40)], headFromInput: false, trustPrCode: false, ...over });

describe('parseParents', () => {
  it('reads every parent line of a commit object, also when the parents are not in a shallow clone', () => {
    const object = `tree ${'e'.repeat(40)}\nparent ${BASE}\nparent ${PR_HEAD}\nauthor t <t@x> 1 +0000\n\nparent ${MERGE} in the message\n`;
    expect(parseParents(object)).toEqual([BASE, PR_HEAD]);
    expect(parseParents(`tree ${'e'.repeat(40)}\nauthor t\n\nroot`)).toEqual([]);
  });
});

describe('decideTrigger on pull_request_target', () => {
  it('refuses the default checkout (the base branch) and says what to check out', () => {
    const d = decideTrigger(facts({}));
    expect(d.ok).toBe(false);
    expect(!d.ok && d.message).toContain(`the checkout (${BASE.slice(0, 12)}) is neither PR #7's head ${PR_HEAD.slice(0, 12)} nor GitHub's merge of it`);
    expect(!d.ok && d.message).toContain('actions/checkout `ref: ${{ github.event.pull_request.head.sha }}`');
  });

  it("refuses a merge whose second parent is not the PR's head", () => {
    expect(decideTrigger(facts({ headSha: MERGE, headParents: [BASE, 'f'.repeat(40)] })).ok).toBe(false);
  });

  it.each([
    ['the PR head', { headSha: PR_HEAD, headParents: [BASE] }, `its head ${PR_HEAD.slice(0, 12)}`],
    ["GitHub's merge", { headSha: MERGE, headParents: [BASE, PR_HEAD] }, `GitHub's merge ${MERGE.slice(0, 12)} of its head`],
  ])('refuses %s without trust-pr-code, explaining the risk', (_, over, what) => {
    const d = decideTrigger(facts(over));
    expect(d.ok).toBe(false);
    expect(!d.ok && d.message).toContain(`the checkout is PR #7's code (${what}`);
    expect(!d.ok && d.message).toMatch(/write token and the repository's secrets.*run on pull_request instead.*input 'trust-pr-code'/);
  });

  it('runs the PR head or merge with trust-pr-code, with a warning', () => {
    for (const over of [{ headSha: PR_HEAD }, { headSha: MERGE, headParents: [BASE, PR_HEAD] }]) {
      const d = decideTrigger(facts({ ...over, trustPrCode: true }));
      expect(d).toEqual({ ok: true, warning: expect.stringContaining('because trust-pr-code is true') });
    }
  });

  it('trust does not make the base branch the PR', () => {
    expect(decideTrigger(facts({ trustPrCode: true })).ok).toBe(false);
  });

  it("names input 'head' when head came from it", () => {
    const d = decideTrigger(facts({ headFromInput: true }));
    expect(!d.ok && d.message).toContain(`input 'head' (${BASE.slice(0, 12)})`);
  });

  it('refuses an event without pull_request.head.sha', () => {
    expect(decideTrigger(facts({ event: {} })).ok).toBe(false);
  });
});

describe('decideTrigger on workflow_run', () => {
  const run = (over: object = {}) => ({ workflow_run: { head_sha: PR_HEAD, head_repository: { full_name: 'octo/calc' }, ...over }, repository: { full_name: 'octo/calc' } });

  it('requires the checkout to equal workflow_run.head_sha', () => {
    const d = decideTrigger(facts({ eventName: 'workflow_run', event: run(), headSha: BASE }));
    expect(!d.ok && d.message).toContain(`workflow_run.head_sha ${PR_HEAD.slice(0, 12)}`);
    expect(!d.ok && d.message).toContain('`ref: ${{ github.event.workflow_run.head_sha }}`');
    expect(decideTrigger(facts({ eventName: 'workflow_run', event: run(), headSha: PR_HEAD }))).toEqual({ ok: true });
  });

  it("a fork's commit needs trust-pr-code", () => {
    const fork = run({ head_repository: { full_name: 'mallory/calc' } });
    const d = decideTrigger(facts({ eventName: 'workflow_run', event: fork, headSha: PR_HEAD }));
    expect(!d.ok && d.message).toContain('comes from the fork mallory/calc');
    expect(decideTrigger(facts({ eventName: 'workflow_run', event: fork, headSha: PR_HEAD, trustPrCode: true })).ok).toBe(true);
  });
});

describe('decideTrigger elsewhere', () => {
  it.each(['pull_request', 'push', undefined, ''])('%p: no check', (eventName) => {
    expect(decideTrigger(facts({ eventName }))).toEqual({ ok: true });
  });
});
