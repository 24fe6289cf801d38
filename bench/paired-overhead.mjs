// The paired coordinator's own JS cost: real timeit workers (CPython) on B benchmarks whose bursts take next to no
// time, so what the Node process spends is the coordinator's (spawns, pipes, JSON, alignment) plus the judging
// after every pair; reported as JS CPU seconds per 1,000 benchmark × interpreter verdicts (issue 11: < 1 s).
// Usage: npm run bench:build && node bench/paired-overhead.mjs [--benchmarks 200] [--pairs 6] [--duels 16]
//        [--python PATH] [--per-burst] [--out bench/results/paired-overhead.json]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLinkedPair, startProcess } from '../lib/src/io/worker-process.js';
import { judgePaired } from '../lib/src/judge/paired/judge-paired.js';
import { PairedSession } from '../lib/src/measure/paired/coordinator.js';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const arg = (name, dflt) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : dflt);
const benchmarks = Number(arg('benchmarks', '200'));
const pairs = Number(arg('pairs', '6'));
const duels = Number(arg('duels', '16'));
const python = arg('python', join(process.env.PYENV_ROOT ?? join(process.env.HOME, '.pyenv'), 'versions', '3.12.1', 'bin', 'python3'));
const outPath = arg('out', join(here, 'results', 'paired-overhead.json'));

const root = mkdtempSync(join(tmpdir(), 'ppg-paired-overhead-'));
const suite = { kind: 'timeit', path: 'b.toml', args: [] };
const timeit = { setup: '', benchmarks: Array.from({ length: benchmarks }, (_, i) => ({ name: `b${i}`, stmt: 'pass', setup: '' })) };
const side = (name) => {
  const projectDir = join(root, name);
  mkdirSync(projectDir, { recursive: true });
  writeFileSync(join(projectDir, 'b.toml'), '');
  return { python, env: { PATH: process.env.PATH }, projectDir, harnessDir: join(root, 'harness'), scratchDir: join(root, `scratch-${name}`), timeit };
};

// Count requests: every line the coordinator writes to a worker.
let requests = 0;
let sendCpu = 0;
const counted = (p) => {
  const send = p.send.bind(p);
  p.send = (line) => {
    requests++;
    const c0 = process.cpuUsage();
    send(line);
    const c = process.cpuUsage(c0);
    sendCpu += c.user + c.system;
  };
  return p;
};
// --per-burst: the protocol before the workers passed the turn themselves (a request per burst), for comparison.
const perBurst = argv.includes('--per-burst');
const deps = perBurst
  ? { start: (command, args, options) => counted(startProcess(command, args, options)) }
  : { startLinked: (a, b) => startLinkedPair(a, b).map(counted) };

const loadBefore = loadavg();
const cpu0 = process.cpuUsage();
const t0 = Date.now();
// burstMs 0.001: N calibrates to 1 call of `pass`, so a burst is ~µs of Python and the rest is the coordinator;
// the other options are the defaults (the 'auto' clock: probes in the first pair).
const session = new PairedSession({ suite, sides: { base: side('base'), head: side('head') } }, { jit: false, duels, burstMs: 0.001 }, deps);
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
    [...session.result.benchmarks].map(([name, b]) => ({ suite: 'b.toml', name, interpreter: '3.12', pairs: b.pairs })),
    { threshold: 0.05, alpha: 0.05 },
  );
  const j = process.cpuUsage(j0);
  judgeCpu += (j.user + j.system) / 1e6;
  if (rows.length !== benchmarks)
    throw new Error(`expected ${benchmarks} rows, got ${rows.length}: ${JSON.stringify([...session.result.failures].slice(0, 3))}`);
}
session.close();
const cpu = process.cpuUsage(cpu0);
const wall = (Date.now() - t0) / 1000;
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  load_average_before: loadBefore.map((x) => Number(x.toFixed(2))),
  load_average_after: loadavg().map((x) => Number(x.toFixed(2))),
  protocol: perBurst ? 'a request per burst' : 'workers pass the turn',
  benchmarks,
  pairs,
  duels,
  requests,
  requests_per_verdict: requests / benchmarks,
  wall_seconds: wall,
  js_cpu_seconds: cpuSeconds,
  js_user_seconds: cpu.user / 1e6,
  js_system_seconds: cpu.system / 1e6,
  judge_cpu_seconds: judgeCpu,
  // The first pair calibrates and probes a request at a time; the later ones are sent ahead (pair-ahead.ts).
  pair_cpu_seconds: pairCpu,
  send_cpu_seconds: sendCpu / 1e6,
  js_cpu_seconds_per_1000_verdicts: (cpuSeconds / benchmarks) * 1000,
  js_cpu_microseconds_per_request: ((cpuSeconds - judgeCpu) / requests) * 1e6,
};
console.log(JSON.stringify(result, null, 2));
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, JSON.stringify(result, null, 2) + '\n');
rmSync(root, { recursive: true, force: true });
