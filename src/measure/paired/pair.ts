// One worker pair: a fresh base worker and a fresh head worker (which starts first alternates per pair), walked
// through their benchmark lists in lock-step; each benchmark both have gets its duels, then both move on.
// A worker that dies or hangs ends the pair: the benchmark it was on fails on that side; the next pair goes on.
import { type StartLinkedPair, type StartProcess } from '../../io/worker-process.js';
import { otherSide } from '../../model/side.js';
import { addedAndRemoved, nextStep } from './alignment.js';
import { duelBenchmark, recordFailure, soloBenchmark, type Clients } from './duels.js';
import { sendPairAhead, sharedIndex, toldByTheOther } from './pair-ahead.js';
import { type PairedOptions, type PairedUnitResult, type Side, type WorkerEvent } from './types.js';
import { WorkerClient, WorkerGone, type Position } from './worker-client.js';

type Hello = Extract<WorkerEvent, { event: 'hello' }>;

export interface WorkerLaunch {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** How the names in this worker's messages map to benchmark names (pytest: node ids relative to the suite). */
  names?: (hello: Hello) => (raw: string) => string;
}

export interface PairInput {
  /** 0 for the first pair: it sets the added/removed lists and runs the solo bursts. */
  index: number;
  launch: Record<Side, WorkerLaunch>;
  start: StartProcess;
  /** Starts both workers with the turn socket between them (linked-duels.ts); without it, a request per burst. */
  startLinked?: StartLinkedPair;
  options: PairedOptions;
  /** Benchmarks to duel in this pair; null for all. */
  want: Set<string> | null;
  /** Filled in place. */
  result: PairedUnitResult;
  /** This pair's workers, already spawned (coordinator.ts starts the next pair while this one duels). */
  clients?: Clients;
  /** Called once both workers have said hello (the next pair may start loading then). */
  onStarted?: () => void;
}

const SIDES: Side[] = ['base', 'head'];

/** Which worker of pair `index` starts first: it alternates, so neither side always loads on a quieter machine. */
export function startOrder(index: number): Side[] {
  return index % 2 === 0 ? ['base', 'head'] : ['head', 'base'];
}

/** Spawns pair `index`'s two workers (they load the suite and say hello on their own). */
export function spawnPair(input: Pick<PairInput, 'launch' | 'start' | 'startLinked' | 'options' | 'index'>): Clients {
  const order = startOrder(input.index);
  const spec = (side: Side) => {
    const l = input.launch[side];
    return { command: l.command, args: l.args, options: { cwd: l.cwd, env: l.env } };
  };
  const [a, b] = order.map(spec);
  const processes = input.startLinked ? input.startLinked(a, b) : [a, b].map((x) => input.start(x.command, x.args, x.options));
  const clients = {} as Clients;
  order.forEach((side, i) => (clients[side] = new WorkerClient(side, processes[i], input.options.requestTimeoutMs)));
  return clients;
}

/** Reads both workers' hellos; a side that fails to start fails the suite on that side. */
async function startPair(input: PairInput, order: Side[]): Promise<{ clients: Clients; hellos: Record<Side, Hello> } | null> {
  const { options, result } = input;
  const clients = input.clients ?? spawnPair(input);
  const hellos = {} as Record<Side, Hello>;
  const errors = await Promise.all(
    order.map(async (side) => {
      try {
        const e = await clients[side].event(options.startTimeoutMs, 'its start (loading the suite)');
        if (e.event !== 'hello') return `${side} worker started with ${JSON.stringify(e)} instead of its hello`;
        hellos[side] = e;
        clients[side].linked = e.turn === true;
        const names = input.launch[side].names?.(e);
        if (names) clients[side].setNames(names);
        clients[side].learn(e.benchmarks);
        return null;
      } catch (err) {
        if (err instanceof WorkerGone) return err.message;
        throw err;
      }
    }),
  );
  const failed = order.findIndex((_, i) => errors[i] !== null);
  if (failed < 0) return { clients, hellos };
  result.suiteError ??= { side: order[failed], error: errors[failed]! };
  for (const side of order) clients[side].close();
  return null;
}

/**
 * Collection errors (a test file that doesn't import): its benchmarks as the other side knows them fail, else
 * the file. Returns the names failed so: they are not added/removed, they are broken on one side.
 */
function recordCollectErrors(result: PairedUnitResult, clients: Clients, hellos: Record<Side, Hello>, lists: Record<Side, string[]>): Set<string> {
  const broken = new Set<string>();
  for (const side of SIDES) {
    const otherList = lists[otherSide(side)];
    for (const c of hellos[side].collect_errors ?? []) {
      const prefix = clients[side].name(c.nodeid);
      const covered = otherList.filter((n) => n.startsWith(`${prefix}::`));
      for (const name of covered.length ? covered : [prefix]) {
        recordFailure(result, name, side, `collecting ${prefix}: ${c.message}`);
        broken.add(name);
      }
    }
  }
  return broken;
}

/** Failures from `end` events, and a fixture API the plugin can't serve. */
function drainEnds(result: PairedUnitResult, client: WorkerClient): void {
  for (const e of client.ends.splice(0)) {
    if (e.outcome !== 'failed') continue;
    recordFailure(result, e.name, client.side, e.error ?? 'failed');
    if (e.unsupported) result.unsupported ??= `${e.name}: ${e.error}`;
  }
}

/** The benchmark a worker was on when it died: the one it was serving, else the one after the last it ended. */
function lostBenchmark(client: WorkerClient, list: string[], lastEnded: string | undefined): string | undefined {
  if ('at' in client.position) return client.position.at;
  return list[lastEnded === undefined ? 0 : list.indexOf(lastEnded) + 1];
}

/** Runs the pair; false when its workers could not start (the suite failed on that side). */
export async function runPair(input: PairInput): Promise<boolean> {
  const { options, result, index, want } = input;
  const now = options.now ?? Date.now;
  const order = startOrder(index);
  const started = now();
  const pair = await startPair(input, order);
  if (!pair) return false;
  // The wait for the hellos: near 0 for a pair spawned while the previous one dueled.
  result.startupSeconds += (now() - started) / 1000;
  input.onStarted?.();
  const { clients, hellos } = pair;
  const lists = { base: hellos.base.benchmarks.map((n) => clients.base.name(n)), head: hellos.head.benchmarks.map((n) => clients.head.name(n)) };
  if (index === 0) {
    const broken = recordCollectErrors(result, clients, hellos, lists);
    const { added, removed } = addedAndRemoved(lists);
    result.added = added.filter((n) => !broken.has(n));
    result.removed = removed.filter((n) => !broken.has(n));
  }
  const lastEnded: Partial<Record<Side, string>> = {};
  const track = (side: Side) => {
    lastEnded[side] = clients[side].ends.at(-1)?.name ?? lastEnded[side];
    drainEnds(result, clients[side]);
  };
  const shared = sharedIndex(lists);
  // The first pair runs an added or removed benchmark's solo bursts a request at a time.
  const solo = index === 0 && options.soloBursts > 0 && result.added.length + result.removed.length > 0;
  const pipelined = options.pipeline && !solo && sendPairAhead(clients, order, lists, shared, input);
  try {
    const position: Record<Side, Position> = { base: { done: true }, head: { done: true } };
    const move = async (side: Side, how: 'next' | 'skip', first = false) => {
      position[side] = first ? await clients[side].advance() : await clients[side].leave(how);
      track(side);
    };
    for (const side of order) await move(side, 'next', true);
    for (;;) {
      const step = nextStep(position, lists);
      if (step.kind === 'end') break;
      if (step.kind === 'duel') {
        const measured = want === null || want.has(step.name);
        const leave =
          measured && !result.failures.has(step.name)
            ? await duelBenchmark(clients, order, step.name, result, options, index, shared.get(step.name)!)
            : ({ base: 'skip', head: 'skip' } as const);
        for (const side of order) await move(side, leave[side]);
      } else if (step.kind === 'solo' && index === 0 && options.soloBursts > 0 && !result.failures.has(step.name)) {
        await move(step.side, await soloBenchmark(clients[step.side], step.name, result, options));
      } else await move(step.side, 'skip');
    }
  } catch (e) {
    if (!(e instanceof WorkerGone)) throw e;
    // Sent ahead, the lost side's replies after the benchmark being read are gone with it; the other worker
    // says where the two were when it stopped.
    const gone = pipelined ? await toldByTheOther(e, clients, shared, options) : e;
    const side = gone.side;
    track(side);
    const lost = gone.benchmark ?? lostBenchmark(clients[side], lists[side], lastEnded[side]);
    if (lost !== undefined) recordFailure(result, lost, side, gone.message);
    options.log?.(`paired: pair ${index + 1} ended early: ${gone.message}`);
  } finally {
    for (const side of order) clients[side].close();
  }
  return true;
}
