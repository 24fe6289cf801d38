import { ALLOCATOR_PRICES, allocatorAdjustment } from '../../src/judge/callgrind-allocator.js';
import { dumpsByProcess, regionInstructions } from '../../src/judge/callgrind-dump.js';

/**
 * A region dump in callgrind's compressed format, shaped like the real ones: the public wrappers call the
 * priced functions (inclusive cost on the line after `calls=`), which call __tls_get_addr in turn.
 */
function regionDump(summary: number, malloc: { calls: number; inclusive: number }, free: { calls: number; inclusive: number }): string {
  return `# callgrind format
version: 1
creator: callgrind-3.19.0
positions: line
events: Ir
summary: ${summary}

ob=(1) /root/.pyenv/versions/3.12.1/lib/libpython3.12.so.1.0
fl=(1) Objects/obmalloc.c
fn=(1) PyObject_Malloc
2022 ${malloc.calls * 3}
cfn=(2) _PyObject_Malloc
calls=${malloc.calls} 1545
2024 ${malloc.inclusive}
fn=(3) PyObject_Free
2033 ${free.calls * 2}
cfn=(4) _PyObject_Free
calls=${free.calls} 1795
2035 ${free.inclusive}
fn=(2)
1545 ${malloc.inclusive - malloc.calls * 11}
cfn=(5) __tls_get_addr
calls=${malloc.calls} 0
1545 ${malloc.calls * 11}
fn=(4)
+250 ${free.inclusive - free.calls * 11}
cfn=(5)
calls=${free.calls} 0
* ${free.calls * 11}

totals: ${summary}
`;
}

describe('allocatorAdjustment and regionInstructions', () => {
  // Two consecutive calls of bench/fixture's add_loop(2000) in one pytest worker (CPython 3.12.1, valgrind 3.19):
  // the same code, but the pools the loop's ints landed in alternated between two states.
  const high = regionDump(1_088_153, { calls: 3724, inclusive: 178_052 }, { calls: 3724, inclusive: 253_692 });
  const low = regionDump(1_071_552, { calls: 3724, inclusive: 169_113 }, { calls: 3724, inclusive: 246_030 });

  it('counts the same code the same, whatever state the allocator was in', () => {
    expect(regionInstructions(high)).toBe(regionInstructions(low));
    expect(regionInstructions(low)).toBe(1_071_552 - 169_113 - 246_030 + 3724 * (ALLOCATOR_PRICES._PyObject_Malloc! + ALLOCATOR_PRICES._PyObject_Free!));
  });

  it('still counts each allocation: one more call costs its price', () => {
    const more = regionDump(1_071_552 + 60, { calls: 3725, inclusive: 169_113 + 60 }, { calls: 3724, inclusive: 246_030 });
    expect(regionInstructions(more) - regionInstructions(low)).toBe(ALLOCATOR_PRICES._PyObject_Malloc);
  });

  it('prices a call into the allocator once: the calls realloc makes inside it are part of its price', () => {
    const dump = `events: Ir
summary: 900
fn=(1) list_resize
0 10
cfn=(2) _PyObject_Realloc
calls=2 0
0 800
fn=(2)
0 300
cfn=(3) _PyObject_Malloc
calls=1 0
0 400
cfn=(4) _PyObject_Free
calls=1 0
0 100
`;
    expect(allocatorAdjustment(dump)).toBe(2 * ALLOCATOR_PRICES._PyObject_Realloc! - 800);
  });

  it('reads the Ir column among other events and positions', () => {
    const dump = 'positions: instr line\nevents: Dr Ir\nsummary: 7 500\nfn=(1) f\n0x10 12 1 5\ncfn=(2) _PyObject_Free\ncalls=1 0x20 3\n0x10 12 9 400\n';
    expect(allocatorAdjustment(dump)).toBe(ALLOCATOR_PRICES._PyObject_Free! - 400);
  });

  it('leaves a dump without allocator functions (a stripped interpreter) as counted', () => {
    const dump = 'events: Ir\nsummary: 50\nfn=(1) 0x0000000004947948\n0 20\ncfn=(2) 0x00000000049479b0\ncalls=3 0\n0 30\n';
    expect(allocatorAdjustment(dump)).toBe(0);
    const byPid = dumpsByProcess([{ name: 'callgrind.out.7.1', text: dump }]);
    expect(byPid.get(7)?.get(1)).toBe(50);
  });

  it('dumpsByProcess gives the priced counts', () => {
    const byPid = dumpsByProcess([
      { name: 'callgrind.out.7.1', text: high },
      { name: 'callgrind.out.7.2', text: low },
    ]);
    expect(byPid.get(7)?.get(1)).toBe(regionInstructions(low));
    expect(byPid.get(7)?.get(2)).toBe(regionInstructions(low));
  });
});
