// buildUnits makes base's and head's venvs at the same time (measure/units.ts), and still writes each side's log
// lines inside its own group, base first, never interleaved.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/parse-settings.js';
import { type RunProcess } from '../../src/io/process.js';
import { buildUnits } from '../../src/measure/units.js';
import { recordingIo } from '../helpers/recording-io.js';

const dir = mkdtempSync(join(tmpdir(), 'envs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('creates both venvs concurrently and logs each side in its own group', async () => {
  const started: string[] = [];
  let release: () => void = () => undefined;
  const bothStarted = new Promise<void>((r) => (release = r));
  const run: RunProcess = async (command, args) => {
    if (args.includes('venv')) {
      started.push(args.at(-1)!);
      if (started.length === 2) release();
      // Made one after the other, the first venv would wait here for the second forever: the test times out.
      await bothStarted;
    }
    return { code: 0, stdout: command === 'bash' ? `installed in ${args.at(-1)}\n` : '', stderr: '', timedOut: false };
  };
  const io = recordingIo({});
  const settings = parseConfig({ suites: 'timeit: b.toml', install: 'echo hi' });
  const ws = { dir, projectDirs: { base: join(dir, 'b'), head: join(dir, 'h') }, worktrees: [] };
  const interpreter = { label: '3.12', version: '3.12.1', implementation: 'CPython', path: '/usr/bin/python3.12' };
  const { units } = await buildUnits({ io, run, env: {}, workspace: dir }, settings, [interpreter], ws);
  expect(started.map((v) => v.split('/').at(-1))).toEqual(['0-base', '0-head']);
  expect(units).toHaveLength(1);
  const log = io.log.filter((l) => l.startsWith('::group::') || l.startsWith('$ ') || l.startsWith('installed'));
  expect(log).toEqual([
    '::group::Set up 3.12 (CPython 3.12.1) for base',
    '$ echo hi',
    'installed in echo hi',
    '::group::Set up 3.12 (CPython 3.12.1) for head',
    '$ echo hi',
    'installed in echo hi',
  ]);
}, 10_000);
