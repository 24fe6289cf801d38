// Screenshot of the real PR comment on the demo project: the committed dist/index.js (the action itself) runs
// on the demo repository (fixtures/demo) as on a pull_request, against a loopback stand-in for GitHub's API that
// keeps the comment body it is sent; that markdown is rendered as GitHub renders it (comment-html.mjs) and shot
// in headless Chromium (chromium.mjs). Usage: node docs/shots/shoot-comment.mjs [out.png] [--markdown <comment.md>]
// (default docs/comment.png; the comment's markdown is written beside it, as .md). With --markdown, no run:
// that file is rendered and shot (to re-shoot after a change of the page's style only).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shoot } from './chromium.mjs';
import { commentPage } from './comment-html.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const given = args.indexOf('--markdown') >= 0 ? args.splice(args.indexOf('--markdown'), 2)[1] : undefined;
const out = args[0] ?? join(root, 'docs', 'comment.png');
const [OWNER, REPO, PR] = ['octo', 'textkit', 42];

/** Just enough of GitHub's REST API for the action to post its comment: the body of the last write is kept. */
function fakeGitHub() {
  const state = { body: undefined, requests: [] };
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (d) => (data += d));
    req.on('end', () => {
      const path = new URL(req.url, 'http://x').pathname;
      state.requests.push(`${req.method} ${path}`);
      const send = (status, json, headers = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(json));
      };
      const bot = { login: 'github-actions[bot]', type: 'Bot', id: 41898282 };
      const comments = `/repos/${OWNER}/${REPO}/issues/${PR}/comments`;
      if (req.method === 'GET' && path === '/user') return send(200, bot);
      if (req.method === 'GET' && path === comments) return send(200, []);
      if ((req.method === 'POST' && path === comments) || (req.method === 'PATCH' && /\/issues\/comments\/\d+$/.test(path))) {
        state.body = JSON.parse(data).body;
        return send(req.method === 'POST' ? 201 : 200, {
          id: 1,
          body: state.body,
          user: bot,
          html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-1`,
        });
      }
      send(404, { message: `not in this stand-in: ${req.method} ${path}` });
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, state, url: `http://127.0.0.1:${server.address().port}` })));
}

/** Runs the action on the demo as on a pull_request; returns the comment body it posted. */
async function demoComment(work) {
  const repo = join(work, 'textkit');
  execFileSync('bash', [join(root, 'fixtures', 'demo', 'make-demo-repo.sh'), repo], { stdio: 'inherit' });
  const sha = (rev) => execFileSync('git', ['rev-parse', rev], { cwd: repo, encoding: 'utf8' }).trim();
  const repository = { full_name: `${OWNER}/${REPO}`, owner: { login: OWNER }, name: REPO };
  const event = {
    number: PR,
    repository,
    pull_request: { number: PR, base: { sha: sha('HEAD^'), ref: 'main', repo: repository }, head: { sha: sha('HEAD'), ref: 'faster-fib', repo: repository } },
  };
  writeFileSync(join(work, 'event.json'), JSON.stringify(event));
  writeFileSync(join(work, 'output'), '');
  writeFileSync(join(work, 'summary.md'), '');
  const api = await fakeGitHub();
  const pip =
    process.env.PIP_INDEX_URL ??
    (execFileSync('bash', ['-c', 'test -d /opt/pypi/simple && echo file:///opt/pypi/simple || true'], { encoding: 'utf8' }).trim() || undefined);
  const env = {
    ...process.env,
    ...(pip ? { PIP_INDEX_URL: pip } : {}),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(work, 'event.json'),
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: repo,
    GITHUB_SHA: sha('HEAD'),
    GITHUB_JOB: 'bench',
    GITHUB_RUN_ID: '1234567890',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
    RUNNER_TEMP: work,
    'INPUT_GITHUB-TOKEN': 'shots-token',
  };
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], { cwd: repo, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', resolve);
  });
  api.server.close();
  console.error(`action exit status on the demo: ${code} (expected 1: a regression); API calls: ${api.state.requests.join(', ')}`);
  if (!api.state.body) throw new Error('the action posted no comment');
  return api.state.body;
}

const work = mkdtempSync(join(tmpdir(), 'ppg-shot-comment-'));
try {
  const markdown = given ? readFileSync(given, 'utf8') : await demoComment(work);
  if (!given) writeFileSync(out.replace(/\.png$/, '.md'), markdown);
  writeFileSync(join(work, 'comment.html'), commentPage(markdown));
  console.log(JSON.stringify(shoot(join(work, 'comment.html'), out, 'auto')));
  console.error(`wrote ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
