#!/usr/bin/env node
// The local CLI: the same shell as the action, reporting to the terminal instead of GitHub.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLI_USAGE, parseCliArgs } from './config/cli-args.js';
import { addCleanup, installSignalHandlers } from './io/lifecycle.js';
import { unsupportedPlatform } from './io/platform.js';
import { processRunner } from './io/process.js';
import { type Io } from './io/seam.js';
import { ConfigError } from './model/errors.js';
import { runShell } from './run.js';

async function main(): Promise<number> {
  let args;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`error: ${e.message}\n${CLI_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${CLI_USAGE}\n`);
    return 0;
  }
  const unsupported = unsupportedPlatform();
  if (unsupported) {
    process.stderr.write(`error: ${unsupported}\n`);
    return 2;
  }
  const io: Io = {
    getInput: (name) => args.inputs[name] ?? '',
    info: (m) => process.stderr.write(`${m}\n`),
    warning: (m) => process.stderr.write(`warning: ${m}\n`),
    notice: (m) => process.stderr.write(`notice: ${m}\n`),
    error: (m, at) => void (at || process.stderr.write(`error: ${m}\n`)), // annotations are for GitHub's diff view
    group: async (name, fn) => {
      process.stderr.write(`== ${name}\n`);
      return fn();
    },
    setOutput: () => undefined,
    setSecret: () => undefined,
    writeSummary: async (markdown) => {
      process.stdout.write(markdown);
    },
  };
  // Outside Actions there is no event: base/head come from the arguments or HEAD^/HEAD.
  const env = { ...process.env, GITHUB_EVENT_PATH: '', GITHUB_EVENT_NAME: '' };
  // Without --json the report goes to a folder of our own (mode 0700), never a fixed name in the shared temp
  // folder, where another user could read it or plant a symlink; its path is printed below.
  const privateDir = args.json ? undefined : mkdtempSync(join(tmpdir(), 'py-perf-guard-'));
  const reportPath = privateDir ? join(privateDir, 'report.json') : resolve(args.json!);
  // A run stopped by a signal writes no report: then its private folder goes too.
  if (privateDir) addCleanup(privateDir, () => existsSync(reportPath) || rmSync(privateDir, { recursive: true, force: true }));
  const result = await runShell({ io, run: processRunner(env), env, workspace: process.cwd(), reportPath });
  if (existsSync(reportPath)) process.stderr.write(`report: ${reportPath}\n`);
  if (result.message) process.stderr.write(`${result.exitCode === 0 ? 'note' : 'error'}: ${result.message}\n`);
  return result.exitCode;
}

installSignalHandlers((line) => process.stderr.write(`${line}\n`));
main().then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`error: py-perf-guard could not run: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
