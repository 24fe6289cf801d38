// The comment's footer: version, run and commit links under GITHUB_SERVER_URL, the run stamp; and the body fits.
import { commentBody } from '../../src/report/comment-body.js';
import { renderFooter, runContext, runUrl } from '../../src/report/footer.js';
import { COMMENT_BUDGET } from '../../src/report/markdown-budget.js';
import { parseRunStamp, runStamp } from '../../src/report/run-stamp.js';
import { report, row } from '../helpers/report-fixture.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const ghes = { GITHUB_SERVER_URL: 'https://ghes.example.com/', GITHUB_REPOSITORY: 'octo/calc', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2' };

describe('the comment footer', () => {
  it('links the run with its attempt and both commits on the GHES server, and names the version', () => {
    const footer = renderFooter(runContext(ghes, '1.2.3'), { base: BASE, head: HEAD });
    expect(footer).toContain(
      '<sub>py-perf-guard 1.2.3 · [run 4242 (attempt 2)](https://ghes.example.com/octo/calc/actions/runs/4242/attempts/2) · ' +
        `base [\`aaaaaaa\`](https://ghes.example.com/octo/calc/commit/${BASE}) → head [\`bbbbbbb\`](https://ghes.example.com/octo/calc/commit/${HEAD})</sub>`,
    );
    expect(footer.endsWith(`<!-- py-perf-guard-run head=${HEAD} run=4242 attempt=2 -->`)).toBe(true);
  });

  it('defaults to github.com, and says no "attempt" for the first one', () => {
    const ctx = runContext({ GITHUB_REPOSITORY: 'octo/calc', GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '1' }, '1.0.0');
    expect(runUrl(ctx)).toBe('https://github.com/octo/calc/actions/runs/9/attempts/1');
    expect(renderFooter(ctx, { base: BASE, head: HEAD })).toContain('[run 9](https://github.com/octo/calc/actions/runs/9/attempts/1)');
  });

  it('leaves out what does not look like the runner set it, instead of linking it', () => {
    const ctx = runContext({ GITHUB_SERVER_URL: 'javascript:alert(1)', GITHUB_REPOSITORY: 'o/r)](x', GITHUB_RUN_ID: '12a' }, '1.0 <b>');
    expect(ctx).toEqual({ serverUrl: undefined, repository: undefined, runId: undefined, runAttempt: undefined, version: undefined });
    const footer = renderFooter(ctx, { base: BASE, head: HEAD });
    expect(footer).not.toMatch(/\]\(/);
    expect(footer).toContain('<sub>py-perf-guard · base `aaaaaaa` → head `bbbbbbb`</sub>');
  });

  it('is never cut: the body keeps the footer within the comment limit', () => {
    const many = Array.from({ length: 3000 }, (_, i) => row(`test_${'x'.repeat(40)}_${i}`, 'unchanged'));
    const body = commentBody(report(many), '<!-- py-perf-guard job=bench key= -->', runContext(ghes, '1.2.3'));
    expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET.limit);
    expect(parseRunStamp(body)).toEqual({ head: HEAD, runId: '4242', attempt: '2' });
  });
});

describe('the run stamp', () => {
  it('round-trips, and a body without one (1.0) has none', () => {
    expect(parseRunStamp(`x\n${runStamp({ head: HEAD, runId: '7' })}`)).toEqual({ head: HEAD, runId: '7' });
    expect(parseRunStamp('<!-- py-perf-guard job=bench key= -->\nold')).toBeUndefined();
    expect(parseRunStamp('<!-- py-perf-guard-run head=not-a-sha run=1 attempt=1 -->')).toBeUndefined();
  });
});
