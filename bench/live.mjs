// Live detection-quality bench: the real pipeline (the committed dist/cli bundle) run R times on the
// 20-benchmark project in bench/fixture, with base and head either identical in code (--mode aa: a
// docs-only commit) or with real extra work calibrated to +3/+5/+10/+25% on 8 benchmarks (--mode power).
// On the very same rounds it also applies pytest-benchmark's --benchmark-compare-fail=median:5% rule
// (one run per side: the first round's medians). Prints a table, writes bench/results/live-<mode>.json.
// Usage: node bench/live.mjs --mode aa|power [--runs 20] [--interpreters 3.12] [--min-rounds 10] [--max-rounds 30]
//        [--slow-rounds drop|keep] [--out bench/results/live-<mode>.json] [--keep-logs <dir>]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { effectOf as plantedEffect, makeProject } from './fixture-project.mjs';
import './venv.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const mode = args.mode ?? 'aa';
const runs = Number(args.runs ?? 20);
const passThrough = ['interpreters', 'min-rounds', 'max-rounds', 'time-budget', 'threshold', 'alpha', 'statistic', 'slow-rounds'].flatMap((k) =>
  args[k] ? [`--${k}`, args[k]] : [],
);

const root = mkdtempSync(join(tmpdir(), 'ppg-live-'));
const project = join(root, 'perfsuite');
makeProject(project, mode);
const cli = join(here, '..', 'dist', 'cli', 'index.js');
const suites = ['--suites', 'pytest-benchmark: benchmarks/ --benchmark-max-time=0.05', '--suites', 'timeit: benchmarks/micro.toml'];

const perRun = [];
for (let r = 0; r < runs; r++) {
  const out = join(root, `report-${r}.json`);
  const log = join(root, `rounds-${r}.jsonl`);
  const t0 = Date.now();
  const res = spawnSync(
    process.execPath,
    [cli, '--base', 'HEAD^', '--head', 'HEAD', '--install', 'none', '--comment', 'never', ...suites, ...passThrough, '--json', out],
    {
      cwd: project,
      env: { ...process.env, PY_PERF_GUARD_ROUNDS_LOG: log },
      encoding: 'utf8',
    },
  );
  const wall = (Date.now() - t0) / 1000;
  if (!existsSync(out)) {
    console.error(`run ${r + 1}: no report (exit ${res.status}): ${res.stderr.split('\n').slice(-3).join(' ')}`);
    continue;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const rounds = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  // pytest-benchmark's rule on the same samples: the first round of each side, medians, head > base × 1.05
  const first = (side) => Object.assign({}, ...rounds.filter((x) => x.round === 0 && x.side === side).map((x) => x.stats));
  const b0 = first('base');
  const h0 = first('head');
  const pytestRule = Object.fromEntries(
    Object.keys(b0)
      .filter((n) => h0[n])
      .map((n) => [n, h0[n].median > b0[n].median * 1.05]),
  );
  perRun.push({ wall, report, pytestRule });
  const counts = {};
  for (const b of report.benchmarks) counts[b.verdict] = (counts[b.verdict] ?? 0) + 1;
  console.log(
    `run ${r + 1}/${runs}: ${report.verdict}, ${JSON.stringify(counts)}, ${report.settings.rounds} rounds (${report.settings.stop_reason}), rounds ${report.settings.elapsed_seconds}s, wall ${wall.toFixed(0)}s`,
  );
}

const effectOf = (name) => plantedEffect(name, mode);

const summary = {
  comparisons: 0,
  flagged: 0,
  runsWithAlarm: 0,
  inconclusive: 0,
  untouched: 0,
  pytestFlagged: 0,
  pytestRunsWithAlarm: 0,
  byEffect: {},
  pytestByEffect: {},
  ratios: {},
};
for (const { report, pytestRule } of perRun) {
  let alarm = false;
  let pytestAlarm = false;
  for (const b of report.benchmarks) {
    const e = effectOf(b.name);
    const flagged = b.verdict === 'regression';
    const pyFlag = pytestRule[b.name] ?? false;
    if (e === 0) {
      summary.untouched++;
      if (flagged) {
        summary.flagged++;
        alarm = true;
      }
      if (pyFlag) {
        summary.pytestFlagged++;
        pytestAlarm = true;
      }
      if (b.verdict === 'inconclusive') summary.inconclusive++;
    } else {
      const s = (summary.byEffect[e] ??= { n: 0, detected: 0 });
      s.n++;
      if (flagged) s.detected++;
      const p = (summary.pytestByEffect[e] ??= { n: 0, detected: 0 });
      p.n++;
      if (pyFlag) p.detected++;
      if (b.ratio) (summary.ratios[b.name] ??= []).push(b.ratio);
    }
    summary.comparisons++;
  }
  if (alarm) summary.runsWithAlarm++;
  if (pytestAlarm) summary.pytestRunsWithAlarm++;
}
const n = perRun.length;
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const result = {
  date: new Date().toISOString(),
  mode,
  runs: n,
  settings: passThrough,
  load_average: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number),
  ours: {
    runs_with_false_alarm: perRun.length ? summary.runsWithAlarm / n : null,
    comparisons_falsely_flagged: summary.untouched ? summary.flagged / summary.untouched : null,
    untouched_inconclusive: summary.untouched ? summary.inconclusive / summary.untouched : null,
    detected: Object.fromEntries(Object.entries(summary.byEffect).map(([e, s]) => [`+${e}%`, s.detected / s.n])),
  },
  pytest_benchmark_median_5pct: {
    runs_with_false_alarm: perRun.length ? summary.pytestRunsWithAlarm / n : null,
    comparisons_falsely_flagged: summary.untouched ? summary.pytestFlagged / summary.untouched : null,
    detected: Object.fromEntries(Object.entries(summary.pytestByEffect).map(([e, s]) => [`+${e}%`, s.detected / s.n])),
  },
  calibrated_effect: Object.fromEntries(Object.entries(summary.ratios).map(([k, v]) => [k, { nominal: `+${effectOf(k)}%`, median_ratio: median(v) }])),
  rounds_mean: perRun.reduce((s, r) => s + r.report.settings.rounds, 0) / Math.max(1, n),
  // per run, the slow-mode rounds set aside on either side, summed over the suites (each suite's count once)
  slow_rounds_set_aside_mean:
    perRun.reduce(
      (s, r) =>
        s +
        Object.values(
          Object.fromEntries(
            r.report.benchmarks.map((b) => [b.suite, b.slow_rounds_set_aside ? b.slow_rounds_set_aside.base + b.slow_rounds_set_aside.head : 0]),
          ),
        ).reduce((a, x) => a + x, 0),
      0,
    ) / Math.max(1, n),
  rounds_seconds_mean: perRun.reduce((s, r) => s + r.report.settings.elapsed_seconds, 0) / Math.max(1, n),
  wall_seconds_mean: perRun.reduce((s, r) => s + r.wall, 0) / Math.max(1, n),
};
console.log(JSON.stringify(result, null, 2));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(args.out ?? join(here, 'results', `live-${mode}.json`), JSON.stringify(result, null, 2) + '\n');
// --keep-logs <dir>: keep the rounds logs and reports, to judge the very same rounds under other rules later
if (args['keep-logs']) cpSync(root, args['keep-logs'], { recursive: true });
rmSync(root, { recursive: true, force: true });
