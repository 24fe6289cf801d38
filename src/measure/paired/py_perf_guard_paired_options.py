# pytest-benchmark's command-line options, declared by the paired plugin (stdlib only, Python 3.9+ and PyPy) so
# that a suite line written for pytest-benchmark still parses with it switched off. Two are honoured by the
# plugin (--benchmark-disable-gc, --benchmark-timer); the others are accepted and ignored (see the README).
_FLAGS = ["disable-gc", "skip", "disable", "enable", "only", "autosave", "save-data", "verbose", "quiet"]
_OPTIONAL_VALUE = ["warmup", "compare", "netrc"]
_REPEATABLE = ["histogram", "csv", "cprofile-dump"]
_VALUED = ["min-time", "max-time", "min-rounds", "timer", "calibration-precision", "warmup-iterations", "save",
           "json", "cprofile", "cprofile-loops", "cprofile-top", "storage", "sort", "group-by", "columns", "name",
           "time-unit"]


def add_benchmark_options(group):
    for name in _FLAGS:
        group.addoption("--benchmark-" + name, action="store_true", default=False)
    for name in _OPTIONAL_VALUE:
        group.addoption("--benchmark-" + name, nargs="?", const="on", default=None)
    for name in _REPEATABLE:
        group.addoption("--benchmark-" + name, action="append", nargs="?", const="on", default=[])
    for name in _VALUED:
        group.addoption("--benchmark-" + name, default=None)
    group.addoption("--benchmark-compare-fail", action="append", nargs="+", default=[])
