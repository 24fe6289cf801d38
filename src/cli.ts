#!/usr/bin/env node
// The local CLI: the same shell as the action, reporting to the terminal instead of GitHub.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCliArgs, UsageError, type OutputFormat } from './config/cli-args.js';
import { helpText } from './config/cli-help.js';
import { actionVersion } from './io/action-version.js';
import { addCleanup, installSignalHandlers } from './io/lifecycle.js';
import { unsupportedPlatform } from './io/platform.js';
import { processRunner } from './io/process.js';
import { type Io } from './io/seam.js';
import { StatusLine } from './io/status-line.js';
import { type Report } from './model/report.js';
import { forestPlot } from './report/forest-plot.js';
import { renderText } from './report/text/render.js';
import { colourEnabled } from './report/text/style.js';
import { runShell } from './run.js';
import { formatPercent } from './text/format.js';

async function main(): Promise<number> {
  let args;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`error: ${e.message}\nUsage: py-perf-guard [--base REF] [--head REF|WORKTREE] [--suites SUITE]... [OPTION]... (see --help)\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${helpText(Math.min(process.stdout.columns || 100, 120))}\n`);
    return 0;
  }
  if (args.version) {
    process.stdout.write(`py-perf-guard ${actionVersion() ?? '(unknown version)'}\n`);
    return 0;
  }
  const unsupported = unsupportedPlatform();
  if (unsupported) {
    process.stderr.write(`error: ${unsupported}\n`);
    return 2;
  }
  // A person at a terminal reads text; a pipe or a file gets markdown, as 1.0 printed, so scripts keep working.
  const format: OutputFormat = args.format ?? (process.stdout.isTTY ? 'text' : 'markdown');
  // The live status line only where a person watches stderr; elsewhere a line per round, like the action's log.
  const status = process.stderr.isTTY ? new StatusLine(process.stderr) : undefined;
  const err = (line: string) => (status ? status.print(`${line}\n`) : process.stderr.write(`${line}\n`));
  let markdown = '';
  const io: Io = {
    getInput: (name) => args.inputs[name] ?? '',
    info: (m) => err(m),
    warning: (m) => err(`warning: ${m}`),
    notice: (m) => err(`notice: ${m}`),
    error: (m, at) => void (at || err(`error: ${m}`)), // annotations are for GitHub's diff view
    group: async (name, fn) => {
      err(`== ${name}`);
      return fn();
    },
    setOutput: () => undefined,
    setSecret: () => undefined,
    writeSummary: async (text) => void (markdown += text),
  };
  // Outside Actions there is no event: base/head come from the arguments or HEAD^/HEAD.
  const env = { ...process.env, GITHUB_EVENT_PATH: '', GITHUB_EVENT_NAME: '' };
  // Without --json the report goes to a folder of our own (mode 0700), never a fixed name in the shared temp
  // folder, where another user could read it or plant a symlink; its path is printed below.
  const privateDir = args.json ? undefined : mkdtempSync(join(tmpdir(), 'py-perf-guard-'));
  const reportPath = privateDir ? join(privateDir, 'report.json') : resolve(args.json!);
  // A run stopped by a signal writes no report: then its private folder goes too.
  if (privateDir) addCleanup(privateDir, () => existsSync(reportPath) || rmSync(privateDir, { recursive: true, force: true }));
  const result = await runShell({ io, run: processRunner(env), env, workspace: process.cwd(), reportPath, progress: status });
  status?.done();
  if (format === 'markdown') process.stdout.write(markdown);
  else if (format === 'json' && existsSync(reportPath)) process.stdout.write(readFileSync(reportPath, 'utf8'));
  else if (format === 'text' && result.report) {
    const plot = (r: Report) => forestPlot(r.rows, { threshold: r.threshold, confidence: formatPercent(1 - r.alpha) });
    process.stdout.write(
      renderText(result.report, { colour: colourEnabled({ isTTY: Boolean(process.stdout.isTTY), env: process.env }), plot, width: process.stdout.columns }),
    );
  }
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
