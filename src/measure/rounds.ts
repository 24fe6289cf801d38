// The rounds: every suite on every interpreter, base and head interleaved in ABBA order, each round a
// fresh process, so drift of the machine lands on both sides alike. After min-rounds, only units with a
// verdict still open, or with a regression, get more rounds, until max-rounds or the time budget.
// A regression is not a reason to stop early: stopping at the first round that happens to look slow would
// turn a run of unlucky rounds into a red check. It has to hold on max-rounds (or the budget's) evidence.
import { slowRounds } from '../judge/slow-rounds.js';
import { judge, type VerdictOptions } from '../judge/verdicts.js';
import { type Comparison } from '../model/comparison.js';
import { type Progress } from '../model/progress.js';
import { type StopReason } from '../model/report.js';
import { type SlowRoundsMode, type SuiteSpec } from '../model/settings.js';
import { SIDES, type Side } from '../model/side.js';
import { type PreparedSuite, type SuiteRunContext } from '../suites/driver.js';
import { type RoundResult } from '../suites/round-result.js';
import { rowsWithBorrowedNames, unitRowSkeletons } from './unit-rows.js';

export interface SideSetup {
  ctx?: SuiteRunContext;
  prepared?: PreparedSuite;
  /** The environment for this side could not be set up (install failed, pytest-benchmark missing). */
  error?: string;
}

export interface MeasureUnit {
  interpreter: string;
  suite: SuiteSpec;
  sides: Record<Side, SideSetup>;
  /** The interpreter itself is unusable: every row of the unit fails with this. */
  setupError?: string;
  /** `shard: i/n`: a suite whose benchmarks all fall in other shards yields no rows, not a failure. */
  sharded?: boolean;
}

interface SideAccumulator {
  /** One map per round that ran: benchmark → sample (a process's benchmarks share its slow mode). */
  perRound: Map<string, number>[];
  warmups: Map<string, number>;
  breakdown: Map<string, Map<string, number[]>>;
  failures: Map<string, string>;
  brokenPrefixes: { prefix: string; error: string }[];
  suiteError?: string;
  rounds: number;
}

export interface MeasureOptions extends VerdictOptions {
  /** 'drop': set aside rounds in which the whole suite ran in a slow mode (slow-rounds.ts). */
  slowRounds: SlowRoundsMode;
  minRounds: number;
  maxRounds: number;
  budgetSeconds: number;
  /** The time budget ran out during a round (its cut-short process says nothing about the code). */
  budgetCut?: () => boolean;
  now: () => number;
  log: (line: string) => void;
  runRound: (ctx: SuiteRunContext, prepared: PreparedSuite) => Promise<RoundResult>;
  /** Called after every suite round with its raw result (the rounds log). */
  onRound?: (entry: { round: number; interpreter: string; suite: string; side: Side; result: RoundResult }) => void;
  /** Where the rounds stand, after every suite run and every round (the status line, model/progress.ts). */
  progress?: (p: Pick<Progress, 'done' | 'step' | 'verdicts'>) => void;
}

export interface MeasureResult {
  comparisons: Comparison[];
  rounds: number;
  stopReason: StopReason;
  elapsedSeconds: number;
}

/** ABBA: round 0 runs base then head, round 1 head then base, and so on. */
export function sideOrder(round: number): Side[] {
  return round % 2 === 0 ? ['base', 'head'] : ['head', 'base'];
}

function newAccumulator(): SideAccumulator {
  return { perRound: [], warmups: new Map(), breakdown: new Map(), failures: new Map(), brokenPrefixes: [], rounds: 0 };
}

function absorb(acc: SideAccumulator, r: RoundResult): void {
  acc.rounds++;
  if (r.suiteError) {
    acc.suiteError ??= r.suiteError;
    return;
  }
  acc.perRound.push(new Map(r.samples));
  for (const [name, error] of r.failures) if (!acc.failures.has(name)) acc.failures.set(name, error);
  for (const [name, n] of r.warmups ?? []) acc.warmups.set(name, Math.max(n, acc.warmups.get(name) ?? 0));
  for (const [name, parts] of r.breakdown ?? []) {
    const kept = acc.breakdown.get(name) ?? new Map<string, number[]>();
    for (const [part, value] of parts) kept.set(part, [...(kept.get(part) ?? []), value]);
    acc.breakdown.set(name, kept);
  }
  for (const b of r.brokenPrefixes) if (!acc.brokenPrefixes.some((x) => x.prefix === b.prefix)) acc.brokenPrefixes.push(b);
}

interface SideSamples {
  /** Per benchmark, the samples of the rounds kept, in round order. */
  kept: Map<string, number[]>;
  /** Per benchmark, the samples of every round. */
  all: Map<string, number[]>;
  /** Every benchmark measured in any round. */
  measured: Set<string>;
  setAside: number;
}

function sideSamples(acc: SideAccumulator, mode: SlowRoundsMode): SideSamples {
  const slow = mode === 'drop' ? slowRounds(acc.perRound) : acc.perRound.map(() => false);
  const kept = new Map<string, number[]>();
  const all = new Map<string, number[]>();
  acc.perRound.forEach((round, i) => {
    for (const [name, x] of round) {
      all.set(name, [...(all.get(name) ?? []), x]);
      if (!slow[i]) kept.set(name, [...(kept.get(name) ?? []), x]);
    }
  });
  return { kept, all, measured: new Set(all.keys()), setAside: slow.filter(Boolean).length };
}

/** Rows of one unit; `knownNames` (from other interpreters) names the rows of a unit that measured nothing. */
function unitComparisons(unit: MeasureUnit, acc: Record<Side, SideAccumulator>, knownNames: readonly string[], mode: SlowRoundsMode): Comparison[] {
  const samples: Record<Side, SideSamples> = { base: sideSamples(acc.base, mode), head: sideSamples(acc.head, mode) };
  const outcome = (side: Side) => ({
    measured: samples[side].measured,
    failures: acc[side].failures,
    brokenPrefixes: acc[side].brokenPrefixes,
    suiteError: acc[side].suiteError,
  });
  return unitRowSkeletons(unit, { base: outcome('base'), head: outcome('head') }, knownNames).map((skeleton) => {
    const name = skeleton.name;
    const c: Comparison = { ...skeleton, base: samples.base.kept.get(name) ?? [], head: samples.head.kept.get(name) ?? [] };
    if (samples.base.setAside || samples.head.setAside) {
      c.slowRounds = { base: samples.base.setAside, head: samples.head.setAside };
      c.all = { base: samples.base.all.get(name) ?? [], head: samples.head.all.get(name) ?? [] };
    }
    const warmup = Math.max(acc.base.warmups.get(name) ?? 0, acc.head.warmups.get(name) ?? 0);
    if (warmup) c.warmup = warmup;
    if (acc.base.breakdown.has(name) || acc.head.breakdown.has(name)) {
      c.breakdown = { base: acc.base.breakdown.get(name) ?? new Map(), head: acc.head.breakdown.get(name) ?? new Map() };
    }
    return c;
  });
}

/** All rows; a unit that measured nothing borrows benchmark names from the same suite on other interpreters. */
function allComparisons(units: MeasureUnit[], accs: Record<Side, SideAccumulator>[], mode: SlowRoundsMode): Comparison[] {
  return rowsWithBorrowedNames(units.length, (i, known) => unitComparisons(units[i], accs[i], known, mode));
}

export function runnable(side: SideSetup): boolean {
  return Boolean(side.ctx && side.prepared && !side.error && !('error' in side.prepared) && !('missing' in side.prepared));
}

export async function runRounds(units: MeasureUnit[], options: MeasureOptions): Promise<MeasureResult> {
  const start = options.now();
  const elapsed = () => (options.now() - start) / 1000;
  const accs = units.map(() => ({ base: newAccumulator(), head: newAccumulator() }));
  // A unit is active while both sides can run and neither has crashed as a whole.
  const active = units.map((u) => !u.setupError && runnable(u.sides.base) && runnable(u.sides.head));
  // A unit with only one runnable side (a suite added or removed by the PR) gets a single round for its medians.
  const singleSided = units.map((u, i) => !active[i] && !u.setupError && (runnable(u.sides.base) || runnable(u.sides.head)));
  let round = 0;
  let stopReason: StopReason = 'decided';
  let lastRoundSeconds = 0;
  let verdicts: Progress['verdicts'];
  const comparisons = () => allComparisons(units, accs, options.slowRounds);
  rounds: while (true) {
    const todo = units.map((_, i) => i).filter((i) => active[i] || (singleSided[i] && round === 0));
    if (todo.length === 0) break;
    if (round >= options.maxRounds) {
      stopReason = 'max-rounds';
      break;
    }
    if (round > 0 && elapsed() + lastRoundSeconds > options.budgetSeconds) {
      stopReason = 'time-budget';
      break;
    }
    const roundStart = options.now();
    const runs = todo.reduce((n, i) => n + SIDES.filter((side) => runnable(units[i].sides[side])).length, 0);
    let ran = 0;
    for (const i of todo) {
      for (const side of sideOrder(round)) {
        const s = units[i].sides[side];
        if (!runnable(s)) continue;
        const result = await options.runRound(s.ctx!, s.prepared!);
        if (options.budgetCut?.()) {
          stopReason = 'time-budget';
          break rounds;
        }
        options.onRound?.({ round, interpreter: units[i].interpreter, suite: units[i].suite.path, side, result });
        absorb(accs[i][side], result);
        if (result.suiteError || result.outsideShard) active[i] = false;
        options.progress?.({ done: round, step: { done: ++ran, of: runs }, verdicts });
      }
    }
    round++;
    lastRoundSeconds = (options.now() - roundStart) / 1000;
    options.log(`round ${round}: ${todo.length} suite×interpreter unit(s), ${lastRoundSeconds.toFixed(1)}s`);
    if (round >= options.minRounds) {
      // Keep sampling only units with an open (inconclusive) verdict or a regression still to confirm.
      const rows = judge(comparisons(), options);
      const open = (v: string) => v === 'inconclusive' || v === 'regression';
      units.forEach((u, i) => {
        if (active[i]) active[i] = rows.some((r) => r.interpreter === u.interpreter && r.suite === u.suite.path && open(r.verdict));
      });
      const undecided = rows.filter((r) => r.verdict === 'inconclusive').length;
      verdicts = { decided: rows.length - undecided, open: undecided };
    }
    options.progress?.({ done: round, verdicts });
  }
  return { comparisons: comparisons(), rounds: round, stopReason, elapsedSeconds: elapsed() };
}
