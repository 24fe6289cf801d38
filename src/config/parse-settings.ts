// Turns the action's inputs and the project's [tool.py-perf-guard] table into Settings, by the table of
// inputs (inputs.ts). Pure: takes strings and a parsed TOML table, returns Settings or throws ConfigError.
import { ConfigError } from '../model/errors.js';
import {
  type CommentMode,
  type MeasureMethod,
  type ProfileMode,
  type RoundStatistic,
  type Settings,
  type SlowRoundsMode,
  type SuiteSpec,
} from '../model/settings.js';
import { parseCacheInput } from './cache-input.js';
import { legKey } from './comment-key.js';
import { INPUTS, inputSpec, type InputName } from './inputs.js';
import { parsePassEnv } from './pass-env.js';
import { shardSetting } from './shard.js';
import { parseBoolean, parseDuration, parseInteger, parseList, parsePercentage, splitWords } from './values.js';

/** Inputs that may also come from pyproject.toml (github-token may not: it is a secret), in the table's order. */
export const SETTING_NAMES = INPUTS.filter((i) => i.pyproject).map((i) => i.name) as Exclude<InputName, 'github-token'>[];
export type SettingName = (typeof SETTING_NAMES)[number];

/** Inputs only the workflow may set: the PR's own pyproject.toml must neither widen what its code can see nor grant itself trust. */
export const WORKFLOW_ONLY_NAMES = INPUTS.filter((i) => !i.pyproject && i.name !== 'github-token').map((i) => i.name);

const PYPROJECT = '[tool.py-perf-guard]';

interface RawValue {
  text: string;
  source: string;
}

/**
 * Converts one value of the pyproject table to the input's textual form, so both sources share one parser.
 * Arrays are accepted for the list-valued settings.
 */
function tomlToText(name: string, value: unknown): string {
  const source = `${PYPROJECT} ${name}`;
  const kind = inputSpec(name as InputName).kind;
  const listValued = kind === 'list' || kind === 'suites';
  if (typeof value === 'string') return value;
  if (!listValued && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  if (listValued && Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('\n');
  const expected = listValued ? 'a string or an array of strings' : 'a string, number or boolean';
  throw new ConfigError(source, JSON.stringify(value) ?? String(value), expected);
}

/** Picks each setting from the workflow input if given, else the pyproject table, else the default. */
function gatherRaw(inputs: Record<string, string>, table: Record<string, unknown> | undefined): Record<SettingName, RawValue> {
  // Every key of the table is checked, even one the workflow overrides: a typo there is still a mistake.
  const fromTable = new Map<string, string>();
  for (const [key, value] of Object.entries(table ?? {})) {
    if ((WORKFLOW_ONLY_NAMES as string[]).includes(key))
      throw new ConfigError(`${PYPROJECT} key`, key, `a key the PR may set: ${key} is read only from the workflow's inputs`);
    if (!(SETTING_NAMES as readonly string[]).includes(key)) throw new ConfigError(`${PYPROJECT} key`, key, `one of ${SETTING_NAMES.join(', ')}`);
    fromTable.set(key, tomlToText(key, value));
  }
  const raw = {} as Record<SettingName, RawValue>;
  for (const name of SETTING_NAMES) {
    const given = (inputs[name] ?? '').trim();
    if (given !== '') raw[name] = { text: given, source: `input '${name}'` };
    else if (fromTable.has(name)) raw[name] = { text: fromTable.get(name)!, source: `${PYPROJECT} ${name}` };
    else raw[name] = { text: inputSpec(name).default, source: `input '${name}'` };
  }
  return raw;
}

/** The kinds a `suites` line may name and what each takes (import-time comes from its own input). */
const SUITE_LINES: Partial<Record<SuiteSpec['kind'], { usage: string; takesArgs: boolean; extension?: string }>> = {
  'pytest-benchmark': { usage: 'pytest-benchmark: <path> [pytest args]', takesArgs: true },
  timeit: { usage: 'timeit: <file.toml>', takesArgs: false, extension: '.toml' },
};

function parseSuiteLine(line: string, source: string): SuiteSpec {
  const m = /^\s*([a-z-]+)\s*:\s*(.*)$/.exec(line);
  const rule = m ? SUITE_LINES[m[1] as SuiteSpec['kind']] : undefined;
  const expected = Object.values(SUITE_LINES)
    .map((r) => `'${r.usage}'`)
    .join(' or ');
  if (!m || !rule) throw new ConfigError(source, line, expected);
  const words = splitWords(m[2]);
  if (!words || words.length === 0) throw new ConfigError(source, line, `${expected} with a path`);
  const kind = m[1] as SuiteSpec['kind'];
  const [path, ...args] = words;
  if (!rule.takesArgs && args.length > 0) throw new ConfigError(source, line, `'${rule.usage}' with no further arguments`);
  if (rule.extension && !path.endsWith(rule.extension)) throw new ConfigError(source, line, `a ${kind} suite file ending in ${rule.extension}`);
  if (path.startsWith('/') || path.split(/[\\/]/).includes('..')) {
    throw new ConfigError(source, line, 'a path inside the working directory (relative, without ..)');
  }
  return { kind, path, args };
}

function parseSuites(raw: RawValue, optional: boolean): SuiteSpec[] {
  const lines = raw.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (lines.length === 0 && optional) return [];
  if (lines.length === 0) {
    throw new ConfigError(
      raw.source,
      raw.text,
      `at least one suite line ('pytest-benchmark: benchmarks/' or 'timeit: bench.toml'), in the workflow or in ${PYPROJECT} suites`,
    );
  }
  const suites = lines.map((l) => parseSuiteLine(l, raw.source));
  const seen = new Set<string>();
  for (const s of suites) {
    if (seen.has(s.path)) throw new ConfigError(raw.source, s.path, 'each suite path listed once');
    seen.add(s.path);
  }
  return suites;
}

function required<T>(value: T | null, raw: RawValue, expected: string): T {
  if (value === null) throw new ConfigError(raw.source, raw.text, expected);
  return value;
}

/** A `choice` input: one of the table's choices. */
function oneOf<T extends string>(raw: Record<SettingName, RawValue>, name: SettingName): T {
  const allowed = inputSpec(name).choices ?? [];
  const { text, source } = raw[name];
  if (!allowed.includes(text)) throw new ConfigError(source, text, `one of ${allowed.join(', ')}`);
  return text as T;
}

/** A `boolean` input. */
function flag(raw: Record<SettingName, RawValue>, name: SettingName): boolean {
  return required(parseBoolean(raw[name].text), raw[name], 'true or false');
}

/** A threshold: a percentage above 0% and below 1000% (`threshold`, `memory-threshold`). */
function boundedPercentage(raw: RawValue, example: string, fraction: string): number {
  const value = required(parsePercentage(raw.text), raw, `a percentage such as ${example} (or a fraction such as ${fraction})`);
  if (value <= 0 || value >= 10) throw new ConfigError(raw.source, raw.text, 'a percentage above 0% and below 1000%');
  return value;
}

/** `fail-on-inconclusive`: empty (off), or a share of rows from 0% to below 100%. */
function inconclusiveShare(raw: RawValue): number | null {
  if (raw.text.trim() === '') return null;
  const value = parsePercentage(raw.text);
  if (value === null || value >= 1)
    throw new ConfigError(raw.source, raw.text, 'a share of rows from 0% to below 100%, such as 25% (or 0.25), or empty for off');
  return value;
}

/** `import-time`: module names → one extra suite whose benchmarks are `import <module>`. */
function importTimeSuite(raw: RawValue): SuiteSpec[] {
  const modules = parseList(raw.text);
  for (const m of modules) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(m))
      throw new ConfigError(raw.source, m, 'importable module names such as mypkg, mypkg.cli');
  }
  return modules.length ? [{ kind: 'import-time', path: 'import-time', args: [...new Set(modules)] }] : [];
}

/** The paired method's own defaults when min-rounds / max-rounds are not given (judge/paired/adaptive.ts). */
const DEFAULT_LIMITS = { rounds: { min: 10, max: 30 }, paired: { min: 6, max: 20 } } as const;

/**
 * min-rounds / max-rounds: rounds per side, or worker pairs under `method: paired`; an input not given takes the
 * method's default (and is left out of pairLimits, so the paired method may raise its maximum for a large run).
 */
function roundLimits(raw: Record<SettingName, RawValue>, method: MeasureMethod) {
  const unit = method === 'paired' ? 'worker pairs' : 'rounds';
  const given = (name: 'min-rounds' | 'max-rounds', expected: string) =>
    raw[name].text === '' ? undefined : required(parseInteger(raw[name].text), raw[name], expected);
  const minGiven = given('min-rounds', `a whole number of ${unit}, at least 2`);
  if (minGiven !== undefined && minGiven < 2) throw new ConfigError(raw['min-rounds'].source, raw['min-rounds'].text, `a whole number of ${unit}, at least 2`);
  const min = minGiven ?? DEFAULT_LIMITS[method].min;
  const maxGiven = given('max-rounds', `a whole number of ${unit}, at least min-rounds (${min})`);
  if (maxGiven !== undefined && (maxGiven < min || maxGiven > 1000)) {
    throw new ConfigError(raw['max-rounds'].source, raw['max-rounds'].text, `a whole number of ${unit} from min-rounds (${min}) to 1000`);
  }
  // `rounds` (and paired suites that fall back to it) counts rounds: the inputs if given, else 1.0's defaults.
  const minRounds = minGiven ?? DEFAULT_LIMITS.rounds.min;
  return {
    minRounds,
    maxRounds: maxGiven ?? Math.max(minRounds, DEFAULT_LIMITS.rounds.max),
    pairLimits: { ...(minGiven !== undefined ? { minPairs: minGiven } : {}), ...(maxGiven !== undefined ? { maxPairs: maxGiven } : {}) },
  };
}

/** `parallel`: a number of units at once, or null for `auto` (one per CPU, counted where the pairs run). */
function parallelUnits(value: RawValue): number | null {
  if (value.text === 'auto') return null;
  const n = parseInteger(value.text);
  if (n === null || n < 1 || n > 256) throw new ConfigError(value.source, value.text, "'auto' or a whole number of units from 1 to 256");
  return n;
}

export function parseConfig(inputs: Record<string, string>, pyprojectTable?: Record<string, unknown>): Settings {
  const raw = gatherRaw(inputs, pyprojectTable);
  const importSuites = importTimeSuite(raw['import-time']);
  const threshold = boundedPercentage(raw.threshold, '5%', '0.05');
  const alphaValue = Number(raw.alpha.text);
  if (!/^\d*\.?\d+(e-?\d+)?$/i.test(raw.alpha.text) || !(alphaValue > 0 && alphaValue < 0.5)) {
    throw new ConfigError(raw.alpha.source, raw.alpha.text, 'a false-discovery rate between 0 and 0.5, such as 0.05');
  }
  const { minRounds, maxRounds, pairLimits } = roundLimits(raw, oneOf<MeasureMethod>(raw, 'method'));
  const budget = required(parseDuration(raw['time-budget'].text), raw['time-budget'], 'a duration such as 90s, 20m, 1h or plain seconds');
  if (budget <= 0) throw new ConfigError(raw['time-budget'].source, raw['time-budget'].text, 'a duration above zero');
  const interpreters = parseList(raw.interpreters.text);
  if (interpreters.length === 0)
    throw new ConfigError(raw.interpreters.source, raw.interpreters.text, "interpreter specs such as '3.12, 3.13', 'pypy3', an absolute path, or 'auto'");
  const workingDirectory = raw['working-directory'].text;
  if (workingDirectory.split(/[\\/]/).includes('..')) {
    throw new ConfigError(raw['working-directory'].source, workingDirectory, 'a folder inside the repository, without ..');
  }
  return {
    suites: [...parseSuites(raw.suites, importSuites.length > 0), ...importSuites],
    suitesSource: raw.suites.source,
    interpreters: [...new Set(interpreters)],
    install: raw.install.text === '' ? null : raw.install.text === 'none' ? '' : raw.install.text,
    base: raw.base.text || null,
    head: raw.head.text || null,
    threshold,
    alpha: alphaValue,
    minRounds,
    maxRounds,
    method: oneOf<MeasureMethod>(raw, 'method'),
    pairLimits,
    calibrate: flag(raw, 'calibrate'),
    parallel: parallelUnits(raw.parallel),
    timeBudgetSeconds: budget,
    failOnRegression: flag(raw, 'fail-on-regression'),
    failOnInconclusive: inconclusiveShare(raw['fail-on-inconclusive']),
    comment: oneOf<CommentMode>(raw, 'comment'),
    commentKey: raw['comment-key'].text,
    ...(legKey(inputs) ? { legKey: legKey(inputs) } : {}),
    workingDirectory,
    statistic: oneOf<RoundStatistic>(raw, 'statistic'),
    slowRounds: oneOf<SlowRoundsMode>(raw, 'slow-rounds'),
    failOnUpgradeRegression: flag(raw, 'fail-on-upgrade-regression'),
    compareInterpreters: flag(raw, 'compare-interpreters'),
    profile: oneOf<ProfileMode>(raw, 'profile'),
    memory: flag(raw, 'memory'),
    memoryThreshold: boundedPercentage(raw['memory-threshold'], '10%', '0.1'),
    instructions: flag(raw, 'instructions'),
    instructionsThreshold: boundedPercentage(raw['instructions-threshold'], '1%', '0.01'),
    passEnv: parsePassEnv(inputs['pass-env'] ?? ''),
    cache: parseCacheInput(inputs.cache ?? ''),
    trustPrCode: required(
      parseBoolean((inputs['trust-pr-code'] ?? '').trim() || 'false'),
      { text: inputs['trust-pr-code'] ?? '', source: "input 'trust-pr-code'" },
      'true or false',
    ),
    ...shardSetting(inputs.shard ?? ''),
  };
}
