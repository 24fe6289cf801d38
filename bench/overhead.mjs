// The JS cost beyond running Python: verdicts (tests, bootstrap, FDR), report JSON and markdown for
// 1,000 benchmarks × 3 interpreters × 30 rounds per side (synthetic samples). Prints time and peak memory.
// Usage: node bench/overhead.mjs [--benchmarks 1000] [--interpreters 3] [--rounds 30] [--out bench/results/overhead.json]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judge } from '../lib/src/judge/verdicts.js';
import { buildReport, reportToJson } from '../lib/src/report/json.js';
import { renderMarkdown } from '../lib/src/report/markdown.js';
import { seededRandom } from '../lib/src/stats/random.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const benchmarks = Number(args.benchmarks ?? 1000);
const interpreters = Number(args.interpreters ?? 3);
const rounds = Number(args.rounds ?? 30);
const outPath = args.out ?? join(here, 'results', 'overhead.json');

const random = seededRandom(1);
const lognormal = () => Math.exp(0.15 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
const comparisons = [];
for (let i = 0; i < interpreters; i++) {
  for (let b = 0; b < benchmarks; b++) {
    const scale = 1e-6 * (1 + (b % 100));
    const effect = b % 50 === 0 ? 1.3 : b % 50 === 1 ? 0.7 : 1;
    comparisons.push({
      suite: 'benchmarks/',
      name: `test_module_${Math.floor(b / 20)}.py::test_case[${b}]`,
      interpreter: `3.1${1 + i}`,
      base: Array.from({ length: rounds }, () => scale * lognormal()),
      head: Array.from({ length: rounds }, () => scale * effect * lognormal()),
    });
  }
}

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
const t0 = performance.now();
const rows = judge(comparisons, { threshold: 0.05, alpha: 0.05 });
const t1 = performance.now();
const report = buildReport({
  base: { ref: 'main', sha: 'a'.repeat(40) },
  head: { ref: 'pr', sha: 'b'.repeat(40) },
  threshold: 0.05,
  alpha: 0.05,
  statistic: 'min',
  slowRounds: 'drop',
  minRounds: 10,
  maxRounds: 30,
  rounds,
  stopReason: 'max-rounds',
  elapsedSeconds: 0,
  interpreters: Array.from({ length: interpreters }, (_, i) => ({ label: `3.1${1 + i}`, version: `3.1${1 + i}.0`, implementation: 'CPython', path: '/py' })),
  rows,
});
const json = JSON.stringify(reportToJson(report));
const markdown = renderMarkdown(report, { marker: '<!-- py-perf-guard job=x key= -->' });
const t2 = performance.now();
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);

const result = {
  date: new Date().toISOString(),
  node: process.version,
  comparisons: comparisons.length,
  rounds_per_side: rounds,
  verdicts_seconds: (t1 - t0) / 1000,
  report_seconds: (t2 - t1) / 1000,
  total_seconds: (t2 - t0) / 1000,
  peak_rss_mb: peak / 2 ** 20,
  json_bytes: json.length,
  markdown_chars: markdown.length,
};
console.log(
  `${result.comparisons} comparisons × ${rounds} rounds/side: verdicts ${result.verdicts_seconds.toFixed(3)} s, report ${result.report_seconds.toFixed(3)} s, total ${result.total_seconds.toFixed(3)} s, peak RSS ${result.peak_rss_mb.toFixed(0)} MB`,
);
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, JSON.stringify(result, null, 2) + '\n');
