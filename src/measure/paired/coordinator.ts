// measurePairedUnit: `method: paired` for one suite × interpreter. Worker pairs one after another (fresh
// processes each, so the process-to-process variance is in the sample); after each, `shouldContinue` (the
// statistics' adaptive rule) may stop the unit or narrow it to the benchmarks still open.
import { startLinkedPair, startProcess, type StartLinkedPair, type StartProcess } from '../../io/worker-process.js';
import { type SuiteSpec } from '../../model/settings.js';
import { type Clients } from './duels.js';
import { workerLaunch, type PairedSideSetup } from './launch.js';
import { runPair, spawnPair, type WorkerLaunch } from './pair.js';
import { DEFAULT_PAIRED_OPTIONS, type PairedOptions, type PairedUnitResult, type Side } from './types.js';

export interface PairedUnit {
  suite: SuiteSpec;
  /** Both sides must be runnable: a suite missing or broken on one side is the caller's (as in `rounds`). */
  sides: Record<Side, PairedSideSetup>;
}

export interface PairedDeps {
  /** The long-lived process seam (tests pass fake workers, which then get a request per burst). */
  start?: StartProcess;
  /** Both workers of a pair with the turn socket between them; the default unless `start` is given. */
  startLinked?: StartLinkedPair;
}

export function emptyPairedResult(): PairedUnitResult {
  return { benchmarks: new Map(), failures: new Map(), added: [], removed: [], solo: new Map(), pairsRun: 0, startupSeconds: 0, elapsedSeconds: 0 };
}

/**
 * One unit's pairs, one at a time, so that a caller measuring many units can run pair k of every unit before
 * pair k + 1 of any, and judge all of them together in between (measure/paired-run.ts).
 */
export class PairedSession {
  readonly result = emptyPairedResult();
  private readonly options: PairedOptions;
  private readonly launch: Record<Side, WorkerLaunch>;
  private readonly now: () => number;
  private readonly started: number;
  private index = 0;
  /** The next pair's workers, spawned while the current pair duels so their start-up is off the clock. */
  private prestarted?: { index: number; clients: Clients };

  constructor(
    unit: PairedUnit,
    options: Partial<PairedOptions> & Pick<PairedOptions, 'jit'>,
    private readonly deps: PairedDeps = {},
  ) {
    this.options = { ...DEFAULT_PAIRED_OPTIONS, ...options };
    this.now = this.options.now ?? Date.now;
    this.started = this.now();
    this.launch = { base: workerLaunch(unit.suite, unit.sides.base), head: workerLaunch(unit.suite, unit.sides.head) };
  }

  /** The unit failed as a whole, or needs `rounds`: no further pair can help. */
  get over(): boolean {
    return Boolean(this.result.suiteError || this.result.unsupported);
  }

  private get start(): StartProcess {
    return this.deps.start ?? startProcess;
  }

  private get startLinked(): StartLinkedPair | undefined {
    return this.deps.startLinked ?? (this.deps.start ? undefined : startLinkedPair);
  }

  /** Spawns the next pair's workers now, to load the suite while something else runs (no-op when spawned). */
  prestart(): void {
    if (this.options.prestart && !this.over && this.prestarted?.index !== this.index) this.spawnAhead(this.index);
  }

  /** Stops the workers spawned ahead for a pair that will not run. */
  close(): void {
    if (!this.prestarted) return;
    for (const c of Object.values(this.prestarted.clients)) c.close();
    this.prestarted = undefined;
  }

  /**
   * Runs the next pair on `want` (null: every benchmark); `lane` > 0 when other units' pairs run at the same time
   * (paired-run.ts), so this one pins to another CPU than theirs.
   */
  async nextPair(want: Set<string> | null, label: string, lane = 0): Promise<void> {
    const { result } = this;
    const options = lane === 0 ? this.options : { ...this.options, cpuOffset: lane };
    const ahead = this.prestarted?.index === this.index ? this.prestarted.clients : undefined;
    this.prestarted = ahead ? undefined : this.prestarted;
    this.close();
    const index = this.index;
    // Once this pair's workers are up, the next pair's start loading (options.prestart), unless the unit is over.
    const onStarted = options.prestart ? () => !this.over && this.spawnAhead(index + 1) : undefined;
    if (await runPair({ index, launch: this.launch, start: this.start, startLinked: this.startLinked, options, want, result, clients: ahead, onStarted }))
      result.pairsRun++;
    this.index++;
    result.elapsedSeconds = (this.now() - this.started) / 1000;
    options.log?.(`paired ${label}: pair ${this.index} done, ${result.elapsedSeconds.toFixed(1)}s`);
  }

  private spawnAhead(index: number): void {
    this.close();
    this.prestarted = { index, clients: spawnPair({ index, launch: this.launch, start: this.start, startLinked: this.startLinked, options: this.options }) };
  }
}

/** Runs up to `options.pairs` worker pairs on the unit and returns every duel (see types.ts). */
export async function measurePairedUnit(
  unit: PairedUnit,
  options: Partial<PairedOptions> & Pick<PairedOptions, 'jit'>,
  deps: PairedDeps = {},
): Promise<PairedUnitResult> {
  const o: PairedOptions = { ...DEFAULT_PAIRED_OPTIONS, ...options };
  const session = new PairedSession(unit, o, deps);
  let want: Set<string> | null = null;
  for (let index = 0; index < o.pairs; index++) {
    await session.nextPair(want, unit.suite.path);
    if (session.over) break;
    const go = o.shouldContinue?.(session.result) ?? true;
    if (go === false || (go instanceof Set && go.size === 0)) break;
    if (go instanceof Set) want = go;
  }
  session.close();
  return session.result;
}
