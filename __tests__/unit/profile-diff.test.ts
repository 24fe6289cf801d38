import { diffProfiles } from '../../src/report/profile-diff.js';

const e = (fn: string, ncalls: number, tottime: number, cumtime = tottime) => ({ function: fn, ncalls, tottime, cumtime });

describe('diffProfiles', () => {
  it('puts the functions whose own time grew most first, per iteration', () => {
    const base = [e('calc.py:1(target)', 10, 0.01, 0.05), e('calc.py:5(helper)', 10, 0.04)];
    const head = [e('calc.py:1(target)', 20, 0.02, 0.3), e('calc.py:5(helper)', 20, 0.28)];
    const d = diffProfiles(base, 10, head, 20);
    expect(d.map((x) => x.function)).toEqual(['calc.py:5(helper)', 'calc.py:1(target)']);
    expect(d[0].base).toEqual({ ncalls: 1, tottime: expect.closeTo(0.004, 12), cumtime: expect.closeTo(0.004, 12) });
    expect(d[0].head).toEqual({ ncalls: 1, tottime: expect.closeTo(0.014, 12), cumtime: expect.closeTo(0.014, 12) });
    expect(d[1]).toMatchObject({ tottimeDelta: expect.closeTo(0, 12), base: { cumtime: expect.closeTo(0.005, 12) }, head: { cumtime: expect.closeTo(0.015, 12) } });
    expect(d[0].tottimeDelta).toBeCloseTo(0.01, 12);
  });

  it('shows added, removed and renamed functions as new and gone', () => {
    const d = diffProfiles([e('m.py:3(old_name)', 1, 0.001)], 1, [e('m.py:3(new_name)', 1, 0.003)], 1);
    expect(d).toEqual([
      { function: 'm.py:3(new_name)', base: null, head: { ncalls: 1, tottime: 0.003, cumtime: 0.003 }, tottimeDelta: 0.003 },
      { function: 'm.py:3(old_name)', base: { ncalls: 1, tottime: 0.001, cumtime: 0.001 }, head: null, tottimeDelta: -0.001 },
    ]);
  });

  it('keeps a function whose call count changed though its time did not', () => {
    const d = diffProfiles([e('m.py:1(f)', 2, 0.001), e('m.py:9(same)', 1, 0.5)], 1, [e('m.py:1(f)', 4, 0.001), e('m.py:9(same)', 1, 0.5)], 1);
    expect(d.map((x) => [x.function, x.base?.ncalls, x.head?.ncalls])).toEqual([['m.py:1(f)', 2, 4]]);
  });

  it("drops the profiler's own call and keeps at most `top` entries", () => {
    const head = Array.from({ length: 30 }, (_, i) => e(`m.py:${i}(f${i})`, 1, i * 1e-3));
    head.push(e("~:0(<method 'disable' of '_lsprof.Profiler' objects>)", 1, 1));
    const d = diffProfiles([], 1, head, 1, 5);
    expect(d).toHaveLength(5);
    expect(d[0].function).toBe('m.py:29(f29)');
  });
});
