# The line protocol of py-perf-guard's paired workers (stdlib only, Python 3.9+ and PyPy).
#
# One JSON object per line. The worker sends events ({"event": "hello" | "at" | "end" | "done", ...}) and
# replies; the coordinator sends requests ({"op": "calibrate" | "burst" | "next" | "skip" | "quit", ...}).
# The protocol runs on private duplicates of fds 0 and 1: fd 1 is pointed at stderr and fd 0 at /dev/null,
# so whatever the benchmarks print or read can't corrupt it.
import json
import os
import sys
import time
import traceback

from py_perf_guard_paired_agree import calibrate
from py_perf_guard_paired_turn import Turn, run_duels

# The socket to the other worker of the pair, when the coordinator made one (py_perf_guard_paired_turn.py).
TURN = Turn.from_environment()


# The longest a worker holds what it has said while it works (Channel.send).
FLUSH_SECONDS = 1.0

_ALLOWED_CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []


def pin(k):
    """Runs this worker on the k-th CPU it may use (both workers of a pair get the same k, so a CPU that is slow
    for a while slows both sides of every duel alike), or on all of them again for k None. The CPUs pinned to."""
    if not _ALLOWED_CPUS:
        return []
    cpus = set(_ALLOWED_CPUS) if k is None else {_ALLOWED_CPUS[k % len(_ALLOWED_CPUS)]}
    os.sched_setaffinity(0, cpus)
    return sorted(cpus)


class Channel:
    def __init__(self):
        sys.stdout.flush()
        # Written out only when the worker must wait for a request it doesn't have yet: what it says in between
        # (a reply, `end`, the next `at`) goes in one write, and the coordinator, which sleeps between messages,
        # wakes once for all of it (a wake-up from idle costs it ~60 us of CPU here, a line ~5).
        # The buffer holds a whole pair's replies when the coordinator sent the pair's requests at once.
        self._out = os.fdopen(os.dup(1), "w", buffering=1 << 20, encoding="utf-8")
        self._in = os.dup(0)
        self._pending = b""
        self._flushed = time.monotonic()
        os.dup2(2, 1)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)

    def send(self, **message):
        self._out.write(json.dumps(message) + "\n")
        # A worker sent a whole pair never waits for a request: it still writes out about once a second, so the
        # coordinator sees it get on (and a hang shows) in a pair longer than one read's timeout.
        if time.monotonic() - self._flushed > FLUSH_SECONDS:
            self.flush()

    def flush(self):
        self._out.flush()
        self._flushed = time.monotonic()

    def _line(self):
        """The next line the coordinator sent, flushing what we said first if we have to wait for it."""
        while b"\n" not in self._pending:
            self.flush()
            chunk = os.read(self._in, 65536)
            if not chunk:
                return b""
            self._pending += chunk
        line, self._pending = self._pending.split(b"\n", 1)
        return line

    def receive(self, at=None):
        """The next request; `quit` (or the coordinator gone) ends the process at once. At benchmark `at`, a
        request naming another benchmark is dropped: it was sent ahead for one this side never reached."""
        while True:
            line = self._line()
            request = json.loads(line) if line.strip() else {"op": "quit"}
            if at is None or request.get("name") in (None, at) or request.get("op") == "quit":
                break
        if request.get("op") == "quit":
            try:
                self._out.flush()
            except OSError:
                pass
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)
        return request

    def timed_request(self, at):
        """The next request that needs the benchmark run (a burst, a calibration) or ends it; `pin` is answered
        here, so a single-shot test is not run again for it."""
        while True:
            request = self.receive(at)
            if request.get("op") != "pin":
                return request
            self.send(cpus=pin(request.get("cpu")))


def describe(error):
    """The error line of an exception, as pytest's summary shows it: `ZeroDivisionError: division by zero`."""
    return "".join(traceback.format_exception_only(type(error), error)).strip().splitlines()[-1]


class Benchmark:
    """Serves one benchmark: `burst(n)` times n back-to-back calls and returns (wall seconds, CPU seconds).

    Both clocks are read, so the coordinator can compare either: the CPU time of the worker's thread leaves
    out the time the worker was preempted, which on a loaded machine is most of a burst's noise.
    """

    def __init__(self, burst, per_call=False):
        self.burst = burst
        # Each call timed on its own (pedantic): the clock reads sit inside every call's timed region.
        self.per_call = per_call
        self.error = None

    def answer(self, request):
        """The reply to a calibrate or burst request; an exception in the benchmark is an error reply."""
        try:
            if request["op"] == "calibrate":
                if "pin" in request:
                    pin(request["pin"])
                reply = {"n": calibrate(self.burst, request["target"])}
                if self.per_call:
                    reply["per_call"] = True
                if request.get("probe"):  # the clock probes, in the same round trip
                    reply["bursts"] = [self.timed(reply["n"]) for _ in range(request["probe"])]
                return reply
            if request["op"] == "pin":
                return {"cpus": pin(request.get("cpu"))}
            if request["op"] == "burst":
                wall, cpu, blocked = self.timed(request["n"])
                reply = {"seconds": wall, "cpu": cpu}
                if blocked is not None:
                    reply["waits"] = blocked
                return reply
            if request["op"] == "bursts":
                return {"bursts": [self.timed(request["n"]) for _ in range(request["count"])]}
            if request["op"] == "duels" and TURN is not None:
                return run_duels(TURN, self.timed, request, pin, {"fixed": False, "per_call": self.per_call})
            return {"error": "unknown request %r" % request.get("op")}
        except Exception as e:
            self.error = e
            return {"error": describe(e)}

    def timed(self, n):
        """[wall, CPU seconds, voluntary context switches or None] of one burst of n calls."""
        blocked = waits() if waits else 0
        wall, cpu = self.burst(n)
        return [wall, cpu, waits() - blocked if waits else None]

    def serve(self, channel, name):
        """Answers requests for benchmark `name` until `next` or `skip`, which it returns."""
        while True:
            request = channel.receive(name)
            if request.get("op") in ("next", "skip"):
                return request["op"]
            channel.send(**self.answer(request))


def both_clocks(run, n, wall_clock=time.perf_counter):
    """(wall, CPU) seconds of `run(n)`, for bursts timed as a whole."""
    cpu = time.thread_time()
    wall = wall_clock()
    run(n)
    return wall_clock() - wall, time.thread_time() - cpu


try:
    import resource

    _WHO = getattr(resource, "RUSAGE_THREAD", resource.RUSAGE_SELF)

    def waits():
        """Voluntary context switches so far: the times the worker blocked (sleep, I/O, a lock, another thread)."""
        return resource.getrusage(_WHO).ru_nvcsw
except ImportError:
    waits = None
