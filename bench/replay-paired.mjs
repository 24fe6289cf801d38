// Offline replay of the paired method on real duels (../shared/data/paired-duels-*.json): simulated runs of
// 20 benchmarks, each benchmark's worker pairs drawn with replacement from the 12 recorded for its source
// benchmark, and inside each drawn pair its duels drawn with replacement (even- and odd-numbered duels kept
// apart: they ran in opposite burst orders, and some benchmarks read differently by order). Adaptive as the
// coordinator: every benchmark gets minPairs pairs, then open rows (inconclusive, or a regression still to be
// confirmed) get one more pair each step, until maxPairs. Scenarios: the null set (A/A), the null set with a
// multiplicative slowdown added to head's duels (calibrated power), the planted set (real extra work).
// Beside it, in the same run, 1.0's rounds rule on noisy-rounds.json (bench/replay.mjs, its default row).
// Usage: node bench/replay-paired.mjs [--trials 100] [--aa-trials 300] [--sweep-trials 30] [--rounds-trials 100] [--only re] [--out …]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tTestGreater } from '../lib/bench/paired-alternatives.js';
import { EARLY_STOP_SHARE, openBenchmarks, pairedKey } from '../lib/src/judge/paired/adaptive.js';
import { judgePaired, classify } from '../lib/src/judge/paired/judge-paired.js';
import { pairCentre } from '../lib/src/judge/paired/pair-estimates.js';
import { clusterMedianCi } from '../lib/src/stats/cluster-bootstrap.js';
import { medianCi } from '../lib/src/stats/median-ci.js';
import { median } from '../lib/src/stats/quantile.js';
import { seededRandom, seedFrom } from '../lib/src/stats/random.js';
import { signTest } from '../lib/src/stats/sign-test.js';
import { wilcoxonSignedRank } from '../lib/src/stats/wilcoxon.js';
import { shuffle } from './shuffle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const trials = Number(args.trials ?? 100);
const aaTrials = Number(args['aa-trials'] ?? 300);
const sweepTrials = Number(args['sweep-trials'] ?? 30);
const roundsTrials = Number(args['rounds-trials'] ?? 100);
const dataDir = args.data ?? join(here, '..', '..', 'shared', 'data');
const outPath = args.out ?? join(here, 'results', 'replay-paired.json');
const load = (f) => JSON.parse(readFileSync(join(dataDir, f), 'utf8'));
const AA = load('paired-duels-aa-load.json');
const AB = load('paired-duels-ab-load.json');
const names = Object.keys(AA.log_ratios).sort();
const PLANTED = { b1: 1.25, b2: 1.1, b3: 1.06, b4: 1.06 }; // nominal classes; measured 1.257, 1.125, 1.069/1.077

// ---- centre of a pair: spread of pair centres across the 12 recorded pairs, and within a pair at 30 duels
function hodgesLehmann(x) {
  const w = [];
  for (let i = 0; i < x.length; i++) for (let j = i; j < x.length; j++) w.push((x[i] + x[j]) / 2);
  return median(w);
}
const CENTRES = { 'balanced median': pairCentre, median, 'Hodges-Lehmann': hodgesLehmann, mean: (x) => x.reduce((s, v) => s + v, 0) / x.length };
function robustSd(values) {
  const m = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}
function centreComparison() {
  const random = seededRandom(99);
  const out = {};
  for (const [label, centre] of Object.entries(CENTRES)) {
    const between = [];
    const within = [];
    for (const set of [AA, AB])
      for (const b of names) {
        between.push(robustSd(set.log_ratios[b].map(centre)));
        if (set !== AA) continue;
        for (const pair of set.log_ratios[b]) {
          const draws = [];
          for (let r = 0; r < 40; r++) draws.push(centre(drawDuels(pair, 30, 0, random)));
          within.push(Math.sqrt(draws.reduce((s, v) => s + v * v, 0) / draws.length - (draws.reduce((s, v) => s + v, 0) / draws.length) ** 2));
        }
      }
    out[label] = { between_pair_sd_median: median(between), within_pair_se_at_30_duels: median(within) };
  }
  return out;
}

// ---- simulated duels
/** n duels from one recorded pair, even and odd positions drawn from their own kind, plus a log shift. */
function drawDuels(pair, n, shift, random) {
  const even = pair.filter((_, i) => i % 2 === 0);
  const odd = pair.filter((_, i) => i % 2 === 1);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const from = i % 2 === 0 ? even : odd;
    out[i] = from[Math.floor(random() * from.length)] + shift;
  }
  return out;
}

function scenario(kind) {
  const cycle = (set) => Array.from({ length: 20 }, (_, j) => ({ set, source: names[j % names.length] }));
  if (kind === 'A/A') return cycle(AA).map((b) => ({ ...b, effect: 1 }));
  if (kind === 'shift' || kind === 'speed-ups') {
    // 2 benchmarks each at +3/+5/+6/+10/+25%, 10 untouched; which source gets which effect is drawn per run;
    // speed-ups: the same changes the other way (1/1.03 … 1/1.25)
    const up = [1.03, 1.03, 1.05, 1.05, 1.06, 1.06, 1.1, 1.1, 1.25, 1.25];
    const effects = [...(kind === 'shift' ? up : up.map((e) => 1 / e)), ...Array(10).fill(1)];
    return (random) => shuffle(effects, random).map((effect, j) => ({ set: AA, source: names[j % names.length], effect }));
  }
  // one change among 20, on b4: the source with the far-off pair (0.73), the worst case for a lone change
  if (kind === 'lone +6%') return cycle(AA).map((b, j) => ({ ...b, effect: j === 3 ? 1.06 : 1 }));
  if (kind === 'lone +3%') return cycle(AA).map((b, j) => ({ ...b, effect: j === 3 ? 1.03 : 1 }));
  if (kind === 'planted') return cycle(AB).map((b) => ({ ...b, effect: PLANTED[b.source] ?? 1 }));
  throw new Error(kind);
}

const TESTS = {
  sign: (x) => signTest(x, 'greater').p,
  'signed-rank': (x) => wilcoxonSignedRank(x, 'greater').p,
  t: tTestGreater,
};
const CENTRE_OF_PAIR = { balanced: pairCentre, pooled: median };

/** The real judgePaired at the defaults; the evaluated alternatives built from the same parts and rule. */
function judgeWith(config, comparisons, options) {
  const { test, centre, ci } = config;
  if (test === 'sign' && centre === 'balanced' && ci === 'order') return judgePaired(comparisons, options);
  const measured = comparisons.map((c) => {
    const centres = c.pairs.map(CENTRE_OF_PAIR[centre]);
    const interval =
      ci === 'order' ? medianCi(centres, 1 - options.alpha) : clusterMedianCi(c.pairs, 1 - options.alpha, config.resamples, seededRandom(seedFrom(c.name)));
    const row = {
      ...c,
      verdict: 'inconclusive',
      method: 'paired',
      ratio: Math.exp(median(centres)),
      ci: [Math.exp(interval.low), Math.exp(interval.high)],
      pairs: c.pairs.length,
    };
    return { row, pSlower: TESTS[test](centres), pFaster: TESTS[test](centres.map((v) => -v)) };
  });
  classify(measured, options);
  return measured.map((m) => m.row);
}

function simulateRun(benchmarks, config, random) {
  const { minPairs, maxPairs, duels, threshold } = config;
  const all = benchmarks.map((b) => {
    const recorded = b.set.log_ratios[b.source];
    return Array.from({ length: maxPairs }, () => drawDuels(recorded[Math.floor(random() * recorded.length)], duels, Math.log(b.effect), random));
  });
  const counts = benchmarks.map(() => minPairs);
  const options = { threshold, alpha: 0.05 };
  for (;;) {
    const comparisons = benchmarks.map((b, j) => ({ suite: 's', name: `${b.source}#${j}`, interpreter: '3.12', pairs: all[j].slice(0, counts[j]) }));
    const rows = judgeWith(config, comparisons, options);
    const stillOpen = openBenchmarks(rows, config.earlyShare * options.alpha);
    const open = rows.map((r, j) => stillOpen.has(pairedKey(r)) && counts[j] < maxPairs);
    if (!open.some(Boolean)) return { rows, pairs: Math.max(...counts), rowPairs: counts.reduce((a, b) => a + b, 0) / counts.length };
    open.forEach((o, j) => o && counts[j]++);
  }
}

function replayScenario(kind, config, n) {
  const random = seededRandom(20261201);
  const plan = scenario(kind);
  let runsWithAlarm = 0,
    runsWithFalseImprovement = 0,
    untouched = 0,
    unchanged = 0,
    inconclusive = 0,
    pairs = 0,
    rowPairs = 0;
  const detected = {},
    present = {};
  for (let t = 0; t < n; t++) {
    const benchmarks = typeof plan === 'function' ? plan(random) : plan;
    const { rows, pairs: used, rowPairs: perRow } = simulateRun(benchmarks, config, random);
    pairs += used;
    rowPairs += perRow;
    let alarm = false,
      falseImprovement = false;
    rows.forEach((r, j) => {
      const effect = benchmarks[j].effect;
      if (effect === 1) {
        untouched++;
        if (r.verdict === 'regression') alarm = true;
        if (r.verdict === 'improvement') falseImprovement = true;
        if (r.verdict === 'unchanged') unchanged++;
        if (r.verdict === 'inconclusive') inconclusive++;
      } else {
        const key = effect > 1 ? `+${Math.round((effect - 1) * 100)}%` : `−${Math.round((1 / effect - 1) * 100)}%`;
        present[key] = (present[key] ?? 0) + 1;
        if (r.verdict === (effect > 1 ? 'regression' : 'improvement')) detected[key] = (detected[key] ?? 0) + 1;
      }
    });
    if (alarm) runsWithAlarm++;
    if (falseImprovement) runsWithFalseImprovement++;
  }
  const power = Object.fromEntries(Object.keys(present).map((k) => [k, (detected[k] ?? 0) / present[k]]));
  return {
    scenario: kind,
    ...config,
    trials: n,
    runs_with_false_alarm: runsWithAlarm / n,
    runs_with_false_improvement: runsWithFalseImprovement / n,
    untouched_unchanged: unchanged / untouched,
    untouched_inconclusive: inconclusive / untouched,
    mean_pairs: pairs / n,
    mean_row_pairs: rowPairs / n,
    power,
  };
}

const DEFAULT = { test: 'sign', centre: 'balanced', ci: 'order', minPairs: 6, maxPairs: 20, duels: 20, resamples: 500, earlyShare: EARLY_STOP_SHARE };
const SCENARIOS = args.scenarios
  ? JSON.parse(args.scenarios)
  : [
      ['A/A', 0.05],
      ['A/A', 0.02],
      ['shift', 0.05],
      ['shift', 0.02],
      ['speed-ups', 0.05],
      ['lone +6%', 0.05],
      ['lone +3%', 0.02],
      ['planted', 0.05],
    ];
const SWEEP = [
  ['A/A', 0.05],
  ['shift', 0.05],
  ['shift', 0.02],
  ['lone +6%', 0.05],
];
// Regressions closed early at q ≤ share·α (adaptive.ts), beside waiting for the last pair (share 0) and at α itself.
const EARLY_STOP_SHARE_REPLAYED = [
  ['no early stop', { earlyShare: 0 }],
  ['early α/5', { earlyShare: 0.2 }],
  ['early α/50', { earlyShare: 0.02 }],
  ['early α', { earlyShare: 1 }],
];
const FULL_TRIALS = new Set(['default', ...EARLY_STOP_SHARE_REPLAYED.map(([l]) => l)]);
const variants = [
  ['default', {}, SCENARIOS],
  ...EARLY_STOP_SHARE_REPLAYED.map(([l, c]) => [l, c, SCENARIOS]),
  ...[
    ['signed-rank', { test: 'signed-rank' }],
    ['t', { test: 't' }],
    ['pooled median', { centre: 'pooled' }],
    ['bootstrap CI', { ci: 'bootstrap', centre: 'pooled' }],
    ['max 12', { maxPairs: 12 }],
    ['max 16', { maxPairs: 16 }],
    ['12 duels', { duels: 12 }],
    ['16 duels', { duels: 16 }],
    ['30 duels', { duels: 30 }],
  ].map(([l, c]) => [l, c, SWEEP]),
];
const only = args.only ? new RegExp(args.only) : null;
const results = [];
const t0 = Date.now();
const centres = centreComparison();
console.log('pair centres (robust SD across pairs; SE inside a pair at 30 duels):', JSON.stringify(centres));
for (const [label, change, scenarios] of variants) {
  if (only && !only.test(label)) continue;
  for (const [kind, threshold] of scenarios) {
    const t1 = Date.now();
    // the false-alarm figure needs the most trials: 0 alarms in 300 runs bounds the rate below 1% (95%)
    const n = !FULL_TRIALS.has(label) ? sweepTrials : kind === 'A/A' && threshold === 0.05 ? aaTrials : trials;
    const r = { label, ...replayScenario(kind, { ...DEFAULT, ...change, threshold }, n) };
    results.push(r);
    const power = Object.entries(r.power)
      .map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`)
      .join(', ');
    console.log(
      `${label.padEnd(13)} ${kind.padEnd(9)} t=${threshold}  runs w/ false alarm ${(r.runs_with_false_alarm * 100).toFixed(1).padStart(5)}% / improvement ${(r.runs_with_false_improvement * 100).toFixed(1).padStart(4)}%  unchanged ${(r.untouched_unchanged * 100).toFixed(1).padStart(5)}%  inconcl. ${(r.untouched_inconclusive * 100).toFixed(1).padStart(5)}%  pairs ${r.mean_pairs.toFixed(1).padStart(4)} (a row ${r.mean_row_pairs.toFixed(1).padStart(4)})  ${power}  (${((Date.now() - t1) / 1000).toFixed(0)}s)`,
    );
  }
}
let rounds = null;
if (roundsTrials > 0 && !only) {
  // 1.0's default rule on its own data, in the same run: min, adaptive 10→30, slow rounds set aside
  const roundsOut = join(here, 'results', 'replay-rounds-beside-paired.json');
  console.log(
    execFileSync('node', [join(here, 'replay.mjs'), '--trials', String(roundsTrials), '--only', 'adaptive 10→30, slow rounds set aside', '--out', roundsOut], {
      encoding: 'utf8',
    }).trim(),
  );
  rounds = JSON.parse(readFileSync(roundsOut, 'utf8')).results;
}
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(
  outPath,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      data: ['paired-duels-aa-load.json', 'paired-duels-ab-load.json'],
      default: DEFAULT,
      seconds: (Date.now() - t0) / 1000,
      centres,
      results,
      rounds_rule_on_noisy_rounds: rounds,
    },
    null,
    2,
  ) + '\n',
);
console.log(`written ${outPath} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
