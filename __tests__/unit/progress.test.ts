// Progress of long work: the pure line, the reporter (a live sink, or a log line per round), the status line.
import { StatusLine } from '../../src/io/status-line.js';
import { progressReporter } from '../../src/measure/progress.js';
import { clock, progressLine } from '../../src/text/progress-line.js';

describe('progressLine', () => {
  it('says rounds or pairs done of max, verdicts decided/open, elapsed of budget', () => {
    expect(progressLine({ phase: 'rounds', done: 12, max: 30, verdicts: { decided: 8, open: 3 }, elapsedSeconds: 95, budgetSeconds: 1200 })).toBe(
      'rounds 12/30 · 8 decided, 3 open · 1:35 of 20:00',
    );
    expect(progressLine({ phase: 'pairs', done: 3, max: 20, elapsedSeconds: 5, budgetSeconds: 90 })).toBe(
      'pairs 3/20 · verdicts not judged yet · 0:05 of 1:30',
    );
    expect(progressLine({ phase: 'rounds', done: 2, max: 30, step: { done: 3, of: 8 }, elapsedSeconds: 61, budgetSeconds: 3600 })).toBe(
      'rounds 2/30 (round 3: 3/8 suite runs) · verdicts not judged yet · 1:01 of 60:00',
    );
    expect(clock(3725)).toBe('62:05');
  });
});

describe('progressReporter', () => {
  it('without a sink logs one line per round and pair, none per suite run', () => {
    const log: string[] = [];
    const p = progressReporter(
      undefined,
      (l) => log.push(l),
      () => 10,
      60,
    );
    const rounds = p.rounds(30);
    rounds({ done: 0, step: { done: 1, of: 2 } });
    rounds({ done: 1 });
    p.pairs({ done: 2, max: 20, verdicts: { decided: 1, open: 1 } });
    p.done();
    expect(log).toEqual(['rounds 1/30 · verdicts not judged yet · 0:10 of 1:00', 'pairs 2/20 · 1 decided, 1 open · 0:10 of 1:00']);
  });

  it('with a sink sends every update there and nothing to the log, and ends it', () => {
    const seen: unknown[] = [];
    let ended = false;
    const p = progressReporter(
      { update: (x) => seen.push(x), done: () => (ended = true) },
      () => {
        throw new Error('no log lines with a live sink');
      },
      () => 1,
      60,
    );
    p.rounds(5)({ done: 0, step: { done: 1, of: 2 } });
    p.done();
    expect(seen).toEqual([{ phase: 'rounds', max: 5, done: 0, step: { done: 1, of: 2 }, elapsedSeconds: 1, budgetSeconds: 60 }]);
    expect(ended).toBe(true);
  });
});

describe('StatusLine', () => {
  it('rewrites one line in place, keeps other output above it, fits the width, and clears itself at the end', () => {
    let out = '';
    const status = new StatusLine({ write: (t: string) => (out += t), columns: 40 });
    status.print('before\n');
    status.update({ phase: 'rounds', done: 1, max: 30, elapsedSeconds: 1, budgetSeconds: 60 });
    status.print('a log line\n');
    status.done();
    const full = progressLine({ phase: 'rounds', done: 1, max: 30, elapsedSeconds: 1, budgetSeconds: 60 });
    const line = [...full].slice(0, 38).join('') + '…';
    expect([...line].length).toBe(39); // one column short of the terminal's 40: never wraps
    expect(out).toBe(`before\n\r\u001b[2K${line}\r\u001b[2Ka log line\n${line}\r\u001b[2K`);
  });
});
