# A single-shot benchmark's bursts run in its worker (stdlib only, Python 3.9+ and PyPy).
#
# A single-shot benchmark (pedantic with rounds=1, iterations=1 and no setup) often can't be called twice on one
# state, so each of its bursts is a run of its whole test, the body rebuilding the state, with only the target
# timed. A `duels` or `bursts` request reaches the fixture in the test's own run, which calls the target once
# untimed and returns; pytest_runtest_call (the plugin) then serves the request here, running the test again for
# every burst: the duels pass the turn between runs as for any benchmark (py_perf_guard_paired_turn.py), and the
# clock probes are `count` runs in one request.
from py_perf_guard_paired_protocol import TURN, describe, pin
from py_perf_guard_paired_turn import run_duels

# The fixture's request for one timed run: it times the target and keeps the time for us.
RERUN_BURST = "rerun burst"


class Reruns:
    """Timed runs of `item`'s test; `failure`: what the test raised so far, raised again instead of a run (so the
    other side of a duel is told to stop at this side's next slot, instead of waiting for a turn)."""

    def __init__(self, item, fixture, failure):
        self.item, self.fixture, self.failure = item, fixture, failure

    def timed(self, n):
        """[wall, CPU seconds, waits] of one run of the target (n is 1 for a single-shot benchmark)."""
        if self.failure is not None:
            raise self.failure
        fixture = self.fixture
        fixture.pending, fixture.used, fixture.burst = {"op": RERUN_BURST}, False, None
        try:
            self.item.runtest()
        except BaseException as e:
            self.failure = e
            raise
        finally:
            fixture.pending = None
        if fixture.burst is None:
            self.failure = RuntimeError("the test did not call the benchmark fixture when it was run again")
            raise self.failure
        return fixture.burst


def serve_reruns(item, fixture, request, failure):
    """(reply, failure) for a `duels` or `bursts` request of a single-shot benchmark."""
    runs = Reruns(item, fixture, failure)
    try:
        if request["op"] == "bursts":
            return {"bursts": [runs.timed(1) for _ in range(request["count"])]}, runs.failure
        if TURN is None:
            return {"error": "this worker has no turn socket"}, failure
        return run_duels(TURN, runs.timed, request, pin, {"fixed": True, "per_call": True}), runs.failure
    except BaseException as e:
        return {"error": describe(e)}, runs.failure
