// The CLI's --help, generated from the one table of inputs (inputs.ts) and the CLI's own options, so that
// every input of action.yml is listed with its default. Pure.
import { CLI_OPTIONS, inputOptionNames } from './cli-args.js';
import { INPUTS, type InputSpec } from './inputs.js';

const VALUE_HINT: Record<InputSpec['kind'], string> = {
  text: 'TEXT',
  list: 'LIST',
  suites: 'SUITE',
  boolean: 'true|false',
  percentage: 'PCT',
  rate: 'RATE',
  integer: 'N',
  duration: 'DURATION',
  choice: '',
};

/** The table's markdown for a terminal: code spans as plain text, pointers into the README named so. */
function unmark(text: string): string {
  return text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/ \(see above\)/g, ' (see the README)')
    .replace(/\(see ([A-Z][\w ]+)\)/g, "(see the README's $1)");
}

/** Defaults the README words for its own layout ("see below"), as the CLI has them. */
const CLI_DEFAULTS: Record<string, string> = { base: 'the first parent of head (HEAD^; with --head WORKTREE: HEAD)' };

/** Words wrapped to `width` columns, continuation lines indented by `indent`. */
function wrap(text: string, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function entry(flag: string, doc: string, width: number): string[] {
  const column = 30;
  const body = wrap(doc, width, column);
  const first = flag.length + 2 <= column ? `${flag.padEnd(column)}${body[0] ?? ''}` : `${flag}\n${' '.repeat(column)}${body[0] ?? ''}`;
  return [first, ...body.slice(1).map((l) => ' '.repeat(column) + l)];
}

export function helpText(width = 100): string {
  const names = new Set(inputOptionNames());
  const inputs = INPUTS.filter((i) => names.has(i.name)).flatMap((i: InputSpec) => {
    const value = i.kind === 'choice' ? (i.choices ?? []).join('|') : VALUE_HINT[i.kind];
    const shown = CLI_DEFAULTS[i.name] ?? unmark(i.shownDefault ?? (i.default ? i.default : ''));
    const extra = i.name === 'head' ? '; WORKTREE: the working tree as it is, uncommitted and untracked files included' : '';
    const repeat = i.name === 'suites' ? ' (repeat the option for several suites)' : '';
    return entry(`  --${i.name} ${value}`, `${unmark(i.doc)}${extra}${repeat}${shown ? ` [default: ${shown}]` : ''}`, width);
  });
  const own = CLI_OPTIONS.flatMap((o) => entry(`  ${'short' in o ? `-${o.short}, ` : ''}--${o.name}${'value' in o ? ` ${o.value}` : ''}`, o.doc, width));
  return [
    'Usage: py-perf-guard [--base REF] [--head REF|WORKTREE] [--suites SUITE]... [OPTION]...',
    '',
    "Compares the Python project's benchmarks on two commits (default: HEAD^ and HEAD)",
    'of the git repository in the current folder and says, per benchmark, whether head is slower.',
    'Progress goes to stderr, the report to stdout.',
    '',
    'Options of the CLI:',
    ...own,
    '',
    "Inputs (the same as the action's; also read from [tool.py-perf-guard] in pyproject.toml):",
    ...inputs,
    '',
    'Exit status: 0 pass, 1 regression or failures of head, 2 bad input or nothing measurable.',
    'Example: py-perf-guard --base main --head WORKTREE --suites "pytest-benchmark: benchmarks/"',
  ].join('\n');
}
