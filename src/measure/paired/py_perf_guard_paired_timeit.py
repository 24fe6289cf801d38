# py-perf-guard's paired timeit worker (stdlib only, Python 3.9+ and PyPy).
#
#   python py_perf_guard_paired_timeit.py SPEC.json
#
# SPEC is the timeit harness's spec ({"setup", "benchmarks": [{"name", "stmt", "setup", "gc"}]}). Each
# benchmark's setup runs once; bursts are `timeit.Timer(stmt).timeit(n)` on that namespace, with the
# collector off unless the benchmark asks for it (as `python -m timeit`). The benchmarks are served in the
# spec's order; a benchmark whose setup fails is reported as failed and passed over.
import json
import os
import platform
import sys
import timeit

from py_perf_guard_paired_protocol import TURN, Benchmark, Channel, both_clocks, describe


def setup_source(bench, spec):
    return "\n".join(s for s in (spec.get("setup") or "", bench.get("setup") or "") if s.strip())


def make_timer(bench, spec):
    namespace = {"__name__": "__py_perf_guard__"}
    exec(compile(setup_source(bench, spec) or "pass", "<setup>", "exec"), namespace)
    # Timer.timeit turns the collector off; its setup runs inside the timed function, before the clock starts.
    return timeit.Timer(bench["stmt"], "__import__('gc').enable()" if bench.get("gc") else "pass", globals=namespace)


def main():
    channel = Channel()
    with open(sys.argv[1]) as f:
        spec = json.load(f)
    sys.path.insert(0, os.getcwd())
    channel.send(event="hello", kind="timeit", benchmarks=[b["name"] for b in spec["benchmarks"]],
                 implementation=platform.python_implementation(), version=platform.python_version(),
                 turn=TURN is not None)
    channel.flush()
    for bench in spec["benchmarks"]:
        name = bench["name"]
        try:
            timer = make_timer(bench, spec)
        except Exception as e:
            channel.send(event="end", name=name, outcome="failed", error=describe(e))
            continue
        # Timer.timeit's own clock is perf_counter too; both clocks here also cover its (constant) loop set-up.
        served = Benchmark(lambda n, timeit=timer.timeit: both_clocks(timeit, n))
        channel.send(event="at", name=name)
        served.serve(channel, name)
        if served.error is not None:
            channel.send(event="end", name=name, outcome="failed", error=describe(served.error))
        else:
            channel.send(event="end", name=name, outcome="passed")
    if TURN is not None:
        TURN.finish()
    channel.send(event="done")
    while True:
        channel.receive()


main()
