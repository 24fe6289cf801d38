// Interpreter discovery against real interpreters laid out as actions/setup-python, PATH and pyenv lay them out.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidatePaths, resolveAuto, resolveSpec } from '../../src/workspace/interpreters.js';
import { parseInterpreterSpec } from '../../src/config/interpreter-spec.js';
import { runProcess } from '../../src/io/process.js';
import { removeDir, tempDir, writeFiles } from '../helpers/git-repo.js';
import { pypyPath, pythonPath } from '../helpers/python.js';
import { isFound } from '../../src/model/interpreter.js';

let root: string;
let toolCache: string;
let binDir: string;
let pyenvRoot: string;

function link(target: string, path: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  symlinkSync(target, path);
}

beforeAll(() => {
  root = tempDir();
  toolCache = join(root, 'toolcache');
  binDir = join(root, 'bin');
  pyenvRoot = join(root, 'pyenv');
  link(pythonPath('3.12'), join(toolCache, 'Python', '3.12.1', 'x64', 'bin', 'python3'));
  link(pythonPath('3.11'), join(binDir, 'python3.11'));
  link(pythonPath('3.13'), join(pyenvRoot, 'versions', '3.13.0', 'bin', 'python3'));
  // A pyenv-style shim that exists but fails, as a shim for an uninstalled version does.
  writeFileSync(join(binDir, 'python3.13'), '#!/bin/sh\necho "pyenv: python3.13: command not found" >&2\nexit 127\n');
  chmodSync(join(binDir, 'python3.13'), 0o755);
});
afterAll(() => removeDir(root));

const places = () => ({ toolCache, path: [binDir], pyenvRoot });

describe('interpreter discovery', () => {
  it.each([
    ['3.12', 'tool cache', '3.12.1'],
    ['3.11', 'PATH', '3.11.7'],
    ['python3.11', 'PATH', '3.11.7'],
    ['3.13', 'pyenv, past a failing shim on PATH', '3.13.0'],
    ['3.13.0', 'pyenv by full version', '3.13.0'],
  ])('finds %s through %s', async (label, _where, version) => {
    const found = await resolveSpec(runProcess, label, parseInterpreterSpec(label)!, places());
    expect(isFound(found)).toBe(true);
    expect(found).toMatchObject({ label, version, implementation: 'CPython' });
  });

  it('accepts an explicit path only after running it', async () => {
    const ok = await resolveSpec(runProcess, pythonPath('3.12'), parseInterpreterSpec(pythonPath('3.12'))!, places());
    expect(ok).toMatchObject({ version: '3.12.1' });
    const bad = await resolveSpec(runProcess, join(binDir, 'python3.13'), parseInterpreterSpec(join(binDir, 'python3.13'))!, places());
    expect(bad.error).toMatch(/not found.*tried: .*python3\.13 did not run \(pyenv: python3.13: command not found\)/);
  });

  it('explains a version that is nowhere', async () => {
    const r = await resolveSpec(runProcess, '3.9', parseInterpreterSpec('3.9')!, { path: [binDir] });
    expect(r.error).toMatch(/^interpreter "3.9" not found \(looked in \$RUNNER_TOOL_CACHE/);
  });

  it('orders candidates tool cache, PATH, pyenv', () => {
    link(pythonPath('3.13'), join(toolCache, 'Python', '3.13.0', 'x64', 'bin', 'python3'));
    const c = candidatePaths({ kind: 'cpython', version: '3.13' }, places());
    expect(c[0]).toContain('toolcache');
    expect(c[1]).toBe(join(binDir, 'python3.13'));
    expect(c[c.length - 1]).toContain('pyenv');
  });

  describe('auto', () => {
    it.each([
      [{ '.python-version': '3.11\n' }, '3.11', '3.11.7'],
      [{ 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.12"\n' }, '3.12', '3.12.1'],
    ])('reads %p', async (files, label, version) => {
      const dir = join(root, `project-${label}`);
      writeFiles(dir, files);
      const found = await resolveAuto(runProcess, dir, places());
      expect(found).toMatchObject({ label, version });
    });

    it('falls back to python3 on PATH', async () => {
      const dir = join(root, 'bare');
      mkdirSync(dir);
      const pathDir = join(root, 'bin-auto');
      link(pythonPath('3.12'), join(pathDir, 'python3'));
      expect(await resolveAuto(runProcess, dir, { path: [pathDir] })).toMatchObject({ label: '3.12', version: '3.12.1' });
    });
  });

  const pypy = pypyPath();
  // CI installs Debian's pypy3 (.ci/run), so there the test must run, not skip.
  (pypy || process.env.CI ? it : it.skip)('finds Debian PyPy as pypy3 on PATH', async () => {
    const found = await resolveSpec(runProcess, 'pypy3', { kind: 'pypy', version: null }, { path: ['/usr/bin'] });
    expect(found).toMatchObject({ implementation: 'PyPy' });
  });
});
