// One worker as the coordinator sees it: events and replies of the line protocol over a LongLivedProcess.
// A worker that exits, times out or writes something that isn't the protocol throws WorkerGone, and is killed.
import { lastLines } from '../../io/process.js';
import { type LongLivedProcess } from '../../io/worker-process.js';
import { causeText } from '../../text/failure-cause.js';
import { type Side, type WorkerEvent, type WorkerReply, type WorkerRequest } from './types.js';

export class WorkerGone extends Error {
  constructor(
    readonly side: Side,
    message: string,
    /** How it ended and its last words: ` (exit code 3): Traceback…`, to tell the story of another benchmark. */
    readonly detail = '',
    /** The benchmark it was lost in, when the coordinator knew it only from the other worker (pipelined pairs). */
    readonly benchmark?: string,
  ) {
    super(message);
  }
}

/** Where the worker is: at a benchmark it serves, or through its list. */
export type Position = { at: string } | { done: true };

export class WorkerClient {
  /** Failures and outcomes reported by `end` events, in order; the coordinator drains them. */
  readonly ends: Extract<WorkerEvent, { event: 'end' }>[] = [];
  position: Position = { done: true };
  /** The CPU index the worker is pinned to (PairedOptions.pinCpu), null for none. */
  pinnedTo: number | null = null;
  /** Its hello said it holds the pair's turn socket: it serves `duels` and `bursts` (set by pair.ts). */
  linked = false;
  private gone = false;
  /** The worker's own names (pytest node ids) of the benchmarks, for requests that name one. */
  private readonly rawNames = new Map<string, string>();
  /**
   * How long a read waits in a pair sent ahead: the worker writes out about once a second, but may be waiting for
   * the other worker's turn meanwhile, up to the request timeout; the other worker catches a hang.
   */
  private aheadTimeoutMs?: number;
  /** Requests sent ahead for a whole pair (sendAhead), by benchmark: whether its `duels` reply is still to come. */
  private readonly ahead = new Map<string, { reply: boolean }>();

  constructor(
    readonly side: Side,
    private readonly process: LongLivedProcess,
    private readonly requestTimeoutMs: number,
    /** Maps a name as the worker reports it (a pytest node id) to the benchmark's name. */
    private nameOf: (raw: string) => string = (raw) => raw,
  ) {}

  setNames(nameOf: (raw: string) => string): void {
    // Every event names its benchmark, and a pytest node id takes two path computations to map.
    const known = new Map<string, string>();
    this.nameOf = (raw) => known.get(raw) ?? known.set(raw, nameOf(raw)).get(raw)!;
  }

  /** The worker's list of benchmarks, as its hello said it. */
  learn(raw: string[]): void {
    for (const r of raw) this.rawNames.set(this.nameOf(r), r);
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  private line(req: WorkerRequest): string {
    return JSON.stringify('name' in req && req.name !== undefined ? { ...req, name: this.rawNames.get(req.name) ?? req.name } : req);
  }

  /**
   * A whole pair's requests in one write (pair-ahead.ts): per benchmark in the worker's order, its `duels` and
   * `next`, or `skip`. The worker then works through its list without waiting and writes its replies out when it
   * must wait, and about once a second; request() and leave() only read, for up to `readTimeoutMs` each. A request
   * for a benchmark the worker never reaches (its test failed first) is dropped by the worker.
   */
  sendAhead(plan: { name: string; duels?: WorkerRequest; leave: 'next' | 'skip' }[], readTimeoutMs: number): void {
    this.aheadTimeoutMs = readTimeoutMs;
    const lines: string[] = [];
    for (const p of plan) {
      if (p.duels) lines.push(this.line(p.duels));
      lines.push(this.line({ op: p.leave, name: p.name }));
      this.ahead.set(p.name, { reply: Boolean(p.duels) });
    }
    if (lines.length > 0) this.process.send(lines.join('\n'));
  }

  name(raw: string): string {
    return this.nameOf(raw);
  }

  private async fail(message: string): Promise<never> {
    this.gone = true;
    this.process.kill();
    // Give a crashed worker a moment to finish writing its traceback.
    const exit = await Promise.race([this.process.exited, new Promise<null>((r) => setTimeout(() => r(null), 1000))]);
    const tail = causeText(this.process.stderrTail()) || lastLines(this.process.stderrTail());
    const how = exit === null ? '' : exit.signal ? ` (signal ${exit.signal})` : ` (exit code ${exit.code})`;
    const detail = `${how}${tail ? `: ${tail}` : ''}`;
    throw new WorkerGone(this.side, `${message}${detail}`, detail);
  }

  private async message(timeoutMs: number, waitingFor: string): Promise<Record<string, unknown>> {
    if (this.gone) throw new WorkerGone(this.side, `${this.side} worker is gone`);
    const r = await this.process.readLine(timeoutMs);
    if (r.kind === 'timeout') return this.fail(`${this.side} worker timed out after ${timeoutMs / 1000}s during ${waitingFor}`);
    if (r.kind === 'closed') return this.fail(`${this.side} worker exited during ${waitingFor}`);
    try {
      const parsed = JSON.parse(r.line) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // falls through
    }
    return this.fail(`${this.side} worker broke the protocol with ${JSON.stringify(r.line.slice(0, 200))}`);
  }

  /** The next line whatever it is (a pair that ended early is read for what the surviving worker saw). */
  async nextMessage(timeoutMs: number): Promise<Record<string, unknown>> {
    return this.message(timeoutMs, 'what it saw of the other worker');
  }

  /** The next event; the first one, `hello`, may take the worker's start-up time. */
  async event(timeoutMs = this.aheadTimeoutMs ?? this.requestTimeoutMs, waitingFor = 'the move to its next benchmark'): Promise<WorkerEvent> {
    const m = await this.message(timeoutMs, waitingFor);
    if (typeof m.event !== 'string') return this.fail(`${this.side} worker sent a reply where an event was expected: ${JSON.stringify(m)}`);
    return m as unknown as WorkerEvent;
  }

  /** Reads events up to the next benchmark it serves (or the end), keeping the `end` events. */
  async advance(): Promise<Position> {
    for (;;) {
      const e = await this.event();
      if (e.event === 'end') this.ends.push({ ...e, name: this.name(e.name) });
      else if (e.event === 'at') return (this.position = { at: this.name(e.name) });
      else if (e.event === 'done') return (this.position = { done: true });
    }
  }

  /** `next` was sent with the last request (`then`): leaving the benchmark sends nothing more. */
  private nextSent = false;

  /**
   * Sends a request and reads its reply. `then: 'next'` sends the move to the next benchmark in the same write,
   * so the worker goes on without waiting and says the reply, `end` and its next `at` in one go: the coordinator
   * wakes once per benchmark and side instead of three times.
   */
  async request(req: WorkerRequest, what: string, timeoutMs = this.requestTimeoutMs, then?: 'next'): Promise<WorkerReply> {
    const ahead = 'at' in this.position ? this.ahead.get(this.position.at) : undefined;
    if (ahead?.reply && req.op === 'duels') ahead.reply = false;
    else {
      this.process.send(then ? `${this.line(req)}\n${this.line({ op: then, ...('name' in req ? { name: req.name } : {}) })}` : this.line(req));
      this.nextSent = then === 'next';
    }
    const m = await this.message(timeoutMs, what);
    if (typeof m.event === 'string') return this.fail(`${this.side} worker sent an event where a reply was expected: ${JSON.stringify(m)}`);
    return m as WorkerReply;
  }

  /** Leaves the current benchmark: `next` returns from the fixture normally, `skip` without calling it. */
  async leave(how: 'next' | 'skip', replyTimeoutMs = this.aheadTimeoutMs ?? this.requestTimeoutMs): Promise<Position> {
    const at = 'at' in this.position ? this.position.at : undefined;
    const ahead = at === undefined ? undefined : this.ahead.get(at);
    if (ahead) {
      this.ahead.delete(at!);
      // Its duels were sent ahead but the other side never reached it: the worker's reply says so; drop it.
      if (ahead.reply) await this.message(replyTimeoutMs, `the duels of ${at}`);
    } else if (!this.nextSent) this.process.send(this.line({ op: how, ...(at === undefined ? {} : { name: at }) }));
    // After a `next` sent with the request, `skip` can't be asked for any more: the benchmark failed on a side
    // (its error is recorded), and `next` ends its test the same way (the fixture raises that error).
    this.nextSent = false;
    this.position = { done: true };
    return this.advance();
  }

  close(): void {
    if (!this.gone) this.process.send(JSON.stringify({ op: 'quit' }));
    this.gone = true;
    this.process.kill();
  }
}
