// Input `mode` (which phase sequence runs) and the settings of `mode: comment`, read from the workflow's
// inputs alone: a comment job has no checkout of the PR, and nothing the PR wrote may choose how it is judged. Pure.
import { ConfigError } from '../model/errors.js';
import { type CommentMode } from '../model/settings.js';
import { inputSpec } from './inputs.js';
import { parseBoolean, parseList } from './values.js';

export type RunMode = 'auto' | 'measure' | 'comment' | 'merge';

export function parseMode(text: string): RunMode {
  const t = text.trim() || inputSpec('mode').default;
  const allowed = inputSpec('mode').choices ?? [];
  if (!allowed.includes(t)) throw new ConfigError("input 'mode'", text, `one of ${allowed.join(', ')}`);
  return t as RunMode;
}

export interface CommentSettings {
  /** The report folders to publish, as given (relative to the workspace); more than one is a merge. */
  reportDirs: string[];
  comment: CommentMode;
  commentKey: string;
  failOnRegression: boolean;
  failOnUpgradeRegression: boolean;
}

function flag(inputs: Record<string, string>, name: 'fail-on-regression' | 'fail-on-upgrade-regression'): boolean {
  const text = (inputs[name] ?? '').trim() || inputSpec(name).default;
  const value = parseBoolean(text);
  if (value === null) throw new ConfigError(`input '${name}'`, inputs[name] ?? '', 'true or false');
  return value;
}

export function parseCommentSettings(inputs: Record<string, string>): CommentSettings {
  const reportDirs = parseList(inputs['report-dir'] ?? '');
  if (reportDirs.length === 0) {
    throw new ConfigError(
      "input 'report-dir'",
      inputs['report-dir'] ?? '',
      'with mode: comment, the folder actions/download-artifact wrote the measuring run\'s report folder to (e.g. "py-perf-guard-report")',
    );
  }
  const comment = (inputs.comment ?? '').trim() || inputSpec('comment').default;
  const choices = inputSpec('comment').choices ?? [];
  if (!choices.includes(comment)) throw new ConfigError("input 'comment'", inputs.comment ?? '', `one of ${choices.join(', ')}`);
  return {
    reportDirs,
    comment: comment as CommentMode,
    commentKey: (inputs['comment-key'] ?? '').trim(),
    failOnRegression: flag(inputs, 'fail-on-regression'),
    failOnUpgradeRegression: flag(inputs, 'fail-on-upgrade-regression'),
  };
}
