// Real interpreters for tests. CI (.ci/run) and developers' machines have them under pyenv;
// PY_PERF_GUARD_PYTHON_<minor> (e.g. PY_PERF_GUARD_PYTHON_312) overrides a path.
import { existsSync } from 'node:fs';

const PYENV = process.env.PYENV_ROOT ?? `${process.env.HOME ?? '/root'}/.pyenv`;
const KNOWN: Record<string, string> = { '3.10': '3.10.13', '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };

export function pythonPath(minor: '3.10' | '3.11' | '3.12' | '3.13'): string {
  const override = process.env[`PY_PERF_GUARD_PYTHON_${minor.replace('.', '')}`];
  const path = override ?? `${PYENV}/versions/${KNOWN[minor]}/bin/python3`;
  if (!existsSync(path)) throw new Error(`test needs CPython ${minor} at ${path} (set PY_PERF_GUARD_PYTHON_${minor.replace('.', '')})`);
  return path;
}

export function pypyPath(): string | null {
  for (const p of ['/usr/bin/pypy3', '/usr/local/bin/pypy3']) if (existsSync(p)) return p;
  return null;
}
