// The action's own version, read from the package.json of the folder it runs from (the runner checks out the
// whole action repository; dist/index.js, dist/post/index.js, dist/cli/index.js and src/ all sit below it).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined | null = null;

/** The `version` of the nearest package.json named py-perf-guard above this file; undefined when none is found. */
export function actionVersion(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  if (cached !== null) return cached ?? undefined;
  cached = undefined;
  for (let dir = from, up = 0; up < 5; dir = dirname(dir), up++) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    try {
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.name === 'py-perf-guard' && typeof pkg.version === 'string') return (cached = pkg.version);
    } catch {
      // not readable JSON: keep looking further up
    }
  }
  return undefined;
}
