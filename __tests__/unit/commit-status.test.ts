// The commit status mode: comment sets: its state follows the exit code, its description the honest headline.
import { decideOutcome } from '../../src/judge/outcome.js';
import { verdictStatus } from '../../src/report/commit-status.js';
import { report, row } from '../helpers/report-fixture.js';

const ENV = { GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_REPOSITORY: 'octo/calc', GITHUB_RUN_ID: '42' };
const FAIL = { failOnRegression: true, failOnUpgradeRegression: false };

it('says "no regression found" only when every row was decided, and links the run', () => {
  const decided = report([row('a', 'unchanged', { ratio: 1, ci: [0.99, 1.01] }), row('b', 'improvement', { ratio: 0.8, ci: [0.75, 0.85] })]);
  expect(verdictStatus(decided, decideOutcome(decided, FAIL), ENV, '')).toEqual({
    state: 'success',
    context: 'py-perf-guard',
    description: 'no regression found (2 benchmarks, 1 faster)',
    targetUrl: 'https://ghe.example.com/octo/calc/actions/runs/42',
  });
  const open = report([row('a', 'unchanged', { ratio: 1, ci: [0.99, 1.01] }), row('b', 'inconclusive', { ratio: 1.03, ci: [0.9, 1.2] })]);
  expect(verdictStatus(open, decideOutcome(open, FAIL), ENV, '')).toMatchObject({
    state: 'success',
    description: 'no regression detected · 1 of 2 inconclusive',
  });
});

it('fails with the exit message on a regression', () => {
  const r = report([row('a', 'regression')]);
  expect(verdictStatus(r, decideOutcome(r, FAIL), {}, 'py3.12')).toMatchObject({
    state: 'failure',
    description: expect.stringMatching(/^1 benchmark regressed: a/),
  });
});
