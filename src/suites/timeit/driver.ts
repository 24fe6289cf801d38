// timeit: the suite file is parsed once per commit; rounds, memory and profiles all run the stdlib harness.
import { readFileSync } from 'node:fs';
import { describeFailure } from '../../io/process.js';
import { pairedWorkerSide, suiteFileIn, type SuiteDriver } from '../driver.js';
import { TIMEIT_HARNESS_FILE, TIMEIT_HARNESS_SOURCE } from './harness.js';
import { parseTimeitSuite, runTimeitHarness, runTimeitRound, type TimeitSuite } from './timeit.js';

export const timeitDriver: SuiteDriver<TimeitSuite> = {
  kind: 'timeit',
  needsPytestBenchmark: false,
  harness: { [TIMEIT_HARNESS_FILE]: TIMEIT_HARNESS_SOURCE },
  prepare(suite, projectDir) {
    const file = suiteFileIn(suite, projectDir);
    if (!file) return { missing: true };
    try {
      return { state: parseTimeitSuite(readFileSync(file, 'utf8'), suite.path) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  },
  runRound: runTimeitRound,
  shard(spec, suite, keep) {
    const benchmarks = suite.benchmarks.filter((b) => keep(b.name));
    return { suite: spec, state: { ...suite, benchmarks }, empty: benchmarks.length === 0 };
  },
  // The paired timeit worker reads the same parsed suite (measure/paired/launch.ts writes it as its spec).
  pairedWorker: (ctx, suite) => ({ ...pairedWorkerSide(ctx), timeit: suite }),
  async memory(ctx, suite) {
    const out = new Map<string, number>();
    const { results } = await runTimeitHarness(ctx, suite, { memory: true }, 'memory');
    for (const x of results ?? []) if (typeof x.peak_bytes === 'number') out.set(x.name, x.peak_bytes);
    return out;
  },
  async profile(ctx, suite, name, iterations, dir) {
    const { process, results } = await runTimeitHarness(ctx, suite, { profile: { dir, iterations: { [name]: iterations } } }, 'profile');
    const out = results?.[0];
    if (!out?.profile) throw new Error(out?.error ?? describeFailure(process, 'profiling'));
    return out.profile;
  },
};
