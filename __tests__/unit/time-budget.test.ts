// The whole-run time budget: the arithmetic (pure), and the seam that holds real processes to it.
import { parseConfig } from '../../src/config/parse-settings.js';
import { runProcess } from '../../src/io/process.js';
import { BUDGET_SPENT, planBudget, processLimit, TimeBudget } from '../../src/io/time-budget.js';
import { crashedUnits, laterPasses } from '../../src/measure/later-passes.js';
import { type MeasureUnit } from '../../src/measure/rounds.js';
import { emptyRound } from '../../src/suites/round-result.js';

describe('planBudget', () => {
  it('keeps 5% for publishing, at least 10 s and at most 60 s', () => {
    expect(planBudget(20 * 60)).toEqual({ workSeconds: 1140, reserveSeconds: 60 });
    expect(planBudget(600)).toEqual({ workSeconds: 570, reserveSeconds: 30 });
    expect(planBudget(6 * 3600)).toEqual({ workSeconds: 6 * 3600 - 60, reserveSeconds: 60 });
    expect(planBudget(100)).toEqual({ workSeconds: 90, reserveSeconds: 10 });
    expect(planBudget(5)).toEqual({ workSeconds: 0, reserveSeconds: 10 });
  });
});

describe('processLimit', () => {
  it("is the process's own limit while the budget has more left", () => {
    expect(processLimit(15 * 60_000, 30 * 60_000)).toEqual({ timeoutMs: 15 * 60_000, cut: false });
  });
  it('is the time left when that is shorter, or when the process has no limit of its own', () => {
    expect(processLimit(15 * 60_000, 90_000.4)).toEqual({ timeoutMs: 90_001, cut: true });
    expect(processLimit(undefined, 5000)).toEqual({ timeoutMs: 5000, cut: true });
  });
  it('says not to start anything once nothing is left', () => {
    expect(processLimit(60_000, 0)).toBeNull();
    expect(processLimit(undefined, -1)).toBeNull();
  });
});

describe('TimeBudget.wrap on real processes', () => {
  it('stops a process at the end of the budget, not as its own timeout, and then starts none', async () => {
    const budget = new TimeBudget(11, Date.now); // 1 s of work, 10 s reserve
    const run = budget.wrap(runProcess);
    const start = Date.now();
    const cut = await run('bash', ['-c', 'sleep 20; true'], { timeoutMs: 60_000 });
    expect(Date.now() - start).toBeLessThan(4000);
    expect(cut).toMatchObject({ code: null, timedOut: false, stderr: expect.stringContaining(BUDGET_SPENT) });
    expect(budget.exhausted).toBe(true);
    const refused = await run('bash', ['-c', 'echo ran']);
    expect(refused).toEqual({ code: null, stdout: '', stderr: BUDGET_SPENT, timedOut: false });
  });
  it('leaves processes alone while time is left', async () => {
    const budget = new TimeBudget(3600, Date.now);
    const r = await budget.wrap(runProcess)('bash', ['-c', 'echo ok'], { timeoutMs: 10_000 });
    expect(r).toEqual({ code: 0, stdout: 'ok\n', stderr: '', timedOut: false });
    expect(budget.exhausted).toBe(false);
  });
});

describe('the passes after the rounds', () => {
  const settings = { ...parseConfig({ suites: 'timeit: b.toml' }), memory: true, profile: 'all' as const };
  it('are skipped, with a note, once the budget is spent', () => {
    expect(laterPasses(settings, 'time-budget')).toEqual({
      settings: { ...settings, memory: false, profile: 'none', instructions: false },
      note: 'time budget spent: the memory and profile passes are skipped; the verdicts so far are published',
    });
    expect(laterPasses(settings, 'max-rounds')).toEqual({ settings });
  });
  it('know which units crashed in a round', () => {
    const crashed = crashedUnits();
    const unit = (interpreter: string) => ({ interpreter, suite: settings.suites[0], sides: { base: {}, head: {} } }) as MeasureUnit;
    crashed.onRound({ interpreter: '3.12', suite: 'b.toml', result: emptyRound('timeit harness on b.toml exited with code 3') });
    crashed.onRound({ interpreter: '3.13', suite: 'b.toml', result: emptyRound() });
    expect(crashed.has(unit('3.12'))).toBe(true);
    expect(crashed.has(unit('3.13'))).toBe(false);
  });
});
