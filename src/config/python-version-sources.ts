// Where a project declares its Python, and how a PR changes it. Pure: takes file contents, returns versions.
// Sources: .python-version, setup-python in .github/workflows/*.yml, requires-python and classifiers in
// pyproject.toml, tox.ini envlist, runtime.txt, .tool-versions, Dockerfile FROM python:X.
import { type VersionChange } from '../model/report.js';
import { readPythonVersionFile, requiresPython } from './interpreter-spec.js';
import { parseTomlFile } from './toml.js';

export interface DeclaredVersion {
  /** File (and field) that declares it, e.g. `pyproject.toml (requires-python)`. */
  source: string;
  /** Minor version, `3.12`. */
  version: string;
}

export interface PythonUpgrade {
  from: string;
  to: string;
  changes: VersionChange[];
}

/** Files to read (relative to the repository root) besides .github/workflows/*.yml. */
export const VERSION_FILES = ['.python-version', 'pyproject.toml', 'tox.ini', 'runtime.txt', '.tool-versions', 'Dockerfile'];

function minor(text: string): string | null {
  const m = /(?<![\d.])(3)\.(\d{1,2})(?![\d])/.exec(text);
  return m ? `${m[1]}.${m[2]}` : null;
}

function compareMinor(a: string, b: string): number {
  return Number(a.split('.')[1]) - Number(b.split('.')[1]);
}

function highest(versions: (string | null)[]): string | null {
  const found = versions.filter((v): v is string => Boolean(v)).sort(compareMinor);
  return found.length ? found[found.length - 1] : null;
}

/** Every version a file declares, keyed by source. `path` is relative to the repository root. */
export function declaredVersions(path: string, text: string): DeclaredVersion[] {
  const name = path.split('/').pop() ?? path;
  const out: DeclaredVersion[] = [];
  const add = (source: string, version: string | null) => version && out.push({ source, version });
  if (name === '.python-version') {
    const line = readPythonVersionFile(text);
    add(path, line && !line.startsWith('pypy') ? minor(line) : null);
  } else if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) {
    // python-version: "3.12" | 3.12 | ["3.11", "3.12"] | multi-line; the highest is the project's current one
    const values = [...text.matchAll(/python-version\s*:\s*(\[[^\]]*\]|["']?[^\s"'#]+["']?)/g)].flatMap((m) => [...m[1].matchAll(/3\.\d{1,2}/g)].map((x) => x[0]));
    add(`${path} (python-version)`, highest(values));
  } else if (name === 'pyproject.toml') {
    const parsed = parseTomlFile(text, path);
    const doc = 'doc' in parsed ? parsed.doc : undefined; // not TOML: it declares nothing we can read
    const requires = requiresPython(doc);
    add(`${path} (requires-python)`, requires ? minor(requires.replace(/!=[^,]*/g, '')) : null);
    const listed = (doc?.project as { classifiers?: unknown } | undefined)?.classifiers;
    const classifiers = (Array.isArray(listed) ? listed : []).map((c) => /^Programming Language :: Python :: (3\.\d{1,2})$/.exec(String(c))?.[1] ?? null);
    add(`${path} (classifiers)`, highest(classifiers));
  } else if (name === 'tox.ini') {
    const envlist = /^\s*envlist\s*=\s*(.+(?:\n[ \t]+.+)*)/m.exec(text)?.[1] ?? '';
    add(`${path} (envlist)`, highest([...envlist.matchAll(/py3(\d{1,2})/g)].map((m) => `3.${m[1]}`)));
  } else if (name === 'runtime.txt') {
    add(path, minor(/python-([\d.]+)/.exec(text)?.[1] ?? ''));
  } else if (name === '.tool-versions') {
    add(path, minor(/^\s*python\s+([\d.]+)/m.exec(text)?.[1] ?? ''));
  } else if (name === 'Dockerfile') {
    add(`${path} (FROM)`, minor(/^\s*FROM\s+(?:\S+\/)?python:([\d.]+)/im.exec(text)?.[1] ?? ''));
  }
  return out;
}

/**
 * The PR's Python change, if any: every source whose declared minor version differs between base and head.
 * `from`/`to` come from the first change in source order (.python-version first, as pyenv and setup-python
 * read it first), so a project that bumps several files at once reports one upgrade.
 */
export function detectUpgrade(baseFiles: Map<string, string>, headFiles: Map<string, string>): PythonUpgrade | null {
  const declared = (files: Map<string, string>) => new Map([...files].flatMap(([path, text]) => declaredVersions(path, text)).map((d) => [d.source, d.version]));
  const before = declared(baseFiles);
  const after = declared(headFiles);
  const changes: VersionChange[] = [];
  for (const [source, version] of after) {
    const old = before.get(source);
    if (old && old !== version) changes.push({ source, old, new: version });
  }
  if (changes.length === 0) return null;
  const order = (s: string) => (s.startsWith('.python-version') ? 0 : s.startsWith('.github/') ? 1 : 2);
  changes.sort((a, b) => order(a.source) - order(b.source));
  return { from: changes[0].old, to: changes[0].new, changes };
}
