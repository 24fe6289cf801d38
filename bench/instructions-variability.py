"""What moves an instruction count between processes (issue 12): counts a few of bench/fixture's pytest
benchmarks in one callgrind process per line, as the pipeline does (the counting plugin, PYTHONHASHSEED=0,
setarch -R, a minimal environment), while varying one thing at a time.

Usage (a venv with pytest; a harness folder holding src/measure/instructions/*.py; copies of bench/fixture):
  python bench/instructions-variability.py VENV HARNESS same N        # N runs of one checkout, one environment
  python bench/instructions-variability.py VENV HARNESS pad N         # one extra variable, 0..N-1 bytes long
  python bench/instructions-variability.py VENV HARNESS dirs A B ...  # the same benchmarks in other checkouts
Run one plain pytest in each checkout first (bytecode caches): the first run after the files were written counts
differently. Prints `<mode> <i> {benchmark: (per call, pid)}`.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

TESTS = "add_loop or regex or dict_build or int_squares or list_comp"


def count(venv, harness, cwd, extra_env):
    out = tempfile.mkdtemp(prefix="ppg-variability-")
    res = os.path.join(out, "result.json")
    env = {"PATH": f"{venv}/bin:/usr/bin:/bin", "HOME": os.environ.get("HOME", "/"), "VIRTUAL_ENV": venv,
           "PYTHONHASHSEED": "0", "PYTHONPATH": harness,
           "PY_PERF_GUARD_INSTRUCTIONS_OUT": res, "PY_PERF_GUARD_INSTRUCTIONS_CALLS": "5", **extra_env}
    cmd = ["setarch", os.uname().machine, "-R", "valgrind", "-q", "--tool=callgrind", "--dump-before=os_sched_yield*",
           f"--callgrind-out-file={out}/callgrind.out.%p", f"{venv}/bin/python", "-m", "pytest", "benchmarks/",
           "-p", "no:benchmark", "-p", "py_perf_guard_count_plugin", "-p", "no:cacheprovider", "-q", "-k", TESTS]
    subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    with open(res) as f:
        data = json.load(f)

    def ir(pid, k):
        with open(f"{out}/callgrind.out.{pid}.{k}") as f:
            text = f.read()
        return int((re.search(r"^summary:\s*(\d+)", text, re.M) or re.search(r"^totals:\s*(\d+)", text, re.M)).group(1))

    per_call = {}
    for node, b in data["benchmarks"].items():
        total = sum(ir(b["pid"], d) for d in b["dumps"]) - len(b["dumps"]) * ir(b["pid"], b["empty"])
        per_call[node.split("::")[-1]] = (round(total / b["calls"]), b["pid"])
    shutil.rmtree(out, ignore_errors=True)
    return dict(sorted(per_call.items()))


def main():
    venv, harness, mode, *rest = sys.argv[1:]
    if mode == "dirs":
        for i, d in enumerate(rest):
            print(mode, d, count(venv, harness, d, {}), flush=True)
        return
    for i in range(int(rest[0])):
        print(mode, i, count(venv, harness, "bench/fixture", {"PAD": "x" * i} if mode == "pad" else {}), flush=True)


main()
