// cache: pip on the demo project: the installs py-perf-guard runs per commit (venv, `pip install -e .`, pytest +
// py-cpuinfo, pytest-benchmark --no-deps) with an empty pip cache (cold, a first run) and with the cache a
// previous run left (warm, what `cache: pip` restores). Two indexes: this machine's file:// mirror, and the same
// mirror over loopback HTTP, as a real index is reached (pip's HTTP cache applies to http(s) only).
//   node bench/pip-cache.mjs [--trials 3]      → bench/results/pip-cache.json
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

async function withHttpMirror(fn) {
  const server = spawn(python, ['-m', 'http.server', '--bind', '127.0.0.1', '0', '--directory', mirror], { stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise((resolve, reject) => {
    const onData = (d) => {
      const m = /port (\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', () => reject(new Error('http.server exited')));
  });
  try {
    return await fn(`http://127.0.0.1:${port}/simple`);
  } finally {
    server.kill();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(label, indexUrl) {
  const work = mkdtempSync(join(tmpdir(), 'ppg-pip-cache-'));
  try {
    execFileSync('bash', [join(root, 'fixtures/demo/make-demo-repo.sh'), join(work, 'textkit-head')]);
    execFileSync('git', ['-C', join(work, 'textkit-head'), 'worktree', 'add', '-q', '--detach', join(work, 'textkit-base'), 'HEAD^']);
    const cold = [];
    const warm = [];
    for (let t = 0; t < trials; t++) {
      const cacheDir = join(work, `cache-${t}`);
      cold.push(installBothSides(work, cacheDir, indexUrl)); // empty cache: a first run, or cache: false
      warm.push(installBothSides(work, cacheDir, indexUrl)); // the cache that run left: what cache: pip restores
      rmSync(cacheDir, { recursive: true, force: true });
    }
    const row = { index: label, trials, cold_seconds: cold, warm_seconds: warm, cold_median: median(cold), warm_median: median(warm) };
    row.saving = 1 - row.warm_median / row.cold_median;
    console.log(`${label.padEnd(14)} cold ${row.cold_median.toFixed(2)} s  warm ${row.warm_median.toFixed(2)} s  saving ${(row.saving * 100).toFixed(0)}%`);
    return row;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const out = { date: new Date().toISOString(), project: 'fixtures/demo (textkit), base and head', python: '3.12.1', load: loadavg()[0], rows: [] };
const save = () => writeFileSync(join(root, 'bench/results/pip-cache.json'), JSON.stringify(out, null, 2) + '\n');
out.rows.push(await measure('file:// mirror', `file://${mirror}/simple`));
save();
out.rows.push(await withHttpMirror((url) => measure('http mirror', url)));
save();
