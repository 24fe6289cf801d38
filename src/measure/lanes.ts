// A small pool: items worked on at most `lanes` at a time, each lane taking the next item when its last is done.
// The paired phase runs one pair of several suite × interpreter units at once this way, one unit per CPU: the two
// workers of a pair take turns, so a pair keeps one CPU busy, and a 2-CPU runner can duel two units at once.

/**
 * Runs `work(item, lane)` for the items in order, at most `lanes` at once; `lane` (0 … lanes − 1) is the lane the
 * item runs in, so that no two items running at once share one. `work` returns false to refuse its item (it did
 * not start it): no item after it is started, and the result is false once those in flight are done.
 */
export async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T, lane: number) => Promise<boolean>): Promise<boolean> {
  let next = 0;
  let refused = false;
  const lane = async (k: number): Promise<void> => {
    while (!refused && next < items.length) {
      const item = items[next++];
      if (!(await work(item, k))) refused = true;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, (_, k) => lane(k)));
  return !refused;
}
