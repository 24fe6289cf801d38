// The report JSON (report-json, schema 1) read back into a Report: the inverse of json.ts, for a report folder
// that comes from another job (mode: comment) and so is untrusted. Every field is checked and anything
// malformed is refused with the field's path; the overall verdict and the geometric means are recomputed from
// the rows. The rows' raw measurements (pair estimates, samples) are kept as checked number arrays, so their
// verdicts can be recomputed. Pure.
import { type PairedRow } from '../judge/paired/judge-types.js';
import { type Interpreter } from '../model/interpreter.js';
import { type ConfigChange, type InterpreterComparison, type Report, type StopReason } from '../model/report.js';
import { type MemoryVerdict, type ProfileDelta, type Row, type Verdict } from '../model/row.js';
import { type Side } from '../model/side.js';
import { Fields, JsonFieldError } from './json-fields.js';
import { buildReport } from './json.js';

/** A rounds row's raw data (the shard engineer's RowSamples): the rounds kept and, with rounds set aside, all of them. */
export interface ReadSamples {
  base: number[];
  head: number[];
  all?: Record<Side, number[]>;
}

/** A row as read: a Row (or PairedRow), with per-round samples when the measuring run wrote them. */
export type ReadRow = Row & { samples?: ReadSamples };

/** A report as read: with the shard (`shard: i/n`) it holds, when the measuring run wrote one. */
export type ReadReportValue = Report & { shard?: { index: number; count: number } };

/** What a report file holds: a report, or (a run that stopped at exit 2) the reason it could not run. */
export type ReadReport = { report: ReadReportValue } | { error: string; base?: Report['base']; head?: Report['head'] };

const VERDICTS: readonly Verdict[] = ['regression', 'improvement', 'unchanged', 'inconclusive', 'added', 'removed', 'failed'];
const MEMORY_VERDICTS: readonly MemoryVerdict[] = ['regression', 'improvement', 'unchanged', 'inconclusive'];
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function commit(f: Fields, key: string): Report['base'] {
  const c = f.obj(key);
  const sha = c.str('sha', 64);
  if (!SHA.test(sha)) throw new JsonFieldError(`${c.path}.sha`, 'a commit sha (40 or 64 hex digits)', sha);
  return { ref: c.str('ref', 256), sha };
}

function sideSummary(f: Fields, key: string): Row['base'] {
  const s = f.optObj(key);
  return s ? { median: s.num('median', 0), n: s.int('n') } : undefined;
}

function profileCall(f: Fields, key: string): ProfileDelta['base'] {
  const c = f.optObj(key);
  return c ? { ncalls: c.num('ncalls', 0), tottime: c.num('tottime'), cumtime: c.num('cumtime') } : null;
}

function profile(p: Fields): NonNullable<Row['profile']> {
  if (p.has('error')) return { error: p.str('error') };
  return {
    ...(p.has('base') ? { base: p.str('base') } : {}),
    ...(p.has('head') ? { head: p.str('head') } : {}),
    ...(p.has('iterations') ? { iterations: p.int('iterations') } : {}),
    top: p.has('top')
      ? p.list(
          'top',
          (d) => ({ function: d.str('function'), base: profileCall(d, 'base'), head: profileCall(d, 'head'), tottimeDelta: d.num('tottime_delta') }),
          100,
        )
      : [],
  };
}

/** The pair-level figures of a `method: paired` row (judge-types.ts), from which its verdict is recomputed. */
function pairedFields(f: Fields): Omit<PairedRow, keyof Row> {
  return {
    method: 'paired',
    pairs: f.int('pairs'),
    duels: f.int('duels'),
    pairEstimates: f.numbers('pair_estimates', 10_000, 0),
    ...(f.has('noise_floor') ? { noiseFloor: f.num('noise_floor', 0) } : {}),
    ...(f.has('burst_ms') ? { burstMs: f.num('burst_ms', 0) } : {}),
    ...(f.has('clock') ? { clock: f.choice('clock', ['wall', 'cpu'] as const) } : {}),
  };
}

export function rowFromJson(f: Fields): ReadRow {
  const verdict = f.choice('verdict', VERDICTS);
  const method = f.optChoice('method', ['rounds', 'paired'] as const) ?? 'rounds';
  const row: ReadRow = {
    suite: f.str('suite'),
    name: f.str('name'),
    interpreter: f.str('interpreter', 200),
    verdict,
    ...(f.has('ratio') ? { ratio: f.num('ratio', 0) } : {}),
    ...(f.has('ci') ? { ci: f.interval('ci') } : {}),
    ...(f.has('p') ? { p: f.num('p', 0, 1) } : {}),
    ...(f.has('q') ? { q: f.num('q', 0, 1) } : {}),
    ...(f.has('base') ? { base: sideSummary(f, 'base') } : {}),
    ...(f.has('head') ? { head: sideSummary(f, 'head') } : {}),
    ...(method === 'paired' ? pairedFields(f) : {}),
    ...(f.has('noise') ? { noise: f.num('noise', 0) } : {}),
    ...(f.has('too_noisy') ? { tooNoisy: f.bool('too_noisy') } : {}),
    ...(f.has('slow_rounds_set_aside') ? { slowRounds: readSides(f.obj('slow_rounds_set_aside'), (s, k) => s.int(k)) } : {}),
    ...(f.has('warmup_iterations') ? { warmup: f.int('warmup_iterations') } : {}),
    ...(f.has('profile') ? { profile: profile(f.obj('profile')) } : {}),
    ...(f.has('import_growth')
      ? { imports: f.list('import_growth', (g) => ({ module: g.str('module', 300), base: g.num('base', 0), head: g.num('head', 0) }), 100) }
      : {}),
    ...(f.has('memory') ? { memory: memory(f.obj('memory')) } : {}),
    ...(f.has('samples') ? { samples: samples(f.obj('samples')) } : {}),
  };
  if (verdict === 'failed') {
    row.error = f.str('error');
    if (f.has('failed_on')) row.failedOn = f.choice('failed_on', ['base', 'head', 'both', 'setup'] as const);
  }
  return row;
}

function readSides<T>(f: Fields, read: (f: Fields, key: Side) => T): Record<Side, T> {
  return { base: read(f, 'base'), head: read(f, 'head') };
}

function samples(f: Fields): ReadSamples {
  const times = (s: Fields, k: Side) => s.numbers(k, undefined, 0);
  return { ...readSides(f, times), ...(f.has('all') ? { all: readSides(f.obj('all'), times) } : {}) };
}

function memory(m: Fields): NonNullable<Row['memory']> {
  return {
    base: m.num('base_bytes', 0),
    head: m.num('head_bytes', 0),
    ratio: m.num('ratio', 0),
    verdict: m.choice('verdict', MEMORY_VERDICTS),
    exact: m.bool('exact'),
  };
}

function interpreter(f: Fields): Interpreter {
  const label = f.str('spec', 200);
  if (f.has('error')) return { label, error: f.str('error') };
  return { label, version: f.str('version', 100), implementation: f.str('implementation', 100), path: f.optStr('path') ?? '(not recorded)' };
}

function described(f: Fields): Interpreter {
  const label = f.str('spec', 200);
  return f.has('version')
    ? { label, version: f.str('version', 100), implementation: f.optStr('implementation', 100) ?? '', path: '(not recorded)' }
    : { label, error: 'missing' };
}

function comparison(f: Fields, reason: InterpreterComparison['reason']): InterpreterComparison {
  const from = described(f.obj('from'));
  const to = described(f.obj('to'));
  const g = f.optObj('geomean');
  return {
    reason,
    from,
    to,
    label: `${from.label} → ${to.label}`,
    ...(f.has('detected')
      ? { changes: f.list('detected', (c) => ({ source: c.str('source', 300), old: c.str('old', 100), new: c.str('new', 100) }), 50) }
      : {}),
    rows: f.list('benchmarks', rowFromJson),
    ...(g ? { geomean: { ratio: g.num('ratio', 0), ci: g.interval('ci'), benchmarks: g.int('benchmarks') } } : {}),
    ...(f.has('error') ? { error: f.str('error') } : {}),
  };
}

function configChange(f: Fields): ConfigChange {
  const value = (key: string) => {
    const v = f.raw(key);
    if (v === null || v === undefined) return undefined;
    // a TOML value: rendered through showTomlValue and escaped; bounded so it stays a short line
    if (JSON.stringify(v).length > 1000) throw new JsonFieldError(`${f.path}.${key}`, 'a TOML value of at most 1000 characters of JSON', v);
    return v;
  };
  const base = value('base');
  const head = value('head');
  return { key: f.str('key', 100), ...(base !== undefined ? { base } : {}), ...(head !== undefined ? { head } : {}), overridden: f.bool('overridden') };
}

/** Reads a parsed report file; throws an Error naming the first field that does not hold. */
export function readReportJson(value: unknown): ReadReport {
  const f = Fields.of(value, '');
  if (f.raw('schema') !== 1) throw new JsonFieldError('schema', '1', f.raw('schema'));
  const verdict = f.choice('verdict', ['pass', 'regression', 'error'] as const);
  if (f.has('error') && !f.has('settings')) {
    return { error: f.str('error'), ...(f.has('base') ? { base: commit(f, 'base') } : {}), ...(f.has('head') ? { head: commit(f, 'head') } : {}) };
  }
  const s = f.obj('settings');
  const method = s.optChoice('method', ['rounds', 'paired'] as const) ?? 'rounds';
  const report = buildReport({
    base: commit(f, 'base'),
    head: commit(f, 'head'),
    threshold: s.num('threshold', 0, 10),
    alpha: s.num('alpha', 0, 1),
    statistic: s.choice('statistic', ['min', 'median', 'mean'] as const),
    slowRounds: s.choice('slow_rounds', ['drop', 'keep'] as const),
    minRounds: s.int('min_rounds'),
    maxRounds: s.int('max_rounds'),
    rounds: s.int('rounds'),
    method,
    ...(s.has('pairs')
      ? {
          paired: {
            pairs: s.int('pairs'),
            minPairs: s.int('min_pairs'),
            maxPairs: s.int('max_pairs'),
            burstMs: s.num('burst_ms', 0),
            startupSeconds: s.num('worker_startup_seconds', 0),
            ...(s.has('parallel') ? { parallel: s.int('parallel') } : {}),
          },
        }
      : {}),
    stopReason: s.choice<StopReason>('stop_reason', ['decided', 'max-rounds', 'time-budget']),
    elapsedSeconds: s.num('elapsed_seconds', 0),
    interpreters: f.list('interpreters', interpreter, 50),
    rows: f.list('benchmarks', rowFromJson),
    cross: [
      ...(f.has('upgrade') ? [comparison(f.obj('upgrade'), 'upgrade')] : []),
      ...(f.has('interpreter_comparisons') ? f.list('interpreter_comparisons', (c) => comparison(c, 'compare-interpreters'), 50) : []),
    ],
    configChanges: f.has('config_changes') ? f.list('config_changes', configChange, 100) : [],
  });
  // The verdict is the rows' (judge/verdicts.ts): a file whose verdict says otherwise was edited.
  if (report.verdict !== verdict) throw new JsonFieldError('verdict', `"${report.verdict}", the verdict of its benchmarks`, verdict);
  const shard = s.optObj('shard');
  if (!shard) return { report };
  const count = shard.int('count', 1, 1000);
  return { report: { ...report, shard: { index: shard.int('index', 1, count), count } } };
}
