// The cProfile dump reader (stdlib pstats → JSON): its source is py_perf_guard_profile_reader.py beside this file, where it says what it does;
// .ci/embed-python.mjs embeds it at build time so the bundle stays one file.
import { PYTHON_SOURCES } from './python-sources.generated.js';

export const PROFILE_READER_SOURCE = PYTHON_SOURCES['py_perf_guard_profile_reader.py'];
