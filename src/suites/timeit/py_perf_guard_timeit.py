# The timeit runner (Python source, stdlib only, Python 3.6+ and PyPy): reads a JSON spec made from the
# suite's TOML, times each benchmark like `python -m timeit` (gc off unless asked, autorange when number
# is 0), and writes per-call times per repeat. One benchmark's exception does not stop the others.
# With "warmup" (PyPy), timed iterations are first run and dropped until the JIT has settled: until the
# best time has not improved by more than 2% for 5 iterations (at most 100 iterations or 5 s).

import json
import os
import sys
import time
import timeit
import traceback


def autorange(timer, target):
    number = 1
    while True:
        for factor in (1, 2, 5):
            n = number * factor
            if timer.timeit(n) >= target:
                return n
        number *= 10


def warm_up(timer, number):
    best = float("inf")
    since_improvement = 0
    dropped = 0
    started = time.perf_counter()
    while since_improvement < 5 and dropped < 100 and time.perf_counter() - started < 5:
        t = timer.timeit(number)
        dropped += 1
        if t < best * 0.98:
            best = t
            since_improvement = 0
        else:
            since_improvement += 1
    return dropped


def setup_source(bench, spec):
    return "\n".join(s for s in (spec.get("setup") or "", bench.get("setup") or "") if s.strip())


def prepared_namespace(bench, spec):
    namespace = {"__name__": "__py_perf_guard__"}
    exec(compile(setup_source(bench, spec) or "pass", "<setup>", "exec"), namespace)
    return namespace


def run_one(bench, spec):
    setup = setup_source(bench, spec)
    if bench.get("gc"):
        setup = "import gc\ngc.enable()\n" + setup
    timer = timeit.Timer(bench["stmt"], setup or "pass", globals={"__name__": "__py_perf_guard__"})
    number = bench.get("number") or autorange(timer, spec["target_time"])
    dropped = warm_up(timer, number) if spec.get("warmup") else 0
    times = [t / number for t in timer.repeat(repeat=spec["repeat"], number=number)]
    return {"name": bench["name"], "number": number, "times": times, "warmup": dropped}


def profile_one(bench, spec, directory):
    # A plain loop over the statement, so the profile holds the benchmark and not timeit's machinery.
    import cProfile
    import textwrap
    namespace = prepared_namespace(bench, spec)
    number = spec["profile"]["iterations"].get(bench["name"], 1)
    loop = compile("for _py_perf_guard_i in range(%d):\n%s\n" % (number, textwrap.indent(bench["stmt"], "    ")), "<benchmark>", "exec")
    profiler = cProfile.Profile()
    profiler.enable()
    exec(loop, namespace)
    profiler.disable()
    path = os.path.join(directory, "%d.prof" % spec["benchmarks"].index(bench))
    profiler.dump_stats(path)
    return {"name": bench["name"], "profile": path, "iterations": number}


def memory_one(bench, spec):
    # Peak traced memory of one call, above what was allocated before it; one warm-up call first so that
    # one-time costs (imports, caches) don't count.
    import tracemalloc
    namespace = prepared_namespace(bench, spec)
    code = compile(bench["stmt"], "<benchmark>", "exec")
    exec(code, namespace)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    exec(code, namespace)
    peak = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.stop()
    return {"name": bench["name"], "peak_bytes": peak}


def main():
    spec_path, out_path = sys.argv[1], sys.argv[2]
    with open(spec_path) as f:
        spec = json.load(f)
    sys.path.insert(0, os.getcwd())
    results = []
    profile = spec.get("profile")
    for bench in spec["benchmarks"]:
        if profile and bench["name"] not in profile["iterations"]:
            continue
        try:
            if spec.get("memory"):
                results.append(memory_one(bench, spec))
            else:
                results.append(profile_one(bench, spec, profile["dir"]) if profile else run_one(bench, spec))
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            message = "".join(traceback.format_exception_only(type(e), e)).strip()
            results.append({"name": bench["name"], "error": message})
    with open(out_path, "w") as f:
        json.dump({"results": results}, f)


main()
