// The smallest project for end-to-end runs about the action's mechanics: one timeit benchmark, `doubled`, that
// head makes do twice the work (a 2× slowdown, real work, no sleeps).
import { makeRepo } from './git-repo.js';

export const WORK = 'def work(n):\n    total = 0\n    for i in range(n):\n        total += i * i\n    return total\n';
export const DOUBLED_SUITE = `[defaults]\nsetup = "import calc"\n\n[[benchmark]]\nname = "doubled"\nstmt = "calc.doubled()"\n`;

/** A git repository at `dir`: base commit, then head with `doubled` `factor`× slower; the suite is `timeit: bench/micro.toml`. */
export function makeDoubledRepo(dir: string, factor = 2): { base: string; head: string } {
  return makeRepo(
    dir,
    { 'calc.py': `${WORK}\ndef doubled():\n    return work(2000)\n`, 'bench/micro.toml': DOUBLED_SUITE },
    { 'calc.py': `${WORK}\ndef doubled():\n    return work(${2000 * factor})\n` },
  );
}
