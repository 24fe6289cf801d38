// The one table of inputs: name, default, how the value is read, and a one-line doc. parse-settings.ts
// reads it, a test holds action.yml to it, and `npm run readme` writes the README's inputs table from it.

/** How an input's text is read (the parsers are in values.ts; parse-settings.ts adds the cross-checks). */
export type ValueKind = 'text' | 'list' | 'suites' | 'boolean' | 'percentage' | 'rate' | 'integer' | 'duration' | 'choice';

export interface InputSpec {
  name: string;
  /** The text used when neither the workflow nor pyproject.toml gives one ('' = none, or computed). */
  default: string;
  /** How the README shows the default when the text alone would mislead. */
  shownDefault?: string;
  kind: ValueKind;
  /** For `choice`: the accepted values. */
  choices?: readonly string[];
  /** May come from [tool.py-perf-guard] too (not github-token: it is a secret). */
  pyproject: boolean;
  doc: string;
}

export const INPUTS = [
  {
    name: 'suites',
    default: '',
    shownDefault: '(required, here or in pyproject.toml)',
    kind: 'suites',
    pyproject: true,
    doc: 'one suite a line: `pytest-benchmark: <path> [extra pytest args]` or `timeit: <file.toml>`, relative to `working-directory`',
  },
  {
    name: 'interpreters',
    default: 'auto',
    kind: 'list',
    pyproject: true,
    doc: 'comma- or newline-separated versions, `pypy3`/`pypy3.10`, absolute paths, or `auto` (see above)',
  },
  {
    name: 'install',
    default: '',
    shownDefault: '`pip install -e .` if installable, else nothing',
    kind: 'text',
    pyproject: true,
    doc: 'shell command run in each venv × commit before benchmarking; `none` for no command',
  },
  { name: 'base', default: '', shownDefault: 'see below', kind: 'text', pyproject: true, doc: 'commit-ish to compare against' },
  { name: 'head', default: '', shownDefault: 'the checked-out commit', kind: 'text', pyproject: true, doc: 'commit-ish to measure' },
  { name: 'threshold', default: '5%', kind: 'percentage', pyproject: true, doc: 'smallest slowdown that counts as a regression (`5%` or `0.05`)' },
  { name: 'alpha', default: '0.05', kind: 'rate', pyproject: true, doc: 'false-discovery rate across all comparisons of the run' },
  {
    name: 'min-rounds',
    default: '',
    shownDefault: '`10` (`rounds`), `6` (`paired`)',
    kind: 'integer',
    pyproject: true,
    doc: 'rounds per side before verdicts are judged (with `method: paired`: worker pairs); at least 2',
  },
  {
    name: 'max-rounds',
    default: '',
    shownDefault: '`30` (`rounds`), `20` (`paired`)',
    kind: 'integer',
    pyproject: true,
    doc: 'most rounds per side (with `method: paired`: worker pairs) for benchmarks still undecided; `min-rounds` to 1000',
  },
  {
    name: 'time-budget',
    default: '20m',
    kind: 'duration',
    pyproject: true,
    doc: 'for the whole run (venvs, installs, rounds, memory, profiles), less a reserve for publishing: `90s`, `20m`, `1h`, `1h30m` or plain seconds',
  },
  { name: 'fail-on-regression', default: 'true', kind: 'boolean', pyproject: true, doc: 'exit 1 when any benchmark regressed' },
  {
    name: 'fail-on-inconclusive',
    default: '',
    shownDefault: '(off)',
    kind: 'percentage',
    pyproject: true,
    doc: 'exit 1 when more than this share of rows is `inconclusive` (`25%`, or `0%` for any); empty: never',
  },
  {
    name: 'comment',
    default: 'always',
    kind: 'choice',
    choices: ['always', 'on-regression', 'never'],
    pyproject: true,
    doc: '`always`, `on-regression` (create only on a regression, but keep an existing comment current), `never`',
  },
  {
    name: 'comment-key',
    default: '',
    shownDefault: "the workflow's `interpreters`, `shard`, `suites`, `working-directory`",
    kind: 'text',
    pyproject: true,
    doc: 'key of the comment marker: one comment per job and key. By default the inputs a matrix varies, so its legs never share a comment',
  },
  { name: 'working-directory', default: '.', kind: 'text', pyproject: true, doc: 'the Python project root inside the repository' },
  {
    name: 'statistic',
    default: 'min',
    kind: 'choice',
    choices: ['min', 'median', 'mean'],
    pyproject: true,
    doc: "per-round statistic of a process's inner timings: `min`, `median` or `mean`",
  },
  {
    name: 'fail-on-upgrade-regression',
    default: 'false',
    kind: 'boolean',
    pyproject: true,
    doc: "on a PR that changes the project's Python, fail when the new interpreter is slower on a benchmark",
  },
  {
    name: 'compare-interpreters',
    default: 'false',
    kind: 'boolean',
    pyproject: true,
    doc: 'compare head on every interpreter against the first one listed, on any PR',
  },
  {
    name: 'profile',
    default: 'regressions',
    kind: 'choice',
    choices: ['regressions', 'all', 'none'],
    pyproject: true,
    doc: 'run benchmarks once more under cProfile on base and head: `regressions`, `all` or `none`',
  },
  { name: 'import-time', default: '', kind: 'list', pyproject: true, doc: 'modules whose import time is judged like a benchmark (`import mypkg`)' },
  { name: 'memory', default: 'false', kind: 'boolean', pyproject: true, doc: 'also judge peak traced memory per call' },
  { name: 'memory-threshold', default: '10%', kind: 'percentage', pyproject: true, doc: 'smallest growth of peak memory per call that counts as a regression' },
  {
    name: 'instructions',
    default: 'false',
    kind: 'boolean',
    pyproject: true,
    doc: 'also count CPU instructions per call under valgrind (installed with apt when missing) and judge them; CPython only (see Instruction counts)',
  },
  {
    name: 'instructions-threshold',
    default: '1%',
    kind: 'percentage',
    pyproject: true,
    doc: 'smallest growth of instructions per call that counts as a regression (it must also clear 3× the spread between counting processes)',
  },
  {
    name: 'slow-rounds',
    default: 'drop',
    kind: 'choice',
    choices: ['drop', 'keep'],
    pyproject: true,
    doc: "`drop`: size the change (ratio, CI) without the rounds whose whole suite ran in a slow mode (≥1.25× the side's fast quartile); the test still uses every round. `keep`: every round for both",
  },
  {
    name: 'method',
    default: 'paired',
    kind: 'choice',
    choices: ['rounds', 'paired'],
    pyproject: true,
    doc: '`paired`: per suite × interpreter, fresh pairs of base and head worker processes alternate ~5 ms bursts of each benchmark (see Paired measurement); `rounds`: a fresh process per round and side (1.0)',
  },
  {
    name: 'calibrate',
    default: 'false',
    kind: 'boolean',
    pyproject: true,
    doc: '`method: paired`: one extra worker pair per suite × interpreter duels base against base; its reading is the noise floor a change must clear',
  },
  {
    name: 'parallel',
    default: 'auto',
    kind: 'text',
    pyproject: true,
    doc: "`method: paired`: how many suite × interpreter units duel at once, each on its own CPU (a pair's two workers take turns, so a pair keeps one CPU busy); `auto`: one per CPU the job may use; `1`: one at a time",
  },
  {
    name: 'pass-env',
    default: '',
    kind: 'list',
    pyproject: false,
    doc: "names of further environment variables the project's processes get (they see only an allow-list otherwise); the runner's tokens and command files are refused; workflow only",
  },
  {
    name: 'trust-pr-code',
    default: 'false',
    kind: 'boolean',
    pyproject: false,
    doc: "on `pull_request_target` (or `workflow_run` from a fork), allow running the PR's code, which then sees this job's write token; workflow only (see Security)",
  },
  {
    name: 'shard',
    default: '',
    kind: 'text',
    pyproject: false,
    doc: '`i/n`: measure only the i-th of n shares of the benchmarks (a stable split by name, for a matrix of jobs; see "Big suites: shards"); workflow only',
  },
  {
    name: 'mode',
    default: 'auto',
    kind: 'choice',
    choices: ['auto', 'measure', 'comment', 'merge'],
    pyproject: false,
    doc: "`auto`: measure and comment (on a fork's PR, whose token cannot comment, a notice says how to add the comment workflow); `measure`: measure and write the report folder, no comment; `comment`: publish a report folder from `measure`, running no PR code (see Pull requests from forks); workflow only",
  },
  {
    name: 'report-dir',
    default: '',
    shownDefault: '`measure`/`auto`: a folder below `RUNNER_TEMP`; `comment`: (required)',
    kind: 'text',
    pyproject: false,
    doc: '`measure`/`auto`: where to write the report folder (`report.json`, `comment.md`, `event.json`); `comment`: the folder to publish, as downloaded by actions/download-artifact; workflow only',
  },
  {
    name: 'cache',
    default: '',
    shownDefault: '`pip` when the runner has the cache service, else off',
    kind: 'choice',
    choices: ['pip', 'false'],
    pyproject: false,
    doc: "`pip`: restore pip's cache (keyed by OS, interpreter versions and a hash of requirements*.txt, pyproject.toml, setup.cfg, setup.py and `install`) before the installs, save it in the post step; `false`: no cache; workflow only",
  },
  { name: 'github-token', default: '${{ github.token }}', kind: 'text', pyproject: false, doc: 'token for the comment; marked secret, never printed' },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof INPUTS)[number]['name'];

export function inputSpec(name: InputName): InputSpec {
  return INPUTS.find((i) => i.name === name)!;
}

export const OUTPUTS = [
  { name: 'verdict', doc: '`pass`, `regression` or `error`' },
  { name: 'regressions', doc: 'count of rows (one row = one benchmark on one interpreter) that regressed' },
  { name: 'improvements', doc: 'count of rows that improved' },
  { name: 'failures', doc: 'count of `failed` rows' },
  { name: 'inconclusive', doc: 'count of `inconclusive` rows: measured, but neither shown changed nor shown unchanged' },
  { name: 'memory-regressions', doc: 'count of rows whose peak memory per call grew by `memory-threshold` or more' },
  { name: 'instruction-regressions', doc: 'count of rows whose instructions per call grew by `instructions-threshold` or more (`instructions: true`)' },
  { name: 'report-json', doc: 'absolute path of the JSON report (below `RUNNER_TEMP`)' },
  { name: 'comment-url', doc: 'URL of the PR comment, whenever one was created or updated' },
  { name: 'report-dir', doc: 'absolute path of the report folder (`report.json`, `comment.md`, `event.json`), for actions/upload-artifact' },
] as const;

/** The README's inputs table (between its markers), one row per input. */
export function inputsMarkdownTable(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = INPUTS.map((i: InputSpec) => `| \`${i.name}\` | ${i.shownDefault ?? (i.default ? `\`${i.default}\`` : '(empty)')} | ${cell(i.doc)} |`);
  return ['| input | default | meaning |', '|---|---|---|', ...rows].join('\n');
}
