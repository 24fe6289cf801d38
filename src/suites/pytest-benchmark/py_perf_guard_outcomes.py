# A pytest plugin (Python source, written to a temp folder and loaded with -p) that records which
# tests failed and why, and pytest's rootdir: pytest-benchmark's JSON lists only the benchmarks that passed.
# It also answers pytest-benchmark's machine-info hook without py-cpuinfo, whose probe costs ~1.3 s of a
# ~1.8 s round: every round is a fresh process, so that cost would be paid hundreds of times.

import json
import os
import platform

import pytest

_failures = []
_collect_errors = []


def _message(report):
    crash = getattr(getattr(report, "longrepr", None), "reprcrash", None)
    if crash is not None and getattr(crash, "message", None):
        return crash.message
    text = getattr(report, "longreprtext", "") or str(report.longrepr)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "failed"


@pytest.hookimpl(tryfirst=True)
def pytest_benchmark_generate_machine_info(config):
    return {"node": platform.node(), "processor": platform.processor(), "machine": platform.machine(),
            "python_implementation": platform.python_implementation(), "python_version": platform.python_version(),
            "python_compiler": platform.python_compiler(), "system": platform.system(), "release": platform.release(),
            "cpu": {}}


_memory = {}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    # PY_PERF_GUARD_MEMORY: peak traced memory of the test call (pytest-benchmark disabled: one call).
    if not os.environ.get("PY_PERF_GUARD_MEMORY") or "benchmark" not in getattr(item, "fixturenames", ()):
        yield
        return
    import tracemalloc
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    yield
    _memory[item.nodeid] = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.stop()


_shard = {}


def pytest_collection_modifyitems(config, items):
    # In the memory pass only benchmarks run (--benchmark-only can't be combined with --benchmark-disable).
    if os.environ.get("PY_PERF_GUARD_MEMORY"):
        items[:] = [i for i in items if "benchmark" in getattr(i, "fixturenames", ())]
    if os.environ.get("PY_PERF_GUARD_SHARD"):
        from py_perf_guard_shard import select  # written beside this plugin; only a sharded run needs it

        _shard.update(select(config, items))


def pytest_runtest_logreport(report):
    if report.failed:
        _failures.append({"nodeid": report.nodeid, "when": report.when, "message": _message(report)})


def pytest_collectreport(report):
    if report.failed:
        _collect_errors.append({"nodeid": report.nodeid, "message": _message(report)})


def pytest_sessionfinish(session, exitstatus):
    path = os.environ.get("PY_PERF_GUARD_OUTCOMES")
    if path:
        with open(path, "w") as f:
            json.dump({"rootdir": str(session.config.rootpath), "failures": _failures,
                       "collect_errors": _collect_errors, "exitstatus": int(exitstatus), "memory": _memory,
                       **({"shard": _shard} if _shard else {})}, f)
