// The live benches' project: bench/fixture in a fresh git repository, base and head either identical in code
// (mode aa: a docs-only commit) or with real extra work calibrated to +3/+5/+10/+25% on 8 benchmarks (power).
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Calibrated slowdowns (power mode): size knob × (1 + effect) on loops whose work is linear in the knob. */
export const EFFECTS = { add_loop: 25, counter: 25, dict_build: 10, decimal_sum: 10, int_squares: 5, list_comp: 5, gen_sum: 3, str_join: 3 };

const git = (cwd, ...a) =>
  execFileSync('git', a, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@x' },
  }).trim();

/**
 * `copies` > 1 makes a larger suite: the pytest module again under other file names (benchmarks/test_copy2.py, …),
 * the same benchmarks with the same planted effects (effectOf matches them by test name).
 */
export function makeProject(dir, mode, copies = 1, effects = EFFECTS) {
  cpSync(join(here, 'fixture'), dir, { recursive: true });
  const tests = readFileSync(join(dir, 'benchmarks', 'test_perfsuite.py'), 'utf8');
  for (let k = 2; k <= copies; k++) writeFileSync(join(dir, 'benchmarks', `test_copy${k}.py`), tests);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  if (mode === 'aa') {
    writeFileSync(join(dir, 'README.md'), readFileSync(join(dir, 'README.md'), 'utf8') + '\nDocs-only change.\n');
  } else {
    const sizesPath = join(dir, 'perfsuite', 'sizes.py');
    let text = readFileSync(sizesPath, 'utf8');
    for (const [name, pct] of Object.entries(effects))
      text = text.replace(new RegExp(`"${name}": (\\d+)`), (_, n) => `"${name}": ${Math.round(Number(n) * (1 + pct / 100))}`);
    writeFileSync(sizesPath, text);
  }
  git(dir, 'commit', '-q', '-am', mode === 'aa' ? 'docs' : 'calibrated slowdowns');
}

/** The planted slowdown of a benchmark, in percent (0: untouched). */
export function effectOf(name, mode, effects = EFFECTS) {
  if (mode === 'aa') return 0;
  const key = Object.keys(effects).find((k) => name === k || name.endsWith(`::test_${k}`));
  return key ? effects[key] : 0;
}

/**
 * EFFECTS with some changed: "int_squares=6,list_comp=6" plants +6% there (the calibrated +5% pair reads
 * 1.06; the fixture's 5% longer loop reads 1.05, right at a 5% threshold).
 */
export function effectsWith(spec) {
  const out = { ...EFFECTS };
  for (const part of (spec ?? '').split(',').filter(Boolean)) {
    const [name, pct] = part.split('=');
    if (!(name in EFFECTS) || !Number.isFinite(Number(pct))) throw new Error(`--effects: "${part}" is not <one of ${Object.keys(EFFECTS)}>=<percent>`);
    out[name] = Number(pct);
  }
  return out;
}
