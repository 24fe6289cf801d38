// Saying why, after the verdicts: what a driver reads from a regression's breakdown (import-time: the imports
// that grew), peak memory per call (memory: true), and cProfile diffs of regressions (profile).
import { basename, dirname, join } from 'node:path';
import { type ShellDeps } from '../io/seam.js';
import { logUntrusted } from '../io/untrusted-log.js';
import { judgeMemory } from '../judge/memory.js';
import { type Comparison } from '../model/comparison.js';
import { type Row } from '../model/row.js';
import { type Settings } from '../model/settings.js';
import { driverFor } from '../suites/registry.js';
import { type Workspace } from '../workspace/worktrees.js';
import { measureMemory } from './memory.js';
import { profileRows } from './profiles.js';
import { type MeasureUnit } from './rounds.js';

export async function explainRows(deps: ShellDeps, settings: Settings, judged: Row[], comparisons: Comparison[], units: MeasureUnit[], ws: Workspace, reportPath: string): Promise<Row[]> {
  const { io } = deps;
  const rows = judged.map((row, i) => {
    const parts = comparisons[i].breakdown;
    const explain = driverFor(settings.suites.find((s) => s.path === row.suite)!.kind).explainRegression;
    return row.verdict === 'regression' && parts && explain ? { ...row, ...explain(row, parts) } : row;
  });
  if (settings.memory) {
    const peaks = await io.group('Peak memory per call (tracemalloc)', () => measureMemory(units, (l) => io.info(l)));
    for (const row of rows) {
      const unit = units.find((u) => u.interpreter === row.interpreter && u.suite.path === row.suite);
      const p = unit && peaks.get(unit);
      const memory = p && judgeMemory(p.base.get(row.name) ?? [], p.head.get(row.name) ?? [], settings.memoryThreshold);
      if (memory) row.memory = memory;
    }
  }
  return io.group('Profiles', () =>
    profileRows(rows, units, {
      mode: settings.profile,
      roots: { base: ws.worktrees[0], head: ws.worktrees[1] },
      outDir: join(dirname(reportPath), `${basename(reportPath, '.json')}-profiles`),
      log: (l) => logUntrusted(io, l), // the lines name the PR's benchmarks
    }),
  );
}
