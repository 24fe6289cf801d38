// Publishing: report file, outputs, summary and comment each in its own try; the verdict always reaches the outputs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/parse-settings.js';
import { ACTIONS_BOT } from '../../src/io/comment-identity.js';
import { type CommentsClient, type IssueComment } from '../../src/io/comments-client.js';
import { decideOutcome } from '../../src/judge/outcome.js';
import { commentPlan, outputValues } from '../../src/report/publish-values.js';
import { publishReport } from '../../src/report/publish.js';
import { runShell } from '../../src/run.js';
import { removeDir, tempDir } from '../helpers/git-repo.js';
import { recordingIo, type RecordingIo } from '../helpers/recording-io.js';
import { report, row } from '../helpers/report-fixture.js';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));

const env = { GITHUB_REPOSITORY: 'octo/calc', GITHUB_JOB: 'bench' };
const event = { pull_request: { number: 7 } };
const settings = parseConfig({ suites: 'timeit: bench.toml' });
const regressed = report([row('test_slow', 'regression'), row('test_boom', 'failed', { failedOn: 'head', error: 'boom' })]);

function fakeComments(posted: IssueComment[]): () => CommentsClient {
  return () => ({
    identity: async () => ACTIONS_BOT,
    list: async () => posted,
    create: async (body) => {
      const c = { id: 1, body, html_url: 'https://github.com/octo/calc/pull/7#issuecomment-1', user: ACTIONS_BOT };
      posted.push(c);
      return c;
    },
    update: async () => {
      throw new Error('not expected');
    },
  });
}

async function publishWith(io: RecordingIo, reportPath = join(dir, 'report.json')) {
  const posted: IssueComment[] = [];
  await publishReport(
    { io, run: async () => ({ code: 0, stdout: '', stderr: '' }) as any, env, workspace: dir, comments: fakeComments(posted) },
    settings,
    regressed,
    decideOutcome(regressed, settings).outputs,
    reportPath,
    event,
  );
  return { posted, reportPath };
}

describe('publishReport: one step failing never drops the others', () => {
  it('a failing job summary still leaves the report file, the outputs and the comment', async () => {
    const io = recordingIo({ 'github-token': 't' });
    io.writeSummary = async () => {
      throw new Error('EACCES: permission denied, open /summary.md');
    };
    const { posted, reportPath } = await publishWith(io);
    expect(io.warnings).toEqual([expect.stringContaining('writing the job summary failed: EACCES')]);
    expect(JSON.parse(readFileSync(reportPath, 'utf8')).verdict).toBe('regression');
    expect(io.outputs).toMatchObject({ verdict: 'regression', regressions: '1', failures: '1', 'report-json': reportPath, 'comment-url': posted[0].html_url });
    expect(posted).toHaveLength(1);
  });

  it('failing outputs still leave the report file, the summary and the comment', async () => {
    const io = recordingIo({ 'github-token': 't' });
    io.setOutput = () => {
      throw new Error('ENOSPC: no space left on device');
    };
    const { posted, reportPath } = await publishWith(io);
    expect(io.warnings[0]).toContain('setting the outputs failed: ENOSPC');
    expect(existsSync(reportPath)).toBe(true);
    expect(io.summary).toContain('#### Regressions (1)');
    expect(posted).toHaveLength(1);
  });

  it('a report file that cannot be written still leaves the outputs, the summary and the comment', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const io = recordingIo({ 'github-token': 't' });
    const { posted } = await publishWith(io, join(dir, 'a-file', 'report.json'));
    expect(io.warnings).toEqual([expect.stringMatching(/^writing the report .*report\.json failed: /)]);
    expect(io.outputs.verdict).toBe('regression');
    expect(io.summary).toContain('py-perf-guard: performance regression');
    expect(posted).toHaveLength(1);
  });
});

describe('runShell on an unexpected exception', () => {
  it('still sets verdict error and report-json, and writes the report with an error field (exit 2)', async () => {
    const io = recordingIo({ suites: 'timeit: bench.toml' });
    const getInput = io.getInput;
    io.getInput = (name) => {
      if (name === 'alpha') throw new TypeError('a bug in reading inputs');
      return getInput(name);
    };
    const reportPath = join(dir, 'out', 'report.json');
    const result = await runShell({ io, run: async () => ({ code: 0, stdout: '', stderr: '' }) as any, env: {}, workspace: dir, reportPath });
    expect(result).toMatchObject({ exitCode: 2, message: 'py-perf-guard could not run: a bug in reading inputs' });
    expect(io.outputs).toMatchObject({ verdict: 'error', 'report-json': reportPath, regressions: '0', failures: '0' });
    expect(JSON.parse(readFileSync(reportPath, 'utf8'))).toMatchObject({
      schema: 1,
      verdict: 'error',
      error: 'py-perf-guard could not run: a bug in reading inputs',
      benchmarks: [],
    });
    expect(io.summary).toContain('py-perf-guard could not run');
  });
});

describe('publish values', () => {
  it('sets every output, verdict first, also when there is no report', () => {
    expect(outputValues(undefined, '/r.json')).toEqual([
      ['verdict', 'error'],
      ['report-json', '/r.json'],
      ['regressions', 0],
      ['improvements', 0],
      ['failures', 0],
      ['inconclusive', 0],
      ['memory-regressions', 0],
      ['instruction-regressions', 0],
    ]);
    expect(outputValues(decideOutcome(regressed, settings).outputs, '/r.json').slice(0, 3)).toEqual([
      ['verdict', 'regression'],
      ['report-json', '/r.json'],
      ['regressions', 1],
    ]);
  });
  it('comments only on a PR, with a token, unless comment is never', () => {
    expect(commentPlan(event, env, 't', settings)).toMatchObject({
      post: true,
      owner: 'octo',
      repo: 'calc',
      issueNumber: 7,
      // the workflow gives `suites`: the key names them (config/comment-key.ts), and the key-less marker is adopted
      marker: expect.stringMatching(/^<!-- py-perf-guard job=bench key=suites_[0-9a-f]{8} -->$/),
      adopt: '<!-- py-perf-guard job=bench key= -->',
    });
    expect(commentPlan({}, env, 't', settings)).toEqual({ post: false });
    expect(commentPlan(event, env, '', settings)).toEqual({ post: false, warning: expect.stringContaining("input 'github-token' is empty") });
    expect(commentPlan(event, env, 't', { ...settings, comment: 'never' })).toEqual({ post: false });
  });
});
