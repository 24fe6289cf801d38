// One benchmark's duels in a pair whose workers pass the turn between themselves (py_perf_guard_paired_turn.py):
// one `duels` request to each side and one reply from each, instead of a request per burst, so the coordinator's
// cost per benchmark and pair is a few lines whatever the number of duels. Who failed is told apart here: a side
// whose burst raised (the other replies `peer_failed`), a side that died, and a side that hung (the other
// replies `stalled`, and is given a moment to be proven right before the hung one is killed).
import { type PairedOptions, type Side, type WorkerReply } from './types.js';
import { WorkerGone, type WorkerClient } from './worker-client.js';

export interface BurstTime {
  wall: number;
  cpu: number;
  /** Voluntary context switches in the burst, when the worker counts them. */
  waits?: number;
}

export type LinkedOutcome = { times: Record<Side, BurstTime[]>; dropped: number } | { side: Side; error: string };

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

const other = (side: Side): Side => (side === 'base' ? 'head' : 'base');

export async function linkedDuels(clients: Record<Side, WorkerClient>, order: Side[], name: string, n: number, options: PairedOptions): Promise<LinkedOutcome> {
  const wait = options.requestTimeoutMs / 1000;
  // Every burst may take up to the request timeout, plus a JIT's settling on each side.
  const backstopMs = options.requestTimeoutMs * (2 * options.duels + 4) + 6000;
  const what = `the duels of ${name}`;
  const settled = (['base', 'head'] as const).map((side) =>
    clients[side].request({ op: 'duels', side, n, duels: options.duels, first: order[0], wait, jit: options.jit }, what, backstopMs, 'next').then(
      (reply): Settled => ({ side, reply }),
      (gone: unknown): Settled => ({ side, gone }),
    ),
  );
  const first = await Promise.race(settled);
  if ('reply' in first && first.reply.stalled) {
    const late = other(first.side);
    const answer = await Promise.race([settled[late === 'base' ? 0 : 1], new Promise<null>((r) => setTimeout(() => r(null), STALL_GRACE_MS))]);
    if (answer === null) await clients[late].hung(`a burst of ${name}`, wait);
  }
  const both = await Promise.all(settled);
  for (const s of both) if ('gone' in s) throw s.gone;
  const replies = Object.fromEntries(both.map((s) => [s.side, (s as { reply: WorkerReply }).reply])) as Record<Side, WorkerReply>;
  // The side whose burst raised; the other's `peer_failed` is only its echo.
  for (const side of order) {
    const r = replies[side];
    if (r.error !== undefined && !r.peer_failed && !r.stalled) return { side, error: r.error };
  }
  for (const side of order) if (replies[side].stalled) throw new WorkerGone(side, `${side} worker: ${replies[side].error}`);
  const times = {} as Record<Side, BurstTime[]>;
  for (const side of order) {
    const t = burstsOf(replies[side], n, options.duels);
    if (typeof t === 'string') return { side, error: t };
    times[side] = t;
  }
  return { times, dropped: Math.max(replies.base.dropped ?? 0, replies.head.dropped ?? 0) };
}
