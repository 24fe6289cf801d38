// Shards against one job: a generated 200-benchmark timeit suite, measured by the real CLI (dist/cli) once as a
// whole and once as 4 shards (`--shard i/4`, one after another: each stands for one leg of a matrix), the shards'
// reports merged by the real merge (judge/merge-reports.ts, compiled to lib/ by `npm run bench:build`). A/A (a
// docs-only change) and planted (8 benchmarks made slower or faster by real extra or less work). Records each
// run's wall time, the verdicts of the whole job and of the merge, where they differ, and the load average.
// Usage: npm run bench:build && npm run build && node bench/shards.mjs [--modes aa,planted] [--method rounds]
//        [--interpreters 3.12] [--out bench/results/shards.json] [--cli dist/cli/index.js]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import './venv.mjs';
import { mergeReports } from '../lib/src/judge/merge-reports.js';
import { buildReport } from '../lib/src/report/json.js';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const arg = (name, dflt) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : dflt);
const modes = arg('modes', 'aa,planted').split(',');
const method = arg('method', 'rounds');
const interpreters = arg('interpreters', '3.12');
const out = arg('out', join(here, 'results', 'shards.json'));
const cli = arg('cli', join(here, '..', 'dist', 'cli', 'index.js'));
const SHARDS = 4;
const COUNT = 200;

/** Planted changes: benchmark index → factor on its work (1.3 = 30% more loop iterations). */
const PLANTED = { 7: 1.3, 42: 1.3, 77: 1.3, 120: 1.3, 151: 1.15, 188: 1.15, 63: 0.75, 99: 0.75 };
const size = (i) => 200 + ((i * 37) % 10) * 200; // 200 … 2000 loop iterations: ~10–100 µs per call

function write(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function source(factors) {
  const fns = Array.from({ length: COUNT }, (_, i) => `def f${i}():\n    return work(${Math.round(size(i) * (factors[i] ?? 1))})\n`);
  return `def work(n):\n    total = 0\n    for i in range(n):\n        total += i * i\n    return total\n\n\n${fns.join('\n\n')}`;
}

function suite() {
  // A fixed number of calls per repeat (~0.5 ms): autorange's 20 ms per repeat would make a round of 200 last 20 s.
  const entries = Array.from(
    { length: COUNT },
    (_, i) => `[[benchmark]]\nname = "b${String(i).padStart(3, '0')}"\nstmt = "gen.f${i}()"\nnumber = ${Math.ceil(10000 / size(i))}\n`,
  );
  return `[defaults]\nsetup = "import gen"\n\n${entries.join('\n')}`;
}

function makeProject(dir, mode) {
  const git = (...a) => spawnSync('git', a, { cwd: dir, encoding: 'utf8' });
  mkdirSync(dir, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'user.name', 'bench');
  write(dir, { 'gen.py': source({}), 'bench.toml': suite(), 'README.md': 'generated\n' });
  git('add', '-A');
  git('commit', '-qm', 'base');
  write(dir, mode === 'aa' ? { 'README.md': 'generated, docs changed\n' } : { 'gen.py': source(PLANTED) });
  git('commit', '-qam', 'head');
}

function runCli(project, file, shard) {
  const args = ['--base', 'HEAD^', '--head', 'HEAD', '--install', 'none', '--comment', 'never', '--profile', 'none'];
  args.push('--method', method, '--interpreters', interpreters, '--suites', 'timeit: bench.toml', '--json', file, ...(shard ? ['--shard', shard] : []));
  const load = loadavg()[0];
  const t0 = Date.now();
  const res = spawnSync(process.execPath, [cli, ...args], { cwd: project, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (Date.now() - t0) / 1000;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (!report.benchmarks?.length) throw new Error(`no rows (exit ${res.status}): ${res.stderr.slice(-500)}`);
  return { wall, load1Before: load, load1After: loadavg()[0], report };
}

/** The report JSON back into the model, for the merge (trusted here: the bench wrote it; mode: merge uses report/read-report-json.ts). */
function fromJson(j) {
  const rows = j.benchmarks.map((b) => {
    const row = { suite: b.suite, name: b.name, interpreter: b.interpreter, verdict: b.verdict };
    for (const [k, v] of [
      ['ratio', b.ratio],
      ['ci', b.ci],
      ['p', b.p],
      ['q', b.q],
      ['base', b.base],
      ['head', b.head],
      ['samples', b.samples],
      ['error', b.error],
      ['failedOn', b.failed_on],
      ['noise', b.noise],
      ['slowRounds', b.slow_rounds_set_aside],
    ])
      if (v !== null && v !== undefined) row[k] = v;
    if (b.method === 'paired')
      Object.assign(row, { method: 'paired', pairs: b.pairs, duels: b.duels, pairEstimates: b.pair_estimates, noiseFloor: b.noise_floor });
    return row;
  });
  const s = j.settings;
  return buildReport({
    base: j.base,
    head: j.head,
    threshold: s.threshold,
    alpha: s.alpha,
    statistic: s.statistic,
    slowRounds: s.slow_rounds,
    minRounds: s.min_rounds,
    maxRounds: s.max_rounds,
    rounds: s.rounds,
    method: s.method,
    stopReason: s.stop_reason,
    elapsedSeconds: s.elapsed_seconds,
    interpreters: j.interpreters.map((i) => ({ label: i.spec, version: i.version, implementation: i.implementation, path: i.path })),
    rows,
    ...(s.shard ? { shard: s.shard } : {}),
  });
}

const counts = (rows) => rows.reduce((c, r) => ({ ...c, [r.verdict]: (c[r.verdict] ?? 0) + 1 }), {});
const expected = (name) => {
  const f = PLANTED[Number(name.slice(1))];
  return f === undefined ? 'untouched' : f > 1 ? `+${Math.round((f - 1) * 100)}%` : `${Math.round((f - 1) * 100)}%`;
};

const root = mkdtempSync(join(tmpdir(), 'ppg-shards-'));
const results = { method, interpreters, benchmarks: COUNT, shards: SHARDS, planted: PLANTED, cpus: 2, runs: {} };
try {
  for (const mode of modes) {
    const project = join(root, mode);
    makeProject(project, mode);
    const whole = runCli(project, join(root, `${mode}-whole.json`));
    console.log(`${mode} one job: ${whole.wall.toFixed(0)}s, ${JSON.stringify(counts(whole.report.benchmarks))}, load ${whole.load1Before.toFixed(1)}`);
    const parts = [];
    for (let i = 1; i <= SHARDS; i++) {
      parts.push(runCli(project, join(root, `${mode}-shard-${i}.json`), `${i}/${SHARDS}`));
      console.log(`${mode} shard ${i}/${SHARDS}: ${parts.at(-1).wall.toFixed(0)}s, ${parts.at(-1).report.benchmarks.length} rows`);
    }
    const reports = parts.map((p) => fromJson(p.report));
    const merged = mergeReports(reports, { threshold: reports[0].threshold, alpha: reports[0].alpha });
    const wholeBy = new Map(whole.report.benchmarks.map((b) => [b.name, b]));
    const differ = merged.rows
      .filter((r) => r.verdict !== wholeBy.get(r.name)?.verdict)
      .map((r) => ({
        name: r.name,
        planted: expected(r.name),
        whole: wholeBy.get(r.name)?.verdict,
        merged: r.verdict,
        ratioWhole: wholeBy.get(r.name)?.ratio,
        ratioMerged: r.ratio,
      }));
    const plantedRows = (rows, verdictOf) =>
      Object.fromEntries(
        Object.keys(PLANTED).map((i) => [`b${String(i).padStart(3, '0')}`, verdictOf(rows.find((r) => r.name === `b${String(i).padStart(3, '0')}`))]),
      );
    const falseAlarms = (rows) => rows.filter((r) => expected(r.name) === 'untouched' && (r.verdict === 'regression' || r.verdict === 'improvement')).length;
    results.runs[mode] = {
      whole: {
        wall: whole.wall,
        elapsed: whole.report.settings.elapsed_seconds,
        rounds: whole.report.settings.rounds,
        load1: [whole.load1Before, whole.load1After],
        verdicts: counts(whole.report.benchmarks),
        overall: whole.report.verdict,
        falseAlarms: falseAlarms(whole.report.benchmarks),
        planted: plantedRows(whole.report.benchmarks, (r) => r?.verdict),
      },
      shards: parts.map((p, k) => ({
        shard: `${k + 1}/${SHARDS}`,
        rows: p.report.benchmarks.length,
        wall: p.wall,
        elapsed: p.report.settings.elapsed_seconds,
        rounds: p.report.settings.rounds,
        load1: [p.load1Before, p.load1After],
        ownVerdicts: counts(p.report.benchmarks),
      })),
      merged: {
        rows: merged.rows.length,
        verdicts: counts(merged.rows),
        overall: merged.verdict,
        falseAlarms: falseAlarms(merged.rows),
        planted: plantedRows(merged.rows, (r) => r?.verdict),
      },
      sameVerdicts: merged.rows.length - differ.length,
      differ,
      wallPerShardOverWhole: parts.map((p) => p.wall / whole.wall),
    };
    console.log(
      `${mode} merged: ${JSON.stringify(counts(merged.rows))} (${merged.verdict}); ${merged.rows.length - differ.length}/${merged.rows.length} rows as the one job; shard wall / one job: ${results.runs[mode].wallPerShardOverWhole.map((x) => x.toFixed(2)).join(', ')}`,
    );
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2) + '\n');
console.log(`wrote ${out}`);
