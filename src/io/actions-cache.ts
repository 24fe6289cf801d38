// pip's cache through the runner's cache service (@actions/cache): restored in the main step, saved in the
// post step (post.ts), which learns the folder and key from the state the main step saved.
import { existsSync, readdirSync } from 'node:fs';
import * as cache from '@actions/cache';
import * as core from '@actions/core';

/** What the main step tells the post step. */
export interface PipCacheState {
  dir: string;
  key: string;
  /** The key restored, when one was: an exact hit needs no save. */
  restoredKey?: string;
}

/** The cache service as the run sees it (the tests pass their own, the CLI none). */
export interface CacheService {
  /** The runner offers the cache service (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL). */
  available(): boolean;
  /** Restores `dir`; returns the key that matched, or undefined on a miss. */
  restore(dir: string, key: string, restoreKeys: string[]): Promise<string | undefined>;
  /** Hands the post step what to save. */
  remember(state: PipCacheState): void;
}

const STATE = 'pip-cache';

export const actionsCache: CacheService = {
  available: () => cache.isFeatureAvailable(),
  restore: (dir, key, restoreKeys) => cache.restoreCache([dir], key, restoreKeys),
  remember: (state) => core.saveState(STATE, JSON.stringify(state)),
};

/** The post step: saves the folder under its key unless that exact key was restored; a failure is a warning. */
export async function savePipCache(log: (line: string) => void, warn: (line: string) => void): Promise<void> {
  const raw = core.getState(STATE);
  if (!raw) return;
  try {
    const state = JSON.parse(raw) as PipCacheState;
    if (state.restoredKey === state.key) return log(`pip cache: ${state.key} was restored as is; not saved again`);
    if (!existsSync(state.dir) || readdirSync(state.dir).length === 0) return log(`pip cache: ${state.dir} is empty; nothing to save`);
    const id = await cache.saveCache([state.dir], state.key);
    log(id === -1 ? `pip cache: not saved (${state.key}; see the lines above)` : `pip cache: saved ${state.dir} as ${state.key}`);
  } catch (e) {
    warn(`pip cache: saving failed: ${(e as Error).message ?? String(e)}`);
  }
}
