// The `method: paired` phase: every unit that paired can serve gets worker pairs (measure/paired/), pair k of
// every unit before pair k + 1 of any, so that after each round of pairs the rows of the whole run are judged
// together (judgePaired: Benjamini–Hochberg across the run) and only benchmarks still open get the next pair
// (judge/paired/adaptive.ts), until the pair limits or the time budget. Units paired cannot serve (import-time,
// a fixture API the pytest plugin doesn't know, a worker that won't start) go back to the caller for `rounds`.
import { availableParallelism } from 'node:os';
import { earlyStopLevel, pairLimits, openBenchmarks, pairedKey, type PairLimits } from '../judge/paired/adaptive.js';
import { judgePaired } from '../judge/paired/judge-paired.js';
import { type PairedComparison, type PairedRow } from '../judge/paired/judge-types.js';
import { type VerdictOptions } from '../judge/verdicts.js';
import { type Progress } from '../model/progress.js';
import { type StopReason } from '../model/report.js';
import { type Side } from '../model/side.js';
import { driverFor } from '../suites/registry.js';
import { inLanes } from './lanes.js';
import { PairedSession, type PairedDeps } from './paired/coordinator.js';
import { type PairedSideSetup } from './paired/launch.js';
import { DEFAULT_PAIRED_OPTIONS, type PairedOptions, type PairedUnitResult } from './paired/types.js';
import { allPairedComparisons, fallbackReason, pairedPlan } from './paired-comparisons.js';
import { type MeasureUnit } from './rounds.js';

export interface PairedRunOptions extends VerdictOptions {
  /** min-rounds / max-rounds as given (they count pairs); the rest from adaptive.ts. */
  limits: Partial<PairLimits>;
  calibrate: boolean;
  /** Seconds left of the run's time budget. */
  budgetLeft: () => number;
  now: () => number;
  log: (line: string) => void;
  notice: (line: string) => void;
  /** Where the pairs stand after each pair of every unit (the status line, model/progress.ts). */
  progress?: (p: Pick<Progress, 'done' | 'max' | 'verdicts'>) => void;
  /**
   * How many units' pairs run at once (the `parallel` input; null or not given: one per CPU), each on its own CPU:
   * a pair's two workers take turns, so it keeps one CPU busy.
   */
  parallel?: number | null;
  /** Engine options beyond its defaults (tests: shorter timeouts). */
  engine?: Partial<Omit<PairedOptions, 'jit' | 'shouldContinue'>>;
  deps?: PairedDeps;
}

export interface PairedRunResult {
  /** The units measured by pairs, and their rows' comparisons. */
  units: MeasureUnit[];
  comparisons: PairedComparison[];
  rows: PairedRow[];
  /** Units to measure with `rounds` instead. */
  fallback: MeasureUnit[];
  /** The most pairs any unit ran (the calibration pair not counted). */
  pairs: number;
  stopReason: StopReason;
  elapsedSeconds: number;
  startupSeconds: number;
  burstMs: number;
  /** The pair limits the run used (the inputs, else the defaults; maxPairs raised for very large runs). */
  limits: PairLimits;
  /** Units whose pairs ran at once, at most (the `parallel` input, or one per CPU). */
  parallel: number;
}

function sideSetup(unit: MeasureUnit, side: Side): PairedSideSetup {
  const s = unit.sides[side];
  // pairedPlan admitted the unit: the driver has a worker and the side is runnable.
  return driverFor(unit.suite.kind).pairedWorker!(s.ctx!, (s.prepared as { state?: unknown }).state) as PairedSideSetup;
}

/** Names of one unit's open rows. */
function openNames(unit: MeasureUnit, open: Set<string>, rows: readonly PairedRow[]): Set<string> {
  return new Set(rows.filter((r) => r.interpreter === unit.interpreter && r.suite === unit.suite.path && open.has(pairedKey(r))).map((r) => r.name));
}

const STOP_ORDER: StopReason[] = ['decided', 'max-rounds', 'time-budget'];

/** The run's stop reason when both methods ran: the budget over the limits over "decided". */
export function worstStop(a: StopReason, b?: StopReason): StopReason {
  return b === undefined ? a : STOP_ORDER[Math.max(STOP_ORDER.indexOf(a), STOP_ORDER.indexOf(b))];
}

export async function runPaired(units: MeasureUnit[], options: PairedRunOptions): Promise<PairedRunResult> {
  const start = options.now();
  const elapsed = () => (options.now() - start) / 1000;
  const fallback: MeasureUnit[] = [];
  let served: MeasureUnit[] = [];
  for (const u of units) {
    const plan = pairedPlan(u);
    if (plan.paired) served.push(u);
    else {
      fallback.push(u);
      if (plan.notice) options.notice(plan.notice);
    }
  }
  const engine = { ...options.engine, log: options.log, now: options.now };
  const lanes = Math.max(1, Math.min(options.parallel ?? availableParallelism(), served.length));
  const open = (u: MeasureUnit) => ({ suite: u.suite, sides: { base: sideSetup(u, 'base'), head: sideSetup(u, 'head') } });
  let sessions = served.map((u) => new PairedSession(open(u), { ...engine, jit: Boolean(u.sides.head.ctx?.jit) }, options.deps));
  // Every unit's first pair loads now; later pairs load while the one before them duels (coordinator.ts).
  if (!options.calibrate) for (const s of sessions) s.prestart();
  let calibrations: (PairedUnitResult | undefined)[] = served.map(() => undefined);
  let stopReason: StopReason = 'decided';
  if (options.calibrate) {
    // One base-vs-base pair per unit, first, so every judgement (the adaptive ones too) sees its noise floor.
    calibrations = [];
    for (const u of served) {
      const base = sideSetup(u, 'base');
      const s = new PairedSession(
        { suite: u.suite, sides: { base, head: { ...base, scratchDir: `${base.scratchDir}-calibration` } } },
        { ...engine, jit: Boolean(u.sides.base.ctx?.jit) },
        options.deps,
      );
      if (options.budgetLeft() <= 0) stopReason = 'time-budget';
      else await s.nextPair(null, `${u.suite.path} (calibration: base against base)`);
      s.close(); // its one pair is done: no workers left waiting (they would keep the run from exiting)
      calibrations.push(s.result);
    }
  }
  let want: (Set<string> | null)[] = served.map(() => null);
  let limits: PairLimits | undefined;
  let rows: PairedRow[] = [];
  let pairs = 0;
  let lastPairSeconds = served.map(() => 0);
  const judgeAll = () =>
    judgePaired(
      allPairedComparisons(
        served,
        sessions.map((s) => s.result),
        calibrations,
      ),
      options,
    );
  // Workers spawned ahead must not outlive the phase (their pipes would keep the run from exiting).
  try {
    while (stopReason === 'decided') {
      const todo = served.map((_, i) => i).filter((i) => want[i] === null || want[i]!.size > 0);
      if (todo.length === 0) break;
      if (limits && pairs >= limits.maxPairs) {
        stopReason = 'max-rounds';
        break;
      }
      const fitted = await inLanes(todo, lanes, async (i, lane) => {
        // Stop adding pairs when the next one would not fit in what is left of the budget (its last took that long).
        if (options.budgetLeft() <= lastPairSeconds[i]) return false;
        const t = options.now();
        await sessions[i].nextPair(want[i], `${served[i].suite.path} on ${served[i].interpreter}`, lane);
        lastPairSeconds[i] = (options.now() - t) / 1000;
        return true;
      });
      if (!fitted) {
        options.log(`paired: the time budget is spent after ${pairs} pair(s); the verdicts use the pairs so far`);
        stopReason = 'time-budget';
        break;
      }
      pairs++;
      // A unit the engine cannot serve after all goes to rounds as a whole.
      const keep = served.map((u, i) => {
        const why = fallbackReason(u, sessions[i].result);
        if (why) {
          options.notice(why);
          fallback.push(u);
        }
        if (why) sessions[i].close();
        return !why;
      });
      const kept = <T>(list: T[]) => list.filter((_, i) => keep[i]);
      [served, sessions, calibrations, want, lastPairSeconds] = [kept(served), kept(sessions), kept(calibrations), kept(want), kept(lastPairSeconds)];
      rows = judgeAll();
      limits ??= pairLimits(rows.length, options.alpha, options.limits);
      const stillOpen = openBenchmarks(rows, earlyStopLevel(options.alpha));
      options.progress?.({ done: pairs, max: limits.maxPairs, verdicts: { decided: rows.length - stillOpen.size, open: stillOpen.size } });
      want = served.map((u) => (pairs < limits!.minPairs ? null : openNames(u, stillOpen, rows)));
      want.forEach((w, i) => w?.size === 0 && sessions[i].close());
    }
  } finally {
    for (const s of sessions) s.close();
  }
  const burstMs = options.engine?.burstMs ?? DEFAULT_PAIRED_OPTIONS.burstMs;
  const comparisons = allPairedComparisons(
    served,
    sessions.map((s) => s.result),
    calibrations,
  ).map((c) => ({ ...c, burstMs }));
  // The caller judges these again with the run's `rounds` rows (judge/run-verdicts.ts: one BH family).
  rows = judgePaired(comparisons, options);
  const startupSeconds = sessions.reduce((s, x) => s + x.result.startupSeconds, 0);
  const used = limits ?? pairLimits(rows.length, options.alpha, options.limits);
  return { units: served, comparisons, rows, fallback, pairs, stopReason, elapsedSeconds: elapsed(), startupSeconds, burstMs, limits: used, parallel: lanes };
}
