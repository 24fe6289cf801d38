// Offline replay of verdict rules on real per-round timings (../shared/data/noisy-rounds.json):
// resample rounds per side many times, count false alarms on the A/A set and detections per effect size
// on the A/B sets. Uses the real verdict code (compiled to lib/ by `npm run bench:replay`).
// Usage: node bench/replay.mjs [--trials 1000] [--data path] [--out bench/results/replay.json]
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeRoundEffects } from '../lib/bench/round-effects.js';
import { slowRounds } from '../lib/src/judge/slow-rounds.js';
import { judge } from '../lib/src/judge/verdicts.js';
import { seededRandom } from '../lib/src/stats/random.js';
import { shuffle } from './shuffle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const trials = Number(args.trials ?? 1000);
const dataPath = args.data ?? join(here, '..', '..', 'shared', 'data', 'noisy-rounds.json');
const outPath = args.out ?? join(here, 'results', 'replay.json');
if (!existsSync(dataPath)) {
  console.error(`no data at ${dataPath} (pass --data)`);
  process.exit(2);
}
const data = JSON.parse(readFileSync(dataPath, 'utf8'));
const changed = data.changed_in_B;

/** Adjacent rounds (2k, 2k+1) hold one round of each side in ABBA order: keep them together as pairs. */
function pairsOf(set, statistic) {
  const rows = set[`${statistic}_us`];
  const pairs = [];
  for (let k = 0; k + 1 < rows.length; k += 2) {
    const first = set.order[k];
    const isBase = (side) => side === 'A' || side === 'A1';
    pairs.push(isBase(first) ? { base: rows[k], head: rows[k + 1] } : { base: rows[k + 1], head: rows[k] });
  }
  return pairs;
}

/** How rounds are adjusted before judging: as measured, round effects divided out, or slow-mode rounds set aside. */
let adjustment = 'none';
const asMaps = (rows) => rows.map((r) => new Map(r.map((x, b) => [b, x])));
function adjust(set, rows) {
  if (adjustment === 'round-effects') return removeRoundEffects(asMaps(rows)).map((m) => set.benchmarks.map((_, b) => m.get(b)));
  if (adjustment === 'slow-rounds') {
    const slow = slowRounds(asMaps(rows));
    return rows.filter((_, i) => !slow[i]);
  }
  return rows;
}
function comparisons(set, pairs) {
  const base = adjust(
    set,
    pairs.map((p) => p.base),
  );
  const head = adjust(
    set,
    pairs.map((p) => p.head),
  );
  const column = (rows, b) => rows.map((r) => r[b] * 1e-6);
  return set.benchmarks.map((name, b) => ({
    suite: 's',
    name,
    interpreter: '3.12',
    base: column(base, b),
    head: column(head, b),
    // as judge/verdicts.ts does: with rounds set aside, the test sees every round
    ...(adjustment === 'slow-rounds'
      ? {
          all: {
            base: column(
              pairs.map((p) => p.base),
              b,
            ),
            head: column(
              pairs.map((p) => p.head),
              b,
            ),
          },
        }
      : {}),
  }));
}

const OPTIONS = { threshold: 0.05, alpha: 0.05, resamples: 400 };

/** Rule: ours at fixed n, or adaptive from min to max (more rounds while any verdict is inconclusive or a regression). */
function ours(set, order, rounds) {
  const [min, max] = Array.isArray(rounds) ? rounds : [rounds, rounds];
  let n = min;
  let rows = judge(comparisons(set, order.slice(0, n)), OPTIONS);
  while (n < max && rows.some((r) => r.verdict === 'inconclusive' || r.verdict === 'regression')) {
    n++;
    rows = judge(comparisons(set, order.slice(0, n)), OPTIONS);
  }
  return { flagged: rows.map((r) => r.verdict === 'regression'), inconclusive: rows.map((r) => r.verdict === 'inconclusive'), n };
}

/** pytest-benchmark's --benchmark-compare-fail=median:5%: one run per side, head median > base median × 1.05. */
function pytestBenchmarkRule(set, order) {
  const pair = order[0]; // pairs of per-round medians: pytest-benchmark compares the runs' medians
  return { flagged: set.benchmarks.map((_, b) => pair.head[b] > pair.base[b] * 1.05), inconclusive: set.benchmarks.map(() => false), n: 1 };
}

function replay(setName, statistic, rule, rounds, label) {
  const set = data.sets[setName];
  const pairs = pairsOf(set, rule === 'pytest-benchmark' ? 'median' : statistic);
  const random = seededRandom(12345);
  let runsWithAlarm = 0;
  let alarms = 0;
  let untouched = 0;
  let inconclusiveUntouched = 0;
  let roundsUsed = 0;
  const detected = {};
  const present = {};
  for (let t = 0; t < trials; t++) {
    const order = shuffle(pairs, random);
    const r = rule === 'pytest-benchmark' ? pytestBenchmarkRule(set, order) : ours(set, order, rounds);
    roundsUsed += r.n;
    let anyAlarm = false;
    set.benchmarks.forEach((name, b) => {
      const effect = setName === 'A/A' ? 0 : (changed[name] ?? 0);
      if (effect === 0) {
        untouched++;
        if (r.flagged[b]) {
          alarms++;
          anyAlarm = true;
        }
        if (r.inconclusive[b]) inconclusiveUntouched++;
      } else {
        present[effect] = (present[effect] ?? 0) + 1;
        if (r.flagged[b]) detected[effect] = (detected[effect] ?? 0) + 1;
      }
    });
    if (anyAlarm) runsWithAlarm++;
  }
  const power = Object.fromEntries(Object.keys(present).map((e) => [`+${e}%`, (detected[e] ?? 0) / present[e]]));
  return {
    label,
    set: setName,
    statistic,
    rounds,
    trials,
    runs_with_false_alarm: runsWithAlarm / trials,
    comparisons_falsely_flagged: alarms / untouched,
    untouched_inconclusive: inconclusiveUntouched / untouched,
    mean_rounds: roundsUsed / trials,
    power,
  };
}

const configs = [
  ['pytest-benchmark median:5% (1 run/side)', 'median', 'pytest-benchmark', 1, 'none'],
  ['ours, median, 10 rounds', 'median', 'ours', 10, 'none'],
  ['ours, min, 10 rounds', 'min', 'ours', 10, 'none'],
  ['ours, min, 10 rounds, round effects removed', 'min', 'ours', 10, 'round-effects'],
  ['ours, min, 10 rounds, slow rounds set aside', 'min', 'ours', 10, 'slow-rounds'],
  ['ours, min, 20 rounds', 'min', 'ours', 20, 'none'],
  ['ours, min, 20 rounds, round effects removed', 'min', 'ours', 20, 'round-effects'],
  ['ours, min, 20 rounds, slow rounds set aside', 'min', 'ours', 20, 'slow-rounds'],
  ['ours, min, adaptive 10→30', 'min', 'ours', [10, 30], 'none'],
  ['ours, min, adaptive 10→30, round effects removed', 'min', 'ours', [10, 30], 'round-effects'],
  ['ours, min, adaptive 10→30, slow rounds set aside', 'min', 'ours', [10, 30], 'slow-rounds'],
];
const only = args.only ? new RegExp(args.only) : null;
const results = [];
for (const [label, statistic, rule, rounds, adjusted] of configs) {
  if (only && !only.test(label)) continue;
  adjustment = adjusted;
  for (const setName of ['A/A', 'A/B-1', 'A/B-2']) {
    const t0 = Date.now();
    const r = replay(setName, statistic, rule, rounds, label);
    results.push(r);
    const power = Object.entries(r.power)
      .map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`)
      .join(', ');
    console.log(
      `${label.padEnd(50)} ${setName.padEnd(6)} runs w/ false alarm ${(r.runs_with_false_alarm * 100).toFixed(1).padStart(5)}%  ` +
        `flagged ${(r.comparisons_falsely_flagged * 100).toFixed(2).padStart(6)}%  inconcl. ${(r.untouched_inconclusive * 100).toFixed(0).padStart(3)}%  ` +
        `rounds ${r.mean_rounds.toFixed(1).padStart(4)}  ${power}  (${((Date.now() - t0) / 1000).toFixed(0)}s)`,
    );
  }
}
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, JSON.stringify({ date: new Date().toISOString(), data: dataPath.split('/').slice(-1)[0], trials, results }, null, 2) + '\n');
console.log(`written ${outPath}`);
