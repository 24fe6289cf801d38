import { compareVersions, minorAllowed, parseInterpreterSpec, readPythonVersionFile, versionMatches } from '../../src/config/interpreter-spec.js';

describe('parseInterpreterSpec', () => {
  it.each([
    ['auto', { kind: 'auto' }],
    ['3.12', { kind: 'cpython', version: '3.12' }],
    ['3.12.1', { kind: 'cpython', version: '3.12.1' }],
    ['python3.11', { kind: 'cpython', version: '3.11' }],
    ['3', { kind: 'cpython', version: '3' }],
    ['pypy3', { kind: 'pypy', version: null }],
    ['pypy3.10', { kind: 'pypy', version: '3.10' }],
    ['pypy3.10-7.3.12', { kind: 'pypy', version: '3.10' }],
    ['/opt/py/bin/python3', { kind: 'path', path: '/opt/py/bin/python3' }],
    ['2.7', null],
    ['python', null],
    ['jython', null],
    ['./rel/python', null],
  ])('%p', (text, expected) => expect(parseInterpreterSpec(text)).toEqual(expected));
});

describe('versions', () => {
  it.each([
    ['3.12.1', '3.12', true],
    ['3.12.1', '3.1', false],
    ['3.12.1', '3.12.1', true],
    ['3.12.1', null, true],
    ['3.9.18', '3', true],
  ])('%s matches %s: %s', (full, wanted, expected) => expect(versionMatches(full, wanted)).toBe(expected));

  it('orders versions numerically', () => {
    expect(['3.9.1', '3.12.0', '3.10.13'].sort(compareVersions)).toEqual(['3.9.1', '3.10.13', '3.12.0']);
  });

  it.each([
    ['3.12.1\n', '3.12.1'],
    ['# pinned\n\n3.11\n3.12\n', '3.11'],
    ['system\npypy3.10-7.3.12', 'pypy3.10-7.3.12'],
    ['', null],
  ])('.python-version %p → %p', (text, expected) => expect(readPythonVersionFile(text)).toBe(expected));

  it.each([
    ['>=3.10', 9, false],
    ['>=3.10', 10, true],
    ['>=3.9,<3.12', 12, false],
    ['>=3.9,<3.12', 11, true],
    ['~=3.11', 13, true],
    ['~=3.11', 10, false],
    ['==3.12.*', 12, true],
    ['==3.12.*', 11, false],
    ['!=3.11.*, >=3.10', 11, false],
    ['>3.10', 11, true],
    ['>=3.10 or so', 11, null],
  ])('requires-python %p allows 3.%d: %p', (spec, minor, expected) => expect(minorAllowed(spec, [3, minor])).toBe(expected));
});
