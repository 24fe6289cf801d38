// Suites that pytest refuses, run on real CPython with real pytest and pytest-benchmark: the error a failed
// row gets names the cause (not pytest's usage line) and the known fix (fixtures/failure-causes/).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../../src/io/process.js';
import { PYTEST_PLUGIN_MODULE, PYTEST_PLUGIN_SOURCE } from '../../src/suites/pytest-benchmark/outcomes-plugin.js';
import { runPytestBenchmarkRound } from '../../src/suites/pytest-benchmark/pytest-benchmark.js';
import { failureCause } from '../../src/text/failure-cause.js';
import { REPO_ROOT, removeDir, tempDir } from '../helpers/git-repo.js';
import { pythonPath } from '../helpers/python.js';

const FIXTURES = join(REPO_ROOT, 'fixtures', 'failure-causes');
let root: string;
let python: string;
let harnessDir: string;

beforeAll(() => {
  root = tempDir();
  const venv = join(root, 'venv');
  execFileSync(pythonPath('3.12'), ['-m', 'venv', venv]);
  python = join(venv, 'bin', 'python');
  const pip = (...args: string[]) => execFileSync(python, ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', ...args], { stdio: 'ignore' });
  pip('pytest', 'py-cpuinfo');
  pip('--no-deps', 'pytest-benchmark');
  harnessDir = join(root, 'harness');
  mkdirSync(harnessDir);
  writeFileSync(join(harnessDir, `${PYTEST_PLUGIN_MODULE}.py`), PYTEST_PLUGIN_SOURCE);
}, 240_000);
afterAll(() => removeDir(root));

/** One round of the fixture project as the run takes it: its suite error is what every row of the suite reports. */
async function round(fixture: string) {
  const projectDir = join(root, fixture);
  cpSync(join(FIXTURES, fixture), projectDir, { recursive: true });
  const scratchDir = join(root, `${fixture}-scratch`);
  mkdirSync(scratchDir);
  const env = { PATH: `${join(root, 'venv', 'bin')}:${process.env.PATH}`, HOME: process.env.HOME };
  const ctx = { run: runProcess, python, env, projectDir, harnessDir, scratchDir, statistic: 'min' as const, timeoutMs: 60_000, jit: false };
  return runPytestBenchmarkRound({ ...ctx, suite: { kind: 'pytest-benchmark', path: '.', args: [] } });
}

/** Real pytest output of the fixture, as a user would see it in a terminal. */
function pytestOutput(fixture: string): string {
  try {
    execFileSync(python, ['-m', 'pytest', '.', '-q', '--benchmark-only'], { cwd: join(root, fixture), encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    const { stdout, stderr } = e as { stdout: string; stderr: string };
    return `${stdout}\n${stderr}`;
  }
}

describe('the cause of a suite pytest refuses', () => {
  it('pytest.ini adds --numprocesses=auto without pytest-xdist: the argparse error line and the fix, not the usage line', async () => {
    const r = await round('xdist-addopts');
    expect(r.suiteError).toMatch(/^pytest \. exited with code 4: error: unrecognized arguments: --numprocesses=auto \(fix: /);
    expect(r.suiteError).not.toContain('usage:');
    expect(r.suiteError).toContain('add pytest-xdist to `install` and `-n0`');
    expect(r.suiteError).toContain('`-o addopts=`');
    const cause = failureCause(pytestOutput('xdist-addopts'));
    expect(cause.lines).toEqual(['error: unrecognized arguments: --numprocesses=auto']);
  }, 120_000);

  it('conftest.py imports a module that is not installed: the E line, and "add it to install"', async () => {
    const r = await round('conftest-import');
    expect(r.suiteError).toContain("ModuleNotFoundError: No module named 'yaml_not_installed'");
    expect(r.suiteError).toContain("the module `yaml_not_installed` is not installed in the benchmark's venv: add the package that provides it to `install`");
    expect(failureCause(pytestOutput('conftest-import')).lines).toEqual(["ModuleNotFoundError: No module named 'yaml_not_installed'"]);
  }, 120_000);

  it("`-p xdist` without the plugin: the traceback's last line, not its frames", async () => {
    const r = await round('plugin-import');
    expect(r.suiteError).toContain('ImportError: Error importing plugin "xdist": No module named \'xdist\'');
    expect(r.suiteError).not.toContain('File "');
    expect(r.suiteError).toContain('the pytest plugin `xdist` is not installed');
  }, 120_000);
});
