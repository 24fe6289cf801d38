import { declaredVersions, detectUpgrade } from '../../src/config/python-version-sources.js';

describe('declaredVersions', () => {
  it.each([
    ['.python-version', '3.12.1\n', [['.python-version', '3.12']]],
    ['.python-version', 'pypy3.10-7.3.12\n', []],
    ['.github/workflows/ci.yml', 'steps:\n  - uses: actions/setup-python@v6\n    with:\n      python-version: "3.11"\n', [['.github/workflows/ci.yml (python-version)', '3.11']]],
    ['.github/workflows/ci.yml', 'matrix:\n  python-version: ["3.10", "3.12", "3.11"]\n', [['.github/workflows/ci.yml (python-version)', '3.12']]],
    ['pyproject.toml', '[project]\nrequires-python = ">=3.10"\nclassifiers = [\n "Programming Language :: Python :: 3.10",\n "Programming Language :: Python :: 3.13",\n]\n', [['pyproject.toml (requires-python)', '3.10'], ['pyproject.toml (classifiers)', '3.13']]],
    // one reader of pyproject.toml (TOML, [project] only): comments and other tables declare nothing
    ['pyproject.toml', '# requires-python = ">=3.8"\n[tool.other]\nrequires-python = ">=3.9"\n[project]\nclassifiers = ["Programming Language :: Python :: 3.11"] # "Programming Language :: Python :: 3.14"\n', [['pyproject.toml (classifiers)', '3.11']]],
    ['pyproject.toml', '[project\nrequires-python = ">=3.10"\n', []],
    ['tox.ini', '[tox]\nenvlist = py310, py311\n', [['tox.ini (envlist)', '3.11']]],
    ['runtime.txt', 'python-3.11.4\n', [['runtime.txt', '3.11']]],
    ['.tool-versions', 'nodejs 20.1.0\npython 3.12.0\n', [['.tool-versions', '3.12']]],
    ['Dockerfile', 'FROM python:3.11-slim AS build\nRUN pip install .\n', [['Dockerfile (FROM)', '3.11']]],
    ['Dockerfile', 'FROM docker.io/library/python:3.13\n', [['Dockerfile (FROM)', '3.13']]],
    ['Dockerfile', 'FROM ubuntu:24.04\n', []],
  ])('%s: %p', (path, text, expected) => {
    expect(declaredVersions(path, text).map((d) => [d.source, d.version])).toEqual(expected);
  });
});

describe('detectUpgrade', () => {
  const files = (entries: Record<string, string>) => new Map(Object.entries(entries));
  it('reports old → new from .python-version first, listing every changed source', () => {
    const up = detectUpgrade(
      files({ '.python-version': '3.11\n', 'Dockerfile': 'FROM python:3.11\n', 'tox.ini': '[tox]\nenvlist = py311\n' }),
      files({ '.python-version': '3.12\n', 'Dockerfile': 'FROM python:3.12\n', 'tox.ini': '[tox]\nenvlist = py311\n' }),
    );
    expect(up).toEqual({ from: '3.11', to: '3.12', changes: [{ source: '.python-version', old: '3.11', new: '3.12' }, { source: 'Dockerfile (FROM)', old: '3.11', new: '3.12' }] });
  });

  it('finds a setup-python bump in a workflow', () => {
    const wf = (v: string) => `jobs:\n  t:\n    steps:\n      - uses: actions/setup-python@v6\n        with:\n          python-version: '${v}'\n`;
    expect(detectUpgrade(files({ '.github/workflows/t.yml': wf('3.11') }), files({ '.github/workflows/t.yml': wf('3.12') }))).toMatchObject({ from: '3.11', to: '3.12' });
  });

  it('is null when nothing changed or a file is only added', () => {
    expect(detectUpgrade(files({ '.python-version': '3.12' }), files({ '.python-version': '3.12.4' }))).toBeNull();
    expect(detectUpgrade(files({}), files({ '.python-version': '3.12' }))).toBeNull();
  });
});
