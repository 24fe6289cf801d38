// The embedded worker sources must be the .py files (regenerate with `node src/measure/paired/python/embed.mjs`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAIRED_PYTHON_FILES } from '../../src/measure/paired/python-sources.js';

const dir = join(process.cwd(), 'src', 'measure', 'paired', 'python');

it('embeds every paired worker file exactly as it is on disk', () => {
  const onDisk = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  expect(PAIRED_PYTHON_FILES).toEqual(onDisk);
});
