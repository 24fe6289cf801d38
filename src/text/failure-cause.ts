// What a failed tool's output says went wrong: the lines that carry the cause, not the usage line or the
// traceback's frames, and, for causes whose fix is known, the fix. Pure.
//
// Read from real pytest output (__tests__/integration/failure-cause.test.ts runs it): a usage error prints
// `ERROR: usage: …` first and the reason on a `prog: error: …` line; an exception in a test or conftest.py is
// on `E   …` lines; an import error while pytest starts ends a traceback with `ModuleNotFoundError: …`.

export interface FailureCause {
  /** The lines that say why, most telling first; empty when the output has none. */
  lines: string[];
  /** What to change, when the cause is a known one. */
  fix?: string;
}

/** pytest plugins that bring a command-line option a project's pytest.ini often sets. */
const PLUGIN_OPTIONS: { plugin: string; options: RegExp }[] = [
  { plugin: 'pytest-xdist', options: /^(--numprocesses|-n|--dist|--maxprocesses|--max-worker-restart)\b/ },
  { plugin: 'pytest-cov', options: /^--(cov|no-cov)\b/ },
  { plugin: 'pytest-timeout', options: /^--timeout\b/ },
  { plugin: 'pytest-asyncio', options: /^--asyncio-mode\b/ },
  { plugin: 'pytest-rerunfailures', options: /^--(reruns|reruns-delay)\b/ },
];

const XDIST_ARGS = "`-n0` to the suite's arguments, as in `pytest-benchmark: <path> -n0`, since benchmarks must run in one process";
const NO_ADDOPTS = "or add `-o addopts=` to the suite's arguments to drop the ini file's `addopts` for the benchmarks";

function unique(lines: string[]): string[] {
  return [...new Set(lines)];
}

/** `python -m pytest: error: unrecognized arguments: …` → `error: unrecognized arguments: …` (argparse's own line). */
function argparseErrors(lines: string[]): string[] {
  return lines.flatMap((l) => /^\S[^:]*: (error: .+)$/.exec(l)?.[1] ?? []);
}

/** pytest's `E   <exception>` lines, with the indentation dropped. */
function pytestELines(lines: string[]): string[] {
  return lines.flatMap((l) => /^E {1,}(\S.*)$/.exec(l)?.[1] ?? []);
}

/** A traceback's last line: `SomeError: message` at the start of a line, after `Traceback (most recent call last):`. */
function tracebackEnds(lines: string[]): string[] {
  const start = lines.findIndex((l) => l.startsWith('Traceback (most recent call last):'));
  if (start < 0) return [];
  const ends = lines.slice(start).filter((l) => /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b(: .*)?$/.test(l));
  return ends.slice(-1);
}

/** `ERROR:`/`error` lines (pip prints its reason so, among warnings), without pytest's usage line. */
function errorWordLines(lines: string[]): string[] {
  return lines.filter((l) => /^(ERROR|error)\b|^\w*Error\b/.test(l) && !/^ERROR: usage: /.test(l)).slice(-2);
}

function pluginFix(unrecognized: string): string | undefined {
  const args = unrecognized.trim().split(/\s+/);
  for (const { plugin, options } of PLUGIN_OPTIONS) {
    const option = args.find((a) => options.test(a));
    if (!option) continue;
    const shown = option.split('=')[0];
    if (plugin === 'pytest-xdist')
      return `\`${shown}\` is an option of pytest-xdist, which is not installed: add pytest-xdist to \`install\` and ${XDIST_ARGS}; ${NO_ADDOPTS}`;
    return `\`${shown}\` is an option of ${plugin}, which is not installed: add ${plugin} to \`install\`, ${NO_ADDOPTS}`;
  }
  return undefined;
}

/** The fix for a cause line, when it is a known one. */
function knownFix(line: string): string | undefined {
  const unrecognized = /unrecognized arguments: (.+)$/.exec(line);
  if (unrecognized) return pluginFix(unrecognized[1]);
  if (/Can't have both --benchmark-only and --benchmark-disable/.test(line) && /xdist/.test(line))
    return `pytest-xdist is active, and pytest-benchmark turns itself off under it: add ${XDIST_ARGS}`;
  const plugin = /Error importing plugin "([^"]+)": No module named/.exec(line);
  if (plugin) return `the pytest plugin \`${plugin[1]}\` is not installed: add the package that provides it to \`install\`, or drop \`-p ${plugin[1]}\``;
  const missing = /ModuleNotFoundError: No module named '([^']+)'/.exec(line);
  if (missing) {
    const top = missing[1].split('.')[0];
    return `the module \`${top}\` is not installed in the benchmark's venv: add the package that provides it to \`install\`, e.g. \`pip install -e . <package>\``;
  }
  return undefined;
}

/** The lines of `output` (stderr or stdout of a failed process) that say why it failed, and a known fix. */
export function failureCause(output: string): FailureCause {
  const lines = output.split('\n').map((l) => l.trimEnd());
  const found = unique([...argparseErrors(lines), ...pytestELines(lines).slice(-2), ...tracebackEnds(lines)]);
  const cause = found.length ? found : errorWordLines(lines);
  const fix = cause.map(knownFix).find(Boolean);
  return fix ? { lines: cause, fix } : { lines: cause };
}

/** A message with its known fix appended: `…: No module named 'yaml' (fix: …)`; unchanged when none is known. */
export function withKnownFix(message: string): string {
  const fix = message
    .split('\n')
    .map((l) => knownFix(l.trim()))
    .find(Boolean);
  return fix && !message.includes(' (fix: ') ? `${message} (fix: ${fix})` : message;
}

/** The cause as one message (its lines, then the fix), or '' when the output names none. */
export function causeText(output: string): string {
  const cause = failureCause(output);
  if (!cause.lines.length) return '';
  return `${cause.lines.join('\n')}${cause.fix ? ` (fix: ${cause.fix})` : ''}`;
}
