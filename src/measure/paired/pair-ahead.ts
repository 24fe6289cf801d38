// A pair sent ahead: when the workers duel by their own turn and every benchmark of the pair is calibrated (or
// calibrated by the workers themselves: no JIT), each worker gets the whole pair's requests in one write and
// works through its list without waiting for the coordinator, which then wakes about once per worker and pair
// instead of once per benchmark (a wake-up from idle costs its JS ~75–125 µs of CPU here against ~33 µs for a
// line handled hot: bench/wake-cost.mjs). The workers meet on each benchmark by its index, so one whose test
// failed before the fixture on one side is passed by on both.
import { otherSide as other } from '../../model/side.js';
import { type Clients } from './duels.js';
import { duelsBackstopMs, duelSpec, duelsByTurn, duelsRequest, stallCulprit, workersAgree } from './linked-duels.js';
import { type PairedOptions, type PairedUnitResult, type Side, type WorkerReply } from './types.js';
import { WorkerGone } from './worker-client.js';

/** How long the coordinator reads the surviving worker for where the pair stopped: it passes the rest quickly. */
const TOLD_TIMEOUT_MS = 10_000;

/** Each benchmark both sides have, with its index in the base worker's order (the workers meet on it). */
export function sharedIndex(lists: Record<Side, string[]>): Map<string, number> {
  const head = new Set(lists.head);
  const shared = new Map<string, number>();
  for (const name of lists.base) if (head.has(name)) shared.set(name, shared.size);
  return shared;
}

interface AheadInput {
  index: number;
  want: Set<string> | null;
  result: PairedUnitResult;
  options: PairedOptions;
}

/** Sends the pair ahead when it can (see above); false leaves it to a request at a time. */
export function sendPairAhead(clients: Clients, order: Side[], lists: Record<Side, string[]>, shared: Map<string, number>, input: AheadInput): boolean {
  const { index, want, result, options } = input;
  const dueled = (name: string) => shared.has(name) && (want === null || want.has(name)) && !result.failures.has(name);
  if (!duelsByTurn(clients)) return false;
  // A benchmark new to the unit is calibrated by the workers themselves, except with a JIT (workersAgree).
  if (!workersAgree(clients, options)) for (const name of shared.keys()) if (dueled(name) && !result.benchmarks.has(name)) return false;
  for (const side of order) {
    clients[side].sendAhead(
      lists[side].map((name) => {
        if (!dueled(name)) return { name, leave: 'skip' as const };
        const spec = duelSpec(result.benchmarks.get(name), name, shared.get(name)!, index, order, options);
        return { name, duels: duelsRequest(spec, side, clients[other(side)].pid, options), leave: 'next' as const };
      }),
      // Between two of its writes a worker may duel one benchmark: as long as the coordinator waits for its duels.
      duelsBackstopMs(options),
    );
  }
  return true;
}

/**
 * A worker of a pair sent ahead is gone: the coordinator was reading an earlier benchmark than the one it died
 * or hung in. The other worker's `stalled` reply says which, and how; without one, the loss stands as read.
 */
export async function toldByTheOther(gone: WorkerGone, clients: Clients, shared: Map<string, number>, options: PairedOptions): Promise<WorkerGone> {
  if (gone.benchmark !== undefined) return gone;
  const survivor = clients[other(gone.side)];
  const nameAt = (i: number) => [...shared].find(([, j]) => j === i)?.[0];
  const deadline = Date.now() + TOLD_TIMEOUT_MS;
  while (Date.now() < deadline) {
    let m: Record<string, unknown>;
    try {
      m = await survivor.nextMessage(deadline - Date.now());
    } catch (e) {
      if (e instanceof WorkerGone) break;
      throw e;
    }
    if (m.stalled === true) return stallCulprit(survivor.side, m as WorkerReply, nameAt, options.requestTimeoutMs / 1000, gone);
    if (m.event === 'done') break;
  }
  return gone;
}
