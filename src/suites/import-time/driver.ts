// import-time: no suite file (the modules come from the `import-time` input), no memory or profile pass.
import { type SuiteDriver } from '../driver.js';
import { importGrowth, runImportTimeRound } from './import-time.js';

export const importTimeDriver: SuiteDriver = {
  kind: 'import-time',
  needsPytestBenchmark: false,
  harness: {},
  prepare: () => ({}),
  runRound: (ctx) => runImportTimeRound(ctx),
  explainRegression: (row, breakdown) => ({ imports: importGrowth(breakdown.base, breakdown.head, row.name.replace(/^import /, '')) }),
};
