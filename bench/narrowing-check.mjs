// Does narrowing a pair to the benchmarks still open change what an untouched one reads? (issue 11, the
// test_regex false alarm in bench/README.md.) The power fixture (+6% on four rows), its pytest suite on CPython
// 3.12, one PairedSession whose pairs alternate between the whole suite and the rows the bench's runs left open
// (the four +6% rows and test_regex); per pair kind, what test_regex (and, in whole pairs, every untouched row)
// read. Writes bench/results/narrowing-check.json.
// Usage: npm run bench:build && node bench/narrowing-check.mjs [--pairs 20] [--sessions 2] [--python PATH]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PairedSession } from '../lib/src/measure/paired/coordinator.js';
import { effectOf, effectsWith, makeProject } from './fixture-project.mjs';
import { makeVenv } from './venv.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const arg = (name, dflt) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : dflt);
const pairs = Number(arg('pairs', '20'));
const sessions = Number(arg('sessions', '2'));
const python = arg('python', join(process.env.PYENV_ROOT ?? join(process.env.HOME, '.pyenv'), 'versions', '3.12.1', 'bin', 'python3'));
const effects = effectsWith('int_squares=6,list_comp=6,gen_sum=6,str_join=6');

const root = mkdtempSync(join(tmpdir(), 'ppg-narrowing-'));
const head = join(root, 'head');
makeProject(head, 'power', 1, effects);
execFileSync('git', ['worktree', 'add', '-q', '--detach', join(root, 'base'), 'HEAD^'], { cwd: head });
const venv = makeVenv(python, join(root, 'venv'), ['pytest']);
const side = (name) => ({
  ...venv,
  projectDir: join(root, name),
  harnessDir: join(root, 'harness'),
  scratchDir: join(root, `scratch-${name}`),
});
const suite = { kind: 'pytest-benchmark', path: 'benchmarks/', args: ['--benchmark-max-time=0.05'] };

const REGEX = 'test_perfsuite.py::test_regex';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const readings = { whole: { [REGEX]: [] }, narrowed: { [REGEX]: [] } };
const untouchedWhole = {};
for (let s = 0; s < sessions; s++) {
  const session = new PairedSession({ suite, sides: { base: side('base'), head: side('head') } }, { jit: false });
  session.prestart();
  let open = null;
  for (let k = 0; k < pairs; k++) {
    // The first pair is whole (it calibrates); then narrowed and whole in turn.
    const narrowed = k % 2 === 1;
    if (k === 1) open = new Set([...session.result.benchmarks.keys()].filter((n) => n === REGEX || effectOf(n, 'power', effects) === 6));
    await session.nextPair(narrowed ? open : null, 'narrowing');
    for (const [name, b] of session.result.benchmarks) {
      const est = Math.exp(median(b.pairs.at(-1)));
      if (name === REGEX) readings[narrowed ? 'narrowed' : 'whole'][REGEX].push(Number(est.toFixed(4)));
      else if (!narrowed && effectOf(name, 'power', effects) === 0) (untouchedWhole[name] ??= []).push(Number(est.toFixed(4)));
    }
  }
  session.close();
}
execFileSync('git', ['worktree', 'remove', '--force', join(root, 'base')], { cwd: head });
rmSync(root, { recursive: true, force: true });

const summary = (xs) => ({
  n: xs.length,
  median: median(xs),
  above_1_05: xs.filter((x) => x > 1.05).length,
  min: Math.min(...xs),
  max: Math.max(...xs),
  all: xs,
});
const result = {
  date: new Date().toISOString(),
  load_average_after: loadavg()[0],
  pairs_per_session: pairs,
  sessions,
  test_regex: { whole_pairs: summary(readings.whole[REGEX]), narrowed_pairs: summary(readings.narrowed[REGEX]) },
  other_untouched_in_whole_pairs: Object.fromEntries(
    Object.entries(untouchedWhole).map(([n, xs]) => [n, { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) }]),
  ),
};
console.log(JSON.stringify(result, null, 2));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(arg('out', join(here, 'results', 'narrowing-check.json')), JSON.stringify(result, null, 2) + '\n');
