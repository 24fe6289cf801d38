// How a paired worker is started for each suite kind, in its side's venv and worktree.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SuiteSpec } from '../../model/settings.js';
import { benchmarkName, suiteDirectory } from '../../suites/pytest-benchmark/pytest-benchmark.js';
import { type TimeitSuite } from '../../suites/timeit/timeit.js';
import { type WorkerLaunch } from './pair.js';
import { PYTHON_SOURCES } from './python-sources.generated.js';

/** One side of a unit, as the measure phase has it (the fields of SuiteRunContext it needs, plus the parsed timeit suite). */
export interface PairedSideSetup {
  python: string;
  env: NodeJS.ProcessEnv;
  projectDir: string;
  /** Folder the worker files are written to (shared by every unit: the files are the same). */
  harnessDir: string;
  /** Private folder of this suite × commit × interpreter (the timeit spec goes here). */
  scratchDir: string;
  timeit?: TimeitSuite;
}

export const PAIRED_PYTEST_PLUGIN = 'py_perf_guard_paired_pytest';
const TIMEIT_WORKER = 'py_perf_guard_paired_timeit.py';

export function writePairedWorkers(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [file, source] of Object.entries(PYTHON_SOURCES)) writeFileSync(join(dir, file), source);
}

/** pytest with our plugin standing in for pytest-benchmark (which asserts its own fixture type, so it must be off). */
export function pairedPytestArguments(suite: SuiteSpec): string[] {
  return ['-m', 'pytest', suite.path, '-p', 'no:benchmark', '-p', PAIRED_PYTEST_PLUGIN, '-p', 'no:cacheprovider', '-q', '--continue-on-collection-errors', ...suite.args];
}

export function workerLaunch(suite: SuiteSpec, side: PairedSideSetup): WorkerLaunch {
  writePairedWorkers(side.harnessDir);
  if (suite.kind === 'timeit') {
    if (!side.timeit) throw new Error(`paired timeit worker for ${suite.path} needs the parsed suite`);
    mkdirSync(side.scratchDir, { recursive: true });
    const spec = join(side.scratchDir, 'paired-timeit-spec.json');
    writeFileSync(spec, JSON.stringify(side.timeit));
    return { command: side.python, args: [join(side.harnessDir, TIMEIT_WORKER), spec], cwd: side.projectDir, env: side.env };
  }
  if (suite.kind !== 'pytest-benchmark') throw new Error(`${suite.kind} suites are measured in fresh processes, not by paired workers`);
  const env = { ...side.env, PYTHONPATH: [side.harnessDir, side.env.PYTHONPATH].filter(Boolean).join(':'), PYTHONDONTWRITEBYTECODE: '1' };
  const suiteDir = suiteDirectory(side.projectDir, suite.path);
  return {
    command: side.python,
    args: pairedPytestArguments(suite),
    cwd: side.projectDir,
    env,
    names: (hello) => (nodeId) => benchmarkName(nodeId, hello.rootdir ?? side.projectDir, suiteDir),
  };
}
