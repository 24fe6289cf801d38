# How many calls a burst makes, and which clock the duels compare (stdlib only, Python 3.9+ and PyPy).
#
# The coordinator calibrates a benchmark with a request to each side. In a pair sent ahead (the first pair too),
# the two workers do it between themselves instead, at the start of the benchmark's duels: each calibrates its
# own N and runs its clock probes, they swap what they found over the turn socket, and both reach the same N and
# clock by the coordinator's rule (duels.ts: agreeOnCalls, probeClock, autoClock), which it checks in the replies.
import math
import struct

# n, single-shot, timed per call, failed, CPU-bound, the shortest probe's seconds per call.
_SUMMARY = struct.Struct(">QBBBBd")


def calibrate(burst, target):
    """Calls per burst so that one burst of `burst(n)` (wall seconds, CPU seconds) lasts about `target` seconds."""
    n = 1
    t = burst(n)[0]
    while t < target / 2 and n < 1 << 40:
        n *= 10 if t < target / 50 else 2
        t = burst(n)[0]
    # The best of three at the final n: one preempted burst must not shrink every burst of the unit.
    t = min(t, burst(n)[0], burst(n)[0])
    return max(1, int(round(n * target / t))) if t > 0 else n


def cpu_bound(probes, share):
    """Blocked at most once a burst where the OS counts it (the sure sign), else the best CPU share of a burst."""
    if all(p[2] is not None for p in probes):
        return sum(p[2] for p in probes) <= len(probes)
    return max(max(p[1], 1e-9) / max(p[0], 1e-9) for p in probes) >= share


def summarize(n, probes, traits, share):
    """What one side tells the other: its N and its probes (at that N, unpinned) boiled down."""
    shortest = min((max(p[0], 1e-9) / n for p in probes), default=math.inf)
    return n, bool(traits["fixed"]), bool(traits["per_call"]), bool(probes) and cpu_bound(probes, share), shortest


def own_summary(timed, rule, traits):
    """This side's N (1 when single-shot) and its probes, summarized."""
    n = 1 if traits["fixed"] else calibrate(timed, rule["target"])
    probes = [timed(n) for _ in range(rule["probe"])]
    return n, summarize(n, probes, traits, rule["cpu_bound"])


def failed_summary():
    return _SUMMARY.pack(0, 0, 0, 1, 0, 0.0)


def agreed(mine, theirs, rule):
    """(N, clock, single-shot, per call) both sides reach from the two summaries; the same on both."""
    fixed = bool(mine[1] or theirs[1])
    # JS's Math.round (half up), not Python's round (half to even): the coordinator's rule for the same N.
    n = 1 if fixed else max(1, int(math.floor(math.sqrt(mine[0] * theirs[0]) + 0.5)))
    per_call = bool(mine[2] or theirs[2])
    clock = rule["clock"]
    if clock == "auto":
        if per_call and min(mine[4], theirs[4]) < rule["per_call_cpu_min"]:
            clock = "wall"
        else:
            clock = "cpu" if mine[3] and theirs[3] else "wall"
    return n, clock, fixed, per_call


def agree(turn, timed, request, traits, pin, wait):
    """Runs this side's calibration and probes and swaps the results with the other side. Returns (N, the pin for
    the duels, the reply's calibration fields), or None when the other side failed in its own; raises what the
    benchmark raised here, after telling the other side."""
    rule = request["calibrate"]
    pin(None)  # probes run unpinned, as the coordinator's
    try:
        n, summary = own_summary(timed, rule, traits)
    except BaseException:
        turn.swap(failed_summary(), _SUMMARY.size, wait)
        raise
    theirs = _SUMMARY.unpack(turn.swap(_SUMMARY.pack(*summary[:3], 0, *summary[3:]), _SUMMARY.size, wait))
    if theirs[3]:
        return None
    n, clock, fixed, per_call = agreed(summary, theirs[:3] + theirs[4:], rule)
    return n, rule.get("pin") if clock == "cpu" else None, {"n": n, "clock": clock, "fixed": fixed, "per_call": per_call}
