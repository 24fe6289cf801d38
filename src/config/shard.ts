// The `shard: i/n` input: this job measures the benchmarks whose name hashes to shard i of n, so the jobs of a
// matrix split a big suite between them and `mode: merge` puts the parts back together (judge/merge-reports.ts).
// The split is a hash of the benchmark's own name (pytest: its node id relative to the suite; timeit: its TOML
// name; import-time: `import mod`), so adding or renaming a benchmark moves no other between shards. The pytest
// plugins compute the same hash in Python (suites/pytest-benchmark/py_perf_guard_shard.py): keep them in step.
import { createHash } from 'node:crypto';
import { ConfigError } from '../model/errors.js';
import { type Shard } from '../model/settings.js';

const SOURCE = "input 'shard'";
const EXPECTED = 'i/n with whole numbers 1 ≤ i ≤ n, such as 1/4 (this job measures the i-th of n shares of the benchmarks), or empty for all';

/** `''` → no sharding; `2/4` → { index: 2, count: 4 }. */
export function parseShard(text: string): Shard | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(t);
  if (!m) throw new ConfigError(SOURCE, text, EXPECTED);
  const [index, count] = [Number(m[1]), Number(m[2])];
  if (index < 1 || count < 1 || index > count || count > 1000) throw new ConfigError(SOURCE, text, EXPECTED.replace('such as', 'n at most 1000, such as'));
  return { index, count };
}

/** The settings field: `{ shard }` when one is given, else nothing (Settings.shard stays absent). */
export function shardSetting(text: string): { shard?: Shard } {
  const shard = parseShard(text);
  return shard ? { shard } : {};
}

/** The shard (1 … n) a benchmark belongs to: the first 32 bits of SHA-256 of its UTF-8 name, modulo n, plus 1. */
export function shardOf(name: string, count: number): number {
  const h = createHash('sha256').update(name, 'utf8').digest();
  return (h.readUInt32BE(0) % count) + 1;
}

/** Whether this job measures `name` (everything, without a shard). */
export function inShard(name: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(name, shard.count) === shard.index;
}

/** The environment the pytest plugins read the shard from (they hash node ids relative to `suiteDir`). */
export function shardEnvironment(shard: Shard | undefined, suiteDir: string): Record<string, string> {
  return shard ? { PY_PERF_GUARD_SHARD: `${shard.index}/${shard.count}`, PY_PERF_GUARD_SHARD_SUITE_DIR: suiteDir } : {};
}
