// The instruction pass (`instructions: true`), after timing: finds valgrind once (installing it with apt when
// missing), refuses JIT interpreters, counts each suite × interpreter on base and head (measure/instructions/)
// and puts the judged counts on each row. Whatever goes wrong here fails only the rows' instruction part:
// their timing verdicts stand.
import { type ShellDeps } from '../io/seam.js';
import { judgeInstructionSides, instructionFailure, type CountedSide } from '../judge/instructions.js';
import { type InstructionResult } from '../model/instructions.js';
import { type Report } from '../model/report.js';
import { type Row } from '../model/row.js';
import { type Settings } from '../model/settings.js';
import { type Side } from '../model/side.js';
import { isRunnable } from '../suites/driver.js';
import { countSide, writeCountScripts, type CountOptions, type SideCounts } from './instructions/count.js';
import { discoverValgrind, instructionsUnsupported, VALGRIND_TOOL, type ValgrindDiscovery, type ValgrindSetup } from './instructions/valgrind.js';
import { type MeasureUnit } from './rounds.js';

export interface InstructionsPassDeps {
  /** Finds (or installs) valgrind; the default runs `valgrind --version` and apt-get through deps.run. */
  discover?: () => Promise<ValgrindDiscovery>;
  /** Counts one side; the default runs callgrind (count.ts). */
  count?: (ctx: Parameters<typeof countSide>[0], opts: CountOptions) => Promise<SideCounts>;
}

export interface InstructionsPassResult {
  rows: Row[];
  /** For the report's settings: the tool and the valgrind version counted with (null: none usable). */
  setup: NonNullable<Report['instructions']>;
}

const NOTHING: CountedSide = { counts: new Map(), failures: new Map() };

/** One side of a unit: its counts, nothing (a suite this commit lacks), or why it could not be counted. */
async function countUnitSide(unit: MeasureUnit, side: Side, valgrind: ValgrindSetup, count: NonNullable<InstructionsPassDeps['count']>): Promise<CountedSide> {
  const { ctx, prepared, error } = unit.sides[side];
  if (error) return { ...NOTHING, error };
  if (prepared && 'error' in prepared) return { ...NOTHING, error: prepared.error };
  if (!ctx || !isRunnable(prepared)) return NOTHING;
  const timeit = unit.suite.kind === 'timeit' ? (prepared.state as CountOptions['timeit']) : undefined;
  return count({ ...ctx, scratchDir: `${ctx.scratchDir}-instructions` }, { valgrind, timeit });
}

/** Every row of `unit` (same interpreter and suite) gets `part(row)`, where it returns one. */
function setPart(rows: Row[], unit: MeasureUnit, part: (row: Row) => InstructionResult | undefined): void {
  for (const row of rows) {
    if (row.interpreter !== unit.interpreter || row.suite !== unit.suite.path) continue;
    const p = part(row);
    if (p) row.instructions = p;
  }
}

/**
 * Counts instructions for `units` (the run's own, without those that crashed in a round) and returns the rows
 * with their `instructions` part. Rows of a unit whose interpreter could not be set up get none (they are `failed`).
 */
export async function instructionsPass(
  deps: ShellDeps,
  settings: Settings,
  rows: Row[],
  units: readonly MeasureUnit[],
  over: InstructionsPassDeps = {},
): Promise<InstructionsPassResult> {
  const { io } = deps;
  const out = rows.map((r) => ({ ...r }));
  const discover =
    over.discover ??
    (() =>
      discoverValgrind({
        run: deps.run,
        env: deps.childEnv ?? deps.env,
        platform: process.platform,
        isRoot: process.getuid?.() === 0,
        log: (l) => io.info(l),
      }));
  const count = over.count ?? countSide;
  let found: ValgrindDiscovery | undefined;
  const refused = new Set<string>();
  for (const unit of units) {
    const ctx = unit.sides.head.ctx ?? unit.sides.base.ctx;
    if (unit.setupError || !ctx) continue;
    const unsupported = ctx.jit ? instructionsUnsupported('PyPy', true) : null;
    if (unsupported) {
      if (!refused.has(unit.interpreter)) io.warning(`${unit.interpreter}: ${unsupported}`);
      refused.add(unit.interpreter);
      setPart(out, unit, () => instructionFailure('setup', unsupported));
      continue;
    }
    found ??= await discover();
    if (!('setup' in found)) {
      const reason = found.reason;
      setPart(out, unit, () => instructionFailure('setup', reason));
      continue;
    }
    writeCountScripts(ctx.harnessDir);
    const sides = {} as Record<Side, CountedSide>;
    for (const side of ['base', 'head'] as Side[]) sides[side] = await countUnitSide(unit, side, found.setup, count);
    const judged = judgeInstructionSides(sides.base, sides.head, settings.instructionsThreshold);
    io.info(`instructions: ${unit.suite.path} on ${unit.interpreter}: ${judged.size} benchmark(s) counted on base and head`);
    setPart(out, unit, (row) => judged.get(row.name));
  }
  if (found && !('setup' in found)) io.warning(`instruction counts: ${found.reason}; timing is unaffected`);
  const version = found && 'setup' in found ? found.setup.version : null;
  return { rows: out, setup: { tool: VALGRIND_TOOL, valgrind: version } };
}
