// Profiles of regressions (or of every benchmark with `profile: all`): each selected benchmark runs once
// more under cProfile on base and on head (each suite driver's `profile` pass; a kind without one is
// skipped), the two profiles are diffed per function, and the .prof files are kept.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeFailure } from '../io/process.js';
import { type Row } from '../model/row.js';
import { type ProfileMode } from '../model/settings.js';
import { type Side } from '../model/side.js';
import { diffProfiles, type ProfileEntry } from '../report/profile-diff.js';
import { isRunnable, type SuiteRunContext } from '../suites/driver.js';
import { driverFor } from '../suites/registry.js';
import { PROFILE_READER_SOURCE } from './profile-reader.js';
import { type MeasureUnit } from './rounds.js';

/** Profile about this long per side, whatever a call costs. */
const PROFILE_SECONDS = 0.2;

export function profileIterations(secondsPerCall: number): number {
  return Math.max(1, Math.min(100_000, Math.round(PROFILE_SECONDS / Math.max(secondsPerCall, 1e-9))));
}

function safe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120);
}

/** Runs the benchmark under cProfile on one side through its driver; returns the .prof path. */
async function profileSide(unit: MeasureUnit, side: Side, name: string, iterations: number, dir: string): Promise<string> {
  const { ctx, prepared } = unit.sides[side];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const state = isRunnable(prepared) ? prepared.state : undefined;
  return driverFor(unit.suite.kind).profile!(ctx!, state, name, iterations, dir);
}

async function readProfile(ctx: SuiteRunContext, prof: string, root: string): Promise<ProfileEntry[]> {
  const reader = join(ctx.harnessDir, 'py_perf_guard_profile_reader.py');
  if (!existsSync(reader)) writeFileSync(reader, PROFILE_READER_SOURCE);
  const out = `${prof}.json`;
  const r = await ctx.run(ctx.python, [reader, prof, root, out], { env: ctx.env, timeoutMs: 120_000 });
  if (r.code !== 0) throw new Error(describeFailure(r, 'reading the profile'));
  return JSON.parse(readFileSync(out, 'utf8'));
}

export interface ProfileOptions {
  mode: ProfileMode;
  /** Worktree roots: profile paths are shown relative to them. */
  roots: Record<Side, string>;
  /** Where the .prof files are kept (next to the report JSON). */
  outDir: string;
  log: (line: string) => void;
}

/** Adds `profile` to the selected rows (returns new rows); a profile that fails only says so on its row. */
export async function profileRows(rows: Row[], units: MeasureUnit[], options: ProfileOptions): Promise<Row[]> {
  if (options.mode === 'none') return rows;
  const selected = (r: Row) => r.ratio !== undefined && (options.mode === 'all' || r.verdict === 'regression');
  const out: Row[] = [];
  for (const row of rows) {
    const unit = selected(row) ? units.find((u) => u.interpreter === row.interpreter && u.suite.path === row.suite && driverFor(u.suite.kind).profile) : undefined;
    if (!unit?.sides.base.ctx || !unit.sides.head.ctx) {
      out.push(row);
      continue;
    }
    const key = safe(`${row.interpreter}-${row.suite}-${row.name}`);
    try {
      const iterations = profileIterations(row.head!.median);
      const files = {} as Record<Side, string>;
      const entries = {} as Record<Side, ProfileEntry[]>;
      for (const side of ['base', 'head'] as Side[]) {
        const ctx = unit.sides[side].ctx!;
        const prof = await profileSide(unit, side, row.name, iterations, join(ctx.scratchDir, 'profile'));
        mkdirSync(options.outDir, { recursive: true });
        files[side] = join(options.outDir, `${key}-${side}.prof`);
        copyFileSync(prof, files[side]);
        entries[side] = await readProfile(ctx, prof, options.roots[side]);
      }
      options.log(`profiled ${row.name} on ${row.interpreter} (${iterations} iterations per side)`);
      out.push({ ...row, profile: { base: files.base, head: files.head, iterations, top: diffProfiles(entries.base, iterations, entries.head, iterations) } });
    } catch (e) {
      out.push({ ...row, profile: { error: `profiling failed: ${(e as Error).message}` } });
    }
  }
  return out;
}
