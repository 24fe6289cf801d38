// What the project's code can reach (issue #9): its processes see an allow-listed environment, never the
// runner's tokens or command files; a failing install's URL password reaches no report; their output reaches
// the log only through the channel that keeps it from issuing workflow commands.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../../src/io/process.js';
import { runShell } from '../../src/run.js';
import { git, makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { pythonPath } from '../helpers/python.js';
import { recordingIo } from '../helpers/recording-io.js';

const TOKEN = 'ghs_TheActionsTokenValue0123456789abcdef';
/** What a node action's process holds on a runner and no child may see. */
const RUNNER_SECRETS: Record<string, string> = {
  'INPUT_GITHUB-TOKEN': TOKEN,
  GITHUB_TOKEN: TOKEN,
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-value-1234',
  ACTIONS_RUNTIME_URL: 'https://pipelines.example.invalid/runtime',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-5678',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example.invalid/request',
  ACTIONS_CACHE_URL: 'https://cache.example.invalid/',
};
const COMMAND_FILES = ['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];

let root: string;
let workspace: string;
beforeAll(() => {
  root = tempDir();
  const dumps = join(root, 'dumps');
  const dump = (file: string) => `import json, os; open(${JSON.stringify(join(dumps, file))}, "a").write(json.dumps(dict(os.environ)) + "\\n")`;
  const files = {
    'bench.toml': `[[benchmark]]\nname = "env"\nsetup = ${JSON.stringify(`import os; os.makedirs(${JSON.stringify(dumps)}, exist_ok=True); ${dump('bench.jsonl')}`)}\nstmt = "pass"\n`,
    // …and prints workflow commands, which must reach the log only through Io.untrusted.
    'dump_env.py': `import os\nos.makedirs(${JSON.stringify(dumps)}, exist_ok=True)\n${dump('install.jsonl')}\nprint("::set-output name=x::y")\nprint("::add-mask::")\n`,
  };
  const origin = join(root, 'origin');
  makeRepo(origin, files, { README: 'head\n' });
  // A depth-1 checkout, as actions/checkout makes it: the shell must fetch base with the children's environment.
  workspace = join(root, 'checkout');
  git(root, 'init', '-q', workspace);
  git(workspace, 'remote', 'add', 'origin', `file://${origin}`);
  git(workspace, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', 'main');
  git(workspace, 'checkout', '-q', 'FETCH_HEAD');
});
afterAll(() => removeDir(root));

function runnerEnv(): NodeJS.ProcessEnv {
  const files = Object.fromEntries(COMMAND_FILES.map((n) => [n, join(root, 'runner-files', n.toLowerCase())]));
  return {
    ...process.env,
    ...RUNNER_SECRETS,
    ...files,
    MY_BENCH_SIZE: '4242',
    NOT_NAMED: 'hidden',
    RUNNER_TEMP: root,
    GITHUB_EVENT_PATH: '',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_JOB: 'bench',
  };
}

function readDumps(file: string): Record<string, string>[] {
  const path = join(root, 'dumps', file);
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
    : [];
}

describe("the project's processes", () => {
  it("see neither the runner's credentials nor its command files, and get what pass-env names", async () => {
    const io = recordingIo({
      suites: 'timeit: bench.toml',
      interpreters: pythonPath('3.12'),
      install: 'python dump_env.py',
      'pass-env': 'MY_BENCH_SIZE',
      method: 'rounds', // counts the dumps of each round's process
      'min-rounds': '2',
      'max-rounds': '2',
      'github-token': TOKEN,
    });
    const untrusted: string[] = [];
    io.untrusted = (text) => void untrusted.push(text);
    const env = runnerEnv();
    const result = await runShell({ io, run: runProcess, env, workspace });
    expect(result.message).toBeUndefined();
    expect(untrusted.filter((t) => t.includes('::set-output name=x::y') && t.includes('::add-mask::'))).toHaveLength(2);
    expect(io.log.filter((l) => l.includes('::set-output') || l.includes('::add-mask::'))).toEqual([]);
    const dumps = { install: readDumps('install.jsonl'), bench: readDumps('bench.jsonl') };
    expect(dumps.install).toHaveLength(2); // base and head
    expect(dumps.bench.length).toBeGreaterThanOrEqual(4); // 2 rounds × 2 sides
    const forbidden = [...Object.keys(RUNNER_SECRETS), ...COMMAND_FILES];
    const secretValues = [...Object.values(RUNNER_SECRETS), ...COMMAND_FILES.map((n) => env[n]!)];
    for (const seen of [...dumps.install, ...dumps.bench]) {
      for (const name of forbidden) expect(Object.keys(seen)).not.toContain(name);
      expect(Object.keys(seen).filter((n) => n.startsWith('INPUT_'))).toEqual([]);
      const values = Object.values(seen).join('\n');
      for (const value of secretValues) expect(values).not.toContain(value);
      expect(seen).toMatchObject({ MY_BENCH_SIZE: '4242', PATH: expect.stringContaining('/bin') });
      expect(seen.NOT_NAMED).toBeUndefined();
    }
  }, 300_000);
});

describe('a failing install', () => {
  it("reaches neither the report, the markdown nor the exit message with its command or its URL's password", async () => {
    const install = 'pip install --index-url https://__token__:SECRETVALUE@example.invalid/simple nothing';
    const io = recordingIo({ suites: 'timeit: bench.toml', interpreters: pythonPath('3.12'), install, 'min-rounds': '2', 'max-rounds': '2' });
    // No retries: example.invalid never resolves.
    const result = await runShell({ io, run: runProcess, env: { ...runnerEnv(), PIP_RETRIES: '0', PIP_TIMEOUT: '2' }, workspace });
    const json = readFileSync(io.outputs['report-json'], 'utf8');
    const row = JSON.parse(json).benchmarks[0];
    expect(row).toMatchObject({ verdict: 'failed', failed_on: 'setup', error: expect.stringMatching(/^install failed \(exit 1\)/) });
    for (const published of [json, io.summary, result.message ?? '']) {
      expect(published).not.toContain('SECRETVALUE');
      expect(published).not.toContain('--index-url');
      expect(published).not.toContain(install);
    }
    expect(result).toMatchObject({ exitCode: 2, message: expect.stringContaining('install failed (exit 1)') });
    expect(io.secrets).toContain('SECRETVALUE');
  }, 300_000);
});
