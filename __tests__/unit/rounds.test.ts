// The round scheduler with an injected round runner (the real one is exercised by the integration tests).
import { runRounds, sideOrder, type MeasureUnit } from '../../src/measure/rounds.js';
import { type RoundResult } from '../../src/suites/round-result.js';
import { type SuiteRunContext } from '../../src/suites/driver.js';

function unit(interpreter: string, suitePath: string): MeasureUnit {
  const side = (s: string) => ({ prepared: {}, ctx: { projectDir: s, suite: { kind: 'timeit', path: suitePath, args: [] } } as unknown as SuiteRunContext });
  return { interpreter, suite: { kind: 'timeit', path: suitePath, args: [] }, sides: { base: side('base'), head: side('head') } };
}

function fixed(values: Record<string, number | string>): RoundResult {
  const r: RoundResult = { samples: new Map(), stats: new Map(), failures: new Map(), brokenPrefixes: [] };
  for (const [k, v] of Object.entries(values)) typeof v === 'number' ? r.samples.set(k, v) : r.failures.set(k, v);
  return r;
}

const BASE = { threshold: 0.05, alpha: 0.05, budgetSeconds: 1e9, log: () => undefined, slowRounds: 'drop' as const };

describe('runRounds', () => {
  it('alternates sides ABBA', () => {
    expect([0, 1, 2, 3].map(sideOrder)).toEqual([['base', 'head'], ['head', 'base'], ['base', 'head'], ['head', 'base']]);
  });

  it('runs min-rounds interleaved, then stops when every verdict is decided', async () => {
    // `faster` is an improvement and `same` unchanged: both decided.
    const calls: string[] = [];
    let t = 0;
    const result = await runRounds([unit('3.12', 's.toml')], {
      ...BASE,
      minRounds: 4,
      maxRounds: 10,
      now: () => (t += 10),
      runRound: async (ctx) => {
        calls.push(ctx.projectDir);
        const jitter = 1 + 0.001 * (calls.length % 3);
        return fixed({ same: 1e-3 * jitter, faster: (ctx.projectDir === 'head' ? 0.5e-3 : 1e-3) * jitter });
      },
    });
    expect(calls).toEqual(['base', 'head', 'head', 'base', 'base', 'head', 'head', 'base']);
    expect(result.rounds).toBe(4);
    expect(result.stopReason).toBe('decided');
    expect(result.comparisons.map((c) => [c.name, c.base.length, c.head.length])).toEqual([['faster', 4, 4], ['same', 4, 4]]);
  });

  it('confirms a regression on max-rounds instead of stopping at the first rounds that look slow', async () => {
    let i = 0;
    const result = await runRounds([unit('3.12', 's.toml')], {
      ...BASE,
      minRounds: 4,
      maxRounds: 9,
      now: () => 0,
      runRound: async (ctx) => {
        const jitter = 1 + 0.001 * (i++ % 3);
        return fixed({ same: 1e-3 * jitter, slower: (ctx.projectDir === 'head' ? 2e-3 : 1e-3) * jitter });
      },
    });
    expect(result.rounds).toBe(9);
    expect(result.stopReason).toBe('max-rounds');
  });

  it('adds rounds up to max-rounds while a verdict stays open', async () => {
    let i = 0;
    const result = await runRounds([unit('3.12', 's.toml')], {
      ...BASE,
      minRounds: 3,
      maxRounds: 7,
      // two modes, half the rounds in each: kept as they are, the medians can't settle
      slowRounds: 'keep',
      now: () => 0,
      runRound: async () => fixed({ noisy: 1e-3 * (1 + (i++ % 2 ? 0.5 : -0.3)) }),
    });
    expect(result.rounds).toBe(7);
    expect(result.stopReason).toBe('max-rounds');
  });

  it('stops at the time budget', async () => {
    let clock = 0;
    const result = await runRounds([unit('3.12', 's.toml')], {
      ...BASE,
      minRounds: 10,
      maxRounds: 30,
      budgetSeconds: 25,
      now: () => clock,
      runRound: async () => {
        clock += 5000; // each side takes 5 s, a round 10 s
        return fixed({ a: 1e-3 });
      },
    });
    expect(result.rounds).toBe(2);
    expect(result.stopReason).toBe('time-budget');
  });

  it('keeps failures per benchmark, stops a unit whose suite crashed, and names rows of a dead interpreter', async () => {
    const units = [unit('3.12', 's.toml'), unit('3.13', 's.toml'), { ...unit('3.14', 's.toml'), setupError: 'interpreter "3.14" not found' }];
    const seen: string[] = [];
    const result = await runRounds(units, {
      ...BASE,
      minRounds: 2,
      maxRounds: 2,
      now: () => 0,
      runRound: async (ctx) => {
        const who = `${ctx === units[0].sides.base.ctx || ctx === units[0].sides.head.ctx ? '3.12' : '3.13'}-${ctx.projectDir}`;
        seen.push(who);
        if (who === '3.13-head') return { ...fixed({}), suiteError: 'harness crashed' };
        return fixed({ ok: 1e-3, boom: ctx.projectDir === 'head' ? 'ZeroDivisionError' : 1e-3 });
      },
    });
    expect(seen.filter((s) => s.startsWith('3.13'))).toEqual(['3.13-base', '3.13-head']);
    const byKey = Object.fromEntries(result.comparisons.map((c) => [`${c.interpreter} ${c.name}`, c]));
    expect(byKey['3.12 boom'].headError).toBe('ZeroDivisionError');
    expect(byKey['3.12 ok'].headError).toBeUndefined();
    expect(byKey['3.13 ok'].headError).toBe('harness crashed');
    expect(byKey['3.14 ok'].setupError).toMatch(/3.14/);
    expect(byKey['3.14 boom'].setupError).toMatch(/3.14/);
  });

  describe('slow-mode rounds', () => {
    // Every third process of either side runs its whole suite 1.7× slower; head makes `b` 30% slower.
    async function run(slowRounds: 'drop' | 'keep', headFactor: (name: string) => number) {
      let process = 0;
      return runRounds([unit('3.12', 's.toml')], {
        ...BASE,
        slowRounds,
        minRounds: 12,
        maxRounds: 12,
        now: () => 0,
        runRound: async (ctx) => {
          const mode = process++ % 3 === 2 ? 1.7 : 1;
          const jitter = 1 + 0.01 * (process % 5);
          const time = (name: string, t: number) => t * mode * jitter * (ctx.projectDir === 'head' ? headFactor(name) : 1);
          return fixed({ a: time('a', 1e-3), b: time('b', 2e-3), c: time('c', 5e-4) });
        },
      });
    }

    it('sets aside the rounds whose whole suite ran in the slow mode, and counts them per side', async () => {
      const result = await run('drop', (name) => (name === 'b' ? 1.3 : 1));
      for (const c of result.comparisons) {
        expect(c.slowRounds).toEqual({ base: 4, head: 4 });
        expect([c.base.length, c.head.length]).toEqual([8, 8]);
        expect([c.all?.base.length, c.all?.head.length]).toEqual([12, 12]);
        expect(Math.max(...c.base, ...c.head) / Math.min(...c.base, ...c.head)).toBeLessThan(c.name === 'b' ? 1.4 : 1.1);
      }
    });

    it('keeps every round with slow-rounds: keep', async () => {
      const result = await run('keep', () => 1);
      for (const c of result.comparisons) {
        expect(c.slowRounds).toBeUndefined();
        expect([c.base.length, c.head.length]).toEqual([12, 12]);
      }
    });

    it('does not hide a PR that slows the whole suite: head is judged against its own rounds', async () => {
      const result = await run('drop', () => 1.7);
      for (const c of result.comparisons) {
        expect(c.slowRounds).toEqual({ base: 4, head: 4 });
        expect(Math.min(...c.head) / Math.max(...c.base)).toBeGreaterThan(1.5);
      }
    });
  });
});
