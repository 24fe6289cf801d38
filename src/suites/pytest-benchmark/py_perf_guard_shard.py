# py-perf-guard's `shard: i/n` for pytest (stdlib only): both pytest plugins (the outcomes plugin of `rounds`
# and the paired worker) call select() from pytest_collection_modifyitems, so a job collects only its share of
# the benchmarks. The hash must equal src/config/shard.ts's shardOf: the first 32 bits of SHA-256 of the
# benchmark's name (its node id relative to the suite folder, as src/suites/pytest-benchmark names it), modulo n.
import hashlib
import os


def shard_of(name, count):
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:4], "big") % count + 1


def benchmark_name(nodeid, rootdir, suite_dir):
    file, sep, rest = nodeid.partition("::")
    rel = os.path.relpath(os.path.join(rootdir, file), suite_dir).replace("\\", "/")
    return nodeid if rel.startswith("..") or os.path.isabs(rel) else rel + sep + rest


def select(config, items):
    """Deselects the benchmarks of other shards; returns {kept, deselected} counts of benchmarks, or None unsharded."""
    spec = os.environ.get("PY_PERF_GUARD_SHARD")
    if not spec:
        return None
    index, count = (int(x) for x in spec.split("/"))
    suite_dir = os.environ.get("PY_PERF_GUARD_SHARD_SUITE_DIR") or str(config.rootpath)
    rootdir = str(config.rootpath)
    benchmarks = [i for i in items if "benchmark" in getattr(i, "fixturenames", ())]
    elsewhere = [i for i in benchmarks if shard_of(benchmark_name(i.nodeid, rootdir, suite_dir), count) != index]
    if elsewhere:
        dropped = set(id(i) for i in elsewhere)
        config.hook.pytest_deselected(items=elsewhere)
        items[:] = [i for i in items if id(i) not in dropped]
    return {"kept": len(benchmarks) - len(elsewhere), "deselected": len(elsewhere)}
