import { dumpFileName, dumpsByProcess, parseCallgrindDump, perCall, processDumps } from '../../src/judge/callgrind-dump.js';

// The head of a real callgrind 3.19 dump (--dump-before=os_sched_yield*), cut after its summary.
const DUMP = `# callgrind format
version: 1
creator: callgrind-3.19.0
pid: 9369
cmd:  /root/.pyenv/versions/3.12.1/bin/python3 t.py
part: 2

desc: Timerange: Basic block 8868544 - 8868901
desc: Trigger: --dump-before=os_sched_yield

positions: line
events: Ir
summary: 1686


ob=(1) /usr/lib/x86_64-linux-gnu/libc.so.6
fl=(1) ???
fn=(1) sched_yield
0 8
`;

const dump = (ir: number) => `events: Ir\nsummary: ${ir}\n`;

describe('parseCallgrindDump', () => {
  it('reads the Ir count of the summary line', () => {
    expect(parseCallgrindDump(DUMP)).toBe(1686);
  });

  it('picks the Ir column when other events are collected, and falls back to totals:', () => {
    expect(parseCallgrindDump('events: Dr Ir Dw\nsummary: 5 77 9\n')).toBe(77);
    expect(parseCallgrindDump('events: Ir\nfn=(1) f\n0 3\ntotals: 4242\n')).toBe(4242);
  });

  it('refuses a file without a count', () => {
    expect(() => parseCallgrindDump('events: Ir\n')).toThrow(/no summary: or totals:/);
    expect(() => parseCallgrindDump('events: Dr\nsummary: 5\n')).toThrow(/Ir/);
  });
});

describe('dumpFileName', () => {
  it('tells region dumps from the final dump and from other files', () => {
    expect(dumpFileName('callgrind.out.9369.12')).toEqual({ pid: 9369, part: 12 });
    expect(dumpFileName('callgrind.out.9369')).toEqual({ pid: 9369, part: 0 });
    expect(dumpFileName('spec.json')).toBeNull();
  });
});

describe('dumpsByProcess, processDumps and perCall', () => {
  const files = [
    { name: 'callgrind.out.7', text: dump(999999) }, // the final dump of the parent: left out
    { name: 'callgrind.out.7.1', text: dump(5000000) },
    { name: 'callgrind.out.7.2', text: dump(1300) },
    { name: 'callgrind.out.7.3', text: dump(800) },
    { name: 'callgrind.out.7.4', text: dump(51300) },
    { name: 'callgrind.out.8.1', text: dump(10) }, // a forked child numbers its own dumps from 1
    { name: 'callgrind.out.8.2', text: dump(1400) },
  ];
  const byPid = dumpsByProcess(files);

  it('maps the dump numbers to counts and subtracts the empty region', () => {
    expect([...byPid.keys()].sort()).toEqual([7, 8]);
    const dumps = processDumps(byPid, 7, 4);
    expect(dumps.get(4)).toBe(51300);
    expect(perCall(dumps, [4], 2, 10)).toBe(5000);
    expect(perCall(dumps, [2, 4], 2, 2)).toBe(25000);
    expect(perCall(processDumps(byPid, 8, 2), [2], 1, 1)).toBe(1390);
  });

  it('takes the only process when no pid is given, and refuses to guess among several', () => {
    expect(processDumps(dumpsByProcess(files.slice(0, 5)), undefined, 4).get(4)).toBe(51300);
    expect(() => processDumps(byPid, undefined, 4)).toThrow(/2 processes wrote dumps, one expected/);
  });

  it('fails when the dumps of a process do not match its markers (the benchmark called os.sched_yield itself)', () => {
    expect(() => processDumps(byPid, 7, 3)).toThrow(/4 region dumps for 3 markers in process 7/);
    expect(() => processDumps(dumpsByProcess(files.slice(0, 4)), 7, 4)).toThrow(/3 region dumps/);
    expect(() => processDumps(byPid, 9, 1)).toThrow(/0 region dumps for 1 markers in process 9/);
  });

  it('fails on a region whose dump is missing', () => {
    expect(() => perCall(processDumps(byPid, 7, 4), [5], 2, 1)).toThrow(/dump 5 is missing/);
  });
});
