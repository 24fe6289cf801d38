// CHANGELOG.md keeps Keep a Changelog's shape, so people and tools can read it: an Unreleased section on top,
// then versions newest first, each dated, with only the standard kinds of change (and the contract extensions).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/git-repo.js';

const text = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
const versions = [...text.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
const KINDS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security', 'Contract extensions'];
/** a − b by semantic version (major, minor, patch). */
const compare = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

describe('CHANGELOG.md', () => {
  it('opens with Unreleased, then dated versions, newest first', () => {
    expect(text.startsWith('# Changelog\n')).toBe(true);
    expect(versions[0]).toBe('[Unreleased]');
    const released = versions.slice(1).map((v) => /^\[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/.exec(v));
    expect(released.every(Boolean)).toBe(true);
    const numbers = released.map((m) => m![1]);
    for (let i = 1; i < numbers.length; i++)
      expect([numbers[i - 1], numbers[i], compare(numbers[i - 1], numbers[i]) > 0]).toEqual([numbers[i - 1], numbers[i], true]);
    const dates = released.map((m) => m![2]);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('groups changes under the standard kinds only, in their order', () => {
    for (const section of text.split(/^## /m).slice(1)) {
      const kinds = [...section.matchAll(/^### (.*)$/gm)].map((m) => m[1]);
      for (const k of kinds) expect(KINDS).toContain(k);
      expect(kinds).toEqual([...kinds].sort((a, b) => KINDS.indexOf(a) - KINDS.indexOf(b)));
    }
  });

  it("names package.json's version", () => {
    const version = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version;
    expect(versions.some((v) => v.startsWith(`[${version}] - `))).toBe(true);
  });
});
