// What must be undone when the run is cut short: the live child process groups and the cleanup actions
// (worktrees, the temp folder). The entries install the signal handlers; SIGINT/SIGTERM (a cancelled job,
// Ctrl-C) kills every group, runs the cleanup synchronously (so no further step of the run can start
// meanwhile) and exits 130/143.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const liveGroups = new Set<number>();
const cleanups = new Map<string, () => void>();
let stopping = false;

/** A child spawned detached: its pid is its process group. */
export function trackGroup(pid: number): () => void {
  liveGroups.add(pid);
  return () => liveGroups.delete(pid);
}

/** Once a signal arrived, no new process may start: the run is being torn down. */
export function isStopping(): boolean {
  return stopping;
}

/** Registers a synchronous cleanup under a key (a folder, say); releaseCleanup(key) drops it once done normally. */
export function addCleanup(key: string, action: () => void): void {
  cleanups.set(key, action);
}

export function releaseCleanup(key: string): void {
  cleanups.delete(key);
}

export function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the group is gone already
  }
}

function groupAlive(pid: number): boolean {
  return signalGroup(pid, 0 as unknown as NodeJS.Signals);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** SIGTERM to every live group, SIGKILL to those still there after the grace. Synchronous. */
export function killLiveGroups(graceMs = 1000): void {
  const groups = [...liveGroups];
  for (const pid of groups) signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groups.some(groupAlive) && Date.now() < deadline) sleepSync(25);
  for (const pid of groups) signalGroup(pid, 'SIGKILL');
  liveGroups.clear();
}

/** Runs every cleanup action, newest first; one failing does not stop the others. */
export function runCleanups(log: (line: string) => void): void {
  for (const [key, action] of [...cleanups].reverse()) {
    try {
      action();
    } catch (e) {
      log(`cleanup of ${key} failed: ${(e as Error).message}`);
    }
    cleanups.delete(key);
  }
}

/** Removes a run's temp folder, then lets git forget the worktrees that were inside it. */
export function removeWorkspaceSync(repoDir: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  spawnSync('git', ['worktree', 'prune'], { cwd: repoDir, stdio: 'ignore', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
}

export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** For the entries: on SIGINT/SIGTERM, say so, kill, clean up and exit 128 + the signal's number. */
export function installSignalHandlers(log: (line: string) => void, beforeExit?: (signal: keyof typeof SIGNAL_EXIT_CODES) => void): void {
  for (const signal of Object.keys(SIGNAL_EXIT_CODES) as (keyof typeof SIGNAL_EXIT_CODES)[]) {
    process.once(signal, () => {
      stopping = true;
      log(`py-perf-guard: ${signal} received, stopping the benchmarks and removing the worktrees`);
      killLiveGroups();
      runCleanups(log);
      try {
        beforeExit?.(signal);
      } finally {
        process.exit(SIGNAL_EXIT_CODES[signal]);
      }
    });
  }
}
