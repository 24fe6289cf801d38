// Paired beside rounds, in one run: the real CLI (dist/cli) on the 20-benchmark fixture (bench/fixture), A/A
// (docs-only change) or power (calibrated +3/+5/+10/+25% slowdowns on 8 benchmarks), each method in turn on
// the same project, with and without the background load of bench/load.mjs (CPU hogs switching on and off
// every 0.2–2 s). Writes bench/results/methods-<mode>.json and prints a table.
// Usage: node bench/methods.mjs --mode aa|power [--runs 5 | --runs paired=20,rounds=5] [--methods paired,paired-1,rounds] [--load both|on|off]
//        [--threshold 5%] [--interpreters 3.12] [--copies 1] [--effects name=pct,...] [--cli dist/cli/index.js] [--out file]
// --copies 2 --interpreters 3.12,3.13: the larger suite (34 benchmarks: the 14 pytest ones twice, 6 timeit; 2 interpreters).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { effectsWith, effectOf as plantedEffect, makeProject } from './fixture-project.mjs';
import { startLoad } from './load.mjs';
import './venv.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const arg = (name, dflt) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : dflt);
const mode = arg('mode', 'aa');
const methods = arg('methods', 'paired,rounds').split(',');
// Runs per method: one number for all, or method=count pairs (the slower method may get fewer).
const runsArg = arg('runs', '5');
const runsOf = Object.fromEntries(
  methods.map((m) => [m, Number(/=/.test(runsArg) ? (runsArg.split(',').find((x) => x.startsWith(`${m}=`)) ?? '=0').split('=')[1] : runsArg)]),
);
const runs = Math.max(...Object.values(runsOf));
const loads = { both: [false, true], on: [true], off: [false] }[arg('load', 'both')];
const threshold = arg('threshold', '5%');
const interpreters = arg('interpreters', '3.12');

// --effects int_squares=6,list_comp=6: other planted effects in power mode (fixture-project.mjs effectsWith).
const effects = effectsWith(arg('effects', ''));
const effectOf = (name) => plantedEffect(name, mode, effects);

const root = mkdtempSync(join(tmpdir(), 'ppg-methods-'));
const project = join(root, 'perfsuite');
makeProject(project, mode, Number(arg('copies', '1')), effects);
// --cli: a copy of dist/cli, so a rebuild during a long bench does not change the code under test.
const cli = arg('cli', join(here, '..', 'dist', 'cli', 'index.js'));
const suites = ['--suites', 'pytest-benchmark: benchmarks/ --benchmark-max-time=0.05', '--suites', 'timeit: benchmarks/micro.toml'];

/** `paired`, `rounds`, or `paired-N`: paired with N suite × interpreter units at once (`parallel: N`). */
function methodArgs(method) {
  const m = /^paired-(\d+)$/.exec(method);
  return m ? ['--method', 'paired', '--parallel', m[1]] : ['--method', method];
}

function runOnce(method, out) {
  const t0 = Date.now();
  const res = spawnSync(
    process.execPath,
    [
      cli,
      '--base',
      'HEAD^',
      '--head',
      'HEAD',
      '--install',
      'none',
      '--comment',
      'never',
      ...methodArgs(method),
      '--threshold',
      threshold,
      '--interpreters',
      interpreters,
      '--profile',
      'none',
      ...suites,
      '--json',
      out,
    ],
    { cwd: project, encoding: 'utf8' },
  );
  const wall = (Date.now() - t0) / 1000;
  try {
    return { wall, report: JSON.parse(readFileSync(out, 'utf8')) };
  } catch {
    console.error(`${method}: no report (exit ${res.status}): ${res.stderr.split('\n').slice(-3).join(' ')}`);
    return undefined;
  }
}

const cells = {};
for (const loaded of loads) {
  const load = loaded ? startLoad({ hogs: 2, seconds: 4 * 3600 }) : undefined;
  try {
    for (let r = 0; r < runs; r++) {
      for (const method of (r % 2 ? [...methods].reverse() : methods).filter((m) => r < runsOf[m])) {
        const key = `${method}${loaded ? ' + load' : ''}`;
        const got = runOnce(method, join(root, `report-${key.replace(/\W+/g, '-')}-${r}.json`));
        if (!got) continue;
        got.load = loadavg()[0];
        (cells[key] ??= []).push(got);
        writeResult();
        const counts = {};
        for (const b of got.report.benchmarks) counts[b.verdict] = (counts[b.verdict] ?? 0) + 1;
        console.log(
          `${key} run ${r + 1}/${runsOf[method]} (load ${loadavg()[0].toFixed(1)}): ${got.report.verdict} ${JSON.stringify(counts)}, wall ${got.wall.toFixed(0)}s`,
        );
      }
    }
  } finally {
    load?.stop();
  }
}

function summarize(list) {
  let untouched = 0,
    flagged = 0,
    unchanged = 0,
    alarms = 0;
  const byEffect = {};
  for (const { report } of list) {
    let alarm = false;
    for (const b of report.benchmarks) {
      const e = effectOf(b.name);
      if (e === 0) {
        untouched++;
        if (b.verdict === 'regression') {
          flagged++;
          alarm = true;
        }
        if (b.verdict === 'unchanged') unchanged++;
      } else {
        const s = (byEffect[`+${e}%`] ??= { n: 0, detected: 0, ratios: [] });
        s.n++;
        if (b.verdict === 'regression') s.detected++;
        if (typeof b.ratio === 'number') s.ratios.push(b.ratio);
      }
    }
    if (alarm) alarms++;
  }
  const mean = (xs) => xs.reduce((a, x) => a + x, 0) / Math.max(1, xs.length);
  return {
    runs: list.length,
    runs_with_false_alarm: alarms / Math.max(1, list.length),
    untouched_flagged: untouched ? flagged / untouched : null,
    untouched_unchanged: untouched ? unchanged / untouched : null,
    detected: Object.fromEntries(Object.entries(byEffect).map(([e, s]) => [e, s.detected / s.n])),
    // What the planted changes read: the fixture's +5% is a 5% longer loop, which reads a little under or over.
    ratios_read: Object.fromEntries(
      Object.entries(byEffect).map(([e, s]) => {
        const r = [...s.ratios].sort((a, b) => a - b);
        return [e, r.length ? { min: r[0], median: r[Math.floor(r.length / 2)], max: r.at(-1) } : null];
      }),
    ),
    wall_seconds_mean: mean(list.map((x) => x.wall)),
    per_run: list.map(({ report, wall, load }) => ({
      wall_seconds: Math.round(wall),
      load_average_after: Number(load.toFixed(1)),
      worker_startup_seconds: report.settings?.worker_startup_seconds,
      pairs: report.settings?.pairs,
      verdicts: report.benchmarks.reduce((c, b) => ({ ...c, [b.verdict]: (c[b.verdict] ?? 0) + 1 }), {}),
      // Untouched rows flagged: which, and what they read (to look into a false alarm afterwards).
      false_alarms: report.benchmarks
        .filter((b) => effectOf(b.name) === 0 && b.verdict === 'regression')
        .map((b) => ({ name: b.name, interpreter: b.interpreter, ratio: b.ratio, ci: b.ci })),
    })),
  };
}

/** Per load: how the methods' verdicts compare, row by row, in their first runs (the larger-suite question). */
function agreement() {
  const out = {};
  for (const loaded of loads) {
    const suffix = loaded ? ' + load' : '';
    const ran = methods.filter((m) => cells[`${m}${suffix}`]?.[0]);
    if (ran.length < 2) continue;
    const key = (b) => `${b.suite ?? ''} ${b.name} ${b.interpreter ?? ''}`;
    const verdicts = ran.map((m) => new Map(cells[`${m}${suffix}`][0].report.benchmarks.map((b) => [key(b), b.verdict])));
    const rows = [...verdicts[0].keys()];
    const differ = rows
      .filter((k) => verdicts.some((v) => v.get(k) !== verdicts[0].get(k)))
      .map((k) => `${k}: ${ran.map((m, i) => `${m} ${verdicts[i].get(k)}`).join(', ')}`);
    out[loaded ? 'load' : 'quiet'] = { rows: rows.length, same: rows.length - differ.length, differ };
  }
  return out;
}

function writeResult() {
  const result = {
    date: new Date().toISOString(),
    mode,
    threshold,
    interpreters,
    effects: mode === 'aa' ? {} : effects,
    runs_per_method: runsOf,
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here, encoding: 'utf8' }).stdout.trim(),
    cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, summarize(v)])),
    agreement_first_runs: agreement(),
  };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(arg('out', join(here, 'results', `methods-${mode}.json`)), JSON.stringify(result, null, 2) + '\n');
  return result;
}
console.log(JSON.stringify(writeResult(), null, 2));
rmSync(root, { recursive: true, force: true });
