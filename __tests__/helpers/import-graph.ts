// The import graph of src/ for the architecture test: every import, export-from and type import
// (TypeScript's own pre-processor reads them), with the cycles and the layer each file belongs to.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportGraph {
  /** File (relative to the root, `run.ts`, `judge/verdicts.ts`) → files of the root it imports. */
  internal: Map<string, Set<string>>;
  /** File → bare module specifiers it imports (`node:fs`, `@actions/core`, `smol-toml`). */
  external: Map<string, Set<string>>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

export function readImportGraph(root: string): ImportGraph {
  const internal = new Map<string, Set<string>>();
  const external = new Map<string, Set<string>>();
  for (const path of sourceFiles(root)) {
    const file = relative(root, path).split('\\').join('/');
    const info = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
    internal.set(file, new Set());
    external.set(file, new Set());
    for (const { fileName } of info.importedFiles) {
      if (fileName.startsWith('.')) {
        const target = relative(root, resolve(dirname(path), fileName.replace(/\.js$/, '.ts'))).split('\\').join('/');
        internal.get(file)!.add(target);
      } else external.get(file)!.add(fileName);
    }
  }
  return { internal, external };
}

/** Every strongly connected group of two or more files (or a file importing itself): each is a cycle. */
export function findCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || graph.get(v)?.has(v)) cycles.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** The layer of a file: its top folder, or `entry` for the files directly in the root. */
export function layerOf(file: string): string {
  return file.includes('/') ? file.split('/')[0] : 'entry';
}

/** Imports that go sideways or upwards: `from` in a layer at or below the layer of `to` (same folder allowed). */
export function layerViolations(graph: ReadonlyMap<string, ReadonlySet<string>>, order: readonly string[]): string[] {
  const rank = (file: string) => order.indexOf(layerOf(file));
  const out: string[] = [];
  for (const [from, targets] of graph) {
    if (rank(from) < 0) out.push(`${from}: in no layer of ${order.join(' < ')}`);
    for (const to of targets) if (layerOf(to) !== layerOf(from) && rank(to) >= rank(from)) out.push(`${from} → ${to}`);
  }
  return out;
}
