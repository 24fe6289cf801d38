// The pytest plugin loaded with -p (failures, rootdir, tracemalloc peaks, a cheap machine-info hook):
// its source is py_perf_guard_outcomes.py beside this file, where it says what it does;
// .ci/embed-python.mjs embeds it at build time so the bundle stays one file.
import { PYTHON_SOURCES } from './python-sources.generated.js';

export const PYTEST_PLUGIN_MODULE = 'py_perf_guard_outcomes';

export const PYTEST_PLUGIN_SOURCE = PYTHON_SOURCES['py_perf_guard_outcomes.py'];

/** `shard: i/n`: the hash and the deselection both pytest plugins share (py_perf_guard_shard.py). */
export const PYTEST_SHARD_FILE = 'py_perf_guard_shard.py';

export const PYTEST_SHARD_SOURCE = PYTHON_SOURCES[PYTEST_SHARD_FILE];
