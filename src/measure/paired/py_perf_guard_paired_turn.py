# The turn between the two workers of a pair (stdlib only, Python 3.9+ and PyPy).
#
# The coordinator connects fd PY_PERF_GUARD_TURN_FD of the base worker and of the head worker to the two ends
# of one socket pair. For a benchmark's duels, one `duels` request to each worker replaces a request per burst:
# the workers run the ABBA schedule between themselves, the one whose burst is next waiting for a byte from the
# other, and each replies once with all its bursts. So the coordinator reads two lines per benchmark and pair
# instead of ~40, and a burst starts as soon as the other side's ends.
#
# A turn byte is the count of turns passed so far (mod 128), so a worker out of step says so instead of timing
# the wrong slot; the high bit says "I failed, stop": the other side then replies without timing more.
#
# Before a benchmark's duels the two meet: each says the benchmark's index (4 bytes) and reads the other's. The
# coordinator may have sent a whole pair's requests at once (pipelined), so a side can reach a benchmark the other
# never will (its test failed before it got there): the one behind passes it by. The side that finishes its list
# says END, which passes everything the other still waits at. A side that waits past the request timeout kills
# the other (it hangs: the coordinator, which may be reading replies the hung side still holds, can't tell) and
# says where it was.
import os
import signal
import socket
import struct
import time

from py_perf_guard_paired_agree import agree

_ABORT = 0x80
END = 0x7FFFFFFF


class TurnStalled(Exception):
    """The other worker did not pass the turn in time, left, or is out of step."""


class Turn:
    def __init__(self, fd):
        self._sock = socket.socket(fileno=os.dup(fd))
        os.close(fd)  # the duplicate is not inherited: the benchmarks' own children never see the pair's socket
        self._given = 0
        self._taken = 0
        self._said = None  # the index this side said last
        self.theirs = None  # the index the other side said last
        self.broken = None  # why the turn can't be passed any more

    def _receive(self, size, timeout):
        self._sock.settimeout(timeout)
        got = b""
        try:
            while len(got) < size:
                chunk = self._sock.recv(size - len(got))
                if not chunk:
                    raise TurnStalled("the other worker left in the middle of the duels")
                got += chunk
        except socket.timeout:
            raise TurnStalled("the other worker did not pass the turn in %gs" % timeout)
        return got

    def meet(self, index, timeout):
        """True when the other side is at benchmark `index` too; False when it is past it (pass this one by)."""
        if self._said != index:
            self._sock.sendall(struct.pack(">I", index))
            self._said = index
        while self.theirs is None or self.theirs < index:
            self.theirs = struct.unpack(">I", self._receive(4, timeout))[0]
        return self.theirs == index

    def finish(self):
        """This side is through its list: whatever the other still waits at, it won't meet this one there."""
        try:
            if self.broken is None:
                self._sock.sendall(struct.pack(">I", END))
        except OSError:
            pass

    @classmethod
    def from_environment(cls):
        fd = os.environ.pop("PY_PERF_GUARD_TURN_FD", None)
        try:
            return cls(int(fd)) if fd else None
        except (OSError, ValueError):
            return None

    def swap(self, payload, size, timeout):
        """Sends this side's `payload` and returns the other side's `size` bytes."""
        self._sock.sendall(payload)
        return self._receive(size, timeout)

    def give(self, failed=False):
        self._sock.sendall(bytes([(self._given & 0x7F) | (_ABORT if failed else 0)]))
        self._given += 1

    def take(self, timeout):
        """Waits for the other side's turn; False when it failed and said stop."""
        got = self._receive(1, timeout)
        if got[0] & 0x7F != self._taken & 0x7F:
            raise TurnStalled("the turns are out of step (got %d, expected %d)" % (got[0] & 0x7F, self._taken & 0x7F))
        self._taken += 1
        return not got[0] & _ABORT


def schedule(first, duels):
    """The owners of the slots: each side's warm-up (`first` warms up first), then the duels in ABBA order."""
    second = "head" if first == "base" else "base"
    slots = [(first, "warm"), (second, "warm")]
    for k in range(duels):
        slots += [("base", "duel"), ("head", "duel")] if k % 2 == 0 else [("head", "duel"), ("base", "duel")]
    return slots


def settle(timed, n, jit):
    """Bursts dropped before the duels: one cold one, or with a JIT until the best has not improved by 2% for
    5 bursts (at most 200 bursts or 3 s). The same rule as the coordinator's for the calibration."""
    if not jit:
        timed(n)
        return 1
    started = time.monotonic()
    best, since_best, dropped = float("inf"), 0, 0
    while since_best < 5 and dropped < 200 and time.monotonic() - started < 3:
        t = timed(n)[0]
        dropped += 1
        if t < best * 0.98:
            best, since_best = t, 0
        else:
            since_best += 1
    return dropped


def stalled(turn, error, request):
    """The reply of a side that can't go on; a side that timed out kills the other, which hangs."""
    if turn.broken is None:
        turn.broken = str(error)
        if "did not pass" in turn.broken and request.get("peer"):
            try:
                os.killpg(request["peer"], signal.SIGKILL)
            except OSError:
                pass
    reply = {"error": turn.broken, "stalled": True, "at": request.get("index")}
    if turn.theirs is not None:
        reply["peer_at"] = turn.theirs
    return reply


def run_duels(turn, timed, request, pin, traits):
    """This side's part of one benchmark's duels: its bursts in schedule order, the turn passed between them.
    `timed(n)` gives [wall, cpu, waits]; the reply has every duel burst. An exception in a burst is raised (the
    caller replies with it) after telling the other side to stop. A request with `calibrate` instead of `n` has
    the two sides agree on N and the clock first (py_perf_guard_paired_agree.py); `traits` says whether the
    benchmark is single-shot (`fixed`) and timed call by call (`per_call`)."""
    me, n, wait = request["side"], request.get("n"), request["wait"]
    if turn.broken is not None:
        return stalled(turn, turn.broken, request)
    try:
        if not turn.meet(request["index"], wait):
            return {"skipped": True}
    except TurnStalled as e:
        return stalled(turn, e, request)
    calibration = {}
    if request.get("calibrate"):
        try:
            got = agree(turn, timed, request, traits, pin, wait)
        except TurnStalled as e:
            return stalled(turn, e, request)
        if got is None:
            return {"error": "the other worker failed", "peer_failed": True}
        n, pinned, calibration = got
        pin(pinned)
    elif "pin" in request:
        pin(request["pin"])
    slots = schedule(request["first"], request["duels"])
    bursts, dropped = [], 0
    for i, (owner, kind) in enumerate(slots):
        if owner != me:
            continue
        try:
            if i > 0 and slots[i - 1][0] != me and not turn.take(wait):
                return {"error": "the other worker failed", "peer_failed": True}
        except TurnStalled as e:
            return stalled(turn, e, request)
        try:
            if kind == "warm":
                dropped = settle(timed, n, request.get("jit", False))
            else:
                bursts.append(timed(n))
        except BaseException:  # pytest's outcomes (fail, skip) are BaseExceptions
            # The other side waits for a turn whenever it has a slot left: tell it to stop.
            if any(o != me for o, _ in slots[i + 1:]):
                turn.give(failed=True)
            raise
        if i + 1 < len(slots) and slots[i + 1][0] != me:
            turn.give()
    return {"bursts": bursts, "dropped": dropped, **calibration}
