// The time budget through the whole shell, on real venvs and a real timeit suite.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../../src/io/process.js';
import { runShell } from '../../src/run.js';
import { makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { pythonPath } from '../helpers/python.js';
import { recordingIo } from '../helpers/recording-io.js';

// Each round sleeps 5 × 0.3 s per side.
const NAP = `[defaults]\nsetup = "import time"\n\n[[benchmark]]\nname = "nap"\nstmt = "time.sleep(0.3)"\nnumber = 1\n`;

let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));

function env(): NodeJS.ProcessEnv {
  return { ...process.env, RUNNER_TEMP: root, GITHUB_EVENT_PATH: '', GITHUB_EVENT_NAME: 'push', GITHUB_JOB: 'bench' };
}

async function run(name: string, files: Record<string, string>, inputs: Record<string, string>) {
  const repo = join(root, name);
  makeRepo(repo, { ...files, 'x.py': 'x = 1\n' }, { 'x.py': 'x = 2\n' });
  const io = recordingIo({ suites: 'timeit: bench.toml', interpreters: pythonPath('3.12'), install: 'none', method: 'rounds', ...inputs });
  const start = Date.now();
  const result = await runShell({ io, run: runProcess, env: env(), workspace: repo, reportPath: join(root, `${name}.json`) });
  return { io, result, seconds: (Date.now() - start) / 1000, report: JSON.parse(readFileSync(join(root, `${name}.json`), 'utf8')) };
}

describe('time-budget', () => {
  it('a budget smaller than the publishing reserve still publishes a report that says time-budget', async () => {
    const r = await run('tiny', { 'bench.toml': NAP }, { 'time-budget': '1s', memory: 'true' });
    expect(r.report.settings.stop_reason).toBe('time-budget');
    expect(r.io.outputs.verdict).toBe(r.report.verdict);
    expect(r.io.warnings.join('\n')).toContain('time budget spent: the memory and profile passes are skipped');
    expect(r.seconds).toBeLessThan(5); // no venv was even started
  });

  it('covers venvs, rounds and the memory pass, and the rounds it cut short fail nothing', async () => {
    // 75 s: 10 s reserve, 65 s for two venvs (up to 25 s on a busy machine) and as many 3-s rounds as fit;
    // min-rounds 50 never fits.
    const r = await run('cut', { 'bench.toml': NAP }, { 'time-budget': '75s', 'min-rounds': '50', 'max-rounds': '60', memory: 'true' });
    expect(r.report.settings.stop_reason).toBe('time-budget');
    expect(r.seconds).toBeLessThan(75);
    expect(r.report.benchmarks).toEqual([expect.objectContaining({ name: 'nap', verdict: expect.stringMatching(/^(unchanged|inconclusive)$/) })]);
    expect(r.report.settings.rounds).toBeGreaterThan(0);
    expect(r.io.warnings.join('\n')).toContain('the memory and profile passes are skipped');
  }, 150_000);

  it('the memory pass skips a unit whose suite crashed in the rounds', async () => {
    const calls = join(root, 'crash-calls');
    const crashing = `[[benchmark]]\nname = "boom"\nstmt = "pass"\nsetup = "open('${calls}', 'a').write('x'); import os; os._exit(3)"\n`;
    const r = await run('crash', { 'bench.toml': crashing }, { 'min-rounds': '2', 'max-rounds': '2', memory: 'true' });
    expect(r.report.benchmarks).toEqual([expect.objectContaining({ verdict: 'failed', error: expect.stringContaining('code 3') })]);
    // Round one ran the suite on both sides and it crashed; nothing ran it again.
    expect(readFileSync(calls, 'utf8')).toBe('xx');
  }, 120_000);
});
