// The workers' own calibration (py_perf_guard_paired_agree.py) must reach the N and clock the coordinator's rule
// gives (duels.ts: the geometric mean of the two N, clockOf/autoClock on the probes) from the same findings, and
// reach it on both sides: each worker computes it with its own findings as "mine". Random findings, through the
// real Python module and the real JS rule.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { clockOf } from '../../src/measure/paired/duels.js';
import { perCallTime } from '../../src/measure/paired/linked-duels.js';
import { CPU_BOUND, PER_CALL_CPU_MIN_SECONDS, type PairedOptions } from '../../src/measure/paired/types.js';
import { seededRandom } from '../../src/stats/random.js';
import { pythonPath } from '../helpers/python.js';

type Probe = [number, number, number | null];
interface SideFindings {
  n: number;
  probes: Probe[];
  traits: { fixed: boolean; per_call: boolean };
}
interface Case {
  rule: { clock: PairedOptions['clock']; cpu_bound: number; per_call_cpu_min: number };
  base: SideFindings;
  head: SideFindings;
}

function findings(random: () => number, counted: boolean, perCall: boolean, fixed: boolean): SideFindings {
  const n = fixed ? 1 : Math.max(1, Math.round(10 ** (random() * 6)));
  // Seconds per call from 0.1 µs to 1 ms, so some sit either side of the per-call CPU clock's minimum (50 µs).
  const perCallSeconds = 10 ** (-7 + random() * 4);
  const probes: Probe[] = Array.from({ length: 4 }, () => {
    const wall = perCallSeconds * n * (1 + random());
    // CPU shares either side of CPU_BOUND; waits 0–2 a burst, so the sum sits either side of the 4 allowed.
    return [wall, wall * (0.2 + random() * 0.8), counted ? Math.floor(random() * 2.5) : null];
  });
  return { n, probes, traits: { fixed, per_call: perCall } };
}

function cases(count: number): Case[] {
  const random = seededRandom(11);
  const clocks: PairedOptions['clock'][] = ['auto', 'auto', 'auto', 'wall', 'cpu'];
  return Array.from({ length: count }, (_, i) => {
    const counted = random() < 0.7;
    const perCall = random() < 0.4;
    const fixed = random() < 0.15;
    return {
      rule: { clock: clocks[i % clocks.length], cpu_bound: CPU_BOUND, per_call_cpu_min: PER_CALL_CPU_MIN_SECONDS },
      base: findings(random, counted, perCall, fixed),
      head: findings(random, counted, perCall && random() < 0.8, fixed && random() < 0.8),
    };
  });
}

const probeTimes = (c: Case) => {
  const times = (s: SideFindings) => s.probes.map(([wall, cpu, waits]) => perCallTime(wall, cpu, s.n, waits));
  return { base: times(c.base), head: times(c.head) };
};

/** The coordinator's rule on the same findings. */
function coordinator(c: Case): [number, string, boolean, boolean] {
  const fixed = c.base.traits.fixed || c.head.traits.fixed;
  const perCall = c.base.traits.per_call || c.head.traits.per_call;
  const n = fixed ? 1 : Math.max(1, Math.round(Math.sqrt(c.base.n * c.head.n)));
  return [n, c.rule.clock === 'auto' ? clockOf(probeTimes(c), perCall) : c.rule.clock, fixed, perCall];
}

const WORKERS = `
import json, sys
from py_perf_guard_paired_agree import agreed, summarize
out = []
for c in json.load(sys.stdin):
    base, head = (summarize(s["n"], s["probes"], s["traits"], c["rule"]["cpu_bound"]) for s in (c["base"], c["head"]))
    out.append([agreed(base, head, c["rule"]), agreed(head, base, c["rule"])])
print(json.dumps(out))
`;

describe('the workers calibrating between themselves', () => {
  it('reach the coordinator rule’s N and clock from the same findings, and the same on both sides', () => {
    const all = cases(400);
    const env = { ...process.env, PYTHONPATH: join(process.cwd(), 'src', 'measure', 'paired') };
    const got = JSON.parse(execFileSync(pythonPath('3.12'), ['-c', WORKERS], { input: JSON.stringify(all), env, encoding: 'utf8' })) as unknown[][];
    const expected = all.map(coordinator);
    expect(got.map(([onBase]) => onBase)).toEqual(expected);
    expect(got.map(([, onHead]) => onHead)).toEqual(expected);
    // The cases reach every branch of the rule: both clocks, decided by waits and by CPU share, the per-call
    // minimum overruling a CPU-bound benchmark, and single-shot.
    const auto = all.map((c, i) => ({ c, e: expected[i] })).filter(({ c }) => c.rule.clock === 'auto');
    const branches = new Set(auto.map(({ c, e }) => `${e[1]} by ${c.base.probes[0][2] === null ? 'CPU share' : 'waits'}`));
    expect(branches).toEqual(new Set(['cpu by CPU share', 'cpu by waits', 'wall by CPU share', 'wall by waits']));
    expect(auto.some(({ c, e }) => e[1] === 'wall' && clockOf(probeTimes(c), false) === 'cpu')).toBe(true);
    expect(expected.filter((e) => e[2]).length).toBeGreaterThan(10);
  });
});
