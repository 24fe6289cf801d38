// The timeit harness (stdlib only, Python 3.6+ and PyPy): its source is py_perf_guard_timeit.py beside this file, where it says what it does;
// .ci/embed-python.mjs embeds it at build time so the bundle stays one file.
import { PYTHON_SOURCES } from './python-sources.generated.js';

export const TIMEIT_HARNESS_FILE = 'py_perf_guard_timeit.py';

export const TIMEIT_HARNESS_SOURCE = PYTHON_SOURCES['py_perf_guard_timeit.py'];
