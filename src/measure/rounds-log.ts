// PY_PERF_GUARD_ROUNDS_LOG=<file>: append every suite round's raw inner statistics as JSON lines, for
// studying a runner's noise (bench/ uses it to replay other rules on the very same samples).
import { appendFileSync } from 'node:fs';
import { type Side } from '../model/side.js';

export function roundsLogger(env: NodeJS.ProcessEnv) {
  const path = env.PY_PERF_GUARD_ROUNDS_LOG;
  if (!path) return undefined;
  return (e: { round: number; interpreter: string; suite: string; side: Side; result: { stats: Map<string, unknown>; suiteError?: string } }) =>
    appendFileSync(path, JSON.stringify({ round: e.round, interpreter: e.interpreter, suite: e.suite, side: e.side, stats: Object.fromEntries(e.result.stats), error: e.result.suiteError }) + '\n');
}
