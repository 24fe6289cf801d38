// startLinkedPair with every write the coordinator makes to a worker logged: the ops of each write, in order.
import { startLinkedPair, type StartLinkedPair } from '../../src/io/worker-process.js';

/** `writes` gets one entry per write: the ops of its lines (`duels`, `next`, `calibrate`, …). */
export function loggedWorkers(writes: string[][]): StartLinkedPair {
  return (a, b) =>
    startLinkedPair(a, b).map((p) => {
      const send = p.send.bind(p);
      p.send = (line) => {
        writes.push(line.split('\n').map((l) => (JSON.parse(l) as { op: string }).op));
        send(line);
      };
      return p;
    }) as [ReturnType<typeof startLinkedPair>[0], ReturnType<typeof startLinkedPair>[1]];
}
