// dist/ must be the bundle of this very source: rebuild into a temp folder and compare byte for byte.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT, removeDir, tempDir } from './helpers/git-repo.js';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

it('dist/ is rebuilt from the committed source (run `npm run build` and commit dist/ if this fails)', () => {
  const out = tempDir('ppg-dist-');
  try {
    const ncc = join(REPO_ROOT, 'node_modules', '.bin', 'ncc');
    execFileSync(ncc, ['build', 'src/main.ts', '-o', out, '--license', 'licenses.txt', '-q'], { cwd: REPO_ROOT });
    execFileSync(ncc, ['build', 'src/cli.ts', '-o', join(out, 'cli'), '-q'], { cwd: REPO_ROOT });
    execFileSync(ncc, ['build', 'src/post.ts', '-o', join(out, 'post'), '-q'], { cwd: REPO_ROOT });
    const committed = join(REPO_ROOT, 'dist');
    const names = (d: string) =>
      files(d)
        .map((f) => relative(d, f))
        .sort();
    expect(names(committed)).toEqual(names(out));
    for (const name of names(out)) {
      const same = readFileSync(join(out, name)).equals(readFileSync(join(committed, name)));
      expect(same ? name : `${name} differs`).toBe(name);
    }
  } finally {
    removeDir(out);
  }
}, 180_000);
