// Command-line arguments of the local CLI → the same named inputs the action reads. Pure.
import { SETTING_NAMES, WORKFLOW_ONLY_NAMES } from './parse-settings.js';
import { ConfigError } from '../model/errors.js';

export interface CliArgs {
  inputs: Record<string, string>;
  json?: string;
  help: boolean;
}

export const CLI_USAGE = `Usage: py-perf-guard --base <ref> --head <ref> [--suites <line>]… [--interpreters <list>] [--json <file>]
       [--<input-name> <value>]…   (every input of action.yml: --threshold 5%, --min-rounds 10, --install "pip install -e .", …)
Run inside the Python project's git repository. Prints the report (markdown) on stdout, progress on stderr.
Exit status: 0 pass, 1 regression or failures of head, 2 bad input or nothing measurable.`;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const inputs: Record<string, string> = {};
  const result: CliArgs = { inputs, help: false };
  const known = [...SETTING_NAMES, ...WORKFLOW_ONLY_NAMES, 'json'] as string[];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      result.help = true;
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!m || !known.includes(m[1])) throw new ConfigError('command-line argument', arg, `one of ${known.map((k) => `--${k}`).join(', ')} (see --help)`);
    const name = m[1];
    let value = m[2];
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new ConfigError(`option --${name}`, '', 'a value after it');
      value = argv[++i];
    }
    if (name === 'json') result.json = value;
    else if (name === 'suites' && inputs.suites) inputs.suites += `\n${value}`;
    else inputs[name] = value;
  }
  return result;
}
