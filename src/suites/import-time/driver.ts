// import-time: no suite file (the modules come from the `import-time` input), no memory or profile pass.
import { type SuiteDriver } from '../driver.js';
import { importBenchmarkName, importGrowth, runImportTimeRound } from './import-time.js';

export const importTimeDriver: SuiteDriver = {
  kind: 'import-time',
  needsPytestBenchmark: false,
  harness: {},
  prepare: () => ({}),
  runRound: (ctx) => runImportTimeRound(ctx),
  // The modules are the suite's arguments: the shard keeps those whose benchmark (`import mod`) is in it.
  shard(suite, state, keep) {
    const args = suite.args.filter((m) => keep(importBenchmarkName(m)));
    return { suite: { ...suite, args }, state, empty: args.length === 0 };
  },
  explainRegression: (row, breakdown) => ({ imports: importGrowth(breakdown.base, breakdown.head, row.name.replace(/^import /, '')) }),
};
