// Fetches from origin with a real git: three tries against a remote that is not there, and a remote that
// wants credentials explained instead of retried.
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Git } from '../../src/workspace/git.js';
import { isCredentialsFailure } from '../../src/workspace/git-network.js';
import { runShell } from '../../src/run.js';
import { runProcess } from '../../src/io/process.js';
import { git, makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { recordingIo } from '../helpers/recording-io.js';

let root: string;
let server: Server;
let askedForCredentials = 0;
beforeAll(async () => {
  root = tempDir();
  // A git HTTP remote that wants a login, as a private repository does.
  server = createServer((_req, res) => {
    askedForCredentials++;
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  removeDir(root);
});

function repoWithOrigin(name: string, url: string): string {
  const repo = join(root, name);
  makeRepo(repo, { 'a.py': '1\n' }, { 'a.py': '2\n' });
  git(repo, 'remote', 'add', 'origin', url);
  return repo;
}

const inputs = { suites: 'timeit: bench.toml', install: 'none', base: 'feature-not-here-yet' };
const env = () => ({ ...process.env, RUNNER_TEMP: root, GITHUB_EVENT_PATH: '' });

describe('git fetch from origin', () => {
  it('tries three times, with back-off, when the remote cannot be reached', async () => {
    const log: string[] = [];
    const repo = repoWithOrigin('unreachable', join(root, 'no-such-remote.git'));
    const start = Date.now();
    expect(await new Git(runProcess, repo, process.env, (l) => log.push(l)).fetch(['origin', 'main'])).toBeNull();
    expect(log.filter((l) => /^git fetch --no-tags origin main: try \d of 3 failed/.test(l))).toHaveLength(3);
    expect(log[0]).toMatch(/does not appear to be a git repository.*trying again in 1s$/);
    expect(Date.now() - start).toBeGreaterThanOrEqual(4000); // 1 s + 3 s between the tries
  });

  it('through the shell: a base that is not fetchable is exit 2 after three tries', async () => {
    const io = recordingIo(inputs);
    const repo = repoWithOrigin('unreachable-shell', join(root, 'no-such-remote.git'));
    const result = await runShell({ io, run: runProcess, env: env(), workspace: repo });
    expect(result).toMatchObject({ exitCode: 2, message: expect.stringContaining('"feature-not-here-yet"') });
    expect(io.log.filter((l) => /try \d of 3 failed/.test(l))).toHaveLength(3);
  });

  it('explains a credentials failure at once, without retrying', async () => {
    const io = recordingIo(inputs);
    const repo = repoWithOrigin('private', `http://127.0.0.1:${(server.address() as AddressInfo).port}/octo/private.git`);
    const before = askedForCredentials;
    const result = await runShell({ io, run: runProcess, env: env(), workspace: repo });
    expect(result.exitCode).toBe(2);
    expect(result.message).toMatch(/could not read Username.*terminal prompts disabled/);
    expect(result.message).toContain('persist-credentials: true');
    expect(result.message).toContain('fetch-depth: 0');
    expect(io.log.filter((l) => /try \d of 3 failed/.test(l))).toHaveLength(0);
    expect(askedForCredentials - before).toBeLessThanOrEqual(2); // one fetch (git may probe twice), not three
  });
});

describe('isCredentialsFailure', () => {
  it.each([
    "fatal: could not read Username for 'https://github.com': terminal prompts disabled",
    "remote: Invalid username or password.\nfatal: Authentication failed for 'https://github.com/o/r/'",
    'git@github.com: Permission denied (publickey).',
  ])('knows %j', (stderr) => expect(isCredentialsFailure(stderr)).toBe(true));
  it('is not a missing repository or a network failure', () => {
    expect(isCredentialsFailure("fatal: '/x' does not appear to be a git repository")).toBe(false);
    expect(isCredentialsFailure('fatal: unable to access: Could not resolve host: github.com')).toBe(false);
  });
});
