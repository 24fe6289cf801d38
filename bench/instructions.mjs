// Instruction-count bench (issue 12) on the 20-benchmark project in bench/fixture, under the background load
// of bench/load.mjs: P callgrind processes per side for base, an A/A head (same code, other checkout) and a
// head with real extra work of +1/+2/+3% on three benchmarks (loop sizes). Reports per-benchmark
// repeatability (relative range over processes), detection at --threshold (default 0.5%) for every pair of
// 2-process sides (the default), false alarms over the A/A pairs, and the cost of one counting process
// against one plain timing round of the same suite. Writes bench/results/instructions.json.
// Usage: npm run bench:build && node bench/instructions.mjs [--processes 10] [--calls 5] [--hogs 2]
//        [--python 3.12.1] [--suites timeit,pytest] [--threshold 0.005] [--out bench/results/instructions.json]
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess } from '../lib/src/io/process.js';
import { judgeInstructions, relativeSpread } from '../lib/src/judge/instructions.js';
import { countSide, writeCountScripts } from '../lib/src/measure/instructions/count.js';
import { discoverValgrind } from '../lib/src/measure/instructions/valgrind.js';
import { runPytestBenchmarkRound } from '../lib/src/suites/pytest-benchmark/pytest-benchmark.js';
import { writeHarness } from '../lib/src/suites/registry.js';
import { parseTimeitSuite, runTimeitRound } from '../lib/src/suites/timeit/timeit.js';
import { startLoad } from './load.mjs';
import { makeVenv } from './venv.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const processes = Number(args.processes ?? 10);
const calls = Number(args.calls ?? 5);
const threshold = Number(args.threshold ?? 0.005);
const suiteKinds = (args.suites ?? 'timeit,pytest').split(',');
const python = `${process.env.PYENV_ROOT ?? `${process.env.HOME}/.pyenv`}/versions/${args.python ?? '3.12.1'}/bin/python3`;
/** Real extra work: the loop size of three linear benchmarks × (1 + effect). */
const EFFECTS = { add_loop: 1, int_squares: 2, list_comp: 3 };

const root = mkdtempSync(join(tmpdir(), 'ppg-instr-bench-'));
function checkout(name, edit) {
  const dir = join(root, name);
  cpSync(join(here, 'fixture'), dir, { recursive: true });
  edit?.(dir);
  return dir;
}
// Equal-length paths, as the pipeline's worktrees (<tmp>/base, <tmp>/head): a path is in every code object and
// sys.path entry, so a longer one could shift the heap (measured: it did not change any count here).
const dirs = {
  base: checkout('base'),
  aa: checkout('same', (d) => writeFileSync(join(d, 'README.md'), readFileSync(join(d, 'README.md'), 'utf8') + '\nDocs-only change.\n')),
  effect: checkout('more', (d) => {
    const p = join(d, 'perfsuite', 'sizes.py');
    let text = readFileSync(p, 'utf8');
    for (const [name, pct] of Object.entries(EFFECTS))
      text = text.replace(new RegExp(`"${name}": (\\d+)`), (_, n) => `"${name}": ${Math.round(Number(n) * (1 + pct / 100))}`);
    writeFileSync(p, text);
  }),
};
const effectOf = (name) => Object.entries(EFFECTS).find(([k]) => name === k || name.endsWith(`::test_${k}`))?.[1] ?? 0;

const venv = join(root, 'venv');
makeVenv(python, venv, ['pytest', 'py-cpuinfo'], ['--no-deps', 'pytest-benchmark']);
const harnessDir = writeCountScripts(writeHarness(join(root, 'harness')));
const found = await discoverValgrind({ run: runProcess, env: process.env, platform: process.platform, isRoot: process.getuid?.() === 0, log: console.log });
if (!found.setup) throw new Error(found.reason);
const env = { PATH: `${join(venv, 'bin')}:${process.env.PATH}`, VIRTUAL_ENV: venv, HOME: process.env.HOME };
const SUITES = {
  timeit: { kind: 'timeit', path: 'benchmarks/micro.toml', args: [] },
  pytest: { kind: 'pytest-benchmark', path: 'benchmarks/', args: ['--benchmark-max-time=0.1'] },
};
const ctx = (dir, suite, tag) => ({
  run: runProcess,
  python: join(venv, 'bin', 'python'),
  env,
  projectDir: dir,
  suite,
  harnessDir,
  scratchDir: mkdirSync(join(root, `scratch-${tag}`), { recursive: true }) ?? join(root, `scratch-${tag}`),
  timeoutMs: 30 * 60_000,
  statistic: 'min',
  jit: false,
});

const load = startLoad({ hogs: Number(args.hogs ?? 2), seconds: 3 * 3600 });
const t0 = Date.now();
const result = {
  date: new Date().toISOString(),
  python,
  valgrind: found.setup.version,
  aslr_off: found.setup.noAslr.length > 0,
  processes,
  calls,
  threshold,
  hogs: Number(args.hogs ?? 2),
  suites: {},
};
try {
  for (const kind of suiteKinds) {
    const suite = SUITES[kind];
    const timeit = kind === 'timeit' ? parseTimeitSuite(readFileSync(join(dirs.base, suite.path), 'utf8'), suite.path) : undefined;
    // one plain timing round of the suite, as the timing pass runs it, for the cost ratio
    const plainStart = Date.now();
    const plain =
      kind === 'timeit' ? await runTimeitRound(ctx(dirs.base, suite, 'plain'), timeit) : await runPytestBenchmarkRound(ctx(dirs.base, suite, 'plain'));
    const plainSeconds = (Date.now() - plainStart) / 1000;
    if (plain.suiteError) throw new Error(plain.suiteError);
    const sides = {};
    const seconds = {};
    for (const side of ['base', 'aa', 'effect']) {
      const start = Date.now();
      sides[side] = await countSide(ctx(dirs[side], suite, `${kind}-${side.slice(0, 2)}`), { valgrind: found.setup, calls, processes, timeit });
      seconds[side] = (Date.now() - start) / 1000 / processes;
      if (sides[side].error) throw new Error(`${kind} ${side}: ${sides[side].error}`);
      console.log(`${kind} ${side}: ${processes} processes, ${seconds[side].toFixed(1)} s each`);
    }
    // every pair of 2-process sides (the default), base against each head: A/A and effect comparisons
    const pairs = (xs) => Array.from({ length: Math.floor(xs.length / 2) }, (_, i) => xs.slice(2 * i, 2 * i + 2));
    const benches = {};
    let aaComparisons = 0;
    let aaFlagged = 0;
    for (const [name, base] of sides.base.counts) {
      const aa = sides.aa.counts.get(name) ?? [];
      const effect = sides.effect.counts.get(name) ?? [];
      const judgeAll = (head) => pairs(base).flatMap((b) => pairs(head).map((h) => judgeInstructions(b, h, threshold)));
      const aaRows = judgeAll(aa);
      aaComparisons += aaRows.length;
      aaFlagged += aaRows.filter((r) => r.verdict !== 'unchanged').length;
      const effectRows = judgeAll(effect);
      const all = judgeInstructions(base, effect, threshold);
      benches[name] = {
        per_call: Math.round(base[0]),
        spread_base: relativeSpread(base),
        spread_aa: relativeSpread(aa),
        effect: `+${effectOf(name)}%`,
        ratio: all.ratio,
        flagged_pairs: `${effectRows.filter((r) => r.verdict !== 'unchanged').length}/${effectRows.length}`,
      };
    }
    const untouched = Object.entries(benches).filter(([n]) => !effectOf(n));
    const worst = Object.entries(benches).sort((a, b) => Math.max(b[1].spread_base, b[1].spread_aa) - Math.max(a[1].spread_base, a[1].spread_aa))[0];
    result.suites[kind] = {
      benchmarks: benches,
      worst_spread: { name: worst[0], spread: Math.max(worst[1].spread_base, worst[1].spread_aa) },
      aa_pairs_flagged: `${aaFlagged}/${aaComparisons}`,
      untouched_effect_side_flagged: untouched.filter(([, b]) => !b.flagged_pairs.startsWith('0/')).map(([n]) => n),
      detected: Object.fromEntries(
        Object.entries(benches)
          .filter(([n]) => effectOf(n))
          .map(([n, b]) => [n, { effect: b.effect, ratio: b.ratio, flagged_pairs: b.flagged_pairs }]),
      ),
      seconds_per_counting_process: seconds,
      seconds_plain_timing_round: plainSeconds,
      cost_vs_plain: seconds.base / plainSeconds,
    };
  }
} finally {
  load.stop();
  if (!result.suites[suiteKinds.at(-1)]) rmSync(root, { recursive: true, force: true });
}
result.wall_seconds = (Date.now() - t0) / 1000;
result.load_average = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
console.log(JSON.stringify(result, null, 2));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(args.out ?? join(here, 'results', 'instructions.json'), JSON.stringify(result, null, 2) + '\n');
rmSync(root, { recursive: true, force: true });
