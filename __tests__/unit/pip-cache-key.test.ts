// pip's cache key: what changes the installs changes the key; what does not, does not.
import { parseCacheInput } from '../../src/config/cache-input.js';
import { ConfigError } from '../../src/model/errors.js';
import { DEPENDENCY_FILE, pipCacheKey, type PipCacheKeyParts } from '../../src/workspace/pip-cache-key.js';

const parts: PipCacheKeyParts = {
  os: 'Linux',
  arch: 'X64',
  interpreters: ['CPython-3.12.1'],
  files: [
    { name: 'base/pyproject.toml', text: '[project]\nname = "calc"\n' },
    { name: 'head/requirements.txt', text: 'numpy==2.1\n' },
  ],
  install: '(default)',
};

describe('pipCacheKey', () => {
  it('is OS, architecture and interpreters, then a hash; the prefix restores the nearest older cache', () => {
    const { key, restoreKeys } = pipCacheKey(parts);
    expect(key).toMatch(/^py-perf-guard-pip-Linux-X64-CPython-3\.12\.1-[0-9a-f]{32}$/);
    expect(restoreKeys).toEqual(['py-perf-guard-pip-Linux-X64-CPython-3.12.1-']);
    expect(key.startsWith(restoreKeys[0])).toBe(true);
  });

  it('changes with a dependency file, the install command, the interpreter version or the OS', () => {
    const { key } = pipCacheKey(parts);
    const changed = [
      { ...parts, files: [parts.files[0], { name: 'head/requirements.txt', text: 'numpy==2.2\n' }] },
      { ...parts, install: 'pip install -e .[test]' },
      { ...parts, interpreters: ['CPython-3.12.2'] },
      { ...parts, os: 'macOS' },
    ];
    for (const p of changed) expect(pipCacheKey(p).key).not.toBe(key);
  });

  it('does not depend on the order the files or interpreters were found in', () => {
    const a = pipCacheKey({ ...parts, interpreters: ['CPython-3.11.7', 'CPython-3.12.1'] });
    const b = pipCacheKey({ ...parts, interpreters: ['CPython-3.12.1', 'CPython-3.11.7'], files: [...parts.files].reverse() });
    expect(b).toEqual(a);
  });

  it('reads requirements*.txt, pyproject.toml, setup.cfg and setup.py, nothing else', () => {
    for (const f of ['requirements.txt', 'requirements-dev.txt', 'pyproject.toml', 'setup.cfg', 'setup.py']) expect(DEPENDENCY_FILE.test(f)).toBe(true);
    for (const f of ['README.md', 'requirements.in', 'calc.py']) expect(DEPENDENCY_FILE.test(f)).toBe(false);
  });
});

describe("input 'cache'", () => {
  it('is auto when empty, pip, or off for false', () => {
    expect(parseCacheInput('')).toBe('auto');
    expect(parseCacheInput('pip')).toBe('pip');
    expect(parseCacheInput(' false ')).toBe('off');
  });
  it('names the input, quotes the value and says what was expected', () => {
    expect(() => parseCacheInput('npm')).toThrow(ConfigError);
    expect(() => parseCacheInput('npm')).toThrow(/input 'cache' is "npm": expected pip or false/);
  });
});
