// The shape of src/: layers with arrows only downwards, no import cycles (type imports count), pure folders
// free of I/O, the environment read only at the seam. These fail when someone adds a cycle or an upward import.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCycles, layerOf, layerViolations, readImportGraph } from './helpers/import-graph.js';
import { REPO_ROOT } from './helpers/git-repo.js';

/** Bottom to top: a file may import its own folder and the folders before it. `entry` = main.ts, cli.ts, run.ts. */
const LAYERS = ['model', 'stats', 'text', 'io', 'config', 'judge', 'report', 'workspace', 'suites', 'measure', 'entry'];
/** Decisions on plain values: no file system, no processes, no GitHub. */
const PURE = ['model', 'stats', 'text', 'config', 'judge', 'report'];
const IMPURE_EXCEPTIONS = ['report/publish.ts'];
const IO_MODULES = /^(node:)?(fs|child_process)(\/|$)|^@actions\//;

const SRC = join(REPO_ROOT, 'src');
const graph = readImportGraph(SRC);

describe('architecture of src/', () => {
  it('has no import cycles', () => {
    expect(findCycles(graph.internal)).toEqual([]);
  });

  it(`imports only downwards: ${LAYERS.join(' < ')}`, () => {
    expect(layerViolations(graph.internal, LAYERS)).toEqual([]);
  });

  it('keeps model/ to types: it imports nothing outside model/', () => {
    for (const [file, targets] of graph.internal) {
      if (layerOf(file) !== 'model') continue;
      expect([file, [...targets].filter((t) => layerOf(t) !== 'model'), [...graph.external.get(file)!]]).toEqual([file, [], []]);
    }
  });

  it(`keeps ${PURE.join(', ')} pure (except ${IMPURE_EXCEPTIONS.join(', ')}): no fs, child_process or @actions/*`, () => {
    const impure = [...graph.external]
      .filter(([file]) => PURE.includes(layerOf(file)) && !IMPURE_EXCEPTIONS.includes(file))
      .flatMap(([file, modules]) => [...modules].filter((m) => IO_MODULES.test(m)).map((m) => `${file} imports ${m}`));
    expect(impure).toEqual([]);
  });

  it('lets each suite kind reach the others only through the registry', () => {
    const kindOf = (f: string) => (/^suites\/([^/]+)\//.exec(f)?.[1] ?? null);
    const crossings = [...graph.internal].flatMap(([from, targets]) =>
      [...targets].filter((to) => kindOf(from) && kindOf(to) && kindOf(from) !== kindOf(to)).map((to) => `${from} → ${to}`),
    );
    expect(crossings).toEqual([]);
  });

  it('reads process.env only in the entries and io/ (the seam); everything below gets env through ShellDeps', () => {
    const readers = [...graph.internal.keys()].filter((f) => !['entry', 'io'].includes(layerOf(f)) && readFileSync(join(SRC, f), 'utf8').includes('process.env'));
    expect(readers).toEqual([]);
  });

  it('has no source or test file over 300 lines', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', '__tests__'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\n');
    const long = files.filter((f) => /\.(ts|mjs|py)$/.test(f) && !f.endsWith('.generated.ts')).filter((f) => readFileSync(join(REPO_ROOT, f), 'utf8').split('\n').length > 301);
    expect(long).toEqual([]);
  });

  it('has a .gitignore that names no committed file', () => {
    expect(execFileSync('git', ['ls-files', '--cached', '--ignored', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' })).toBe('');
  });
});

describe('the checks themselves', () => {
  it('find a planted cycle, type imports included', () => {
    const planted = new Map(graph.internal);
    // judge/verdicts.ts already imports model/row.ts; plant the way back (as `import { type X }` would)
    planted.set('model/row.ts', new Set([...(planted.get('model/row.ts') ?? []), 'judge/verdicts.ts']));
    const cycles = findCycles(planted);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toEqual(expect.arrayContaining(['judge/verdicts.ts', 'model/row.ts']));
    expect(findCycles(new Map([['a.ts', new Set(['a.ts'])]]))).toEqual([['a.ts']]);
  });

  it('find a planted upward import', () => {
    const planted = new Map(graph.internal);
    planted.set('stats/quantile.ts', new Set(['judge/verdicts.ts']));
    expect(layerViolations(planted, LAYERS)).toEqual(['stats/quantile.ts → judge/verdicts.ts']);
  });

  it('read a cycle of type-only imports from real files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppg-arch-'));
    try {
      mkdirSync(join(dir, 'model'));
      mkdirSync(join(dir, 'judge'));
      writeFileSync(join(dir, 'model', 'a.ts'), "import { type B } from '../judge/b.js';\nexport interface A { b: B }\n");
      writeFileSync(join(dir, 'judge', 'b.ts'), "import type { A } from '../model/a.js';\nexport interface B { a?: A }\n");
      const planted = readImportGraph(dir);
      expect(findCycles(planted.internal)).toEqual([['judge/b.ts', 'model/a.ts']]);
      expect(layerViolations(planted.internal, LAYERS)).toEqual(['model/a.ts → judge/b.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
