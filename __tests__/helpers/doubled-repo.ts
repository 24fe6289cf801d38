// The two-commit project of the action's end-to-end tests: one timeit benchmark, `doubled`, whose head commit
// does more of the same real work (base work(2000), head work(headN)).
import { makeRepo } from './git-repo.js';

export const WORK = 'def work(n):\n    total = 0\n    for i in range(n):\n        total += i * i\n    return total\n';
export const DOUBLED_SUITE = `[defaults]\nsetup = "import calc"\n\n[[benchmark]]\nname = "doubled"\nstmt = "calc.doubled()"\n`;

export function makeDoubledRepo(dir: string, headN: number): { base: string; head: string } {
  const calc = (n: number) => `${WORK}\ndef doubled():\n    return work(${n})\n`;
  return makeRepo(dir, { 'calc.py': calc(2000), 'bench/micro.toml': DOUBLED_SUITE }, { 'calc.py': calc(headN) });
}

/** Inputs that measure it quickly: 20% is far below the slowdown, above chance differences of identical code at 6 rounds. */
export const DOUBLED_INPUTS = {
  suites: 'timeit: bench/micro.toml',
  interpreters: '3.12',
  install: 'none',
  method: 'rounds', // 1.0's method: a regression at 4–6 rounds (paired needs 6+ pairs: e2e/paired.test.ts)
  'min-rounds': '4',
  'max-rounds': '6',
  threshold: '20%',
};
