// One benchmark's duels in a pair whose workers pass the turn between themselves (py_perf_guard_paired_turn.py):
// one `duels` request to each side and one reply from each, instead of a request per burst, so the coordinator's
// cost per benchmark and pair is a few lines whatever the number of duels. Who failed is told apart here: a side
// whose burst raised (the other replies `peer_failed`), a side that died, and a side that hung (the other
// replies `stalled`, and is given a moment to be proven right before the hung one is killed).
import { otherSide as other } from '../../model/side.js';
import {
  CPU_BOUND,
  PER_CALL_CPU_MIN_SECONDS,
  type CalibrationRule,
  type DuelsRequest,
  type PairedBenchmark,
  type PairedOptions,
  type Side,
  type WorkerReply,
} from './types.js';
import { WorkerGone, type WorkerClient } from './worker-client.js';

export interface BurstTime {
  wall: number;
  cpu: number;
  /** Voluntary context switches in the burst, when the worker counts them. */
  waits?: number;
}

/** What the workers agreed on for a benchmark they calibrated between themselves. */
export interface Agreed {
  n: number;
  clock: 'wall' | 'cpu';
  fixed: boolean;
  perCall: boolean;
}

export type LinkedOutcome = { times: Record<Side, BurstTime[]>; dropped: number; agreed?: Agreed } | { side: Side; error: string } | { skipped: true };

/** How long the side that said `stalled` is believed before the other is killed as hung: a crash shows sooner. */
const STALL_GRACE_MS = 1000;

/** Seconds per call of one burst of n calls (a clock that says 0 is read as 1 ns, so log ratios stay finite). */
export function perCallTime(wall: number, cpu: number | undefined, n: number, waits?: number | null): BurstTime {
  const c = typeof cpu === 'number' && Number.isFinite(cpu) ? cpu : wall;
  return { wall: Math.max(wall, 1e-9) / n, cpu: Math.max(c, 1e-9) / n, ...(typeof waits === 'number' ? { waits } : {}) };
}

/** The reply's bursts as times per call, or why they are not usable. */
export function burstsOf(reply: WorkerReply, n: number, count: number): BurstTime[] | string {
  const b = reply.bursts;
  if (!Array.isArray(b) || b.length !== count || !b.every((x) => Array.isArray(x) && Number.isFinite(x[0])))
    return `the worker sent ${JSON.stringify(b)?.slice(0, 200)} where ${count} bursts were expected`;
  return b.map(([wall, cpu, waits]) => perCallTime(wall, cpu, n, waits));
}

type Settled = { side: Side; reply: WorkerReply } | { side: Side; gone: unknown };

/** Where and how one benchmark's duels run in a pair: the same for both sides but `side`. */
export interface DuelSpec {
  name: string;
  /** Its place among the benchmarks both sides have (the workers meet on it). */
  index: number;
  /** Calls per burst; 0 with `calibrate`, the workers' agreement. */
  n: number;
  /** The CPU both workers run on while dueling it, null for all (with `calibrate`, the rule's pin if the CPU clock). */
  pin: number | null;
  /** The side that warms up first (the pair's start order). */
  first: Side;
  calibrate?: CalibrationRule;
}

/** Bursts per side, unpinned, that decide the 'auto' clock before the benchmark's first duel. */
export const PROBE_BURSTS = 4;

/** The workers pass the turn themselves (a single-shot benchmark's worker runs its test again for every burst). */
export function duelsByTurn(clients: Record<Side, WorkerClient>): boolean {
  return clients.base.linked && clients.head.linked;
}

/** ... and calibrate a new benchmark between themselves: with a JIT the coordinator does it, once it has settled. */
export function workersAgree(clients: Record<Side, WorkerClient>, options: PairedOptions): boolean {
  return duelsByTurn(clients) && !options.jit;
}

/**
 * One benchmark's duels in pair `pairIndex`: its N, and the CPU both workers share while dueling it
 * (PairedOptions.pinCpu: for the CPU clock only; the pair's index plus cpuOffset picks it); `first` warms up
 * first. A benchmark without an entry yet is calibrated by the workers, by the coordinator's rule
 * (py_perf_guard_paired_agree.py).
 */
export function duelSpec(entry: PairedBenchmark | undefined, name: string, index: number, pairIndex: number, order: Side[], options: PairedOptions): DuelSpec {
  const pin = options.pinCpu ? pairIndex + (options.cpuOffset ?? 0) : null;
  if (!entry) {
    const calibrate: CalibrationRule = {
      target: options.burstMs / 1000,
      probe: options.clock === 'auto' ? PROBE_BURSTS : 0,
      clock: options.clock,
      cpu_bound: CPU_BOUND,
      per_call_cpu_min: PER_CALL_CPU_MIN_SECONDS,
      pin,
    };
    return { name, index, n: 0, pin: null, first: order[0], calibrate };
  }
  return { name, index, n: entry.calls, pin: entry.clock === 'cpu' ? pin : null, first: order[0] };
}

export function duelsRequest(spec: DuelSpec, side: Side, peer: number | undefined, options: PairedOptions): DuelsRequest {
  const { name, index, n, pin, first, calibrate } = spec;
  return {
    op: 'duels',
    name,
    index,
    side,
    ...(calibrate ? { calibrate } : { n }),
    duels: options.duels,
    first,
    pin,
    wait: options.requestTimeoutMs / 1000,
    jit: options.jit,
    ...(peer ? { peer } : {}),
  };
}

/** The longest one side's duels may take: every burst up to the request timeout, plus a JIT's settling on each side. */
export function duelsBackstopMs(options: PairedOptions): number {
  return options.requestTimeoutMs * (2 * options.duels + 4) + 6000;
}

/**
 * The side that stopped the duels, as the other saw it: `stalled` with the reason. A side that did not pass the
 * turn in time hung (the other killed it); one that left died. `gone` is its own WorkerGone, when it was read.
 */
export function stallCulprit(stalledSide: Side, reply: WorkerReply, nameAt: (index: number) => string | undefined, wait: number, gone?: unknown): WorkerGone {
  const culprit = other(stalledSide);
  const name = reply.at === undefined ? undefined : nameAt(reply.at);
  const detail = gone instanceof WorkerGone ? gone.detail : '';
  if (/did not pass/.test(reply.error ?? ''))
    return new WorkerGone(culprit, `${culprit} worker timed out after ${wait}s during a burst of ${name ?? 'a benchmark'} (signal SIGKILL)`, '', name);
  return new WorkerGone(culprit, `${culprit} worker exited during the duels of ${name ?? 'a benchmark'}${detail}`, detail, name);
}

export async function linkedDuels(clients: Record<Side, WorkerClient>, spec: DuelSpec, options: PairedOptions): Promise<LinkedOutcome> {
  const wait = options.requestTimeoutMs / 1000;
  const what = `the duels of ${spec.name}`;
  const settled = (['base', 'head'] as const).map((side) =>
    clients[side].request(duelsRequest(spec, side, clients[other(side)].pid, options), what, duelsBackstopMs(options), 'next').then(
      (reply): Settled => ({ side, reply }),
      (gone: unknown): Settled => ({ side, gone }),
    ),
  );
  const first = await Promise.race(settled);
  if ('reply' in first && first.reply.stalled) {
    // The side that stalled killed the other if it hung; give its death a moment to show, else kill it here.
    const late = other(first.side);
    const answer = await Promise.race([settled[late === 'base' ? 0 : 1], new Promise<null>((r) => setTimeout(() => r(null), STALL_GRACE_MS))]);
    if (answer === null) await clients[late].close();
  }
  const both = await Promise.all(settled);
  const stall = both.find((s): s is { side: Side; reply: WorkerReply } => 'reply' in s && s.reply.stalled === true);
  if (stall) {
    const gone = both.find((s) => s.side !== stall.side && 'gone' in s) as { gone: unknown } | undefined;
    throw stallCulprit(stall.side, stall.reply, () => spec.name, wait, gone?.gone);
  }
  for (const s of both) if ('gone' in s) throw s.gone;
  const replies = Object.fromEntries(both.map((s) => [s.side, (s as { reply: WorkerReply }).reply])) as Record<Side, WorkerReply>;
  // The side whose burst raised; the other's `peer_failed` is only its echo.
  for (const side of [spec.first, other(spec.first)]) {
    const r = replies[side];
    if (r.error !== undefined && !r.peer_failed) return { side, error: r.error };
  }
  if (replies.base.skipped || replies.head.skipped) return { skipped: true };
  const agreed = spec.calibrate ? agreement(replies) : undefined;
  if (typeof agreed === 'string') return { side: spec.first, error: agreed };
  const times = {} as Record<Side, BurstTime[]>;
  for (const side of ['base', 'head'] as const) {
    const t = burstsOf(replies[side], agreed?.n ?? spec.n, options.duels);
    if (typeof t === 'string') return { side, error: t };
    times[side] = t;
  }
  return { times, dropped: Math.max(replies.base.dropped ?? 0, replies.head.dropped ?? 0), ...(agreed ? { agreed } : {}) };
}

/** N and the clock both workers say they agreed on, or why not (each computes it from both sides' findings). */
function agreement(replies: Record<Side, WorkerReply>): Agreed | string {
  const of = (r: WorkerReply) => ({ n: r.n, clock: r.clock, fixed: Boolean(r.fixed), perCall: Boolean(r.per_call) });
  const [b, h] = [of(replies.base), of(replies.head)];
  if (typeof b.n !== 'number' || !(b.n >= 1) || (b.clock !== 'wall' && b.clock !== 'cpu') || JSON.stringify(b) !== JSON.stringify(h))
    return `the workers calibrated the benchmark as ${JSON.stringify(b)} (base) and ${JSON.stringify(h)} (head)`;
  return b as Agreed;
}
