// Command-line arguments of the local CLI → the same named inputs the action reads, plus the CLI's own
// options (--format, --json, --help, --version). Parsed by node:util's parseArgs; a mistyped option gets a
// suggestion. Pure.
import { parseArgs } from 'node:util';
import { SETTING_NAMES, WORKFLOW_ONLY_NAMES } from './parse-settings.js';

export const FORMATS = ['text', 'markdown', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface CliArgs {
  inputs: Record<string, string>;
  json?: string;
  /** As asked; absent: the CLI picks text for a terminal, markdown for a pipe. */
  format?: OutputFormat;
  help: boolean;
  version: boolean;
}

/** A command line the CLI cannot run: exit 2, with the usage hint. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The CLI's own options, beside one per input of action.yml. */
export const CLI_OPTIONS = [
  {
    name: 'format',
    value: 'text|markdown|json',
    doc: 'what goes to stdout: text (default on a terminal), markdown (default when piped: the job summary), json (the report)',
  },
  { name: 'json', value: 'FILE', doc: 'also write the JSON report to FILE (default: a private temporary folder, named on stderr)' },
  { name: 'help', short: 'h', doc: 'show this help' },
  { name: 'version', short: 'V', doc: 'show the version' },
] as const;

export function inputOptionNames(): string[] {
  return [...SETTING_NAMES, ...WORKFLOW_ONLY_NAMES];
}

function optionNames(): string[] {
  return [...inputOptionNames(), ...CLI_OPTIONS.map((o) => o.name)];
}

/** Edit distance (insertions, deletions, substitutions, and swaps of neighbours), for suggestions. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_row, i) => Array.from({ length: b.length + 1 }, (_cell, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** The known option nearest to `name`, when it is near enough to be a typo (or `name` is a prefix of exactly one). */
export function suggestOption(name: string, known: readonly string[] = optionNames()): string | undefined {
  const prefixed = known.filter((k) => k.startsWith(name));
  if (name.length >= 3 && prefixed.length === 1) return prefixed[0];
  const scored = known.map((k) => ({ k, d: editDistance(name, k) })).sort((x, y) => x.d - y.d);
  const best = scored[0];
  return best && best.d <= Math.max(1, Math.floor(name.length / 3)) ? best.k : undefined;
}

function unknownOption(arg: string): UsageError {
  const name = arg.replace(/^-+/, '').split('=')[0];
  const suggestion = suggestOption(name);
  return new UsageError(`unknown option ${arg.split('=')[0]}${suggestion ? `: did you mean --${suggestion}?` : ' (see --help)'}`);
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const name of inputOptionNames()) options[name] = { type: 'string', ...(name === 'suites' ? { multiple: true } : {}) };
  for (const o of CLI_OPTIONS) options[o.name] = { type: 'value' in o ? 'string' : 'boolean', ...('short' in o ? { short: o.short } : {}) };
  // Unknown options are caught before parseArgs, which would name them without a suggestion.
  const known = new Set(optionNames());
  // `--name value` becomes `--name=value`, so that a value starting with a dash is still the option's value.
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      joined.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0];
      if (!known.has(name)) throw unknownOption(arg);
      if (options[name].type === 'string' && !arg.includes('=') && i + 1 < argv.length) {
        joined.push(`${arg}=${argv[++i]}`);
        continue;
      }
    }
    joined.push(arg);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: joined, options, strict: true, allowPositionals: false });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw unknownOption(/'([^']+)'/.exec((e as Error).message)?.[1] ?? '?');
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /'(--?[\w-]+)/.exec((e as Error).message)?.[1] ?? 'an option';
      throw new UsageError(`option ${option} needs a value (${option} VALUE or ${option}=VALUE)`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(
        `unexpected argument ${JSON.stringify(/'([^']*)'/.exec((e as Error).message)?.[1] ?? '')}: every value follows its option (--base main)`,
      );
    throw new UsageError((e as Error).message);
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const inputs: Record<string, string> = {};
  for (const name of inputOptionNames()) {
    const v = values[name];
    if (v !== undefined) inputs[name] = Array.isArray(v) ? v.join('\n') : String(v);
  }
  const format = values.format as string | undefined;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`option --format is ${JSON.stringify(format)}: expected one of ${FORMATS.join(', ')}`);
  return {
    inputs,
    ...(values.json !== undefined ? { json: values.json as string } : {}),
    ...(format !== undefined ? { format: format as OutputFormat } : {}),
    help: Boolean(values.help),
    version: Boolean(values.version),
  };
}
