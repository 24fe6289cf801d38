// measurePairedUnit: `method: paired` for one suite × interpreter. Worker pairs one after another (fresh
// processes each, so the process-to-process variance is in the sample); after each, `shouldContinue` (the
// statistics' adaptive rule) may stop the unit or narrow it to the benchmarks still open.
import { type SuiteSpec } from '../../model/settings.js';
import { workerLaunch, type PairedSideSetup } from './launch.js';
import { runPair } from './pair.js';
import { DEFAULT_PAIRED_OPTIONS, type PairedOptions, type PairedUnitResult, type Side } from './types.js';
import { startProcess, type StartProcess } from '../../io/worker-process.js';

export interface PairedUnit {
  suite: SuiteSpec;
  /** Both sides must be runnable: a suite missing or broken on one side is the caller's (as in `rounds`). */
  sides: Record<Side, PairedSideSetup>;
}

export interface PairedDeps {
  /** The long-lived process seam (tests pass fake workers). */
  start?: StartProcess;
}

export function emptyPairedResult(): PairedUnitResult {
  return { benchmarks: new Map(), failures: new Map(), added: [], removed: [], solo: new Map(), pairsRun: 0, startupSeconds: 0, elapsedSeconds: 0 };
}

/** Runs up to `options.pairs` worker pairs on the unit and returns every duel (see types.ts). */
export async function measurePairedUnit(unit: PairedUnit, options: Partial<PairedOptions> & Pick<PairedOptions, 'jit'>, deps: PairedDeps = {}): Promise<PairedUnitResult> {
  const o: PairedOptions = { ...DEFAULT_PAIRED_OPTIONS, ...options };
  const now = o.now ?? Date.now;
  const started = now();
  const result = emptyPairedResult();
  const launch = { base: workerLaunch(unit.suite, unit.sides.base), head: workerLaunch(unit.suite, unit.sides.head) };
  let want: Set<string> | null = null;
  for (let index = 0; index < o.pairs; index++) {
    if (await runPair({ index, launch, start: deps.start ?? startProcess, options: o, want, result })) result.pairsRun++;
    result.elapsedSeconds = (now() - started) / 1000;
    o.log?.(`paired ${unit.suite.path}: pair ${index + 1} done, ${result.elapsedSeconds.toFixed(1)}s`);
    if (result.suiteError || result.unsupported) break;
    const go = o.shouldContinue?.(result) ?? true;
    if (go === false || (go instanceof Set && go.size === 0)) break;
    if (go instanceof Set) want = go;
  }
  result.elapsedSeconds = (now() - started) / 1000;
  return result;
}
