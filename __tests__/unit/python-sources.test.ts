import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PYTHON_SOURCES as instructionCounters } from '../../src/measure/instructions/python-sources.generated.js';
import { PYTHON_SOURCES as pairedWorkers } from '../../src/measure/paired/python-sources.generated.js';
import { PYTHON_SOURCES as profileReader } from '../../src/measure/python-sources.generated.js';
import { PYTHON_SOURCES as pytestPlugin } from '../../src/suites/pytest-benchmark/python-sources.generated.js';
import { PYTHON_SOURCES as timeitHarness } from '../../src/suites/timeit/python-sources.generated.js';
import { REPO_ROOT } from '../helpers/git-repo.js';

const EMBEDDED: Record<string, Record<string, string>> = {
  'src/measure': profileReader,
  'src/measure/instructions': instructionCounters,
  'src/measure/paired': pairedWorkers,
  'src/suites/pytest-benchmark': pytestPlugin,
  'src/suites/timeit': timeitHarness,
};

function pythonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__pycache__' ? [] : pythonFiles(path);
    return name.endsWith('.py') ? [relative(REPO_ROOT, path)] : [];
  });
}

describe('embedded Python sources (.ci/embed-python.mjs)', () => {
  it('embeds every .py file under src/, and nothing else', () => {
    const embedded = Object.entries(EMBEDDED).flatMap(([dir, sources]) => Object.keys(sources).map((f) => `${dir}/${f}`));
    expect(embedded.sort()).toEqual(pythonFiles(join(REPO_ROOT, 'src')).sort());
  });

  it.each(Object.entries(EMBEDDED))('%s: the generated module holds the files as they are (npm run build regenerates it)', (dir, sources) => {
    for (const [file, text] of Object.entries(sources)) expect(text).toBe(readFileSync(join(REPO_ROOT, dir, file), 'utf8'));
  });
});
