// Which rows a unit has and what failed where, for both methods (rounds.ts, paired-comparisons.ts): the names
// either side measured or failed, a broken file's benchmarks as the other side knows them, each side's error,
// and the rules that turn them into 1.0's verdict kinds (failing on base and gone from head: removed). Pure.
import { type Side } from '../model/side.js';
import { type PreparedSuite } from '../suites/driver.js';

/** The parts of a MeasureUnit (rounds.ts) these rules read. */
export interface UnitSetup {
  interpreter: string;
  suite: { path: string };
  sides: Record<Side, { error?: string; prepared?: PreparedSuite }>;
  setupError?: string;
  /** `shard: i/n` is set: a unit that found nothing, and no error, has no benchmark in this shard. */
  sharded?: boolean;
}

/** What one side of a unit gave, whatever the method. */
export interface SideOutcome {
  /** Benchmarks with timings on this side. */
  measured: ReadonlySet<string>;
  /** Benchmark → its first error on this side. */
  failures: ReadonlyMap<string, string>;
  /** Files (pytest node-id prefixes) that failed to import on this side. */
  brokenPrefixes: readonly { prefix: string; error: string }[];
  /** The suite failed as a whole on this side. */
  suiteError?: string;
}

/** A row's identity and errors; the method adds its timings. */
export interface RowSkeleton {
  suite: string;
  name: string;
  interpreter: string;
  baseError?: string;
  headError?: string;
  setupError?: string;
}

const SIDES: Side[] = ['base', 'head'];

function sideError(unit: UnitSetup, outcome: SideOutcome, side: Side, name: string): string | undefined {
  const s = unit.sides[side];
  if (s.error) return s.error;
  if (s.prepared && 'error' in s.prepared) return s.prepared.error; // the suite file itself is broken on this side
  if (outcome.suiteError) return outcome.suiteError;
  if (outcome.failures.has(name)) return outcome.failures.get(name);
  return outcome.brokenPrefixes.find((b) => name === b.prefix || name.startsWith(`${b.prefix}::`))?.error;
}

/** Rows of one unit, sorted by name; `knownNames` (from other interpreters) names the rows of a unit that measured nothing. */
export function unitRowSkeletons(unit: UnitSetup, outcomes: Record<Side, SideOutcome>, knownNames: readonly string[]): RowSkeleton[] {
  const names = new Set<string>();
  for (const side of SIDES) for (const n of [...outcomes[side].measured, ...outcomes[side].failures.keys()]) names.add(n);
  // A file that failed to import on one side: its benchmarks as the other side knows them, else the file.
  for (const side of SIDES) {
    for (const b of outcomes[side].brokenPrefixes) if (![...names].some((n) => n.startsWith(`${b.prefix}::`))) names.add(b.prefix);
  }
  if (names.size === 0) knownNames.forEach((n) => names.add(n));
  const quiet = (side: Side) => !unit.sides[side].error && !outcomes[side].suiteError && !(unit.sides[side].prepared && 'error' in unit.sides[side].prepared!);
  if (names.size === 0 && unit.sharded && !unit.setupError && quiet('base') && quiet('head')) return [];
  const missing = (side: Side) => Boolean(unit.sides[side].prepared && 'missing' in unit.sides[side].prepared!);
  const bothMissing = missing('base') && missing('head');
  if (names.size === 0) names.add('*');
  return [...names].sort().map((name) => {
    const c: RowSkeleton = { suite: unit.suite.path, name, interpreter: unit.interpreter };
    if (unit.setupError) c.setupError = unit.setupError;
    else if (bothMissing) c.setupError = `${unit.suite.path} exists in neither base nor head`;
    const baseError = sideError(unit, outcomes.base, 'base', name);
    const headError = sideError(unit, outcomes.head, 'head', name);
    if (baseError) c.baseError = baseError;
    if (headError) c.headError = headError;
    // Failing on base and gone from head: the PR removed it.
    if (c.baseError && !c.headError && !outcomes.head.measured.has(name)) delete c.baseError;
    if (name === '*' && !c.setupError && !c.baseError && !c.headError) c.headError = 'no benchmarks were found on either commit';
    return c;
  });
}

/** All units' rows; a unit that measured nothing borrows benchmark names from the same suite on other interpreters. */
export function rowsWithBorrowedNames<T extends { suite: string; name: string }>(count: number, build: (i: number, knownNames: readonly string[]) => T[]): T[] {
  const first = Array.from({ length: count }, (_, i) => build(i, []));
  const known = new Map<string, Set<string>>();
  for (const c of first.flat()) if (c.name !== '*') known.set(c.suite, (known.get(c.suite) ?? new Set()).add(c.name));
  return first.flatMap((rows, i) => (rows.length === 1 && rows[0].name === '*' ? build(i, [...(known.get(rows[0].suite) ?? [])]) : rows));
}
