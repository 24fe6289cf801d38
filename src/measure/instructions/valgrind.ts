// Finding valgrind for the instruction pass, installing it from apt on Linux runners that lack it, and
// checking whether address randomization can be switched off (setarch -R: refused in some containers).
// All through the RunProcess seam, so tests drive it with a scripted fake instead of running apt.
import { describeFailure, type RunProcess } from '../../io/process.js';

export const VALGRIND_TOOL = 'callgrind';

export interface ValgrindSetup {
  /** `valgrind-3.19.0`: counts are comparable only within one version (and image); the report records it. */
  version: string;
  tool: typeof VALGRIND_TOOL;
  /** Command prefix that runs its argument with ASLR off (`setarch x86_64 -R`), or empty where refused. */
  noAslr: string[];
  /** What happened on the way (an install, setarch refused), for the log and the settings. */
  notes: string[];
}

/** Either a usable valgrind, or why not: the reason each row's instruction part fails with (as `setup`). */
export type ValgrindDiscovery = { setup: ValgrindSetup } | { reason: string; notes: string[] };

export interface DiscoveryDeps {
  run: RunProcess;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Root needs no sudo for apt-get. */
  isRoot: boolean;
  log: (line: string) => void;
}

async function version(deps: DiscoveryDeps): Promise<string | null> {
  const r = await deps.run('valgrind', ['--version'], { env: deps.env, timeoutMs: 30_000 });
  const m = r.code === 0 ? /valgrind-\S+/.exec(r.stdout.trim()) : null;
  return m ? m[0] : null;
}

/** apt-get install -y valgrind (sudo -n unless root); refreshes the package lists once if the first try fails. */
async function installWithApt(deps: DiscoveryDeps): Promise<string | null> {
  const apt = await deps.run('apt-get', ['--version'], { env: deps.env, timeoutMs: 30_000 });
  if (apt.code !== 0) return 'valgrind is not installed and apt-get is not available to install it';
  const [command, prefix] = deps.isRoot ? ['apt-get', []] : ['sudo', ['-n', 'apt-get']];
  const env = { ...deps.env, DEBIAN_FRONTEND: 'noninteractive' };
  const shown = `${deps.isRoot ? '' : 'sudo -n '}apt-get install -y valgrind`;
  deps.log(`valgrind not found: installing it with \`${shown}\` for the instruction counts`);
  const install = () => deps.run(command, [...prefix, 'install', '-y', 'valgrind'], { env, timeoutMs: 10 * 60_000 });
  let r = await install();
  if (r.code !== 0) {
    await deps.run(command, [...prefix, 'update'], { env, timeoutMs: 10 * 60_000 });
    r = await install();
  }
  return r.code === 0 ? null : `valgrind is not installed and \`${shown}\` failed: ${describeFailure(r, 'apt-get')}`;
}

/** `setarch <machine> -R` when it works here (it needs the personality syscall, which some sandboxes refuse). */
async function noAslrPrefix(deps: DiscoveryDeps, notes: string[]): Promise<string[]> {
  const uname = await deps.run('uname', ['-m'], { env: deps.env, timeoutMs: 30_000 });
  const machine = uname.stdout.trim();
  if (uname.code === 0 && machine) {
    const r = await deps.run('setarch', [machine, '-R', 'true'], { env: deps.env, timeoutMs: 30_000 });
    if (r.code === 0) return ['setarch', machine, '-R'];
    notes.push(`setarch ${machine} -R is refused here (${describeFailure(r, 'setarch')}): counting with address randomization on`);
  } else {
    notes.push('setarch is not available: counting with address randomization on');
  }
  return [];
}

/**
 * Finds valgrind (`valgrind --version`), installs it on Linux with apt when missing, and checks setarch -R.
 * Returns the setup to count with, or the reason there is none (timing still runs; each row's instruction
 * part fails as `setup` with that reason).
 */
export async function discoverValgrind(deps: DiscoveryDeps): Promise<ValgrindDiscovery> {
  const notes: string[] = [];
  let found = await version(deps);
  if (!found) {
    if (deps.platform !== 'linux')
      return { reason: `valgrind is not installed (and is only installed automatically on Linux; this runner is ${deps.platform})`, notes };
    const failed = await installWithApt(deps);
    if (failed) return { reason: failed, notes };
    found = await version(deps);
    if (!found) return { reason: 'valgrind was installed with apt-get but `valgrind --version` still fails', notes };
    notes.push(`installed ${found} with apt-get`);
  }
  const noAslr = await noAslrPrefix(deps, notes);
  for (const n of notes) deps.log(n);
  return { setup: { version: found, tool: VALGRIND_TOOL, noAslr, notes } };
}

/** Why an interpreter can't be counted, or null. PyPy: valgrind with a JIT is very slow and its counts follow the JIT, not the code. */
export function instructionsUnsupported(implementation: string, jit: boolean): string | null {
  if (jit || /pypy/i.test(implementation)) {
    return `instruction counts are not taken on ${implementation || 'a JIT interpreter'}: valgrind runs a JIT very slowly and its counts depend on when the JIT compiles, so they are not comparable between runs; timing still runs`;
  }
  return null;
}

/** The argv that runs `python args…` under callgrind with region dumps into `outDir`, ASLR off where possible. */
export function callgrindCommand(setup: ValgrindSetup, outDir: string, python: string, args: readonly string[]): { command: string; args: string[] } {
  const valgrind = [
    'valgrind',
    '-q',
    `--tool=${VALGRIND_TOOL}`,
    '--dump-before=os_sched_yield*',
    `--callgrind-out-file=${outDir}/callgrind.out.%p`,
    python,
    ...args,
  ];
  const argv = [...setup.noAslr, ...valgrind];
  return { command: argv[0], args: argv.slice(1) };
}
