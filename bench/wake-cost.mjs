// What one line to a worker and its reply cost the coordinator's JS, by how long the worker takes to answer:
// a Python child echoes each line after a delay, Node sends the next on each reply. A reply that finds Node idle
// costs it more CPU than one handled hot (caches gone cold while it slept), which is why the paired
// coordinator batches its lines (src/measure/paired/README.md). Writes bench/results/wake-cost.json.
// Usage: node bench/wake-cost.mjs [--python PATH] [--lines 5000]
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const arg = (name, dflt) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : dflt);
const python = arg('python', join(process.env.PYENV_ROOT ?? join(process.env.HOME, '.pyenv'), 'versions', '3.12.1', 'bin', 'python3'));
const lines = Number(arg('lines', '5000'));
const echo =
  'import os, sys, time\nd = float(sys.argv[1])\nout = os.fdopen(1, "w")\nfor line in os.fdopen(0):\n    time.sleep(d)\n    out.write(line)\n    out.flush()\n';

function roundTrips(delaySeconds) {
  return new Promise((resolve) => {
    const child = spawn(python, ['-c', echo, String(delaySeconds)], { stdio: ['pipe', 'pipe', 'inherit'] });
    let n = 0;
    let start;
    const send = () => child.stdin.write('{"op":"burst","n":1}\n');
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      for (let k = chunk.split('\n').length - 1; k > 0; k--) {
        if (++n === 1) start = process.cpuUsage();
        if (n < lines) send();
        else {
          const used = process.cpuUsage(start);
          child.kill();
          resolve({ delay_ms: delaySeconds * 1000, js_cpu_microseconds_per_round_trip: Number(((used.user + used.system) / (lines - 1)).toFixed(1)) });
        }
      }
    });
    send();
  });
}

const result = { date: new Date().toISOString(), node: process.version, load_average_before: loadavg().map((x) => Number(x.toFixed(2))), lines, rows: [] };
for (const d of [0, 0.0005, 0.002, 0.005]) result.rows.push(await roundTrips(d));
console.log(JSON.stringify(result, null, 2));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'wake-cost.json'), JSON.stringify(result, null, 2) + '\n');
