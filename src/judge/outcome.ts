// How a run ends, as plain values: the exit code (0 pass, 1 regression or this PR's failures, 2 nothing
// could be measured), the one-line message for the check, and the step outputs. Pure: the shell applies it.
import { type RunError } from '../model/errors.js';
import { type Report } from '../model/report.js';
import { type Settings } from '../model/settings.js';
import { formatChangeSize } from '../text/format.js';
import { countVerdicts, isBlockingFailure } from './verdicts.js';

/** The outputs decided from the verdicts (report-json and comment-url are added by publishing). */
export interface VerdictOutputs {
  verdict: Report['verdict'];
  regressions?: number;
  improvements?: number;
  failures?: number;
  'memory-regressions'?: number;
  'instruction-regressions'?: number;
}

export interface Outcome {
  exitCode: 0 | 1 | 2;
  /** One line for the check: why it failed, or (exit 0) a regression let through by fail-on-regression. */
  message?: string;
  outputs: VerdictOutputs;
}

const MAX_NAMED = 5;

function outputsOf(report: Report): VerdictOutputs {
  const counts = countVerdicts(report.rows);
  return {
    verdict: report.verdict,
    regressions: counts.regression,
    improvements: counts.improvement,
    failures: counts.failed,
    'memory-regressions': report.rows.filter((r) => r.memory?.verdict === 'regression').length,
    'instruction-regressions': report.rows.filter((r) => r.instructions?.verdict === 'regression').length,
  };
}

function upgradeMessage(report: Report): string | undefined {
  const slower = report.cross.filter((c) => c.reason === 'upgrade').flatMap((c) => c.rows.filter((r) => r.verdict === 'regression'));
  if (!slower.length) return undefined;
  const names = slower.map((r) => `${r.name} (${formatChangeSize(r.ratio ?? 1)} slower on ${r.interpreter})`);
  return `the interpreter upgrade slows ${names.length} benchmark(s): ${names.slice(0, MAX_NAMED).join(', ')} (fail-on-upgrade-regression)`;
}

function regressionMessage(report: Report): string {
  const names = [
    ...report.rows.filter((r) => r.verdict === 'regression').map((r) => `${r.name} on ${r.interpreter} (${formatChangeSize(r.ratio ?? 1)} slower)`),
    ...report.rows
      .filter((r) => r.memory?.verdict === 'regression')
      .map((r) => `${r.name} on ${r.interpreter} (${formatChangeSize(r.memory!.ratio)} more peak memory)`),
    ...report.rows.flatMap((r) =>
      r.instructions?.verdict === 'regression' ? [`${r.name} on ${r.interpreter} (${formatChangeSize(r.instructions.ratio)} more instructions per call)`] : [],
    ),
  ];
  return `${names.length} benchmark(s) regressed: ${names.slice(0, MAX_NAMED).join(', ')}${names.length > MAX_NAMED ? ', …' : ''}`;
}

function errorMessage(report: Report): string {
  const failed = report.rows.filter(isBlockingFailure);
  if (!failed.length) return 'nothing could be measured';
  return `${failed.length} benchmark(s) failed: ${failed
    .slice(0, 3)
    .map((r) => `${r.name} on ${r.interpreter}: ${r.error}`)
    .join('; ')}`;
}

export function decideOutcome(report: Report, settings: Pick<Settings, 'failOnRegression' | 'failOnUpgradeRegression'>): Outcome {
  const outputs = outputsOf(report);
  const upgrade = upgradeMessage(report);
  if (settings.failOnUpgradeRegression && upgrade && report.verdict !== 'regression') return { exitCode: 1, message: upgrade, outputs };
  if (report.verdict === 'regression') return { exitCode: settings.failOnRegression ? 1 : 0, message: regressionMessage(report), outputs };
  if (report.verdict === 'error') {
    // Something measured and this PR broke the rest: 1; nothing measured at all: 2, like bad input.
    const measuredSomething = report.rows.some((r) => r.ratio !== undefined);
    return { exitCode: measuredSomething ? 1 : 2, message: errorMessage(report), outputs };
  }
  return { exitCode: 0, outputs };
}

/** A run that ended before any verdict (bad input, unusable environment). */
export function outcomeOfRunError(error: RunError): Outcome {
  return { exitCode: error.exitCode, message: error.message, outputs: { verdict: 'error' } };
}
