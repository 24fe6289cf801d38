// The benches' Python environments. This machine's only package source is a local mirror, and pip, told of it
// as an extra index, first tries the public index it can't reach: ~45 s of retries per `pip install`, waiting,
// not working. So pip is pointed at the mirror, as .ci/run and the tests do, and an install in a bench (the
// action's own included) takes what it takes on a runner that reaches its index. Imported by every bench that
// installs, for that alone if it makes no venv itself.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

if (!process.env.PIP_INDEX_URL && existsSync('/opt/pypi/simple')) process.env.PIP_INDEX_URL = 'file:///opt/pypi/simple';

/** A venv at `dir` made by `python`, then `pip install -q` with each argument list; its python and env. */
export function makeVenv(python, dir, ...installs) {
  execFileSync(python, ['-m', 'venv', dir]);
  const venvPython = join(dir, 'bin', 'python');
  for (const args of installs) execFileSync(venvPython, ['-m', 'pip', 'install', '-q', ...args], { stdio: 'ignore' });
  return { python: venvPython, env: { PATH: `${join(dir, 'bin')}:${process.env.PATH}`, VIRTUAL_ENV: dir } };
}
