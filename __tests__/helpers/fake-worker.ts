// A fake paired worker behind the LongLivedProcess seam: speaks the line protocol from a list of benchmarks
// with known per-call times, and can fail, crash or hang on cue. Every request lands in a shared log.
import { type LongLivedProcess, type ReadResult, type StartProcess } from '../../src/io/worker-process.js';

export interface FakeBenchmark {
  name: string;
  /** Seconds per call. */
  perCall: number;
  /** Setup fails: reported with an `end` event, never served. */
  setupError?: string;
  /** The n-th burst request (1-based, per worker) answers with this error. */
  burstError?: { at: number; error: string };
  /** The worker exits on the n-th burst request of this benchmark. */
  crashAt?: number;
  /** The worker never answers the n-th burst request of this benchmark. */
  hangAt?: number;
  /** CPU seconds as a share of wall seconds (default: no cpu in the reply, as an older worker). */
  cpuShare?: number;
  /** Voluntary context switches per burst to report. */
  waits?: number;
  /** Answers calibrate with {n: 1, fixed: true}. */
  singleShot?: boolean;
}

export interface FakeSide {
  benchmarks: FakeBenchmark[];
  /** Fails before its hello (a suite that doesn't load). */
  startError?: string;
}

export interface LogEntry {
  side: string;
  op: string;
  name?: string;
  n?: number;
  cpu?: number | null;
}

/** `start` for measurePairedUnit: the command (the side's `python`) picks the fake side. */
export function fakeStart(sides: Record<string, FakeSide>, log: LogEntry[]): StartProcess {
  return (command) => fakeWorker(command, sides[command], log);
}

function fakeWorker(sideName: string, side: FakeSide, log: LogEntry[]): LongLivedProcess {
  const out: string[] = [];
  let closed = false;
  let stderr = '';
  let index = -1;
  const bursts = new Map<string, number>();
  let resolveExit: (v: { code: number | null; signal: string | null }) => void = () => undefined;
  const exited = new Promise<{ code: number | null; signal: string | null }>((r) => (resolveExit = r));
  const emit = (m: object) => out.push(JSON.stringify(m));
  const exit = (code: number | null, signal: string | null = null) => {
    closed = true;
    resolveExit({ code, signal });
  };
  const advance = () => {
    for (index++; index < side.benchmarks.length; index++) {
      const b = side.benchmarks[index];
      if (!b.setupError) return emit({ event: 'at', name: b.name });
      emit({ event: 'end', name: b.name, outcome: 'failed', error: b.setupError });
    }
    emit({ event: 'done' });
  };
  if (side.startError) {
    stderr = side.startError;
    exit(2);
  } else {
    emit({ event: 'hello', kind: 'timeit', benchmarks: side.benchmarks.map((b) => b.name) });
    advance();
  }
  const handle = (req: { op: string; n?: number; target?: number; cpu?: number | null }) => {
    const b = side.benchmarks[index];
    log.push({ side: sideName, op: req.op, name: b?.name, ...(req.n !== undefined ? { n: req.n } : {}), ...(req.op === 'pin' ? { cpu: req.cpu } : {}) });
    if (req.op === 'quit') return exit(0);
    if (req.op === 'next' || req.op === 'skip') {
      emit({ event: 'end', name: b.name, outcome: 'passed' });
      return advance();
    }
    if (req.op === 'pin') return emit({ cpus: [] });
    if (req.op === 'calibrate') return emit(b.singleShot ? { n: 1, fixed: true, per_call: true } : { n: Math.max(1, Math.round(req.target! / b.perCall)) });
    const count = (bursts.get(b.name) ?? 0) + 1;
    bursts.set(b.name, count);
    if (b.crashAt === count) {
      stderr = `Fatal Python error: Segmentation fault in ${b.name}`;
      return exit(null, 'SIGSEGV');
    }
    if (b.hangAt === count) return;
    if (b.burstError?.at === count) return emit({ error: b.burstError.error });
    emit({ seconds: req.n! * b.perCall, ...(b.cpuShare ? { cpu: req.n! * b.perCall * b.cpuShare } : {}), ...(b.waits !== undefined ? { waits: b.waits } : {}) });
  };
  return {
    send: (line) => {
      if (!closed) handle(JSON.parse(line));
    },
    readLine: async (timeoutMs): Promise<ReadResult> => {
      if (out.length) return { kind: 'line', line: out.shift()! };
      if (closed) return { kind: 'closed' };
      await new Promise((r) => setTimeout(r, timeoutMs));
      return { kind: 'timeout' };
    },
    kill: () => {
      if (!closed) exit(null, 'SIGKILL');
    },
    exited,
    stderrTail: () => stderr,
  };
}
