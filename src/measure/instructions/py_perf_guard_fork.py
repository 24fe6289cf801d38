"""Runs one piece of counting work in a child forked from an untouched parent (stdlib only).

Why: in one process, what an earlier benchmark allocated shapes the heap a later one runs on, and an
allocation-heavy benchmark counts differently on a different heap (an untouched pytest benchmark read 0.897
when an earlier one changed). A child forked from a parent that has counted nothing starts from the same
heap on base and head. Callgrind follows fork(): the child writes callgrind.out.<child pid>.<k>, numbered
from 1, so its regions are told apart from the parent's and the other children's by pid.
"""
import json
import os
import sys
import traceback


def error_message(e):
    return "".join(traceback.format_exception_only(type(e), e)).strip()


def _exit_reason(status):
    if os.WIFSIGNALED(status):
        return "was killed by signal %d" % os.WTERMSIG(status)
    return "exited with code %d" % os.WEXITSTATUS(status)


def in_child(work):
    """Calls work() in a forked child; returns (child pid, what work returned: a JSON-able dict, or {"error"})."""
    sys.stdout.flush()
    sys.stderr.flush()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            try:
                result = work()
            except BaseException as e:  # the child must never return into the parent's loop
                result = {"error": error_message(e)}
            with os.fdopen(write_end, "w") as f:
                json.dump(result, f, default=str)
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as f:
        text = f.read()
    _, status = os.waitpid(pid, 0)
    try:
        return pid, json.loads(text)
    except ValueError:
        return pid, {"error": "the counting process %s before it reported" % _exit_reason(status)}
