// The JIT warm-up as the report gives it: paired rows in bursts (warmup_bursts) and their calls (warmup_iterations,
// as rounds), and the footer line in each method's unit.
import { judgePaired } from '../../src/judge/paired/judge-paired.js';
import { methodJson } from '../../src/judge/paired/row-json.js';
import { type Row } from '../../src/model/row.js';
import { jitWarmupNote } from '../../src/report/warmup-note.js';

const pairs = Array.from({ length: 6 }, (_, i) => [0.001 * i, -0.001 * i]);

it('reports a paired row’s warm-up in bursts, and its calls as warmup iterations', () => {
  const [row] = judgePaired([{ suite: 'b.toml', name: 'x', interpreter: 'pypy3', pairs, warmupBursts: 14, warmup: 14 * 300 }], {
    threshold: 0.05,
    alpha: 0.05,
  });
  expect(row).toMatchObject({ warmup: 4200, warmupBursts: 14 });
  expect(methodJson(row)).toMatchObject({ method: 'paired', warmup_bursts: 14 });
  const rounds: Row = { suite: 'b.toml', name: 'y', interpreter: 'pypy3', verdict: 'unchanged', warmup: 40 };
  const other: Row = { ...rounds, name: 'z', warmup: 60 };
  expect(jitWarmupNote([row])).toBe(' JIT warm-up: 14–14 bursts per worker dropped until burst times settled, before the duels counted (PyPy).');
  expect(jitWarmupNote([rounds, other, row])).toBe(
    ' JIT warm-up: 40–60 timed iterations per round dropped before measuring; 14–14 bursts per worker dropped until burst times settled, before the duels counted (PyPy).',
  );
  expect(jitWarmupNote([{ ...rounds, warmup: undefined }])).toBe('');
});
