// Background load that imitates a shared runner's slow phases: CPU hogs (one per core by default) that each
// switch on and off at random every 0.2–2 s, so the machine's speed for a benchmark flips between ~1× and
// ~1.6× several times a second, as measured on shared 2-core runners. Bounded in time; stops by itself.
// Use:  node bench/load.mjs [--hogs 2] [--seconds 600]      (or import { startLoad } and call stop())
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ON_OFF_MS = [200, 2000];

/** One hog: busy-loops while "on", sleeps while "off", toggling at random intervals, until `untilMs`. */
function hog(untilMs, seed) {
  let state = seed >>> 0 || 1;
  const rand = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const span = () => ON_OFF_MS[0] + rand() * (ON_OFF_MS[1] - ON_OFF_MS[0]);
  let on = rand() < 0.5;
  const step = () => {
    if (Date.now() >= untilMs) process.exit(0);
    const end = Date.now() + span();
    if (on) {
      let x = 0;
      while (Date.now() < end) x += Math.sqrt(x + 1);
      on = false;
      setImmediate(step);
    } else {
      on = true;
      setTimeout(step, end - Date.now());
    }
  };
  step();
}

/** Starts `hogs` hog processes for at most `seconds`; returns { stop } to end them early. */
export function startLoad({ hogs = 2, seconds = 600 } = {}) {
  const until = Date.now() + seconds * 1000;
  const children = Array.from({ length: hogs }, (_, i) => fork(fileURLToPath(import.meta.url), ['--hog', String(until), String(i + 1)], { stdio: 'ignore' }));
  return {
    stop: () => children.forEach((c) => c.kill('SIGKILL')),
  };
}

const argv = process.argv.slice(2);
if (argv[0] === '--hog') {
  hog(Number(argv[1]), Number(argv[2]));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : dflt);
  const load = startLoad({ hogs: arg('hogs', 2), seconds: arg('seconds', 600) });
  process.on('SIGINT', () => (load.stop(), process.exit(130)));
  process.on('SIGTERM', () => (load.stop(), process.exit(143)));
}
