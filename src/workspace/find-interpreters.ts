// Phase: every listed interpreter spec → a found or missing interpreter; at least one must be usable.
import { parseInterpreterSpec } from '../config/interpreter-spec.js';
import { type ShellDeps } from '../io/seam.js';
import { ConfigError, EnvironmentError } from '../model/errors.js';
import { isFound, type Interpreter } from '../model/interpreter.js';
import { type Settings } from '../model/settings.js';
import { resolveAuto, resolveSpec, searchPlacesFromEnv } from './interpreters.js';

export async function findInterpreters(deps: ShellDeps, settings: Settings, headProjectDir: string): Promise<Interpreter[]> {
  const places = searchPlacesFromEnv(deps.env);
  const found: Interpreter[] = [];
  for (const label of settings.interpreters) {
    const spec = parseInterpreterSpec(label);
    if (!spec) throw new ConfigError("input 'interpreters'", label, "a version such as 3.12, pypy3 or pypy3.10, an absolute path, or auto");
    const info = spec.kind === 'auto' ? await resolveAuto(deps.run, headProjectDir, places) : await resolveSpec(deps.run, label, spec, places);
    if (isFound(info) && found.some((f) => f.path === info.path)) continue; // `auto` may name one listed too
    found.push(info);
    deps.io.info(isFound(info) ? `${info.label}: ${info.implementation} ${info.version} at ${info.path}` : `${info.label}: ${info.error}`);
  }
  if (!found.some(isFound)) throw new EnvironmentError(`no interpreter usable: ${found.map((f) => f.error).join('; ')}`);
  return found;
}
