// Prints CHANGELOG.md's section for a release (`## [1.2.3] - date` up to the next `## `), for the GitHub release.
// Exits 1 when package.json's version is not that version or the changelog has no such section, so a tag
// cannot ship unnamed changes. Usage: node .ci/release-notes.mjs <version> [project folder]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [version, root = join(import.meta.dirname, '..')] = process.argv.slice(2);

function fail(message) {
  console.error(`release-notes: ${message}`);
  process.exit(1);
}

if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) fail(`expected a version such as 1.2.3, got ${JSON.stringify(version)}`);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (pkg.version !== version) fail(`package.json says version ${pkg.version}, the tag says ${version}: bump package.json first`);
const lines = readFileSync(join(root, 'CHANGELOG.md'), 'utf8').split('\n');
const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
if (start < 0) fail(`CHANGELOG.md has no "## [${version}] - <date>" section: move the Unreleased entries under it`);
const next = lines.findIndex((l, i) => i > start && l.startsWith('## '));
const body = lines
  .slice(start + 1, next < 0 ? undefined : next)
  .join('\n')
  .trim();
if (!body) fail(`CHANGELOG.md's section for ${version} is empty`);
console.log(body);
