# py-perf-guard's paired pytest plugin (stdlib and pytest only, Python 3.9+ and PyPy), loaded with
#   python -m pytest SUITE -p no:benchmark -p py_perf_guard_paired_pytest --continue-on-collection-errors
# It stands in for pytest-benchmark: its `benchmark` fixture serves the coordinator's requests (the protocol
# module) for the test that calls it, then returns the function's result so the test finishes normally.
# Only tests that use the fixture run, in collection order. See src/paired/README.md for what is honoured.
import gc
import importlib
import os
import platform
from time import perf_counter, thread_time

import pytest

from py_perf_guard_paired_options import add_benchmark_options
from py_perf_guard_paired_protocol import TURN, Benchmark, Channel, both_clocks, describe
from py_perf_guard_paired_rerun import RERUN_BURST, serve_reruns

# Made at import: `-p` loads this module before pytest starts capturing fds 0 and 1.
_channel = Channel()
_listed = set()
_collect_errors = []
_fixtures = {}
_outcomes = {}
_hello_sent = []
_options = {"timer": None, "disable_gc": False}

UNSUPPORTED = "py-perf-guard paired mode does not support"

def pytest_addoption(parser):
    add_benchmark_options(parser.getgroup("benchmark", "benchmark (py-perf-guard paired stand-in)"))


def pytest_addhooks(pluginmanager):
    # A conftest that implements pytest-benchmark's hooks must still load with pytest-benchmark switched off.
    try:
        from pytest_benchmark import hookspec
    except ImportError:
        return
    pluginmanager.add_hookspecs(hookspec)


def pytest_configure(config):
    config.addinivalue_line("markers", "benchmark(**kwargs): pytest-benchmark options (ignored in paired mode)")
    timer = config.getoption("benchmark_timer")
    if timer:
        module, _, attribute = timer.rpartition(".")
        _options["timer"] = getattr(importlib.import_module(module or "time"), attribute)
    _options["disable_gc"] = config.getoption("benchmark_disable_gc")


def _timer():
    return _options["timer"] or perf_counter


def pytest_collection_modifyitems(config, items):
    dropped = [i for i in items if "benchmark" not in getattr(i, "fixturenames", ())]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = [i for i in items if "benchmark" in getattr(i, "fixturenames", ())]
    if os.environ.get("PY_PERF_GUARD_SHARD"):
        from py_perf_guard_shard import select  # the harness folder's (suites/pytest-benchmark/); `shard: i/n` only

        select(config, items)


def _error_line(report):
    crash = getattr(getattr(report, "longrepr", None), "reprcrash", None)
    if crash is not None and getattr(crash, "message", None):
        return crash.message.strip().splitlines()[0]
    # A collection error's text ends with pytest's "E   Error: ..." lines.
    lines = [line.strip() for line in str(getattr(report, "longreprtext", "") or report.longrepr).splitlines()]
    last = ([line for line in lines if line] or ["failed"])[-1]
    return last[1:].strip() if last.startswith("E ") else last


def pytest_collectreport(report):
    if report.failed:
        _collect_errors.append({"nodeid": report.nodeid, "message": _error_line(report)})


def _hello(session):
    if _hello_sent:
        return
    _hello_sent.append(True)
    names = [item.nodeid for item in session.items]
    _listed.update(names)
    _channel.send(event="hello", kind="pytest", rootdir=str(session.config.rootpath), benchmarks=names,
                  collect_errors=_collect_errors, implementation=platform.python_implementation(),
                  version=platform.python_version(), turn=TURN is not None)
    _channel.flush()


def pytest_collection_finish(session):
    _hello(session)


def pytest_sessionfinish(session, exitstatus):
    _hello(session)
    if TURN is not None:
        TURN.finish()
    _channel.send(event="done", exitstatus=int(exitstatus))
    _channel.flush()


def pytest_runtest_logreport(report):
    if report.nodeid not in _listed:
        return
    entry = _outcomes.setdefault(report.nodeid, {"outcome": "passed"})
    if report.failed and entry["outcome"] != "failed":
        line = _error_line(report)
        entry.update(outcome="failed", error=line if report.when == "call" else "%s: %s" % (report.when, line))
        if UNSUPPORTED in line:
            entry["unsupported"] = True
    elif report.skipped and entry["outcome"] == "passed":
        entry["outcome"] = "skipped"
    if report.when == "teardown":
        _fixtures.pop(report.nodeid, None)
        _channel.send(event="end", name=report.nodeid, **_outcomes.pop(report.nodeid))


class FixtureAlreadyUsed(Exception):
    pass


class UnsupportedApi(AttributeError):
    pass


class PairedBenchmarkFixture:
    """The `benchmark` fixture: `__call__` and `pedantic` as pytest-benchmark's, timed by the coordinator."""

    def __init__(self, item):
        self._nodeid = item.nodeid
        self.name = item.name
        self.fullname = item.nodeid
        self.extra_info = {}
        self.group = None
        self.disabled = False
        self.announced = False  # the `at` event is sent
        self.done = False  # the coordinator moved on (`next`/`skip` consumed)
        self.pending = None  # a request read by the re-run loop, for this run of the test
        self.deferred = None  # a single-shot benchmark's `duels` or `bursts`, served by the re-run loop
        self.burst = None  # the time of a run for those (py_perf_guard_paired_rerun.py)
        self.used = False  # called in this run of the test

    def __getattr__(self, attribute):
        if attribute.startswith("_"):
            raise AttributeError(attribute)
        raise UnsupportedApi("%s benchmark.%s" % (UNSUPPORTED, attribute))

    def __call__(self, function_to_benchmark, *args, **kwargs):
        result = []

        def calls(n):
            for _ in range(n):
                value = function_to_benchmark(*args, **kwargs)
            result[:] = [value]

        def burst(n):
            return both_clocks(calls, n, _timer())

        return self._serve(burst, result, lambda: function_to_benchmark(*args, **kwargs), single_shot=False)

    def pedantic(self, target, args=(), kwargs=None, setup=None, teardown=None, rounds=1, warmup_rounds=0,
                 iterations=1):
        for what, value, least in (("iterations", iterations, 1), ("rounds", rounds, 1),
                                   ("warmup_rounds", warmup_rounds, 0)):
            if not isinstance(value, int) or value < least:
                raise ValueError("benchmark.pedantic: %s must be a whole number >= %d, not %r" % (what, least, value))
        if setup is not None and iterations > 1:
            raise ValueError("benchmark.pedantic: iterations > 1 can't be combined with a setup function")
        kwargs = kwargs or {}
        result = []

        def arguments():
            made = setup() if setup is not None else None
            if made:
                if args or kwargs:
                    raise TypeError("benchmark.pedantic: setup returned arguments and args/kwargs were given too")
                return made
            return args, kwargs

        def burst(n):
            # setup and teardown run around every call, outside the timed region
            timer = _timer()
            wall = cpu = 0.0
            for _ in range(n):
                call_args, call_kwargs = arguments()
                cpu_start = thread_time()
                start = timer()
                value = target(*call_args, **call_kwargs)
                wall += timer() - start
                cpu += thread_time() - cpu_start
                if teardown is not None:
                    teardown(*call_args, **call_kwargs)
            result[:] = [value]
            return wall, cpu

        def call_once():
            call_args, call_kwargs = arguments()
            return target(*call_args, **call_kwargs)

        single = setup is None and rounds == 1 and iterations == 1 and warmup_rounds == 0
        return self._serve(burst, result, call_once, single_shot=single, per_call=True)

    def _serve(self, burst, result, call_once, single_shot, per_call=False):
        if self.used:
            raise FixtureAlreadyUsed("the benchmark fixture can be used only once per test")
        self.used = True
        collector_was_on = gc.isenabled()
        if _options["disable_gc"]:
            gc.disable()
        try:
            served = Benchmark(burst, per_call)
            if not self.announced:
                self.announced = True
                _channel.send(event="at", name=self._nodeid)
            if not single_shot:
                return self._finish(served.serve(_channel, self._nodeid), served, result, call_once)
            # Single shot: one timed call per run of the test; the re-run loop below runs the test again.
            request, self.pending = self.pending or _channel.timed_request(self._nodeid), None
            if request.get("op") in ("next", "skip"):
                return self._finish(request["op"], served, result, call_once)
            if request.get("op") == RERUN_BURST:
                self.burst = served.timed(1)
                return result[0]
            if request.get("op") in ("duels", "bursts"):  # served by the re-run loop: this call is not timed
                self.deferred = request
                return call_once()
            if request.get("op") == "calibrate":
                served.answer({"op": "burst", "n": 1})
                reply = {"error": describe(served.error)} if served.error else {"n": 1, "fixed": True, "per_call": True}
            else:
                reply = served.answer({"op": "burst", "n": 1})
            _channel.send(**reply)
            if served.error is not None:
                raise served.error
            return result[0]
        finally:
            if collector_was_on:
                gc.enable()

    def _finish(self, op, served, result, call_once):
        self.done = True
        if served.error is not None:
            raise served.error
        if op == "skip":
            pytest.skip("py-perf-guard: not measured in this worker pair")
        return result[0] if result else call_once()


@pytest.fixture
def benchmark(request):
    fixture = PairedBenchmarkFixture(request.node)
    _fixtures[request.node.nodeid] = fixture
    return fixture


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    # Runs a single-shot benchmark's test again for each burst the coordinator asks for; in every case,
    # reads requests up to this benchmark's `next`/`skip`, so that none is left for the next benchmark.
    outcome = yield
    fixture = _fixtures.get(item.nodeid)
    if fixture is None or not fixture.announced:
        return
    failure = outcome.excinfo[1] if outcome.excinfo else None
    while not fixture.done:
        request, fixture.deferred = fixture.deferred or _channel.timed_request(item.nodeid), None
        if request.get("op") in ("next", "skip"):
            fixture.done = True
        elif request.get("op") in ("duels", "bursts"):
            reply, failure = serve_reruns(item, fixture, request, failure)
            _channel.send(**reply)
        elif failure is not None:
            _channel.send(error=describe(failure))
        else:
            fixture.pending, fixture.used = request, False
            try:
                item.runtest()
            except BaseException as e:
                failure = e
                if fixture.pending is not None:
                    fixture.pending = None
                    _channel.send(error=describe(e))
    if failure is not None and outcome.excinfo is None:
        outcome.force_exception(failure)
