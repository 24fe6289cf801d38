// One virtual environment per interpreter × commit: create it, run the user's install command,
// and make pytest-benchmark importable when a pytest-benchmark suite needs it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { redactText } from '../text/redact.js';
import { describeFailure, lastLines, type ProcessResult, type RunProcess } from '../io/process.js';

export interface EnvironmentRequest {
  interpreterPath: string;
  venvDir: string;
  /** The Python project root inside the commit's worktree. */
  projectDir: string;
  /** Shell command, '' for none, null for the default (pip install -e . when the project is installable). */
  install: string | null;
  needsPytestBenchmark: boolean;
  /** The allow-listed environment (child-env.ts) the venv's environment is built on. */
  baseEnv: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** Logs output of the project's processes (pip's), which must not issue workflow commands. */
  logOutput: (text: string) => void;
}

export interface PreparedEnvironment {
  python: string;
  env: NodeJS.ProcessEnv;
  /** Set when pytest-benchmark is needed but could not be installed: only pytest-benchmark suites fail. */
  pytestBenchmarkError?: string;
}

export class SetupError extends Error {}

const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;

export function venvEnvironment(venvDir: string, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, VIRTUAL_ENV: venvDir, PATH: `${join(venvDir, 'bin')}:${base.PATH ?? ''}`, PIP_DISABLE_PIP_VERSION_CHECK: '1' };
  delete env.PYTHONHOME;
  return env;
}

/** Never quotes the command: it may carry an index URL's password (`--index-url https://__token__:…@`). */
export function installFailure(r: ProcessResult, timeoutMs: number): string {
  if (r.timedOut) return `install timed out after ${Math.round(timeoutMs / 1000)}s`;
  const tail = lastLines(r.stderr) || lastLines(r.stdout);
  return `install failed (${r.code === null ? 'no exit code' : `exit ${r.code}`})${tail ? `: ${tail}` : ''}`;
}

export function defaultInstallCommand(projectDir: string): string {
  return existsSync(join(projectDir, 'pyproject.toml')) || existsSync(join(projectDir, 'setup.py')) ? 'python -m pip install -e .' : '';
}

async function ensurePytestBenchmark(run: RunProcess, python: string, env: NodeJS.ProcessEnv, cwd: string, log: (l: string) => void): Promise<string | undefined> {
  const check = () => run(python, ['-c', 'import pytest, pytest_benchmark'], { env, cwd, timeoutMs: 60000 });
  if ((await check()).code === 0) return undefined;
  // Two steps: recent pytest-benchmark releases depend on a renamed py-cpuinfo that some package mirrors
  // lack; the original py-cpuinfo provides the same `cpuinfo` module.
  log('installing pytest and pytest-benchmark');
  const steps = [
    ['-m', 'pip', 'install', 'pytest', 'py-cpuinfo'],
    ['-m', 'pip', 'install', '--no-deps', 'pytest-benchmark'],
  ];
  for (const args of steps) {
    const r = await run(python, args, { env, cwd, timeoutMs: INSTALL_TIMEOUT_MS });
    if (r.code !== 0) return `pytest-benchmark could not be installed: ${describeFailure(r, `pip ${args.slice(2).join(' ')}`)}`;
  }
  const after = await check();
  return after.code === 0 ? undefined : `pytest-benchmark is installed but does not import: ${describeFailure(after, 'import pytest_benchmark')}`;
}

export async function prepareEnvironment(run: RunProcess, req: EnvironmentRequest): Promise<PreparedEnvironment> {
  const created = await run(req.interpreterPath, ['-m', 'venv', req.venvDir], { env: req.baseEnv, timeoutMs: 5 * 60 * 1000 });
  if (created.code !== 0) {
    const hint = /ensurepip|venv/.test(created.stderr + created.stdout) ? ' (on Debian/Ubuntu install the python3-venv or pypy3-venv package)' : '';
    throw new SetupError(`${describeFailure(created, `${req.interpreterPath} -m venv`)}${hint}`);
  }
  const python = join(req.venvDir, 'bin', 'python');
  const env = venvEnvironment(req.venvDir, req.baseEnv);
  const install = req.install ?? defaultInstallCommand(req.projectDir);
  if (install) {
    req.log(`$ ${redactText(install).text}`);
    const r = await run('bash', ['-c', install], { cwd: req.projectDir, env, timeoutMs: INSTALL_TIMEOUT_MS });
    if (r.stdout.trim()) req.logOutput(r.stdout.trimEnd());
    if (r.code !== 0) throw new SetupError(installFailure(r, INSTALL_TIMEOUT_MS));
  }
  const pytestBenchmarkError = req.needsPytestBenchmark ? await ensurePytestBenchmark(run, python, env, req.projectDir, req.log) : undefined;
  return { python, env, pytestBenchmarkError };
}
