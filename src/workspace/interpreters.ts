// Finds interpreters for specs: actions/setup-python's tool cache, PATH, pyenv, or explicit paths.
// A candidate counts only after it has run and reported its version (a pyenv shim may exist and fail).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { compareVersions, minorAllowed, parseInterpreterSpec, readPythonVersionFile, requiresPython, versionMatches, type InterpreterSpec } from '../config/interpreter-spec.js';
import { parseTomlFile } from '../config/toml.js';
import { type RunProcess } from '../io/process.js';
import { isFound, type Interpreter } from '../model/interpreter.js';

export interface SearchPlaces {
  /** $RUNNER_TOOL_CACHE, where actions/setup-python installs (Python/<ver>/x64, PyPy/<ver>/x64). */
  toolCache?: string;
  /** $PATH directories. */
  path: string[];
  /** $PYENV_ROOT (default ~/.pyenv). */
  pyenvRoot?: string;
}

export function searchPlacesFromEnv(env: NodeJS.ProcessEnv): SearchPlaces {
  return {
    toolCache: env.RUNNER_TOOL_CACHE || env.AGENT_TOOLSDIRECTORY,
    path: (env.PATH ?? '').split(delimiter).filter(Boolean),
    pyenvRoot: env.PYENV_ROOT || (env.HOME ? join(env.HOME, '.pyenv') : undefined),
  };
}

function listDir(dir: string | undefined): string[] {
  if (!dir) return [];
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const EXECUTABLES = ['python3', 'python', 'pypy3', 'pypy'];

function firstExecutable(binDir: string): string[] {
  return EXECUTABLES.map((e) => join(binDir, e)).filter((p) => existsSync(p)).slice(0, 1);
}

/** Candidate paths for a spec, best first; each is still to be probed. */
export function candidatePaths(spec: InterpreterSpec, places: SearchPlaces): string[] {
  if (spec.kind === 'path') return [spec.path];
  if (spec.kind === 'auto') return [];
  const out: string[] = [];
  const isPypy = spec.kind === 'pypy';
  const wanted = spec.version;
  const newestFirst = (names: string[]) => names.sort((a, b) => compareVersions(b, a));
  // setup-python: <cache>/Python/3.12.1/x64/bin/python3, <cache>/PyPy/3.10.14/x64/bin/python
  if (places.toolCache) {
    const root = join(places.toolCache, isPypy ? 'PyPy' : 'Python');
    for (const v of newestFirst(listDir(root).filter((d) => versionMatches(d, wanted)))) {
      out.push(...firstExecutable(join(root, v, 'x64', 'bin')), ...firstExecutable(join(root, v, 'arm64', 'bin')));
    }
  }
  // PATH: python3.12 / pypy3.10, then the generic names (their version is checked by probing)
  const names = isPypy ? [wanted ? `pypy${wanted}` : 'pypy3', 'pypy3'] : [`python${wanted}`, ...(wanted && wanted.split('.').length > 2 ? [`python${wanted.split('.').slice(0, 2).join('.')}`] : []), 'python3'];
  for (const name of [...new Set(names)]) for (const dir of places.path) if (existsSync(join(dir, name))) out.push(join(dir, name));
  // pyenv: versions/3.12.1/bin/python3, versions/pypy3.10-7.3.12/bin/pypy3
  if (places.pyenvRoot) {
    const root = join(places.pyenvRoot, 'versions');
    const versions = listDir(root).filter((d) => (isPypy ? d.startsWith('pypy') && versionMatches(d.replace(/^pypy/, '').split('-')[0], wanted) : /^\d/.test(d) && versionMatches(d, wanted)));
    for (const v of newestFirst(versions)) out.push(...firstExecutable(join(root, v, 'bin')));
  }
  return [...new Set(out)];
}

const PROBE = 'import json, platform, sys; print(json.dumps({"version": platform.python_version(), "implementation": platform.python_implementation(), "executable": sys.executable}))';

/** Runs a candidate and reads its version, or returns why it is unusable. */
export async function probeInterpreter(run: RunProcess, path: string): Promise<{ version: string; implementation: string } | { error: string }> {
  const r = await run(path, ['-c', PROBE], { timeoutMs: 30000 });
  if (r.code !== 0) return { error: `${path} did not run (${(r.stderr || r.stdout).trim().split('\n').pop() ?? 'no output'})` };
  try {
    const info = JSON.parse(r.stdout.trim().split('\n').pop() ?? '');
    return { version: String(info.version), implementation: String(info.implementation) };
  } catch {
    return { error: `${path} printed no version` };
  }
}

function accepts(spec: InterpreterSpec, probe: { version: string; implementation: string }): boolean {
  if (spec.kind === 'cpython') return probe.implementation === 'CPython' && versionMatches(probe.version, spec.version);
  if (spec.kind === 'pypy') return probe.implementation === 'PyPy' && versionMatches(probe.version, spec.version);
  return true;
}

/** The first candidate that runs and matches; an `error` explains what was tried otherwise. */
export async function resolveSpec(run: RunProcess, label: string, spec: InterpreterSpec, places: SearchPlaces): Promise<Interpreter> {
  const tried: string[] = [];
  for (const path of candidatePaths(spec, places)) {
    const probe = await probeInterpreter(run, path);
    if ('error' in probe) tried.push(probe.error);
    else if (accepts(spec, probe)) return { label, path, ...probe };
    else tried.push(`${path} is ${probe.implementation} ${probe.version}`);
  }
  const where = 'looked in $RUNNER_TOOL_CACHE (actions/setup-python), PATH and pyenv';
  return { label, error: `interpreter ${JSON.stringify(label)} not found (${where})${tried.length ? `; tried: ${tried.join('; ')}` : ''}` };
}

function readOptional(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Label for an auto-resolved interpreter: `3.12` or `pypy3.9`. */
function autoLabel(i: { version: string; implementation: string }): string {
  const minor = i.version.split('.').slice(0, 2).join('.');
  return i.implementation === 'PyPy' ? `pypy${minor}` : minor;
}

/**
 * `auto`: the head commit's .python-version, else the lowest version allowed by requires-python that is
 * installed, else python3 on PATH.
 */
export async function resolveAuto(run: RunProcess, projectDir: string, places: SearchPlaces): Promise<Interpreter> {
  const pinned = readPythonVersionFile(readOptional(join(projectDir, '.python-version')) ?? '');
  if (pinned) {
    const spec = parseInterpreterSpec(pinned);
    if (!spec || spec.kind === 'auto') return { label: pinned, error: `.python-version names ${JSON.stringify(pinned)}, which is not an interpreter spec py-perf-guard knows` };
    const found = await resolveSpec(run, pinned, spec, places);
    return isFound(found) ? { ...found, label: autoLabel(found) } : found;
  }
  const pyprojectText = readOptional(join(projectDir, 'pyproject.toml'));
  const pyproject = pyprojectText ? parseTomlFile(pyprojectText, 'pyproject.toml') : undefined;
  // An invalid pyproject.toml names no version here; loading the settings has already warned about it.
  const requires = pyproject && 'doc' in pyproject ? requiresPython(pyproject.doc) : null;
  if (requires) {
    for (let minor = 6; minor <= 20; minor++) {
      if (!minorAllowed(requires, [3, minor])) continue;
      const found = await resolveSpec(run, `3.${minor}`, { kind: 'cpython', version: `3.${minor}` }, places);
      if (isFound(found)) return found;
    }
  }
  for (const dir of places.path) {
    const path = join(dir, 'python3');
    if (!existsSync(path)) continue;
    const probe = await probeInterpreter(run, path);
    if (!('error' in probe)) return { path, ...probe, label: autoLabel(probe) };
  }
  return { label: 'auto', error: 'interpreters is auto, but no .python-version, no installed version allowed by requires-python, and no working python3 on PATH' };
}
