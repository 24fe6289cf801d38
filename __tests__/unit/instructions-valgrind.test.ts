import { type ProcessResult, type RunProcess } from '../../src/io/process.js';
import { countingPytestArgs, importCountProgram } from '../../src/measure/instructions/count.js';
import { callgrindCommand, discoverValgrind, instructionsUnsupported } from '../../src/measure/instructions/valgrind.js';

type Script = Record<string, Partial<ProcessResult> | (() => Partial<ProcessResult>)>;

/** A RunProcess that answers from a script keyed by the command line, and records what ran. */
function fakeRun(script: Script): { run: RunProcess; calls: string[] } {
  const calls: string[] = [];
  const run: RunProcess = async (command, args) => {
    const line = [command, ...args].join(' ');
    calls.push(line);
    const entry = script[line];
    const r = typeof entry === 'function' ? entry() : entry;
    return { code: 127, stdout: '', stderr: `${command}: not found`, timedOut: false, ...(r ?? {}) };
  };
  return { run, calls };
}

const ok = (stdout = ''): Partial<ProcessResult> => ({ code: 0, stdout, stderr: '' });
const deps = (run: RunProcess, over: object = {}) => ({ run, env: {}, platform: 'linux' as NodeJS.Platform, isRoot: true, log: () => {}, ...over });

describe('discoverValgrind', () => {
  it('records the version and switches ASLR off with setarch', async () => {
    const { run } = fakeRun({ 'valgrind --version': ok('valgrind-3.19.0\n'), 'uname -m': ok('x86_64\n'), 'setarch x86_64 -R true': ok() });
    expect(await discoverValgrind(deps(run))).toEqual({
      setup: { version: 'valgrind-3.19.0', tool: 'callgrind', noAslr: ['setarch', 'x86_64', '-R'], notes: [] },
    });
  });

  it('goes without setarch where the container refuses it, and says so', async () => {
    const { run } = fakeRun({
      'valgrind --version': ok('valgrind-3.22.0'),
      'uname -m': ok('x86_64'),
      'setarch x86_64 -R true': { code: 1, stderr: 'setarch: failed to set personality to x86_64: Operation not permitted' },
    });
    const lines: string[] = [];
    const found = await discoverValgrind(deps(run, { log: (l: string) => lines.push(l) }));
    expect(found).toMatchObject({ setup: { noAslr: [] } });
    expect(lines.join('\n')).toMatch(/setarch x86_64 -R is refused.*Operation not permitted.*address randomization on/);
  });

  it('installs valgrind with sudo -n apt-get when missing, retrying after apt-get update, and logs it', async () => {
    let installed = false;
    let tries = 0;
    const { run, calls } = fakeRun({
      'valgrind --version': () => (installed ? ok('valgrind-3.22.0') : { code: null, stderr: 'spawn valgrind ENOENT' }),
      'apt-get --version': ok('apt 2.7.14'),
      'sudo -n apt-get install -y valgrind': () => (++tries === 1 ? { code: 100, stderr: 'E: Unable to locate package valgrind' } : ((installed = true), ok())),
      'sudo -n apt-get update': ok(),
      'uname -m': ok('x86_64'),
      'setarch x86_64 -R true': ok(),
    });
    const lines: string[] = [];
    const found = await discoverValgrind(deps(run, { isRoot: false, log: (l: string) => lines.push(l) }));
    expect(found).toMatchObject({ setup: { version: 'valgrind-3.22.0', notes: ['installed valgrind-3.22.0 with apt-get'] } });
    expect(calls).toContain('sudo -n apt-get update');
    expect(lines[0]).toBe('valgrind not found: installing it with `sudo -n apt-get install -y valgrind` for the instruction counts');
  });

  it('as root installs without sudo; a failed install is the reason rows fail as setup', async () => {
    const { run, calls } = fakeRun({ 'apt-get --version': ok('apt'), 'apt-get install -y valgrind': { code: 100, stderr: 'E: Could not open lock file' } });
    const found = await discoverValgrind(deps(run));
    expect(found).toMatchObject({
      reason: expect.stringMatching(/^valgrind is not installed and `apt-get install -y valgrind` failed: .*Could not open lock file/),
    });
    expect(calls.some((c) => c.startsWith('sudo'))).toBe(false);
  });

  it('gives a reason without apt or off Linux', async () => {
    expect(await discoverValgrind(deps(fakeRun({}).run))).toMatchObject({ reason: 'valgrind is not installed and apt-get is not available to install it' });
    const mac = fakeRun({});
    expect(await discoverValgrind(deps(mac.run, { platform: 'darwin' }))).toMatchObject({
      reason: expect.stringMatching(/only installed automatically on Linux; this runner is darwin/),
    });
    expect(mac.calls).toEqual(['valgrind --version']);
  });
});

describe('the counting command line', () => {
  it('runs python under callgrind with region dumps, behind setarch when available', () => {
    const setup = { version: 'valgrind-3.19.0', tool: 'callgrind' as const, noAslr: ['setarch', 'x86_64', '-R'], notes: [] };
    expect(callgrindCommand(setup, '/s/d', '/v/python', ['x.py'])).toEqual({
      command: 'setarch',
      args: [
        'x86_64',
        '-R',
        'valgrind',
        '-q',
        '--tool=callgrind',
        '--dump-before=os_sched_yield*',
        '--callgrind-out-file=/s/d/callgrind.out.%p',
        '/v/python',
        'x.py',
      ],
    });
    expect(callgrindCommand({ ...setup, noAslr: [] }, '/d', 'py', []).command).toBe('valgrind');
  });

  it('drops pytest-benchmark options, which pytest rejects without the plugin', () => {
    expect(countingPytestArgs(['--benchmark-max-time=0.1', '-k', 'fast', '--benchmark-warmup=on'])).toEqual(['-k', 'fast']);
  });

  it('brackets an import between markers after two empty regions', () => {
    expect(importCountProgram('json')).toBe('import os; y = os.sched_yield; y(); y(); y(); import json; y()');
  });

  it('refuses PyPy with a reason for the row', () => {
    expect(instructionsUnsupported('PyPy', true)).toMatch(/not taken on PyPy: valgrind runs a JIT very slowly/);
    expect(instructionsUnsupported('CPython', false)).toBeNull();
  });
});
