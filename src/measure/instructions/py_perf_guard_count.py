"""Instruction counting for timeit suites, run under valgrind's callgrind (stdlib only).

Reads the JSON spec the timeit harness reads (setup, benchmarks[name, stmt, setup, gc]) plus
"instructions": {"calls": N}. Each benchmark is warmed up once, then N executions of its statement are
bracketed by os.sched_yield() calls: callgrind runs with --dump-before=os_sched_yield*, so the k-th call
of os.sched_yield() writes dump file number k and the region between two markers is the dump of the
second. timeit.Timer's own timer hook is the marker, so the region is exactly timeit's loop (gc off,
as when timing). An empty region (stmt "pass", same N) is measured the same way, for the caller to
subtract.

Each benchmark is counted in its own worker forked by a fork server started before any counting
(py_perf_guard_fork): in one process, a changed benchmark's allocations shift the heap for the ones after it,
and an allocation-heavy untouched benchmark then counts differently (0.897 measured). Callgrind follows the
fork; a worker's dumps are callgrind.out.<worker pid>.<k>, numbered from 1. Writes {"results": [{name, pid, empty, dump, calls, markers}
or {name, error}]}; the caller reads the dumps of each pid.
"""
import gc
import json
import os
import sys
import timeit

from py_perf_guard_fork import ForkServer

_markers = [0]


def _marker():
    _markers[0] += 1
    os.sched_yield()
    return 0.0


def _setup_source(bench, spec):
    parts = (spec.get("setup") or "", bench.get("setup") or "")
    setup = "\n".join(s for s in parts if s.strip()) or "pass"
    return "import gc\ngc.enable()\n" + setup if bench.get("gc") else setup


def _count(stmt, setup, calls):
    timer = timeit.Timer(stmt, setup, timer=_marker, globals={"__name__": "__py_perf_guard__"})
    timer.timeit(1)  # warm-up: imports, caches, the interpreter's specialisation of the loop
    gc.collect()  # a known heap: what other benchmarks left must not change this one's count
    timer.timeit(calls)
    return {"dump": _markers[0], "calls": calls}


def _child(bench, spec, calls):
    """What one worker counts: the empty region, then the benchmark's."""
    empty = _count("pass", "pass", calls)
    entry = _count(bench["stmt"], _setup_source(bench, spec), calls)
    return {"empty": empty["dump"], "dump": entry["dump"], "calls": calls, "markers": _markers[0]}


def main():
    spec_path, out_path = sys.argv[1], sys.argv[2]
    with open(spec_path) as f:
        spec = json.load(f)
    sys.path.insert(0, os.getcwd())
    calls = int(spec.get("instructions", {}).get("calls", 5))
    benchmarks = spec["benchmarks"]
    server = ForkServer(lambda i: _child(benchmarks[i], spec, calls))
    results = []
    for i, bench in enumerate(benchmarks):
        results.append(dict(server.run(i), name=bench["name"]))
    server.close()
    with open(out_path, "w") as f:
        json.dump({"results": results}, f)


main()
