// Spawns the real bundle (dist/index.js) in a runner-like environment with any event, for end-to-end tests.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './git-repo.js';

export interface DistRun {
  code: number | null;
  /** stdout and stderr together: the runner's log. */
  log: string;
  outputs: Record<string, string>;
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks → name → value. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const blocks = text.matchAll(/^([^<\n]+)<<(.+)\n([\s\S]*?)\n?\2$/gm);
  for (const [, name, , value] of blocks) out[name] = value;
  return out;
}

/** The `pull_request` event of PR #7 from `feature` onto `main`, as the e2e tests' runs see it. */
export function pullRequestEvent(shas: { base: string; head: string }): object {
  return { number: 7, pull_request: { number: 7, base: { sha: shas.base, ref: 'main' }, head: { sha: shas.head, ref: 'feature' } } };
}

export interface DistRunOptions {
  /** Checkout folder (GITHUB_WORKSPACE and cwd). */
  workspace: string;
  /** Folder for RUNNER_TEMP, the event file and the runner's command files. */
  temp: string;
  eventName: string;
  event: object;
  inputs: Record<string, string>;
  env?: Record<string, string>;
}

let runs = 0;

export async function runDist(o: DistRunOptions): Promise<DistRun> {
  const tag = `dist-run-${process.pid}-${++runs}`;
  const eventPath = join(o.temp, `${tag}-event.json`);
  const outputPath = join(o.temp, `${tag}-output`);
  writeFileSync(eventPath, JSON.stringify(o.event));
  writeFileSync(outputPath, '');
  const inputs = Object.fromEntries(Object.entries(o.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'index.js')], {
    cwd: o.workspace,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PIP_INDEX_URL: process.env.PIP_INDEX_URL ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: o.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo/calc',
      GITHUB_WORKSPACE: o.workspace,
      GITHUB_JOB: 'bench',
      GITHUB_OUTPUT: outputPath,
      RUNNER_TEMP: o.temp,
      ...inputs,
      ...o.env,
    },
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, log, outputs: existsSync(outputPath) ? parseOutputFile(readFileSync(outputPath, 'utf8')) : {} };
}
