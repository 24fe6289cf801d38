"""Instruction counting for pytest-benchmark suites: a pytest plugin, loaded with
`-p no:benchmark -p py_perf_guard_count_plugin` under valgrind's callgrind (--dump-before=os_sched_yield*).

Its `benchmark` fixture has pytest-benchmark's call shapes: benchmark(fn, *args, **kwargs) and
benchmark.pedantic(target, args, kwargs, setup, rounds, iterations, warmup_rounds). Either way the target
is called once to warm up, then N times (PY_PERF_GUARD_INSTRUCTIONS_CALLS) inside regions bracketed by
os.sched_yield(): the k-th os.sched_yield() call writes callgrind dump k, so a region is the dump of its
closing marker. With a pedantic setup each call is its own region and setup runs outside it. The same
regions around a no-op give the empty cost to subtract.

Each test runs its whole protocol (setup, call, teardown) in its own worker, forked by a fork server that was
forked from the collected session before any test ran (py_perf_guard_fork), so no test counts on a heap an
earlier test or its logging shaped; the worker sends back its reports, which the main process logs. Written to PY_PERF_GUARD_INSTRUCTIONS_OUT
as {"rootdir", "benchmarks": {nodeid: {"pid", "dumps", "empty", "calls", "markers"}}, "errors": {nodeid: msg}}:
per call = (sum(dumps) - len(dumps) * empty) / calls, in the instruction counts of the dumps of that pid.
"""
import gc
import json
import os

import pytest
from _pytest.runner import runtestprotocol
from py_perf_guard_fork import ForkServer

_CALLS = int(os.environ.get("PY_PERF_GUARD_INSTRUCTIONS_CALLS") or 5)
_markers = [0]
_empty = {}
_benchmarks = {}
_errors = {}
_server = []


def _marker():
    _markers[0] += 1
    os.sched_yield()


def _region(fn, args, kwargs, n):
    """Calls fn n times between two markers; returns (last result, dump number of the region).

    The garbage collector is off inside (after a full collection), as timeit does: what a collection costs
    depends on the whole heap, which the other tests of the session shape, so it moved an untouched
    benchmark's count by 2.4% when an earlier benchmark changed.
    """
    result = None
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        _marker()
        for _ in range(n):
            result = fn(*args, **kwargs)
        _marker()
    finally:
        if enabled:
            gc.enable()
    return result, _markers[0]


def _noop():
    return None


def _empty_dump(n):
    # Measured where first needed, after one warm-up region of the same shape.
    if n not in _empty:
        _region(_noop, (), {}, n)
        _empty[n] = _region(_noop, (), {}, n)[1]
    return _empty[n]


class InstructionBenchmark:
    def __init__(self, nodeid):
        self._nodeid = nodeid
        self._used = False

    def _record(self, dumps, n):
        if self._used:
            raise RuntimeError("the benchmark fixture can only be used once per test")
        self._used = True
        _benchmarks[self._nodeid] = {"dumps": dumps, "empty": _empty_dump(n), "calls": _CALLS}

    def __call__(self, fn, *args, **kwargs):
        fn(*args, **kwargs)
        _empty_dump(_CALLS)
        result, dump = _region(fn, args, kwargs, _CALLS)
        self._record([dump], _CALLS)
        return result

    def pedantic(self, target, args=(), kwargs=None, setup=None, rounds=1, iterations=1, warmup_rounds=0):
        # rounds/iterations/warmup_rounds shape timing, not counting: always one warm-up call, then N.
        kwargs = kwargs or {}
        if setup is None:
            return self(target, *args, **kwargs)

        def prepared():
            made = setup()
            return made if made is not None else (args, kwargs)

        a, kw = prepared()
        target(*a, **kw)
        _empty_dump(1)
        dumps = []
        result = None
        for _ in range(_CALLS):
            a, kw = prepared()
            result, dump = _region(target, a, kw, 1)
            dumps.append(dump)
        self._record(dumps, 1)
        return result


@pytest.fixture
def benchmark(request):
    return InstructionBenchmark(request.node.nodeid)


def pytest_configure(config):
    config.addinivalue_line("markers", "benchmark(**kwargs): pytest-benchmark options (ignored when counting)")


def pytest_collection_modifyitems(config, items):
    items[:] = [i for i in items if "benchmark" in getattr(i, "fixturenames", ())]


def _worker_protocol(items, i):
    item, nextitem = items[i], (items[i + 1] if i + 1 < len(items) else None)
    reports = runtestprotocol(item, log=False, nextitem=nextitem)
    hook = item.config.hook
    return {"reports": [hook.pytest_report_to_serializable(config=item.config, report=r) for r in reports],
            "benchmark": _benchmarks.get(item.nodeid), "markers": _markers[0]}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item, nextitem):
    items = item.session.items
    if not _server:
        _server.append(ForkServer(lambda i: _worker_protocol(items, i)))
    hook = item.ihook
    hook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
    out = _server[0].run(items.index(item))
    if out.get("benchmark"):
        _benchmarks[item.nodeid] = dict(out["benchmark"], pid=out["pid"], markers=out["markers"])
    for data in out.get("reports", ()):
        hook.pytest_runtest_logreport(report=item.config.hook.pytest_report_from_serializable(config=item.config, data=data))
    if "error" in out:
        _errors[item.nodeid] = out["error"]
        _benchmarks.pop(item.nodeid, None)
    hook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
    return True


def pytest_runtest_logreport(report):
    if report.failed and report.nodeid not in _errors:
        crash = getattr(getattr(report, "longrepr", None), "reprcrash", None)
        lines = [line for line in str(report.longrepr).splitlines() if line.strip()]
        message = getattr(crash, "message", None) or (lines[-1].strip() if lines else "failed")
        _errors[report.nodeid] = message if report.when == "call" else "%s: %s" % (report.when, message)
        _benchmarks.pop(report.nodeid, None)


def pytest_sessionfinish(session, exitstatus):
    if _server:
        _server.pop().close()
    out = os.environ.get("PY_PERF_GUARD_INSTRUCTIONS_OUT")
    if not out:
        return
    with open(out, "w") as f:
        json.dump({"rootdir": str(session.config.rootpath), "benchmarks": _benchmarks,
                   "errors": _errors, "exitstatus": int(exitstatus)}, f)
