// `shard: i/n` on a real project: each job measures its own share of the benchmarks (timeit names cut in
// TypeScript, pytest node ids deselected by the plugins after collection, both methods), the shares are
// disjoint and together are the whole run, and a suite with nothing in a shard gives no row rather than a failure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shardOf } from '../../src/config/shard.js';
import { runProcess } from '../../src/io/process.js';
import { runShell } from '../../src/run.js';
import { CALC_BASE, CALC_HEAD } from '../helpers/calc-project.js';
import { makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';
import { recordingIo } from '../helpers/recording-io.js';

const root = tempDir();
const repo = join(root, 'calc');
beforeAll(() => makeRepo(repo, CALC_BASE, CALC_HEAD));
afterAll(() => removeDir(root));

const SUITES = 'pytest-benchmark: benchmarks/ --benchmark-max-time=0.01\ntimeit: benchmarks/micro.toml';

async function run(method: string, shard: string, key: string) {
  const io = recordingIo({
    suites: SUITES,
    interpreters: '3.12',
    install: 'none',
    method,
    shard,
    'min-rounds': '2',
    'max-rounds': '2',
    threshold: '50%',
    profile: 'none',
    'comment-key': key,
  });
  const env = { ...process.env, RUNNER_TEMP: root, GITHUB_EVENT_PATH: '', GITHUB_EVENT_NAME: 'push', GITHUB_JOB: 'bench' };
  const result = await runShell({ io, run: runProcess, env, workspace: repo });
  const report = JSON.parse(readFileSync(io.outputs['report-json'], 'utf8'));
  return { result, report, names: (report.benchmarks as any[]).map((b) => `${b.suite} ${b.name}`).sort() };
}

const ALL = [
  'benchmarks/ test_calc.py::test_fast',
  'benchmarks/ test_calc.py::test_fragile',
  'benchmarks/ test_calc.py::test_slow',
  'benchmarks/ test_calc.py::test_steady',
  'benchmarks/ test_new.py::test_brand_new',
  'benchmarks/micro.toml fast',
  'benchmarks/micro.toml slow',
  'benchmarks/micro.toml steady',
];
const inShard = (i: number, n: number) => ALL.filter((k) => shardOf(k.split(' ')[1], n) === i);

describe.each(['rounds', 'paired'])('shard: i/n with method: %s', (method) => {
  it('measures each share once: disjoint rows whose union is the whole suite, recorded as settings.shard', async () => {
    const parts = [];
    for (const i of [1, 2]) parts.push(await run(method, `${i}/2`, `${method}-${i}`));
    parts.forEach((p, k) => {
      expect(p.names).toEqual(inShard(k + 1, 2));
      expect(p.report.settings.shard).toEqual({ index: k + 1, count: 2 });
      expect(p.report.benchmarks.filter((b: any) => b.name === '*')).toEqual([]);
    });
    expect([...parts[0].names, ...parts[1].names].sort()).toEqual(ALL);
    // Rounds rows carry the samples their verdict came from.
    for (const b of parts.flatMap((p) => p.report.benchmarks).filter((x: any) => x.method === 'rounds' && x.ratio !== null)) {
      expect(b.samples.base.length).toBe(b.base.n);
      expect(b.samples.head.length).toBe(b.head.n);
    }
  }, 600_000);
});

it.each(['rounds', 'paired'])(
  'gives no row, and no failure, for a pytest suite none of whose benchmarks is in the shard (%s)',
  async (method) => {
    // Of 4 shards, some holds none of the pytest suite's five node ids (known only after collection) but a timeit name.
    const n = 4;
    const i = [1, 2, 3, 4].find((k) => inShard(k, n).length > 0 && inShard(k, n).every((x) => x.startsWith('benchmarks/micro.toml')));
    expect(i).toBeDefined();
    const part = await run(method, `${i}/${n}`, `empty-${method}`);
    expect(part.names).toEqual(inShard(i!, n));
    expect(part.report.benchmarks.filter((b: any) => b.verdict === 'failed')).toEqual([]);
  },
  600_000,
);
