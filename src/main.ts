// The action's entry: wires @actions/core, Octokit and real processes into the shell, then sets the exit
// code: 0 pass, 1 regression (or this PR's failures), 2 nothing could be measured (bad input, environment).
import * as core from '@actions/core';
import { actionsCache } from './io/actions-cache.js';
import { octokitComments } from './io/comments-client.js';
import { installSignalHandlers } from './io/lifecycle.js';
import { createOctokit } from './io/octokit.js';
import { unsupportedPlatform } from './io/platform.js';
import { processRunner } from './io/process.js';
import { octokitPulls } from './io/pulls-client.js';
import { type Io } from './io/seam.js';
import { untrustedLogger } from './io/untrusted-log.js';
import { runShell } from './run.js';

const io: Io = {
  getInput: (name) => core.getInput(name),
  info: (m) => core.info(m),
  untrusted: untrustedLogger((m) => core.info(m)),
  warning: (m) => core.warning(m),
  notice: (m) => core.notice(m),
  error: (m, at) => core.error(m, at ?? {}),
  group: (name, fn) => core.group(name, fn),
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (value) => core.setSecret(value),
  writeSummary: async (markdown) => {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  },
};

export async function run(): Promise<void> {
  const unsupported = unsupportedPlatform();
  if (unsupported) {
    core.setOutput('verdict', 'error');
    core.setFailed(unsupported);
    process.exitCode = 2;
    return;
  }
  try {
    const result = await runShell({
      io,
      run: processRunner(process.env),
      env: process.env,
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      cache: actionsCache,
      comments: ({ token, ...target }) =>
        octokitComments(
          createOctokit(token, (l) => core.info(l)),
          target,
        ),
      pulls: ({ token, ...target }) =>
        octokitPulls(
          createOctokit(token, (l) => core.info(l)),
          target,
        ),
    });
    if (result.exitCode !== 0) {
      core.setFailed(result.message ?? 'py-perf-guard failed');
      process.exitCode = result.exitCode;
    } else if (result.message) {
      core.warning(`${result.message} (fail-on-regression is false)`);
    }
  } catch (error) {
    // runShell publishes its own failures; this is the last resort, and the verdict must still be set.
    try {
      core.setOutput('verdict', 'error');
    } catch {
      // the output file itself is broken: setFailed below still fails the step
    }
    core.setFailed(`py-perf-guard could not run: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}

// A cancelled job: the verdict output still says something, before exit 130/143.
installSignalHandlers(
  (line) => core.info(line),
  (signal) => {
    core.setOutput('verdict', 'error');
    core.error(`py-perf-guard was stopped by ${signal}`);
  },
);
await run();
