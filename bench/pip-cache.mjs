// cache: pip on the demo project: the installs py-perf-guard runs per commit (venv, `pip install -e .`, pytest +
// py-cpuinfo, pytest-benchmark --no-deps) with an empty pip cache (cold, a first run) and with the cache a
// previous run left (warm, what `cache: pip` restores). Two indexes: this machine's file:// mirror, and the same
// mirror over loopback HTTP, as a real index is reached (pip's HTTP cache applies to http(s) only).
//   node bench/pip-cache.mjs [--trials 3] [--http-only]      → bench/results/pip-cache.json
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const trials = Number(process.argv[process.argv.indexOf('--trials') + 1]) || 3;
const python = join(process.env.PYENV_ROOT ?? join(process.env.HOME, '.pyenv'), 'versions', '3.12.1', 'bin', 'python3');
const mirror = '/opt/pypi';

function timed(cmd, args, env, cwd) {
  const start = process.hrtime.bigint();
  execFileSync(cmd, args, { env, cwd, stdio: 'pipe' });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** One run's installs on base and head; seconds spent in pip (the venv creation is the same either way). */
function installBothSides(work, cacheDir, indexUrl) {
  let seconds = 0;
  for (const side of ['base', 'head']) {
    const project = join(work, `textkit-${side}`);
    const venv = join(work, `venv-${side}-${Math.random().toString(36).slice(2)}`);
    execFileSync(python, ['-m', 'venv', venv]);
    const env = {
      PATH: `${join(venv, 'bin')}:${process.env.PATH}`,
      HOME: process.env.HOME,
      PIP_INDEX_URL: indexUrl,
      PIP_CACHE_DIR: cacheDir,
      PIP_TRUSTED_HOST: '127.0.0.1', // pip keeps an HTTP cache only for https and trusted hosts
      PIP_DISABLE_PIP_VERSION_CHECK: '1',
    };
    const py = join(venv, 'bin', 'python');
    seconds += timed(py, ['-m', 'pip', 'install', '-e', '.'], env, project);
    seconds += timed(py, ['-m', 'pip', 'install', 'pytest', 'py-cpuinfo'], env, project);
    seconds += timed(py, ['-m', 'pip', 'install', '--no-deps', 'pytest-benchmark'], env, project);
    rmSync(venv, { recursive: true, force: true });
  }
  return seconds;
}

// http.server, answering package files as PyPI's file host does (immutable, cacheable for a year), so pip's HTTP
// cache keeps them as it would on a real runner; index pages stay uncached, as PyPI's are revalidated.
const PYPI_LIKE_SERVER = `
import functools, http.server, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        if self.path.startswith('/files/'):
            self.send_header('Cache-Control', 'max-age=365000000, immutable, public')
        super().end_headers()
server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(Handler, directory=sys.argv[1]))
print('port', server.server_address[1], flush=True)
server.serve_forever()
`;

/** The mirror over loopback HTTP; `served()` counts the package files (wheels, sdists) it has sent so far. */
async function withHttpMirror(fn) {
  const server = spawn(python, ['-u', '-c', PYPI_LIKE_SERVER, mirror], { stdio: ['ignore', 'pipe', 'pipe'] });
  let files = 0;
  const port = await new Promise((resolve, reject) => {
    const onData = (d) => {
      const text = String(d);
      files += (text.match(/"GET \/files\/[^ ]+ HTTP\/[\d.]+" 200/g) ?? []).length;
      const m = /port (\d+)/.exec(text);
      if (m) resolve(Number(m[1]));
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', () => reject(new Error('http.server exited')));
  });
  try {
    return await fn(`http://127.0.0.1:${port}/simple`, () => files);
  } finally {
    server.kill();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(label, indexUrl, served) {
  const work = mkdtempSync(join(tmpdir(), 'ppg-pip-cache-'));
  try {
    execFileSync('bash', [join(root, 'fixtures/demo/make-demo-repo.sh'), join(work, 'textkit-head')]);
    execFileSync('git', ['-C', join(work, 'textkit-head'), 'worktree', 'add', '-q', '--detach', join(work, 'textkit-base'), 'HEAD^']);
    const cold = [];
    const warm = [];
    const downloads = { cold: [], warm: [] };
    // The installs block the event loop (execFileSync): let the server's log lines arrive before counting them.
    const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));
    const counted = async (list, f) => {
      await settle();
      const before = served?.() ?? 0;
      const seconds = f();
      await settle();
      if (served) list.push(served() - before);
      return seconds;
    };
    for (let t = 0; t < trials; t++) {
      const cacheDir = join(work, `cache-${t}`);
      cold.push(await counted(downloads.cold, () => installBothSides(work, cacheDir, indexUrl))); // empty cache: a first run, or cache: false
      warm.push(await counted(downloads.warm, () => installBothSides(work, cacheDir, indexUrl))); // the cache it left: what cache: pip restores
      rmSync(cacheDir, { recursive: true, force: true });
    }
    const row = { index: label, trials, cold_seconds: cold, warm_seconds: warm, cold_median: median(cold), warm_median: median(warm) };
    if (served) row.package_files_downloaded = downloads;
    row.saving = 1 - row.warm_median / row.cold_median;
    console.log(`${label.padEnd(14)} cold ${row.cold_median.toFixed(2)} s  warm ${row.warm_median.toFixed(2)} s  saving ${(row.saving * 100).toFixed(0)}%`);
    return row;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const out = { date: new Date().toISOString(), project: 'fixtures/demo (textkit), base and head', python: '3.12.1', load: loadavg()[0], rows: [] };
const save = () => writeFileSync(join(root, 'bench/results/pip-cache.json'), JSON.stringify(out, null, 2) + '\n');
const only = process.argv.includes('--http-only');
if (!only) {
  out.rows.push(await measure('file:// mirror', `file://${mirror}/simple`));
  save();
}
out.rows.push(await withHttpMirror((url, served) => measure('http mirror', url, served)));
save();
