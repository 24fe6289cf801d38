// The instruction pass's wiring (which rows get which instruction part, PyPy refused, valgrind missing, a
// broken side) and what the part does downstream: the verdict, the outputs and exit code, the JSON, the
// comment and summary section. The counting itself runs on real valgrind in integration/instructions.test.ts.
import { parseConfig } from '../../src/config/parse-settings.js';
import { type ShellDeps } from '../../src/io/seam.js';
import { decideOutcome } from '../../src/judge/outcome.js';
import { type SideCounts } from '../../src/measure/instructions/count.js';
import { instructionsPass, type InstructionsPassDeps } from '../../src/measure/instructions-pass.js';
import { laterPasses } from '../../src/measure/later-passes.js';
import { type MeasureUnit } from '../../src/measure/rounds.js';
import { type Row } from '../../src/model/row.js';
import { reportToJson } from '../../src/report/json.js';
import { SUMMARY_BUDGET } from '../../src/report/markdown-budget.js';
import { formatInstructions } from '../../src/report/markdown-instructions.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { outputValues } from '../../src/report/publish-values.js';
import { type SuiteRunContext } from '../../src/suites/driver.js';
import { recordingIo } from '../helpers/recording-io.js';
import { report, row } from '../helpers/report-fixture.js';

const SETTINGS = { ...parseConfig({ suites: 'pytest-benchmark: benchmarks/', instructions: 'true', 'instructions-threshold': '0.5%' }) };
const VALGRIND = { version: 'valgrind-3.19.0', tool: 'callgrind' as const, noAslr: [], notes: [] };

function ctx(projectDir: string, jit = false): SuiteRunContext {
  return {
    run: async () => ({ code: 0, stdout: '', stderr: '' }) as never,
    python: '/py',
    env: {},
    projectDir,
    suite: SETTINGS.suites[0],
    harnessDir: `/tmp/ppg-instr-pass-test-${process.pid}`,
    scratchDir: `${projectDir}/scratch`,
    statistic: 'min',
    timeoutMs: 1000,
    jit,
  };
}

function unit(interpreter: string, extra: Partial<MeasureUnit> = {}, jit = false): MeasureUnit {
  return {
    interpreter,
    suite: SETTINGS.suites[0],
    sides: { base: { ctx: ctx('/base', jit), prepared: {} }, head: { ctx: ctx('/head', jit), prepared: {} } },
    ...extra,
  };
}

/** Per-call counts by project dir (side) and benchmark, one number per counting process. */
function counter(bySide: Record<string, Record<string, number[]>>, failures: Record<string, Record<string, string>> = {}) {
  const calls: { projectDir: string; scratchDir: string }[] = [];
  const count: InstructionsPassDeps['count'] = async (c) => {
    calls.push({ projectDir: c.projectDir, scratchDir: c.scratchDir });
    const side: SideCounts = { counts: new Map(Object.entries(bySide[c.projectDir] ?? {})), failures: new Map(Object.entries(failures[c.projectDir] ?? {})) };
    return side;
  };
  return { count, calls };
}

function deps() {
  const io = recordingIo({});
  return { io, deps: { io, run: async () => ({ code: 0 }), env: {}, workspace: '/w' } as unknown as ShellDeps };
}

const rowsOf = (interpreter: string, names: string[]): Row[] => names.map((n) => row(n, 'unchanged', { interpreter, suite: 'benchmarks/', ratio: 1.001 }));

describe('instructionsPass', () => {
  it('counts base and head of each unit and judges every row at instructions-threshold; timing verdicts stay', async () => {
    const { deps: d } = deps();
    const { count, calls } = counter({
      '/base': { a: [1_000_000, 1_000_000], b: [500_000, 500_000] },
      '/head': { a: [1_010_000, 1_010_000], b: [500_100, 500_100] },
    });
    const out = await instructionsPass(d, SETTINGS, rowsOf('3.12', ['a', 'b']), [unit('3.12')], { discover: async () => ({ setup: VALGRIND }), count });
    expect(out.setup).toEqual({ tool: 'callgrind', valgrind: 'valgrind-3.19.0' });
    expect(out.rows.map((r) => [r.name, r.verdict, r.instructions?.verdict])).toEqual([
      ['a', 'unchanged', 'regression'],
      ['b', 'unchanged', 'unchanged'],
    ]);
    expect(out.rows[0].instructions).toEqual({ base: 1_000_000, head: 1_010_000, ratio: 1.01, spread: 0, verdict: 'regression' });
    // each side counts in its own scratch folder, the two of equal length (paths shift the heap)
    expect(calls.map((c) => c.scratchDir)).toEqual(['/base/scratch-instructions', '/head/scratch-instructions']);
  });

  it('refuses PyPy with a clear message (no valgrind run) and still counts CPython', async () => {
    const { io, deps: d } = deps();
    let discovered = 0;
    const { count } = counter({ '/base': { a: [100] }, '/head': { a: [100] } });
    const rows = [...rowsOf('pypy3', ['a']), ...rowsOf('3.12', ['a'])];
    const out = await instructionsPass(d, SETTINGS, rows, [unit('pypy3', {}, true), unit('3.12')], {
      discover: async () => (discovered++, { setup: VALGRIND }),
      count,
    });
    expect(out.rows[0].instructions).toMatchObject({ verdict: 'failed', failed_on: 'setup', error: expect.stringMatching(/not taken on PyPy.*JIT/) });
    expect(out.rows[0].verdict).toBe('unchanged');
    expect(out.rows[1].instructions).toMatchObject({ verdict: 'unchanged' });
    expect(discovered).toBe(1);
    expect(io.warnings.join('\n')).toMatch(/pypy3: instruction counts are not taken on PyPy/);
  });

  it('without a usable valgrind every row fails its instruction part as setup with the reason; nothing is counted', async () => {
    const { io, deps: d } = deps();
    const { count, calls } = counter({});
    const reason = 'valgrind is not installed and apt-get is not available to install it';
    const out = await instructionsPass(d, SETTINGS, rowsOf('3.12', ['a', 'b']), [unit('3.12')], { discover: async () => ({ reason, notes: [] }), count });
    expect(out.rows.map((r) => r.instructions)).toEqual([
      { verdict: 'failed', failed_on: 'setup', error: reason },
      { verdict: 'failed', failed_on: 'setup', error: reason },
    ]);
    expect(out.rows.map((r) => r.verdict)).toEqual(['unchanged', 'unchanged']);
    expect(out.setup).toEqual({ tool: 'callgrind', valgrind: null });
    expect(calls).toEqual([]);
    expect(io.warnings).toContain(`instruction counts: ${reason}; timing is unaffected`);
  });

  it('a side whose suite file is broken fails that side; a benchmark failing on head fails alone; a unit that could not be set up is left alone', async () => {
    const { deps: d } = deps();
    const { count } = counter({ '/base': { a: [100], b: [100] }, '/head': { a: [100] } }, { '/head': { b: 'ZeroDivisionError' } });
    const broken = unit('3.11', {
      sides: { base: { ctx: ctx('/base'), prepared: { error: 'bad TOML at line 3' } }, head: { ctx: ctx('/head'), prepared: {} } },
    });
    const rows = [...rowsOf('3.12', ['a', 'b']), ...rowsOf('3.11', ['a']), ...rowsOf('3.10', ['a'])];
    const out = await instructionsPass(d, SETTINGS, rows, [unit('3.12'), broken, unit('3.10', { setupError: 'no venv' })], {
      discover: async () => ({ setup: VALGRIND }),
      count,
    });
    expect(out.rows.map((r) => `${r.interpreter} ${r.name} ${r.instructions?.verdict} ${(r.instructions as { failed_on?: string })?.failed_on ?? ''}`)).toEqual(
      ['3.12 a unchanged ', '3.12 b failed head', '3.11 a failed base', '3.10 a undefined '],
    );
  });
});

describe('instruction regressions downstream', () => {
  const regressed = { base: 1_000_000, head: 1_020_000, ratio: 1.02, spread: 0, verdict: 'regression' as const };
  const rows = [
    row('fast <b>@team</b>', 'unchanged', { ratio: 1.001, instructions: regressed }),
    row('same', 'unchanged', { ratio: 0.999, instructions: { base: 5000, head: 5000, ratio: 1, spread: 0, verdict: 'unchanged' } }),
  ];

  it('block like memory regressions: verdict regression, exit 1, named in the message, counted in instruction-regressions', () => {
    const r = report(rows, { instructions: { tool: 'callgrind', valgrind: 'valgrind-3.19.0' } });
    expect(r.verdict).toBe('regression');
    const outcome = decideOutcome(r, { failOnRegression: true, failOnUpgradeRegression: false });
    expect(outcome).toMatchObject({ exitCode: 1, message: '1 benchmark regressed: fast <b>@team</b> on 3.12 (2.0% more instructions per call)' });
    expect(outcome.outputs['instruction-regressions']).toBe(1);
    expect(outputValues(outcome.outputs, '/r.json')).toContainEqual(['instruction-regressions', 1]);
    expect(decideOutcome(r, { failOnRegression: false, failOnUpgradeRegression: false }).exitCode).toBe(0);
    expect(decideOutcome(report([rows[1]]), { failOnRegression: true, failOnUpgradeRegression: false }).outputs['instruction-regressions']).toBe(0);
  });

  it('reach the JSON per row and in the settings', () => {
    const json = reportToJson(report(rows, { instructions: { tool: 'callgrind', valgrind: 'valgrind-3.19.0' } })) as any;
    expect(json.benchmarks[0].instructions).toEqual({ base: 1_000_000, head: 1_020_000, ratio: 1.02, spread: 0, verdict: 'regression' });
    expect(json.settings.instructions).toEqual({ tool: 'callgrind', valgrind: 'valgrind-3.19.0' });
    expect(reportToJson(report([row('x', 'unchanged')])) as any).not.toHaveProperty('settings.instructions');
  });

  it('get their own section: the comment lists only changed rows, the summary every row; names escaped, failures by reason', () => {
    const failed = row('pypy', 'unchanged', { instructions: { verdict: 'failed', failed_on: 'setup', error: 'not on PyPy <script>' } });
    const r = report([...rows, failed], { instructions: { tool: 'callgrind', valgrind: 'valgrind-3.19.0' } });
    const comment = renderMarkdown(r, { marker: '<!-- py-perf-guard job=x key= -->' });
    const summary = renderMarkdown(r, { budget: SUMMARY_BUDGET, audience: 'summary' });
    const section = (md: string) => md.slice(md.indexOf('#### Instruction counts'), md.indexOf('<sub>Instructions per call'));
    expect(section(comment)).toContain('#### Instruction counts (callgrind, valgrind-3.19.0): 1 regression, 0 improved, 1 unchanged');
    expect(section(comment)).toContain('| fast &lt;b&gt;');
    expect(section(comment)).not.toContain('<b>@team');
    expect(section(comment)).toMatch(/\| 1 M → 1\.02 M \| \+2\.0% \(1\.0200×\) \| regression \|/);
    expect(section(comment)).not.toMatch(/\| same \|/);
    expect(section(summary)).toMatch(/\| same \| 5 k → 5 k \| .* \| unchanged \|/);
    expect(section(comment)).toContain('Not counted (1 row): not on PyPy &lt;script&gt;');
    expect(renderMarkdown(report([row('x', 'unchanged')]))).not.toContain('Instruction counts');
  });

  it('formats counts with four significant digits', () => {
    expect([912, 615_156, 1_068_707, 2_345_678_901].map(formatInstructions)).toEqual(['912', '615.2 k', '1.069 M', '2.346 G']);
  });
});

describe('instruction settings', () => {
  it('default to off at 1%; the threshold is a bounded percentage naming the input', () => {
    const s = parseConfig({ suites: 'pytest-benchmark: b/' });
    expect([s.instructions, s.instructionsThreshold]).toEqual([false, 0.01]);
    expect(SETTINGS.instructionsThreshold).toBeCloseTo(0.005);
    expect(() => parseConfig({ suites: 'pytest-benchmark: b/', 'instructions-threshold': 'lots' })).toThrow(/instructions-threshold.*"lots"/);
    expect(() => parseConfig({ suites: 'pytest-benchmark: b/', instructions: 'maybe' })).toThrow(/'instructions'.*"maybe".*true or false/);
  });

  it('are skipped with the other later passes once the time budget is spent', () => {
    const later = laterPasses({ ...SETTINGS, memory: true }, 'time-budget');
    expect(later.settings.instructions).toBe(false);
    expect(later.note).toMatch(/the memory, profile and instruction-count passes are skipped/);
  });
});
