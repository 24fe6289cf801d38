// How a run ends, as plain values: the exit code (0 pass, 1 regression or this PR's failures, 2 nothing
// could be measured), the one-line message for the check, and the step outputs. Pure: the shell applies it.
import { type RunError } from '../model/errors.js';
import { type Report } from '../model/report.js';
import { type Settings } from '../model/settings.js';
import { formatChangeSize, formatPercent, plural } from '../text/format.js';
import { countVerdicts, isBlockingFailure } from './verdicts.js';

/** The outputs decided from the verdicts (report-json and comment-url are added by publishing). */
export interface VerdictOutputs {
  verdict: Report['verdict'];
  regressions?: number;
  improvements?: number;
  failures?: number;
  inconclusive?: number;
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
    inconclusive: counts.inconclusive,
    'memory-regressions': report.rows.filter((r) => r.memory?.verdict === 'regression').length,
    'instruction-regressions': report.rows.filter((r) => r.instructions?.verdict === 'regression').length,
  };
}

function upgradeMessage(report: Report): string | undefined {
  const slower = report.cross.filter((c) => c.reason === 'upgrade').flatMap((c) => c.rows.filter((r) => r.verdict === 'regression'));
  if (!slower.length) return undefined;
  const names = slower.map((r) => `${r.name} (${formatChangeSize(r.ratio ?? 1)} slower on ${r.interpreter})`);
  return `the interpreter upgrade slows ${plural(names.length, 'benchmark')}: ${names.slice(0, MAX_NAMED).join(', ')} (fail-on-upgrade-regression)`;
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
  return `${plural(names.length, 'benchmark')} regressed: ${names.slice(0, MAX_NAMED).join(', ')}${names.length > MAX_NAMED ? ', …' : ''}`;
}

function errorMessage(report: Report): string {
  const failed = report.rows.filter(isBlockingFailure);
  if (!failed.length) return 'nothing could be measured';
  return `${plural(failed.length, 'benchmark')} failed: ${failed
    .slice(0, 3)
    .map((r) => `${r.name} on ${r.interpreter}: ${r.error}`)
    .join('; ')}`;
}

/** fail-on-inconclusive: more than the allowed share of rows still open (a pass that is no evidence). */
function inconclusiveMessage(report: Report, allowed: number | null | undefined): string | undefined {
  if (allowed === null || allowed === undefined || !report.rows.length) return undefined;
  const open = report.rows.filter((r) => r.verdict === 'inconclusive');
  const share = open.length / report.rows.length;
  if (share <= allowed) return undefined;
  const names = open.slice(0, MAX_NAMED).map((r) => `${r.name} on ${r.interpreter}`);
  return (
    `${open.length} of ${report.rows.length} rows inconclusive (${formatPercent(share)}), more than fail-on-inconclusive allows (${formatPercent(allowed)}): ` +
    `${names.join(', ')}${open.length > MAX_NAMED ? ', …' : ''}; give them more rounds (max-rounds, time-budget) or a quieter runner`
  );
}

export function decideOutcome(report: Report, settings: Pick<Settings, 'failOnRegression' | 'failOnUpgradeRegression' | 'failOnInconclusive'>): Outcome {
  const outputs = outputsOf(report);
  const upgrade = upgradeMessage(report);
  if (settings.failOnUpgradeRegression && upgrade && report.verdict !== 'regression') return { exitCode: 1, message: upgrade, outputs };
  if (report.verdict === 'regression') return { exitCode: settings.failOnRegression ? 1 : 0, message: regressionMessage(report), outputs };
  if (report.verdict === 'error') {
    // Something measured and this PR broke the rest: 1; nothing measured at all: 2, like bad input.
    const measuredSomething = report.rows.some((r) => r.ratio !== undefined);
    return { exitCode: measuredSomething ? 1 : 2, message: errorMessage(report), outputs };
  }
  const open = inconclusiveMessage(report, settings.failOnInconclusive);
  if (open) return { exitCode: 1, message: open, outputs };
  return { exitCode: 0, outputs };
}

/** A run that ended before any verdict (bad input, unusable environment). */
export function outcomeOfRunError(error: RunError): Outcome {
  return { exitCode: error.exitCode, message: error.message, outputs: { verdict: 'error' } };
}
