// The pool the paired phase runs units' pairs in (measure/lanes.ts).
import { inLanes } from '../../src/measure/lanes.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('inLanes', () => {
  it('works on at most `lanes` items at once, no two at once in one lane, every item once, in order of start', async () => {
    let running = 0;
    let most = 0;
    const busy = new Set<number>();
    const started: string[] = [];
    const ok = await inLanes(['a', 'b', 'c', 'd', 'e'], 2, async (item, lane) => {
      expect(busy.has(lane)).toBe(false);
      busy.add(lane);
      started.push(item);
      most = Math.max(most, ++running);
      await tick();
      running--;
      busy.delete(lane);
      return true;
    });
    expect([ok, most, started]).toEqual([true, 2, ['a', 'b', 'c', 'd', 'e']]);
  });

  it('starts nothing after an item it refuses, waits for those in flight, and says false', async () => {
    const done: string[] = [];
    const ok = await inLanes(['a', 'b', 'c', 'd'], 2, async (item) => {
      if (item === 'b') return false;
      await tick();
      done.push(item);
      return true;
    });
    expect([ok, done]).toEqual([false, ['a']]);
  });

  it('runs one at a time with one lane (or fewer), and nothing for no items', async () => {
    const lanes: number[] = [];
    expect(await inLanes([1, 2, 3], 0, async (_, lane) => (lanes.push(lane), true))).toBe(true);
    expect(lanes).toEqual([0, 0, 0]);
    expect(await inLanes([], 4, async () => false)).toBe(true);
  });
});
