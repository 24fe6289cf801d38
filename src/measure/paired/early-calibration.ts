// The first calibration of the next benchmark a worker will serve, sent in the same write as its move off the one
// before: the worker goes on and calibrates without waiting, and in a pair that is not sent ahead (the first)
// the coordinator writes to each worker once per benchmark instead of twice. A write that wakes a waiting worker
// is most of the coordinator's cost there (~80–150 µs of its CPU here: bench/paired-overhead.mjs).
// The request is exactly the one duels.ts would send next; WorkerClient reads its reply in its place, and drops it
// when the benchmark is passed by instead (the other side failed it, or the worker never reached it).
import { otherSide } from '../../model/side.js';
import { calibrateRequest, calibrationProbes } from './duels.js';
import { type PairedOptions, type PairedUnitResult, type Side, type WorkerRequest } from './types.js';

interface EarlyInput {
  /** The pair's index: benchmarks on one side only are calibrated in the first pair alone. */
  index: number;
  want: Set<string> | null;
  result: PairedUnitResult;
  options: PairedOptions;
}

/** For WorkerClient.following: the calibration to send with the move off `at`, if the next benchmark needs one. */
export function earlyCalibration(
  lists: Record<Side, string[]>,
  side: Side,
  input: EarlyInput,
): (at: string) => { name: string; request: WorkerRequest } | undefined {
  const { index, want, result, options } = input;
  const place = new Map(lists[side].map((name, i) => [name, i]));
  const onTheOtherSide = new Set(lists[otherSide(side)]);
  return (at) => {
    const i = place.get(at);
    const name = i === undefined ? undefined : lists[side][i + 1];
    if (name === undefined || result.failures.has(name) || result.benchmarks.has(name)) return undefined;
    // What pair.ts will do there: duel it (calibrating it first), or time it alone in the first pair.
    if (onTheOtherSide.has(name))
      return want === null || want.has(name) ? { name, request: calibrateRequest(name, options, calibrationProbes(options), true) } : undefined;
    return index === 0 && options.soloBursts > 0 ? { name, request: calibrateRequest(name, options, 0, true) } : undefined;
  };
}
