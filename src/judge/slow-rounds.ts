// Slow-mode rounds. Shared runners have slow phases (1.5–1.9× slower, switching every few hundred ms to
// seconds), so a fresh process often runs its whole suite in one. When about half the rounds of a side land in
// that mode, the median falls between the two modes and the ratio of medians jumps: a 30% slowdown read as +4%
// or +73%.
// Such a process is recognised against its own side only (so a PR that slows everything moves the side's
// reference along with it, and is not hidden) and set aside from the ratio and its CI; the significance test
// still sees every round (verdicts.ts). Pure.
import { median, quantileSorted, sortedCopy } from '../stats/quantile.js';

/** A round is slow when its benchmarks' typical time is this many times the side's fast quartile. */
export const SLOW_ROUND_FACTOR = 1.25;
/**
 * Below this many rounds on a side nothing is set aside: the fast quartile is not known well enough yet, and
 * the few rounds left would be too few for the test to reach significance (3 against 3 cannot).
 */
export const MIN_ROUNDS_FOR_SLOW_MODE = 10;

/**
 * rounds[r] maps benchmark name → seconds for round r of one side (one fresh process). Returns, per round,
 * whether it ran in a slow mode: the median over its benchmarks of time / (that benchmark's 25th percentile
 * over the side's rounds) is above `factor`. At least two rounds are always kept.
 */
export function slowRounds(rounds: ReadonlyArray<ReadonlyMap<string, number>>, factor = SLOW_ROUND_FACTOR): boolean[] {
  const none = rounds.map(() => false);
  if (rounds.length < MIN_ROUNDS_FOR_SLOW_MODE) return none;
  const values = new Map<string, number[]>();
  for (const round of rounds) for (const [name, x] of round) if (x > 0) values.set(name, [...(values.get(name) ?? []), x]);
  const fastQuartile = new Map<string, number>();
  for (const [name, xs] of values) if (xs.length >= MIN_ROUNDS_FOR_SLOW_MODE) fastQuartile.set(name, quantileSorted(sortedCopy(xs), 0.25));
  const slow = rounds.map((round) => {
    const relative = [...round].filter(([name, x]) => x > 0 && fastQuartile.has(name)).map(([name, x]) => x / fastQuartile.get(name)!);
    return relative.length > 0 && median(relative) > factor;
  });
  return rounds.length - slow.filter(Boolean).length >= 2 ? slow : none;
}
