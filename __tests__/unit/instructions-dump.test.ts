import { dumpFileName, indexDumps, parseCallgrindDump, perCall } from '../../src/judge/callgrind-dump.js';

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

describe('indexDumps and perCall', () => {
  const files = [
    { name: 'callgrind.out.7', text: dump(999999) },
    { name: 'callgrind.out.7.1', text: dump(5000000) },
    { name: 'callgrind.out.7.2', text: dump(1300) },
    { name: 'callgrind.out.7.3', text: dump(800) },
    { name: 'callgrind.out.7.4', text: dump(51300) },
    { name: 'callgrind.out.8.1', text: dump(10) }, // a traced child's dump: ignored
  ];

  it('maps dump numbers of the main process to counts and subtracts the empty region', () => {
    const dumps = indexDumps(files, 4);
    expect(dumps.get(4)).toBe(51300);
    expect(perCall(dumps, [4], 2, 10)).toBe(5000);
    expect(perCall(dumps, [2, 4], 2, 2)).toBe(25000);
  });

  it('fails when the dumps do not match the markers (the benchmark called os.sched_yield itself)', () => {
    expect(() => indexDumps(files, 3)).toThrow(/4 region dumps for 3 markers/);
    expect(() => indexDumps(files.slice(0, 4), 4)).toThrow(/3 region dumps/);
  });

  it('fails on a region whose dump is missing', () => {
    expect(() => perCall(indexDumps(files, 4), [5], 2, 1)).toThrow(/dump 5 is missing/);
  });
});
