"""Runs each piece of counting work in its own child of an untouched fork server (stdlib only).

Why: in one process, what an earlier benchmark allocated shapes the heap a later one runs on, and an
allocation-heavy benchmark counts differently on a different heap (an untouched pytest benchmark read 0.897
when an earlier one changed). Forking each benchmark from the main process is not enough when the main
process keeps changing between forks (pytest logs every test's reports: `test_regex` counted 609,941
instructions per call alone and 652,006 after the whole suite). So the main process forks one server before
any work; the server only reads a job number, forks a worker for it and waits, allocating nothing that
outlives a job, so every worker starts from the same heap on base and head. Callgrind follows fork(): a
worker writes callgrind.out.<worker pid>.<k>, numbered from 1, told apart by pid.
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


def _worker(work, job, out_fd):
    try:
        try:
            result = work(job)
        except BaseException as e:  # a worker must never return into the server's loop
            result = {"error": error_message(e)}
        result["pid"] = os.getpid()
        line = json.dumps(result, default=str) + "\n"
        with os.fdopen(out_fd, "w") as f:
            f.write(line)
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(0)


def _serve(work, jobs_fd, out_fd):
    """The server's loop: one 4-byte job number in, one worker forked, then `status <pid> <wait status>` out."""
    try:
        while True:
            data = os.read(jobs_fd, 4)
            if len(data) < 4:
                break
            pid = os.fork()
            if pid == 0:
                os.close(jobs_fd)
                _worker(work, int.from_bytes(data, "little"), out_fd)
            _, status = os.waitpid(pid, 0)
            os.write(out_fd, b"status %d %d\n" % (pid, status))
    finally:
        os._exit(0)


class ForkServer:
    """ForkServer(work).run(job) → what work(job) returned in a fresh worker (a JSON-able dict, or {"error"}), with its "pid"."""

    def __init__(self, work):
        sys.stdout.flush()
        sys.stderr.flush()
        jobs_r, self._jobs = os.pipe()
        out_r, out_w = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:
            os.close(self._jobs)
            os.close(out_r)
            _serve(work, jobs_r, out_w)
        os.close(jobs_r)
        os.close(out_w)
        self._out = os.fdopen(out_r, "r")

    def run(self, job):
        os.write(self._jobs, int(job).to_bytes(4, "little"))
        result = None
        for line in self._out:
            if line.startswith("status "):
                _, pid, status = line.split()
                if result is None:
                    return {"pid": int(pid), "error": "the counting process %s before it reported" % _exit_reason(int(status))}
                return result
            try:
                result = json.loads(line)
            except ValueError:
                result = None
        return {"pid": 0, "error": "the fork server of the counting process stopped"}

    def close(self):
        os.close(self._jobs)
        self._out.close()
        os.waitpid(self._pid, 0)
