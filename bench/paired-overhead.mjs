// The paired coordinator's own JS cost: real timeit workers (CPython) on B benchmarks whose bursts take next to no
// time, so what the Node process spends is the coordinator's (spawns, pipes, JSON, alignment) plus the judging
// after every pair; reported as JS CPU seconds per 1,000 benchmark × interpreter verdicts (issue 11: < 1 s).
// Three protocols side by side in one run, each at each suite size: a request per burst (before 2026-12-01),
// the workers passing the turn (one `duels` request per benchmark and side), and that plus pairs sent ahead
// (the default).
// --kinds timeit,single-shot: the suites measured; single-shot is a pytest suite of single-shot pedantic benchmarks
// (every burst a run of its test; until 2026-12-01 a request per burst in every protocol), in a venv with pytest.
// Usage: npm run bench:build && node bench/paired-overhead.mjs [--benchmarks 100,1000] [--pairs 6] [--duels 16]
//        [--kinds timeit,single-shot] [--lib lib] [--python PATH] [--out bench/results/paired-overhead.json]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeVenv } from './venv.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const arg = (name, dflt) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : dflt);
// --lib: another build's `tsc --outDir` folder (an earlier commit's, to measure it beside this one).
const lib = resolve(arg('lib', join(here, '..', 'lib')));
const { startLinkedPair, startProcess } = await import(join(lib, 'src/io/worker-process.js'));
const { judgePaired } = await import(join(lib, 'src/judge/paired/judge-paired.js'));
const { PairedSession } = await import(join(lib, 'src/measure/paired/coordinator.js'));
const sizes = arg('benchmarks', '100,1000').split(',').map(Number);
const pairs = Number(arg('pairs', '6'));
const duels = Number(arg('duels', '16'));
const python = arg('python', join(process.env.PYENV_ROOT ?? join(process.env.HOME, '.pyenv'), 'versions', '3.12.1', 'bin', 'python3'));
const outPath = arg('out', join(here, 'results', 'paired-overhead.json'));
const kinds = arg('kinds', 'timeit').split(',');

/** A venv with pytest, for the single-shot suite (made once). */
let pytestVenv;
function pytestEnvironment(root) {
  pytestVenv ??= makeVenv(python, join(root, 'venv'), ['pytest']);
  return pytestVenv;
}
const venvRoot = mkdtempSync(join(tmpdir(), 'ppg-paired-overhead-venv-'));

const SUITES = { timeit: { kind: 'timeit', path: 'b.toml', args: [] }, 'single-shot': { kind: 'pytest-benchmark', path: 'b', args: [] } };

/** Writes one side's suite of B benchmarks into projectDir; returns what the side needs besides its folders. */
function writeSuite(kind, benchmarks, projectDir) {
  if (kind === 'timeit') {
    writeFileSync(join(projectDir, 'b.toml'), '');
    const timeit = { setup: '', benchmarks: Array.from({ length: benchmarks }, (_, i) => ({ name: `b${i}`, stmt: 'pass', setup: '' })) };
    return { python, env: { PATH: process.env.PATH }, timeit };
  }
  const tests = Array.from({ length: benchmarks }, (_, i) => `def test_b${i}(benchmark):\n    benchmark.pedantic(int)\n`).join('\n\n');
  mkdirSync(join(projectDir, 'b'), { recursive: true });
  writeFileSync(join(projectDir, 'b', 'test_b.py'), tests);
  return pytestEnvironment(venvRoot);
}

const PROTOCOLS = {
  'a request per burst': (counted) => ({ deps: { start: (command, args, options) => counted(startProcess(command, args, options)) }, options: {} }),
  'workers pass the turn': (counted) => ({ deps: { startLinked: (a, b) => startLinkedPair(a, b).map(counted) }, options: { pipeline: false } }),
  'turn + pairs sent ahead (default)': (counted) => ({ deps: { startLinked: (a, b) => startLinkedPair(a, b).map(counted) }, options: {} }),
};

async function measure(kind, protocol, benchmarks) {
  const root = mkdtempSync(join(tmpdir(), 'ppg-paired-overhead-'));
  const suite = SUITES[kind];
  const side = (name) => {
    const projectDir = join(root, name);
    mkdirSync(projectDir, { recursive: true });
    return { ...writeSuite(kind, benchmarks, projectDir), projectDir, harnessDir: join(root, 'harness'), scratchDir: join(root, `scratch-${name}`) };
  };
  const sides = { base: side('base'), head: side('head') };
  // Count requests: every write the coordinator makes to a worker.
  let requests = 0;
  const counted = (p) => {
    const send = p.send.bind(p);
    p.send = (line) => (requests++, send(line));
    return p;
  };
  const { deps, options } = PROTOCOLS[protocol](counted);
  const loadBefore = loadavg()[0];
  const cpu0 = process.cpuUsage();
  const t0 = Date.now();
  // burstMs 0.001: N calibrates to 1 call of `pass`, so a burst is ~µs of Python and the rest is the coordinator;
  // the other options are the defaults (the 'auto' clock: probes in the first pair).
  const session = new PairedSession({ suite, sides }, { jit: false, duels, burstMs: 0.001, ...options }, deps);
  session.prestart();
  let judgeCpu = 0;
  const pairCpu = [];
  for (let k = 0; k < pairs; k++) {
    const p0 = process.cpuUsage();
    await session.nextPair(null, 'overhead');
    const p = process.cpuUsage(p0);
    pairCpu.push(Number(((p.user + p.system) / 1e6).toFixed(3)));
    const j0 = process.cpuUsage();
    const rows = judgePaired(
      [...session.result.benchmarks].map(([name, b]) => ({ suite: suite.path, name, interpreter: '3.12', pairs: b.pairs })),
      { threshold: 0.05, alpha: 0.05 },
    );
    const j = process.cpuUsage(j0);
    judgeCpu += (j.user + j.system) / 1e6;
    if (rows.length !== benchmarks)
      throw new Error(`expected ${benchmarks} rows, got ${rows.length}: ${JSON.stringify([...session.result.failures].slice(0, 3))}`);
  }
  session.close();
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  rmSync(root, { recursive: true, force: true });
  return {
    kind,
    protocol,
    benchmarks,
    load_average_before: Number(loadBefore.toFixed(2)),
    requests_per_verdict: Number((requests / benchmarks).toFixed(2)),
    wall_seconds: (Date.now() - t0) / 1000,
    js_cpu_seconds: Number(cpuSeconds.toFixed(3)),
    judge_cpu_seconds: Number(judgeCpu.toFixed(3)),
    // The first pair calibrates and probes a request at a time; with the default, the later ones are sent ahead.
    pair_cpu_seconds: pairCpu,
    js_cpu_seconds_per_1000_verdicts: Number(((cpuSeconds / benchmarks) * 1000).toFixed(2)),
  };
}

const result = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, lib, pairs, duels, rows: [] };
for (const kind of kinds)
  for (const benchmarks of sizes) for (const protocol of Object.keys(PROTOCOLS)) result.rows.push(await measure(kind, protocol, benchmarks));
rmSync(venvRoot, { recursive: true, force: true });
console.log(JSON.stringify(result, null, 2));
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, JSON.stringify(result, null, 2) + '\n');
