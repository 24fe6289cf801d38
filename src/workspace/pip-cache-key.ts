// The key of pip's cache: OS, architecture, the interpreters' versions and a hash of what decides the installs
// (the dependency files on both commits and the install command). Pure: the caller reads the files.
import { createHash } from 'node:crypto';

/** The files, in each project folder, that decide what pip installs. */
export const DEPENDENCY_FILE = /^(requirements[^/]*\.txt|pyproject\.toml|setup\.cfg|setup\.py)$/;

export interface PipCacheKeyParts {
  os: string;
  arch: string;
  /** e.g. `CPython-3.12.1`, one per interpreter. */
  interpreters: string[];
  /** Each dependency file as `side/name` with its text. */
  files: { name: string; text: string }[];
  install: string;
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');

/** The exact key, and the prefix that restores the latest cache of the same OS and interpreters on a miss. */
export function pipCacheKey(p: PipCacheKeyParts): { key: string; restoreKeys: string[] } {
  const hash = createHash('sha256');
  for (const f of [...p.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) hash.update(`${f.name}\0${f.text}\0`);
  hash.update(`install\0${p.install}`);
  const prefix = `py-perf-guard-pip-${safe(p.os)}-${safe(p.arch)}-${[...new Set(p.interpreters)].sort().map(safe).join('_')}-`;
  return { key: prefix + hash.digest('hex').slice(0, 32), restoreKeys: [prefix] };
}
