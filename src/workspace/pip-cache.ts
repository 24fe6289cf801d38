// `cache: pip`: before the venvs are built, restore pip's cache into one folder that every install uses
// (PIP_CACHE_DIR in the project's processes' environment); the post step saves it. Any failure is a warning:
// the installs then simply download again.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ShellDeps } from '../io/seam.js';
import { isFound, type Interpreter } from '../model/interpreter.js';
import { type Settings } from '../model/settings.js';
import { DEPENDENCY_FILE, pipCacheKey } from './pip-cache-key.js';

function dependencyFiles(projectDirs: Record<string, string>): { name: string; text: string }[] {
  return Object.entries(projectDirs).flatMap(([side, dir]) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => DEPENDENCY_FILE.test(f))
          .map((f) => ({ name: `${side}/${f}`, text: readFileSync(join(dir, f), 'utf8') }))
      : [],
  );
}

/** Whether the cache is used: `pip` asks for it; `auto` uses it where the runner has the cache service. */
function wanted(deps: ShellDeps, settings: Settings): boolean {
  if (settings.cache === 'off' || !deps.cache || !deps.env.RUNNER_TEMP) return false;
  if (deps.cache.available()) return true;
  if (settings.cache === 'pip')
    deps.io.warning("input 'cache' is pip, but this runner has no cache service (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL); installing without it");
  return false;
}

export async function restorePipCache(deps: ShellDeps, settings: Settings, interpreters: Interpreter[], projectDirs: Record<string, string>): Promise<void> {
  if (!wanted(deps, settings)) return;
  try {
    const dir = deps.env.PIP_CACHE_DIR || join(deps.env.RUNNER_TEMP!, 'py-perf-guard-pip-cache');
    const { key, restoreKeys } = pipCacheKey({
      os: deps.env.RUNNER_OS ?? process.platform,
      arch: deps.env.RUNNER_ARCH ?? process.arch,
      interpreters: interpreters.filter(isFound).map((i) => `${i.implementation}-${i.version}`),
      files: dependencyFiles(projectDirs),
      install: settings.install ?? '(default)',
    });
    const restoredKey = await deps.io.group('Restore pip cache', () => deps.cache!.restore(dir, key, restoreKeys));
    deps.io.info(restoredKey ? `pip cache: restored ${restoredKey}${restoredKey === key ? '' : ` (for ${key})`}` : `pip cache: no cache for ${key} yet`);
    // The installs start from childEnv, which every later process reads (confineDeps made it for this run).
    if (deps.childEnv) deps.childEnv.PIP_CACHE_DIR = dir;
    deps.cache!.remember({ dir, key, ...(restoredKey ? { restoredKey } : {}) });
  } catch (e) {
    deps.io.warning(`pip cache: restoring failed, installing without it: ${(e as Error).message ?? String(e)}`);
  }
}
