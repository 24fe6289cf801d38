// An interpreter as the run knows it: found (it ran and told its version) or missing (why not).

export interface FoundInterpreter {
  /** Label shown to users: the spec as written, or for auto the resolved `3.12` / `pypy3.9`. */
  label: string;
  version: string;
  implementation: string;
  path: string;
  error?: undefined;
}

export interface MissingInterpreter {
  label: string;
  error: string;
  version?: undefined;
  implementation?: undefined;
  path?: undefined;
}

export type Interpreter = FoundInterpreter | MissingInterpreter;

export function isFound(i: Interpreter): i is FoundInterpreter {
  return i.error === undefined && Boolean(i.path && i.version);
}
