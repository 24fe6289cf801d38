// Whole-round slow modes: on a shared runner a fresh process sometimes runs every benchmark of the suite
// 1.2–1.6× slower together. With several benchmarks per round, that shift can be estimated and divided out.
// Estimated per side, against that side's own centres, so a PR that slows everything is not hidden:
// its head rounds are all shifted alike, which moves the centres, not the round deviations.
import { median } from '../src/stats/quantile.js';

/** Below this many benchmarks in a round, its shift is not estimated (left as is). */
export const MIN_BENCHMARKS_FOR_ROUND_EFFECTS = 5;

/**
 * rounds[r] maps benchmark name → seconds for round r of one side. Returns the same shape with each
 * round divided by its estimated shift: exp(median over benchmarks of log(x) − log(centre)).
 */
export function removeRoundEffects(rounds: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, number>[] {
  const logs = new Map<string, number[]>();
  for (const round of rounds) for (const [name, x] of round) logs.set(name, [...(logs.get(name) ?? []), Math.log(x)]);
  const centre = new Map<string, number>();
  for (const [name, values] of logs) if (values.length >= 3) centre.set(name, median(values));
  return rounds.map((round) => {
    const deviations: number[] = [];
    for (const [name, x] of round) if (centre.has(name)) deviations.push(Math.log(x) - centre.get(name)!);
    const shift = deviations.length >= MIN_BENCHMARKS_FOR_ROUND_EFFECTS ? Math.exp(median(deviations)) : 1;
    return new Map([...round].map(([name, x]) => [name, x / shift]));
  });
}
