// Quick check of the paired engine's clock default (npm run bench:build first): the +30% and the untouched benchmark
// of the calc fixture, 6 pairs, clock auto (CPU time, both workers pinned to one CPU) beside wall, 2 trials each,
// under bench/load.mjs's two switching CPU hogs. Writes bench/results/paired-clock-check.json. ~1 min.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const L = new URL('../lib/src', import.meta.url).pathname;
const { measurePairedUnit } = await import(`${L}/measure/paired/coordinator.js`);
const { pairCentres, pairedEstimate } = await import(`${L}/judge/paired/pair-estimates.js`);
const { startLoad } = await import('./load.mjs');
const py = process.env.PY_PERF_GUARD_PYTHON_312 ?? `${process.env.PYENV_ROOT ?? `${process.env.HOME}/.pyenv`}/versions/3.12.1/bin/python3`;
const work = 'def work(n):\n    total = 0\n    for i in range(n):\n        total += i * i\n    return total\n';
const root = mkdtempSync(join(tmpdir(), 'ppg-clock-'));
for (const [side, slowN] of [
  ['base', 3000],
  ['head', 3900],
]) {
  mkdirSync(join(root, side), { recursive: true });
  writeFileSync(join(root, side, 'calc.py'), `${work}\ndef slow():\n    return work(${slowN})\n\ndef steady():\n    return work(3000)\n`);
}
const timeit = {
  setup: 'import calc',
  benchmarks: [
    { name: 'slow', stmt: 'calc.slow()', setup: '', number: 0, gc: false },
    { name: 'steady', stmt: 'calc.steady()', setup: '', number: 0, gc: false },
  ],
};
const side = (s) => ({
  python: py,
  env: { PATH: process.env.PATH },
  projectDir: join(root, s),
  harnessDir: join(root, 'h'),
  scratchDir: join(root, `sc-${s}`),
  timeit,
});
const load = startLoad ? startLoad({ hogs: 2, seconds: 120 }) : null;
const out = [];
for (let trial = 0; trial < 2; trial++)
  for (const clock of ['auto', 'wall']) {
    const t = Date.now();
    const r = await measurePairedUnit(
      { suite: { kind: 'timeit', path: 'b.toml', args: [] }, sides: { base: side('base'), head: side('head') } },
      { jit: false, pairs: 6, clock },
    );
    for (const [name, b] of r.benchmarks) {
      const e = pairedEstimate(pairCentres(b.pairs), 0.95);
      out.push({
        trial,
        clock,
        name,
        used: b.clock,
        ratio: +e.ratio.toFixed(3),
        ci: e.ci.map((x) => +x.toFixed(3)),
        width: +((e.ci[1] / e.ci[0] - 1) * 100).toFixed(1),
        pairs: e.centres.map((c) => +Math.exp(c).toFixed(3)),
      });
    }
    out.push({ trial, clock, seconds: (Date.now() - t) / 1000 });
    console.log(JSON.stringify(out.slice(-3)));
  }
load?.stop?.();
writeFileSync(new URL('results/paired-clock-check.json', import.meta.url), JSON.stringify(out, null, 1));
process.exit(0);
