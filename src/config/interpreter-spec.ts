// Parsing interpreter specs and the project's own Python version declarations. Pure.

export type InterpreterSpec =
  | { kind: 'auto' }
  | { kind: 'path'; path: string }
  | { kind: 'cpython'; version: string }
  | { kind: 'pypy'; version: string | null };

/** `3.12`, `3.12.1`, `python3.12`, `pypy3`, `pypy3.10`, `/abs/bin/python`, `auto`; null when not a spec. */
export function parseInterpreterSpec(text: string): InterpreterSpec | null {
  const t = text.trim();
  if (t === 'auto') return { kind: 'auto' };
  if (t.startsWith('/')) return { kind: 'path', path: t };
  let m = /^(?:python|cpython-?)?(3(?:\.\d+){0,2})$/.exec(t);
  if (m) return { kind: 'cpython', version: m[1] };
  m = /^pypy-?(3(?:\.\d+)?)?(?:-v?\d+(?:\.\d+)*)?$/.exec(t);
  if (m) return { kind: 'pypy', version: m[1] === '3' ? null : (m[1] ?? null) };
  return null;
}

/** Does a full version (3.12.1) satisfy a spec version prefix (3, 3.12, 3.12.1)? */
export function versionMatches(full: string, wanted: string | null): boolean {
  if (!wanted) return true;
  const f = full.split('.');
  return wanted.split('.').every((part, i) => f[i] === part);
}

/** Sort key for picking the newest of several matching versions. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** First usable line of a `.python-version` file (pyenv's format: `3.12.1`, `3.12`, `pypy3.10-7.3.12`). */
export function readPythonVersionFile(text: string): string | null {
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line || line === 'system') continue;
    return line;
  }
  return null;
}

type Clause = { op: string; minor: [number, number] };

function parseClauses(specifier: string): Clause[] | null {
  const clauses: Clause[] = [];
  for (const part of specifier.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(~=|==|!=|>=|<=|>|<)\s*(\d+)(?:\.(\d+))?(?:\.\d+)*(\.\*)?$/.exec(part);
    if (!m) return null;
    clauses.push({ op: m[1], minor: [Number(m[2]), Number(m[3] ?? 0)] });
  }
  return clauses;
}

function cmp(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/**
 * Does the minor version 3.Y satisfy a `requires-python` specifier? Evaluated on minor versions:
 * `>=3.10,<3.13`, `~=3.11`, `==3.12.*`, `!=3.11.*`. Null when the specifier can't be read.
 */
export function minorAllowed(specifier: string, minor: [number, number]): boolean | null {
  const clauses = parseClauses(specifier);
  if (!clauses) return null;
  return clauses.every(({ op, minor: v }) => {
    const c = cmp(minor, v);
    switch (op) {
      case '>=':
        return c >= 0;
      case '>':
        return c > 0;
      case '<=':
        return c <= 0;
      case '<':
        return c < 0;
      case '==':
        return c === 0;
      case '!=':
        return c !== 0;
      case '~=':
        return c >= 0 && minor[0] === v[0];
      default:
        return false;
    }
  });
}

/** `requires-python` from a pyproject.toml's [project] table, if any. */
export function requiresPython(pyproject: Record<string, unknown> | undefined): string | null {
  const project = pyproject?.project as Record<string, unknown> | undefined;
  const value = project?.['requires-python'];
  return typeof value === 'string' ? value : null;
}
