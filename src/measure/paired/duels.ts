// One benchmark inside one worker pair: calibrate N (once per unit, the same on both sides), drop warm-up
// bursts, then duels in ABBA order (duel k: base then head; k+1: head then base), each one log(head/base).
// An error reply fails the benchmark on that side; a worker that is gone throws WorkerGone to the pair.
import {
  burstsOf,
  duelsByTurn,
  duelSpec,
  linkedDuels,
  perCallTime,
  PROBE_BURSTS,
  workersAgree,
  type Agreed,
  type BurstTime,
  type DuelSpec,
} from './linked-duels.js';
import {
  CPU_BOUND,
  PER_CALL_CPU_MIN_SECONDS,
  type PairedBenchmark,
  type PairedOptions,
  type PairedUnitResult,
  type Side,
  type SoloBenchmark,
} from './types.js';
import { type WorkerClient } from './worker-client.js';

export type Clients = Record<Side, WorkerClient>;

/** Bursts dropped while a JIT settles: until the best burst has not improved by 2% for this many bursts. */
const SETTLE_BURSTS = 5;
const SETTLE_MAX_BURSTS = 200;
const SETTLE_MAX_MS = 3000;

export function recordFailure(result: PairedUnitResult, name: string, side: Side, error: string): void {
  const f = result.failures.get(name) ?? {};
  f[side] ??= error;
  result.failures.set(name, f);
}

/** What the duel needs to tell its caller: how each side leaves the benchmark. */
export type Leave = Record<Side, 'next' | 'skip'>;

class BenchmarkError extends Error {
  constructor(
    readonly side: Side,
    message: string,
  ) {
    super(message);
  }
}

/** Calls per burst; `fixed`: a single-shot benchmark (one call a burst); `perCall`: every call timed on its own. */
interface Calls {
  n: number;
  fixed: boolean;
  perCall: boolean;
  /** The clock probes a linked worker ran at its own n in the same request (none from a single-shot benchmark). */
  probes?: BurstTime[];
}

/** Calibrates one side; a linked worker also runs `probe` bursts at its n (unpinned) in the same round trip. */
async function calibrate(client: WorkerClient, name: string, options: PairedOptions, probe = 0): Promise<Calls> {
  const probing = probe > 0 && client.linked;
  // The probes run unpinned: a linked worker unpins in the same request.
  const unpin = probing && client.pinnedTo !== null;
  const r = await client.request(
    { op: 'calibrate', target: options.burstMs / 1000, ...(probing ? { probe } : {}), ...(unpin ? { pin: null } : {}) },
    `the calibration of ${name}`,
  );
  if (unpin) client.pinnedTo = null;
  if (r.error !== undefined) throw new BenchmarkError(client.side, r.error);
  if (typeof r.n !== 'number' || !(r.n >= 1)) throw new BenchmarkError(client.side, `the worker calibrated ${name} to ${JSON.stringify(r.n)} calls`);
  const n = Math.round(r.n);
  const probes = probing && r.bursts !== undefined ? burstsOf(r, n, probe) : undefined;
  if (typeof probes === 'string') throw new BenchmarkError(client.side, probes);
  return { n, fixed: Boolean(r.fixed), perCall: Boolean(r.per_call), ...(probes ? { probes } : {}) };
}

/** Seconds per call of one burst of n calls on both clocks. */
async function timedBurst(client: WorkerClient, name: string, n: number): Promise<BurstTime> {
  const r = await client.request({ op: 'burst', n }, `a burst of ${n} calls of ${name}`);
  if (r.error !== undefined) throw new BenchmarkError(client.side, r.error);
  if (typeof r.seconds !== 'number' || !Number.isFinite(r.seconds))
    throw new BenchmarkError(client.side, `the worker timed ${name} as ${JSON.stringify(r.seconds)}`);
  return perCallTime(r.seconds, r.cpu, n, r.waits);
}

/**
 * `count` bursts back to back on one side: one `bursts` request to a linked worker (for a single-shot benchmark,
 * `count` runs of its test), else one request each.
 */
async function timedBursts(client: WorkerClient, name: string, n: number, count: number): Promise<BurstTime[]> {
  if (!client.linked) {
    const times: BurstTime[] = [];
    for (let i = 0; i < count; i++) times.push(await timedBurst(client, name, n));
    return times;
  }
  const r = await client.request({ op: 'bursts', n, count }, `${count} bursts of ${n} calls of ${name}`);
  if (r.error !== undefined) throw new BenchmarkError(client.side, r.error);
  const times = burstsOf(r, n, count);
  if (typeof times === 'string') throw new BenchmarkError(client.side, times);
  return times;
}

async function burst(client: WorkerClient, name: string, n: number): Promise<number> {
  return (await timedBurst(client, name, n)).wall;
}

/** Drops bursts until they settle (JIT) or drops one (a cold first burst); returns how many were dropped. */
async function warmUp(client: WorkerClient, name: string, n: number, jit: boolean, now: () => number): Promise<number> {
  if (!jit) {
    await burst(client, name, n);
    return 1;
  }
  const started = now();
  let best = Infinity;
  let sinceBest = 0;
  let dropped = 0;
  while (sinceBest < SETTLE_BURSTS && dropped < SETTLE_MAX_BURSTS && now() - started < SETTLE_MAX_MS) {
    const t = await burst(client, name, n);
    dropped++;
    if (t < best * 0.98) {
      best = t;
      sinceBest = 0;
    } else sinceBest++;
  }
  return dropped;
}

/** CPU time where the benchmark is CPU-bound in the worker's thread on both sides (see PairedOptions.clock). */
export function autoClock(times: Record<Side, BurstTime[]>): 'wall' | 'cpu' {
  // Blocking is the sure sign (under load even the quietest burst can lose half its wall time to preemption).
  const bound = (bursts: BurstTime[]) =>
    bursts.length > 0 &&
    (bursts.every((t) => t.waits !== undefined)
      ? bursts.reduce((s, t) => s + t.waits!, 0) <= bursts.length
      : Math.max(...bursts.map((t) => t.cpu / t.wall)) >= CPU_BOUND);
  return bound(times.base) && bound(times.head) ? 'cpu' : 'wall';
}

async function probeClock(clients: Clients, order: Side[], name: string, agreed: Calls, probed: Partial<Record<Side, BurstTime[]>>): Promise<'wall' | 'cpu'> {
  const { n, perCall } = agreed;
  // Probes taken with the calibration (linked workers) are used when both sides have them.
  const times: Record<Side, BurstTime[]> = probed.base && probed.head ? { base: probed.base, head: probed.head } : { base: [], head: [] };
  if (!(probed.base && probed.head)) {
    for (const side of order) {
      await pin(clients[side], null);
      times[side] = await timedBursts(clients[side], name, n, PROBE_BURSTS);
    }
  }
  return clockOf(times, perCall);
}

/** The 'auto' clock from both sides' probes; calls timed one by one (`perCall`) too short for the CPU clock: wall. */
export function clockOf(times: Record<Side, BurstTime[]>, perCall: boolean): 'wall' | 'cpu' {
  const shortest = Math.min(...[...times.base, ...times.head].map((t) => t.wall));
  return perCall && shortest < PER_CALL_CPU_MIN_SECONDS ? 'wall' : autoClock(times);
}

/** Pins the worker to the k-th CPU (null: all CPUs again), when that changes anything. */
async function pin(client: WorkerClient, cpu: number | null): Promise<void> {
  if (client.pinnedTo === cpu) return;
  const r = await client.request({ op: 'pin', cpu }, `pinning to CPU #${cpu}`);
  if (r.error !== undefined) throw new BenchmarkError(client.side, r.error);
  client.pinnedTo = cpu;
}

/** N for both sides: the geometric mean of the two calibrations; 1 when either side is single-shot. */
async function agreeOnCalls(
  clients: Clients,
  order: Side[],
  name: string,
  options: PairedOptions,
  probe = 0,
): Promise<{ agreed: Calls; probed: Partial<Record<Side, BurstTime[]>> }> {
  // Both sides at once: N only needs to be about right, and the two replies wake the coordinator about once.
  // Both replies are read before a failure of either counts, so none is left for the next read.
  const settled = await Promise.allSettled(order.map((side) => calibrate(clients[side], name, options, probe)));
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  const c = Object.fromEntries(order.map((side, i) => [side, (settled[i] as PromiseFulfilledResult<Calls>).value])) as Record<Side, Calls>;
  const fixed = c.base!.fixed || c.head!.fixed;
  const n = fixed ? 1 : Math.max(1, Math.round(Math.sqrt(c.base!.n * c.head!.n)));
  return { agreed: { n, fixed, perCall: c.base!.perCall || c.head!.perCall }, probed: { base: c.base!.probes, head: c.head!.probes } };
}

/**
 * Each side's warm-up, then the duels in ABBA order (duel k: base then head; k + 1: head then base); null: passed
 * by. `entry` is undefined for a benchmark the linked workers calibrate themselves (spec.calibrate).
 */
async function pairDuels(
  clients: Clients,
  order: Side[],
  spec: DuelSpec,
  entry: PairedBenchmark | undefined,
  options: PairedOptions,
  now: () => number,
): Promise<{ times: Record<Side, BurstTime[]>; agreed?: Agreed } | null> {
  const { name } = spec;
  if (duelsByTurn(clients)) {
    const got = await linkedDuels(clients, spec, options);
    const agreed = 'agreed' in got ? got.agreed : undefined;
    for (const side of order) clients[side].pinnedTo = spec.calibrate ? (agreed?.clock === 'cpu' ? spec.calibrate.pin : null) : spec.pin;
    if ('skipped' in got) return null;
    if ('error' in got) throw new BenchmarkError(got.side, got.error);
    if (options.jit && entry) entry.warmup = Math.max(entry.warmup ?? 0, got.dropped);
    return { times: got.times, ...(agreed ? { agreed } : {}) };
  }
  if (!entry) throw new Error(`${name}: workers without the turn socket can't calibrate a benchmark themselves`);
  for (const side of order) await pin(clients[side], spec.pin);
  for (const side of order) {
    const dropped = await warmUp(clients[side], name, entry.calls, options.jit, now);
    if (options.jit) entry.warmup = Math.max(entry.warmup ?? 0, dropped);
  }
  const times: Record<Side, BurstTime[]> = { base: [], head: [] };
  for (let k = 0; k < options.duels; k++) {
    for (const side of k % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const))
      times[side].push(await timedBurst(clients[side], name, entry.calls));
  }
  return { times };
}

function newEntry(calls: number, clock: 'wall' | 'cpu', singleShot: boolean): PairedBenchmark {
  return { pairs: [], clock, baseBurst: [], headBurst: [], baseCpu: [], headCpu: [], calls, ...(singleShot ? { singleShot: true } : {}) };
}

/** The coordinator calibrates a new benchmark a request at a time (workers without the turn socket, or a JIT). */
async function calibrated(clients: Clients, order: Side[], name: string, options: PairedOptions, now: () => number): Promise<PairedBenchmark> {
  // The clock probes ride along with the (last) calibration where the workers can.
  const probe = options.clock === 'auto' ? PROBE_BURSTS : 0;
  let { agreed, probed } = await agreeOnCalls(clients, order, name, options, options.jit ? 0 : probe);
  // A JIT makes the code faster as it warms: calibrate again once it has settled.
  if (options.jit && !agreed.fixed) {
    for (const side of order) await warmUp(clients[side], name, agreed.n, true, now);
    ({ agreed, probed } = await agreeOnCalls(clients, order, name, options, probe));
  }
  const clock = options.clock === 'auto' ? await probeClock(clients, order, name, agreed, probed) : options.clock;
  return newEntry(agreed.n, clock, agreed.fixed);
}

/** Runs the benchmark's share of this pair; returns how each side should leave it. */
export async function duelBenchmark(
  clients: Clients,
  order: Side[],
  name: string,
  result: PairedUnitResult,
  options: PairedOptions,
  pairIndex: number,
  /** Its place among the benchmarks both sides have. */
  index: number,
): Promise<Leave> {
  const now = options.now ?? Date.now;
  try {
    let entry: PairedBenchmark | undefined = result.benchmarks.get(name);
    // Linked workers without a JIT calibrate a new benchmark themselves, at the start of its duels.
    if (!entry && !workersAgree(clients, options)) {
      entry = await calibrated(clients, order, name, options, now);
      result.benchmarks.set(name, entry);
    }
    const spec = duelSpec(entry, name, index, pairIndex, order, options);
    // Kept only once the pair's duels are complete, so every pair in the result has the same weight.
    const got = await pairDuels(clients, order, spec, entry, options, now);
    if (!got) return { base: 'next', head: 'next' };
    const { times, agreed } = got;
    if (!entry) {
      entry = newEntry(agreed!.n, agreed!.clock, agreed!.fixed);
      result.benchmarks.set(name, entry);
    }
    const clock = entry.clock;
    entry.pairs.push(times.base.map((b, k) => Math.log(times.head[k][clock] / b[clock])));
    entry.baseBurst.push(...times.base.map((t) => t.wall));
    entry.headBurst.push(...times.head.map((t) => t.wall));
    entry.baseCpu.push(...times.base.map((t) => t.cpu));
    entry.headCpu.push(...times.head.map((t) => t.cpu));
    return { base: 'next', head: 'next' };
  } catch (e) {
    if (!(e instanceof BenchmarkError)) throw e;
    recordFailure(result, name, e.side, e.message);
    return { base: 'skip', head: 'skip' };
  }
}

/** A benchmark on one side only: calibrate and time a few bursts there, for its time per call. */
export async function soloBenchmark(client: WorkerClient, name: string, result: PairedUnitResult, options: PairedOptions): Promise<'next' | 'skip'> {
  try {
    const { n } = await calibrate(client, name, options);
    const solo: SoloBenchmark = { side: client.side, burst: (await timedBursts(client, name, n, options.soloBursts)).map((t) => t.wall), calls: n };
    result.solo.set(name, solo);
    return 'next';
  } catch (e) {
    if (!(e instanceof BenchmarkError)) throw e;
    recordFailure(result, name, e.side, e.message);
    return 'skip';
  }
}
