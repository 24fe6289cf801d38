// pytest-benchmark: rounds through --benchmark-json; memory through the outcomes plugin's tracemalloc mode;
// profiles through pytest-benchmark's own --benchmark-cprofile-dump.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { shardEnvironment } from '../../config/shard.js';
import { describeFailure } from '../../io/process.js';
import { pairedWorkerSide, suiteFileIn, type SuiteDriver } from '../driver.js';
import { PYTEST_PLUGIN_MODULE, PYTEST_PLUGIN_SOURCE, PYTEST_SHARD_FILE, PYTEST_SHARD_SOURCE } from './outcomes-plugin.js';
import { benchmarkName, pytestEnvironment, pytestPrefix, runPytestBenchmarkRound, suiteDirectory } from './pytest-benchmark.js';

export const pytestBenchmarkDriver: SuiteDriver = {
  kind: 'pytest-benchmark',
  needsPytestBenchmark: true,
  harness: { [`${PYTEST_PLUGIN_MODULE}.py`]: PYTEST_PLUGIN_SOURCE, [PYTEST_SHARD_FILE]: PYTEST_SHARD_SOURCE },
  prepare: (suite, projectDir) => (suiteFileIn(suite, projectDir) ? { state: undefined } : { missing: true }),
  runRound: (ctx) => runPytestBenchmarkRound(ctx),
  // Node ids are known only after collection: the plugins deselect the other shards' (py_perf_guard_shard.py).
  shard: (suite, state, _keep, { projectDir, shard }) => ({ suite, state, env: shardEnvironment(shard, suiteDirectory(projectDir, suite.path)) }),
  // The paired worker is pytest with our plugin standing in for pytest-benchmark (measure/paired/launch.ts).
  pairedWorker: (ctx) => pairedWorkerSide(ctx),
  async memory(ctx) {
    const out = new Map<string, number>();
    const outcomes = join(ctx.scratchDir, 'memory-outcomes.json');
    rmSync(outcomes, { force: true });
    const env = pytestEnvironment(ctx, { PY_PERF_GUARD_MEMORY: '1', PY_PERF_GUARD_OUTCOMES: outcomes });
    await ctx.run(ctx.python, [...pytestPrefix(ctx.suite.path), ...ctx.suite.args, '--benchmark-disable'], {
      cwd: ctx.projectDir,
      env,
      timeoutMs: ctx.timeoutMs,
    });
    try {
      const o = JSON.parse(readFileSync(outcomes, 'utf8'));
      const suiteDir = suiteDirectory(ctx.projectDir, ctx.suite.path);
      for (const [node, bytes] of Object.entries(o.memory ?? {})) out.set(benchmarkName(node, o.rootdir, suiteDir), bytes as number);
    } catch {
      // no outcomes: the suite crashed; its timing rows already say why
    }
    return out;
  },
  async profile(ctx, _state, name, iterations, dir) {
    const node = relative(ctx.projectDir, join(suiteDirectory(ctx.projectDir, ctx.suite.path), name.split('::')[0])) + name.slice(name.indexOf('::'));
    const args = [
      ...pytestPrefix(node),
      '--benchmark-only',
      ...ctx.suite.args,
      '--benchmark-max-time=0.01',
      '--benchmark-min-rounds=1',
      '--benchmark-cprofile=tottime',
      `--benchmark-cprofile-loops=${iterations}`,
      `--benchmark-cprofile-dump=${join(dir, 'p')}`,
    ];
    const r = await ctx.run(ctx.python, args, { cwd: ctx.projectDir, env: pytestEnvironment(ctx), timeoutMs: ctx.timeoutMs });
    const prof = readdirSync(dir).find((f) => f.endsWith('.prof'));
    if (!prof) throw new Error(describeFailure(r, `profiling ${node}`));
    return join(dir, prof);
  },
};
