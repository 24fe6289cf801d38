#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/model/errors.ts
// The errors that end a run before any verdict, each with the exit code it maps to.
/** A failure of the run as a whole: reported as verdict `error` with this exit code. */
class RunError extends Error {
}
/** A bad input: names the input, quotes the value, says what is accepted. Exit code 2. */
class ConfigError extends RunError {
    source;
    value;
    expected;
    exitCode = 2;
    constructor(source, value, expected) {
        super(`${source} is ${JSON.stringify(value)}: expected ${expected}`);
        this.source = source;
        this.value = value;
        this.expected = expected;
        this.name = 'ConfigError';
    }
}
/** Something around the run is unusable (unknown commit, no interpreter): nothing could be measured. Exit code 2. */
class EnvironmentError extends RunError {
    exitCode = 2;
    constructor(message) {
        super(message);
        this.name = 'EnvironmentError';
    }
}

;// CONCATENATED MODULE: ./src/config/cache-input.ts
// The `cache` input (workflow only): whether pip's cache is restored before the installs and saved after the run.

function parseCacheInput(text) {
    const value = text.trim().toLowerCase();
    if (value === '')
        return 'auto';
    if (value === 'pip')
        return 'pip';
    if (value === 'false' || value === 'none')
        return 'off';
    throw new ConfigError("input 'cache'", text, 'pip or false');
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/config/values.ts
// Parsers for the textual values of inputs. Each returns the value or null when it does not parse;
// the caller turns null into a ConfigError that names the input.
/** `5%` → 0.05, `0.05` → 0.05. A bare number ≥ 1 is refused: `5` would be ambiguous. */
function parsePercentage(text) {
    const t = text.trim();
    const pct = /^(\d+(?:\.\d+)?|\.\d+)\s*%$/.exec(t);
    if (pct)
        return Number(pct[1]) / 100;
    if (/^(0?\.\d+|0)$/.test(t))
        return Number(t);
    return null;
}
const UNIT_SECONDS = { h: 3600, m: 60, s: 1 };
/** `90s`, `20m`, `1h`, `1h30m`, or plain seconds (`1200`, `2.5`). */
function parseDuration(text) {
    const t = text.trim().toLowerCase();
    if (/^\d+(\.\d+)?$/.test(t))
        return Number(t);
    if (!/^(\d+(\.\d+)?[hms])+$/.test(t))
        return null;
    let total = 0;
    for (const m of t.matchAll(/(\d+(?:\.\d+)?)([hms])/g))
        total += Number(m[1]) * UNIT_SECONDS[m[2]];
    return total;
}
function parseInteger(text) {
    const t = text.trim();
    return /^\d+$/.test(t) ? Number(t) : null;
}
/** The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function parseBoolean(text) {
    const t = text.trim();
    if (['true', 'True', 'TRUE'].includes(t))
        return true;
    if (['false', 'False', 'FALSE'].includes(t))
        return false;
    return null;
}
/** Comma- or newline-separated list, trimmed, empties dropped. */
function parseList(text) {
    return text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/**
 * Split a command line into words the way a POSIX shell would for plain words, single and double quotes
 * and backslash escapes (no expansion). Returns null on an unterminated quote.
 */
function splitWords(text) {
    const words = [];
    let current = '';
    let inWord = false;
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote === "'") {
            if (c === "'")
                quote = null;
            else
                current += c;
        }
        else if (quote === '"') {
            if (c === '"')
                quote = null;
            else if (c === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]))
                current += text[++i];
            else
                current += c;
        }
        else if (c === "'" || c === '"') {
            quote = c;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < text.length) {
            current += text[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += c;
            inWord = true;
        }
    }
    if (quote)
        return null;
    if (inWord)
        words.push(current);
    return words;
}

;// CONCATENATED MODULE: ./src/config/comment-key.ts
// The key of the PR comment's hidden marker when `comment-key` is not given: the workflow inputs a matrix of
// jobs varies to tell its legs apart (interpreters, shard, working-directory, suites), so two legs never
// share, and overwrite, one comment by accident. Only workflow inputs count: every leg reads the same
// pyproject.toml, and a PR that edits it must not move its comment. Legs that merge into one report
// (`mode: merge`) comment once, from the merge job, whose inputs name no shard.


/** `shard=1/4 py=3.12 suites=1a2b3c4d dir=pkg`, from the inputs given; undefined when none of them is. */
function legKey(inputs) {
    const given = (name) => (inputs[name] ?? '').trim();
    const parts = [];
    if (given('shard'))
        parts.push(`shard=${given('shard').replace(/\s/g, '')}`);
    if (given('interpreters'))
        parts.push(`py=${parseList(given('interpreters')).join(',')}`);
    if (given('suites'))
        parts.push(`suites=${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(given('suites').replace(/\r\n/g, '\n')).digest('hex').slice(0, 8)}`);
    if (given('working-directory') && given('working-directory') !== '.')
        parts.push(`dir=${given('working-directory')}`);
    return parts.length ? parts.join(' ') : undefined;
}

;// CONCATENATED MODULE: ./src/config/inputs.ts
// The one table of inputs: name, default, how the value is read, and a one-line doc. parse-settings.ts
// reads it, a test holds action.yml to it, and `npm run readme` writes the README's inputs table from it.
const INPUTS = [
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
];
function inputSpec(name) {
    return INPUTS.find((i) => i.name === name);
}
const OUTPUTS = [
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
];
/** The README's inputs table (between its markers), one row per input. */
function inputsMarkdownTable() {
    const cell = (text) => text.replace(/\|/g, '\\|');
    const rows = INPUTS.map((i) => `| \`${i.name}\` | ${i.shownDefault ?? (i.default ? `\`${i.default}\`` : '(empty)')} | ${cell(i.doc)} |`);
    return ['| input | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

;// CONCATENATED MODULE: ./src/io/child-env.ts
/** Passed as they are: what a shell, pip, uv and a proxy need. */
const ALLOWED = new Set([
    'PATH',
    'HOME',
    'LANG',
    'TMPDIR',
    'TEMP',
    'TMP',
    'CI',
    'RUNNER_OS',
    'RUNNER_ARCH',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'all_proxy',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    // What actions/setup-python and pyenv set so that their interpreters start (a shared libpython) and build
    // extensions against themselves: paths, no secrets.
    'LD_LIBRARY_PATH',
    'PKG_CONFIG_PATH',
    'pythonLocation',
    'Python_ROOT_DIR',
    'Python2_ROOT_DIR',
    'Python3_ROOT_DIR',
    'PYENV_ROOT',
]);
const ALLOWED_PREFIXES = ['LC_', 'PIP_', 'UV_'];
/** Never passed, not even when named in pass-env: the runner's credentials and command files. */
const NEVER = new Set([
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'GITHUB_TOKEN',
    'GITHUB_ENV',
    'GITHUB_OUTPUT',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
]);
/** Inputs (INPUT_GITHUB-TOKEN holds the token) and the runtime/OIDC/cache families. */
const NEVER_PREFIXES = ['INPUT_', 'ACTIONS_RUNTIME_', 'ACTIONS_ID_TOKEN_', 'ACTIONS_CACHE_'];
function isNeverPassed(name) {
    const upper = name.toUpperCase();
    return NEVER.has(upper) || NEVER_PREFIXES.some((p) => upper.startsWith(p));
}
function isAllowed(name) {
    return ALLOWED.has(name) || ALLOWED_PREFIXES.some((p) => name.startsWith(p));
}
/**
 * The allow-listed part of `parent` plus the variables named in pass-env. Any variable whose value contains
 * one of `secrets` (the github-token) is left out, whatever its name.
 */
function childEnvironment(parent, passEnv, secrets = []) {
    const env = {};
    const withheld = [];
    const holdsSecret = (value) => secrets.some((s) => s && value.includes(s));
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined || isNeverPassed(name))
            continue;
        if (!isAllowed(name) && !passEnv.includes(name))
            continue;
        if (holdsSecret(value))
            withheld.push(name);
        else
            env[name] = value;
    }
    return { env, withheld };
}
/**
 * Every process started through the returned RunProcess gets `childEnv` unless its caller built its own
 * (from childEnv, adding what the action sets); never-passed names are dropped from that too, as a backstop.
 */
function confineRun(run, childEnv) {
    return (command, args, options = {}) => {
        const env = { ...(options.env ?? childEnv) };
        for (const name of Object.keys(env))
            if (isNeverPassed(name))
                delete env[name];
        return run(command, args, { ...options, env });
    };
}
/**
 * The seam every phase after the settings uses: processes start from the allow-listed environment (a warning
 * names the variables left out because they hold the token's value).
 */
function confineDeps(deps, passEnv, token) {
    const child = childEnvironment(deps.env, passEnv, token ? [token] : []);
    if (child.withheld.length)
        deps.io.warning(`not passed to the project's processes, as their values hold the github-token: ${child.withheld.join(', ')}`);
    return { ...deps, childEnv: child.env, run: confineRun(deps.run, child.env) };
}

;// CONCATENATED MODULE: ./src/config/pass-env.ts
// The `pass-env` input: names of further environment variables for the project's processes. The runner's
// credentials and command files (io/child-env.ts) are refused even when named.



const SOURCE = "input 'pass-env'";
/** `pass-env`: names of further variables for the project's processes, comma- or newline-separated. */
function parsePassEnv(text) {
    const names = parseList(text);
    for (const name of names) {
        if (isNeverPassed(name)) {
            throw new ConfigError(SOURCE, name, "names other than INPUT_*, ACTIONS_RUNTIME_*, ACTIONS_ID_TOKEN_*, ACTIONS_CACHE_* and GITHUB_TOKEN/_ENV/_OUTPUT/_PATH/_STATE/_STEP_SUMMARY: the runner's credentials and command files never reach the project's code");
        }
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            throw new ConfigError(SOURCE, name, 'names of environment variables (letters, digits and _), comma- or newline-separated');
    }
    return [...new Set(names)];
}

;// CONCATENATED MODULE: ./src/config/shard.ts
// The `shard: i/n` input: this job measures the benchmarks whose name hashes to shard i of n, so the jobs of a
// matrix split a big suite between them and `mode: merge` puts the parts back together (judge/merge-reports.ts).
// The split is a hash of the benchmark's own name (pytest: its node id relative to the suite; timeit: its TOML
// name; import-time: `import mod`), so adding or renaming a benchmark moves no other between shards. The pytest
// plugins compute the same hash in Python (suites/pytest-benchmark/py_perf_guard_shard.py): keep them in step.


const shard_SOURCE = "input 'shard'";
const EXPECTED = 'i/n with whole numbers 1 ≤ i ≤ n, such as 1/4 (this job measures the i-th of n shares of the benchmarks), or empty for all';
/** `''` → no sharding; `2/4` → { index: 2, count: 4 }. */
function parseShard(text) {
    const t = text.trim();
    if (t === '')
        return undefined;
    const m = /^(\d+)\s*\/\s*(\d+)$/.exec(t);
    if (!m)
        throw new ConfigError(shard_SOURCE, text, EXPECTED);
    const [index, count] = [Number(m[1]), Number(m[2])];
    if (index < 1 || count < 1 || index > count || count > 1000)
        throw new ConfigError(shard_SOURCE, text, EXPECTED.replace('such as', 'n at most 1000, such as'));
    return { index, count };
}
/** The settings field: `{ shard }` when one is given, else nothing (Settings.shard stays absent). */
function shardSetting(text) {
    const shard = parseShard(text);
    return shard ? { shard } : {};
}
/** The shard (1 … n) a benchmark belongs to: the first 32 bits of SHA-256 of its UTF-8 name, modulo n, plus 1. */
function shardOf(name, count) {
    const h = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(name, 'utf8').digest();
    return (h.readUInt32BE(0) % count) + 1;
}
/** Whether this job measures `name` (everything, without a shard). */
function inShard(name, shard) {
    return !shard || shardOf(name, shard.count) === shard.index;
}
/** The environment the pytest plugins read the shard from (they hash node ids relative to `suiteDir`). */
function shardEnvironment(shard, suiteDir) {
    return shard ? { PY_PERF_GUARD_SHARD: `${shard.index}/${shard.count}`, PY_PERF_GUARD_SHARD_SUITE_DIR: suiteDir } : {};
}

;// CONCATENATED MODULE: ./src/config/parse-settings.ts
// Turns the action's inputs and the project's [tool.py-perf-guard] table into Settings, by the table of
// inputs (inputs.ts). Pure: takes strings and a parsed TOML table, returns Settings or throws ConfigError.







/** Inputs that may also come from pyproject.toml (github-token may not: it is a secret), in the table's order. */
const SETTING_NAMES = INPUTS.filter((i) => i.pyproject).map((i) => i.name);
/** Inputs only the workflow may set: the PR's own pyproject.toml must neither widen what its code can see nor grant itself trust. */
const WORKFLOW_ONLY_NAMES = INPUTS.filter((i) => !i.pyproject && i.name !== 'github-token').map((i) => i.name);
const PYPROJECT = '[tool.py-perf-guard]';
/**
 * Converts one value of the pyproject table to the input's textual form, so both sources share one parser.
 * Arrays are accepted for the list-valued settings.
 */
function tomlToText(name, value) {
    const source = `${PYPROJECT} ${name}`;
    const kind = inputSpec(name).kind;
    const listValued = kind === 'list' || kind === 'suites';
    if (typeof value === 'string')
        return value;
    if (!listValued && (typeof value === 'number' || typeof value === 'boolean'))
        return String(value);
    if (listValued && Array.isArray(value) && value.every((v) => typeof v === 'string'))
        return value.join('\n');
    const expected = listValued ? 'a string or an array of strings' : 'a string, number or boolean';
    throw new ConfigError(source, JSON.stringify(value) ?? String(value), expected);
}
/** Picks each setting from the workflow input if given, else the pyproject table, else the default. */
function gatherRaw(inputs, table) {
    // Every key of the table is checked, even one the workflow overrides: a typo there is still a mistake.
    const fromTable = new Map();
    for (const [key, value] of Object.entries(table ?? {})) {
        if (WORKFLOW_ONLY_NAMES.includes(key))
            throw new ConfigError(`${PYPROJECT} key`, key, `a key the PR may set: ${key} is read only from the workflow's inputs`);
        if (!SETTING_NAMES.includes(key))
            throw new ConfigError(`${PYPROJECT} key`, key, `one of ${SETTING_NAMES.join(', ')}`);
        fromTable.set(key, tomlToText(key, value));
    }
    const raw = {};
    for (const name of SETTING_NAMES) {
        const given = (inputs[name] ?? '').trim();
        if (given !== '')
            raw[name] = { text: given, source: `input '${name}'` };
        else if (fromTable.has(name))
            raw[name] = { text: fromTable.get(name), source: `${PYPROJECT} ${name}` };
        else
            raw[name] = { text: inputSpec(name).default, source: `input '${name}'` };
    }
    return raw;
}
/** The kinds a `suites` line may name and what each takes (import-time comes from its own input). */
const SUITE_LINES = {
    'pytest-benchmark': { usage: 'pytest-benchmark: <path> [pytest args]', takesArgs: true },
    timeit: { usage: 'timeit: <file.toml>', takesArgs: false, extension: '.toml' },
};
function parseSuiteLine(line, source) {
    const m = /^\s*([a-z-]+)\s*:\s*(.*)$/.exec(line);
    const rule = m ? SUITE_LINES[m[1]] : undefined;
    const expected = Object.values(SUITE_LINES)
        .map((r) => `'${r.usage}'`)
        .join(' or ');
    if (!m || !rule)
        throw new ConfigError(source, line, expected);
    const words = splitWords(m[2]);
    if (!words || words.length === 0)
        throw new ConfigError(source, line, `${expected} with a path`);
    const kind = m[1];
    const [path, ...args] = words;
    if (!rule.takesArgs && args.length > 0)
        throw new ConfigError(source, line, `'${rule.usage}' with no further arguments`);
    if (rule.extension && !path.endsWith(rule.extension))
        throw new ConfigError(source, line, `a ${kind} suite file ending in ${rule.extension}`);
    if (path.startsWith('/') || path.split(/[\\/]/).includes('..')) {
        throw new ConfigError(source, line, 'a path inside the working directory (relative, without ..)');
    }
    return { kind, path, args };
}
function parseSuites(raw, optional) {
    const lines = raw.text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
    if (lines.length === 0 && optional)
        return [];
    if (lines.length === 0) {
        throw new ConfigError(raw.source, raw.text, `at least one suite line ('pytest-benchmark: benchmarks/' or 'timeit: bench.toml'), in the workflow or in ${PYPROJECT} suites`);
    }
    const suites = lines.map((l) => parseSuiteLine(l, raw.source));
    const seen = new Set();
    for (const s of suites) {
        if (seen.has(s.path))
            throw new ConfigError(raw.source, s.path, 'each suite path listed once');
        seen.add(s.path);
    }
    return suites;
}
function required(value, raw, expected) {
    if (value === null)
        throw new ConfigError(raw.source, raw.text, expected);
    return value;
}
/** A `choice` input: one of the table's choices. */
function oneOf(raw, name) {
    const allowed = inputSpec(name).choices ?? [];
    const { text, source } = raw[name];
    if (!allowed.includes(text))
        throw new ConfigError(source, text, `one of ${allowed.join(', ')}`);
    return text;
}
/** A `boolean` input. */
function flag(raw, name) {
    return required(parseBoolean(raw[name].text), raw[name], 'true or false');
}
/** A threshold: a percentage above 0% and below 1000% (`threshold`, `memory-threshold`). */
function boundedPercentage(raw, example, fraction) {
    const value = required(parsePercentage(raw.text), raw, `a percentage such as ${example} (or a fraction such as ${fraction})`);
    if (value <= 0 || value >= 10)
        throw new ConfigError(raw.source, raw.text, 'a percentage above 0% and below 1000%');
    return value;
}
/** `fail-on-inconclusive`: empty (off), or a share of rows from 0% to below 100%. */
function inconclusiveShare(raw) {
    if (raw.text.trim() === '')
        return null;
    const value = parsePercentage(raw.text);
    if (value === null || value >= 1)
        throw new ConfigError(raw.source, raw.text, 'a share of rows from 0% to below 100%, such as 25% (or 0.25), or empty for off');
    return value;
}
/** `import-time`: module names → one extra suite whose benchmarks are `import <module>`. */
function importTimeSuite(raw) {
    const modules = parseList(raw.text);
    for (const m of modules) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(m))
            throw new ConfigError(raw.source, m, 'importable module names such as mypkg, mypkg.cli');
    }
    return modules.length ? [{ kind: 'import-time', path: 'import-time', args: [...new Set(modules)] }] : [];
}
/** The paired method's own defaults when min-rounds / max-rounds are not given (judge/paired/adaptive.ts). */
const DEFAULT_LIMITS = { rounds: { min: 10, max: 30 }, paired: { min: 6, max: 20 } };
/**
 * min-rounds / max-rounds: rounds per side, or worker pairs under `method: paired`; an input not given takes the
 * method's default (and is left out of pairLimits, so the paired method may raise its maximum for a large run).
 */
function roundLimits(raw, method) {
    const unit = method === 'paired' ? 'worker pairs' : 'rounds';
    const given = (name, expected) => raw[name].text === '' ? undefined : required(parseInteger(raw[name].text), raw[name], expected);
    const minGiven = given('min-rounds', `a whole number of ${unit}, at least 2`);
    if (minGiven !== undefined && minGiven < 2)
        throw new ConfigError(raw['min-rounds'].source, raw['min-rounds'].text, `a whole number of ${unit}, at least 2`);
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
function parallelUnits(value) {
    if (value.text === 'auto')
        return null;
    const n = parseInteger(value.text);
    if (n === null || n < 1 || n > 256)
        throw new ConfigError(value.source, value.text, "'auto' or a whole number of units from 1 to 256");
    return n;
}
function parseConfig(inputs, pyprojectTable) {
    const raw = gatherRaw(inputs, pyprojectTable);
    const importSuites = importTimeSuite(raw['import-time']);
    const threshold = boundedPercentage(raw.threshold, '5%', '0.05');
    const alphaValue = Number(raw.alpha.text);
    if (!/^\d*\.?\d+(e-?\d+)?$/i.test(raw.alpha.text) || !(alphaValue > 0 && alphaValue < 0.5)) {
        throw new ConfigError(raw.alpha.source, raw.alpha.text, 'a false-discovery rate between 0 and 0.5, such as 0.05');
    }
    const { minRounds, maxRounds, pairLimits } = roundLimits(raw, oneOf(raw, 'method'));
    const budget = required(parseDuration(raw['time-budget'].text), raw['time-budget'], 'a duration such as 90s, 20m, 1h or plain seconds');
    if (budget <= 0)
        throw new ConfigError(raw['time-budget'].source, raw['time-budget'].text, 'a duration above zero');
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
        method: oneOf(raw, 'method'),
        pairLimits,
        calibrate: flag(raw, 'calibrate'),
        parallel: parallelUnits(raw.parallel),
        timeBudgetSeconds: budget,
        failOnRegression: flag(raw, 'fail-on-regression'),
        failOnInconclusive: inconclusiveShare(raw['fail-on-inconclusive']),
        comment: oneOf(raw, 'comment'),
        commentKey: raw['comment-key'].text,
        ...(legKey(inputs) ? { legKey: legKey(inputs) } : {}),
        workingDirectory,
        statistic: oneOf(raw, 'statistic'),
        slowRounds: oneOf(raw, 'slow-rounds'),
        failOnUpgradeRegression: flag(raw, 'fail-on-upgrade-regression'),
        compareInterpreters: flag(raw, 'compare-interpreters'),
        profile: oneOf(raw, 'profile'),
        memory: flag(raw, 'memory'),
        memoryThreshold: boundedPercentage(raw['memory-threshold'], '10%', '0.1'),
        instructions: flag(raw, 'instructions'),
        instructionsThreshold: boundedPercentage(raw['instructions-threshold'], '1%', '0.01'),
        passEnv: parsePassEnv(inputs['pass-env'] ?? ''),
        cache: parseCacheInput(inputs.cache ?? ''),
        trustPrCode: required(parseBoolean((inputs['trust-pr-code'] ?? '').trim() || 'false'), { text: inputs['trust-pr-code'] ?? '', source: "input 'trust-pr-code'" }, 'true or false'),
        ...shardSetting(inputs.shard ?? ''),
    };
}

;// CONCATENATED MODULE: ./src/config/cli-args.ts
// Command-line arguments of the local CLI → the same named inputs the action reads, plus the CLI's own
// options (--format, --json, --help, --version). Parsed by node:util's parseArgs; a mistyped option gets a
// suggestion. Pure.


const FORMATS = ['text', 'markdown', 'json'];
/** A command line the CLI cannot run: exit 2, with the usage hint. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** The CLI's own options, beside one per input of action.yml. */
const CLI_OPTIONS = [
    {
        name: 'format',
        value: 'text|markdown|json',
        doc: 'what goes to stdout: text (default on a terminal), markdown (default when piped: the job summary), json (the report)',
    },
    { name: 'json', value: 'FILE', doc: 'also write the JSON report to FILE (default: a private temporary folder, named on stderr)' },
    { name: 'help', short: 'h', doc: 'show this help' },
    { name: 'version', short: 'V', doc: 'show the version' },
];
function inputOptionNames() {
    return [...SETTING_NAMES, ...WORKFLOW_ONLY_NAMES];
}
function optionNames() {
    return [...inputOptionNames(), ...CLI_OPTIONS.map((o) => o.name)];
}
/** Edit distance (insertions, deletions, substitutions, and swaps of neighbours), for suggestions. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_row, i) => Array.from({ length: b.length + 1 }, (_cell, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
/** The known option nearest to `name`, when it is near enough to be a typo (or `name` is a prefix of exactly one). */
function suggestOption(name, known = optionNames()) {
    const prefixed = known.filter((k) => k.startsWith(name));
    if (name.length >= 3 && prefixed.length === 1)
        return prefixed[0];
    const scored = known.map((k) => ({ k, d: editDistance(name, k) })).sort((x, y) => x.d - y.d);
    const best = scored[0];
    return best && best.d <= Math.max(1, Math.floor(name.length / 3)) ? best.k : undefined;
}
function unknownOption(arg) {
    const name = arg.replace(/^-+/, '').split('=')[0];
    const suggestion = suggestOption(name);
    return new UsageError(`unknown option ${arg.split('=')[0]}${suggestion ? `: did you mean --${suggestion}?` : ' (see --help)'}`);
}
function parseCliArgs(argv) {
    const options = {};
    for (const name of inputOptionNames())
        options[name] = { type: 'string', ...(name === 'suites' ? { multiple: true } : {}) };
    for (const o of CLI_OPTIONS)
        options[o.name] = { type: 'value' in o ? 'string' : 'boolean', ...('short' in o ? { short: o.short } : {}) };
    // Unknown options are caught before parseArgs, which would name them without a suggestion.
    const known = new Set(optionNames());
    // `--name value` becomes `--name=value`, so that a value starting with a dash is still the option's value.
    const joined = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            joined.push(...argv.slice(i));
            break;
        }
        if (arg.startsWith('--')) {
            const name = arg.slice(2).split('=')[0];
            if (!known.has(name))
                throw unknownOption(arg);
            if (options[name].type === 'string' && !arg.includes('=') && i + 1 < argv.length) {
                joined.push(`${arg}=${argv[++i]}`);
                continue;
            }
        }
        joined.push(arg);
    }
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: joined, options, strict: true, allowPositionals: false });
    }
    catch (e) {
        const code = e.code;
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
            throw unknownOption(/'([^']+)'/.exec(e.message)?.[1] ?? '?');
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
            const option = /'(--?[\w-]+)/.exec(e.message)?.[1] ?? 'an option';
            throw new UsageError(`option ${option} needs a value (${option} VALUE or ${option}=VALUE)`);
        }
        if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
            throw new UsageError(`unexpected argument ${JSON.stringify(/'([^']*)'/.exec(e.message)?.[1] ?? '')}: every value follows its option (--base main)`);
        throw new UsageError(e.message);
    }
    const values = parsed.values;
    const inputs = {};
    for (const name of inputOptionNames()) {
        const v = values[name];
        if (v !== undefined)
            inputs[name] = Array.isArray(v) ? v.join('\n') : String(v);
    }
    const format = values.format;
    if (format !== undefined && !FORMATS.includes(format))
        throw new UsageError(`option --format is ${JSON.stringify(format)}: expected one of ${FORMATS.join(', ')}`);
    return {
        inputs,
        ...(values.json !== undefined ? { json: values.json } : {}),
        ...(format !== undefined ? { format: format } : {}),
        help: Boolean(values.help),
        version: Boolean(values.version),
    };
}

;// CONCATENATED MODULE: ./src/config/cli-help.ts
// The CLI's --help, generated from the one table of inputs (inputs.ts) and the CLI's own options, so that
// every input of action.yml is listed with its default. Pure.


const VALUE_HINT = {
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
function unmark(text) {
    return text
        .replace(/`([^`]*)`/g, '$1')
        .replace(/ \(see above\)/g, ' (see the README)')
        .replace(/\(see ([A-Z][\w ]+)\)/g, "(see the README's $1)");
}
/** Defaults the README words for its own layout ("see below"), as the CLI has them. */
const CLI_DEFAULTS = { base: 'the first parent of head (HEAD^; with --head WORKTREE: HEAD)' };
/** Words wrapped to `width` columns, continuation lines indented by `indent`. */
function wrap(text, width, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && indent + line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines;
}
function entry(flag, doc, width) {
    const column = 30;
    const body = wrap(doc, width, column);
    const first = flag.length + 2 <= column ? `${flag.padEnd(column)}${body[0] ?? ''}` : `${flag}\n${' '.repeat(column)}${body[0] ?? ''}`;
    return [first, ...body.slice(1).map((l) => ' '.repeat(column) + l)];
}
function helpText(width = 100) {
    const names = new Set(inputOptionNames());
    const inputs = INPUTS.filter((i) => names.has(i.name)).flatMap((i) => {
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

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/io/action-version.ts
// The action's own version, read from the package.json of the folder it runs from (the runner checks out the
// whole action repository; dist/index.js, dist/post/index.js, dist/cli/index.js and src/ all sit below it).



let cached = null;
/** The `version` of the nearest package.json named py-perf-guard above this file; undefined when none is found. */
function actionVersion(from = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url))) {
    if (cached !== null)
        return cached ?? undefined;
    cached = undefined;
    for (let dir = from, up = 0; up < 5; dir = (0,external_node_path_namespaceObject.dirname)(dir), up++) {
        const file = (0,external_node_path_namespaceObject.join)(dir, 'package.json');
        if (!(0,external_node_fs_namespaceObject.existsSync)(file))
            continue;
        try {
            const pkg = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
            if (pkg.name === 'py-perf-guard' && typeof pkg.version === 'string')
                return (cached = pkg.version);
        }
        catch {
            // not readable JSON: keep looking further up
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/io/lifecycle.ts
// What must be undone when the run is cut short: the live child process groups and the cleanup actions
// (worktrees, the temp folder). The entries install the signal handlers; SIGINT/SIGTERM (a cancelled job,
// Ctrl-C) kills every group, runs the cleanup synchronously (so no further step of the run can start
// meanwhile) and exits 130/143.


const liveGroups = new Set();
const cleanups = new Map();
let stopping = false;
/** A child spawned detached: its pid is its process group. */
function trackGroup(pid) {
    liveGroups.add(pid);
    return () => liveGroups.delete(pid);
}
/** Once a signal arrived, no new process may start: the run is being torn down. */
function isStopping() {
    return stopping;
}
/** Registers a synchronous cleanup under a key (a folder, say); releaseCleanup(key) drops it once done normally. */
function addCleanup(key, action) {
    cleanups.set(key, action);
}
function releaseCleanup(key) {
    cleanups.delete(key);
}
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
        return true;
    }
    catch {
        return false; // the group is gone already
    }
}
function groupAlive(pid) {
    return signalGroup(pid, 0);
}
function sleepSync(ms) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
/** SIGTERM to every live group, SIGKILL to those still there after the grace. Synchronous. */
function killLiveGroups(graceMs = 1000) {
    const groups = [...liveGroups];
    for (const pid of groups)
        signalGroup(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (groups.some(groupAlive) && Date.now() < deadline)
        sleepSync(25);
    for (const pid of groups)
        signalGroup(pid, 'SIGKILL');
    liveGroups.clear();
}
/** Runs every cleanup action, newest first; one failing does not stop the others. */
function runCleanups(log) {
    for (const [key, action] of [...cleanups].reverse()) {
        try {
            action();
        }
        catch (e) {
            log(`cleanup of ${key} failed: ${e.message}`);
        }
        cleanups.delete(key);
    }
}
/** Removes a run's temp folder, then lets git forget the worktrees that were inside it. */
function removeWorkspaceSync(repoDir, dir) {
    (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_child_process_namespaceObject.spawnSync)('git', ['worktree', 'prune'], { cwd: repoDir, stdio: 'ignore', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
}
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
/** For the entries: on SIGINT/SIGTERM, say so, kill, clean up and exit 128 + the signal's number. */
function installSignalHandlers(log, beforeExit) {
    for (const signal of Object.keys(SIGNAL_EXIT_CODES)) {
        process.once(signal, () => {
            stopping = true;
            log(`py-perf-guard: ${signal} received, stopping the benchmarks and removing the worktrees`);
            killLiveGroups();
            runCleanups(log);
            try {
                beforeExit?.(signal);
            }
            finally {
                process.exit(SIGNAL_EXIT_CODES[signal]);
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/io/platform.ts
// The runners py-perf-guard supports: it runs the install command with bash and expects venvs laid out
// with bin/ (Linux and macOS). On Windows it would fail late and obscurely, so it stops at once, saying so.
function unsupportedPlatform(platform = process.platform) {
    if (platform !== 'win32')
        return undefined;
    return 'py-perf-guard runs on Linux and macOS runners only (it runs the install command with bash and uses venvs with a bin/ folder); this runner is Windows: use runs-on: ubuntu-latest (or macos-latest) for this job';
}

;// CONCATENATED MODULE: ./src/text/failure-cause.ts
// What a failed tool's output says went wrong: the lines that carry the cause, not the usage line or the
// traceback's frames, and, for causes whose fix is known, the fix. Pure.
//
// Read from real pytest output (__tests__/integration/failure-cause.test.ts runs it): a usage error prints
// `ERROR: usage: …` first and the reason on a `prog: error: …` line; an exception in a test or conftest.py is
// on `E   …` lines; an import error while pytest starts ends a traceback with `ModuleNotFoundError: …`.
/** pytest plugins that bring a command-line option a project's pytest.ini often sets. */
const PLUGIN_OPTIONS = [
    { plugin: 'pytest-xdist', options: /^(--numprocesses|-n|--dist|--maxprocesses|--max-worker-restart)\b/ },
    { plugin: 'pytest-cov', options: /^--(cov|no-cov)\b/ },
    { plugin: 'pytest-timeout', options: /^--timeout\b/ },
    { plugin: 'pytest-asyncio', options: /^--asyncio-mode\b/ },
    { plugin: 'pytest-rerunfailures', options: /^--(reruns|reruns-delay)\b/ },
];
const XDIST_ARGS = "`-n0` to the suite's arguments, as in `pytest-benchmark: <path> -n0`, since benchmarks must run in one process";
const NO_ADDOPTS = "or add `-o addopts=` to the suite's arguments to drop the ini file's `addopts` for the benchmarks";
function unique(lines) {
    return [...new Set(lines)];
}
/** `python -m pytest: error: unrecognized arguments: …` → `error: unrecognized arguments: …` (argparse's own line). */
function argparseErrors(lines) {
    return lines.flatMap((l) => /^\S[^:]*: (error: .+)$/.exec(l)?.[1] ?? []);
}
/** pytest's `E   <exception>` lines, with the indentation dropped. */
function pytestELines(lines) {
    return lines.flatMap((l) => /^E {1,}(\S.*)$/.exec(l)?.[1] ?? []);
}
/** A traceback's last line: `SomeError: message` at the start of a line, after `Traceback (most recent call last):`. */
function tracebackEnds(lines) {
    const start = lines.findIndex((l) => l.startsWith('Traceback (most recent call last):'));
    if (start < 0)
        return [];
    const ends = lines.slice(start).filter((l) => /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b(: .*)?$/.test(l));
    return ends.slice(-1);
}
/** `ERROR:`/`error` lines (pip prints its reason so, among warnings), without pytest's usage line. */
function errorWordLines(lines) {
    return lines.filter((l) => /^(ERROR|error)\b|^\w*Error\b/.test(l) && !/^ERROR: usage: /.test(l)).slice(-2);
}
function pluginFix(unrecognized) {
    const args = unrecognized.trim().split(/\s+/);
    for (const { plugin, options } of PLUGIN_OPTIONS) {
        const option = args.find((a) => options.test(a));
        if (!option)
            continue;
        const shown = option.split('=')[0];
        if (plugin === 'pytest-xdist')
            return `\`${shown}\` is an option of pytest-xdist, which is not installed: add pytest-xdist to \`install\` and ${XDIST_ARGS}; ${NO_ADDOPTS}`;
        return `\`${shown}\` is an option of ${plugin}, which is not installed: add ${plugin} to \`install\`, ${NO_ADDOPTS}`;
    }
    return undefined;
}
/** The fix for a cause line, when it is a known one. */
function knownFix(line) {
    const unrecognized = /unrecognized arguments: (.+)$/.exec(line);
    if (unrecognized)
        return pluginFix(unrecognized[1]);
    if (/Can't have both --benchmark-only and --benchmark-disable/.test(line) && /xdist/.test(line))
        return `pytest-xdist is active, and pytest-benchmark turns itself off under it: add ${XDIST_ARGS}`;
    const plugin = /Error importing plugin "([^"]+)": No module named/.exec(line);
    if (plugin)
        return `the pytest plugin \`${plugin[1]}\` is not installed: add the package that provides it to \`install\`, or drop \`-p ${plugin[1]}\``;
    const missing = /ModuleNotFoundError: No module named '([^']+)'/.exec(line);
    if (missing) {
        const top = missing[1].split('.')[0];
        return `the module \`${top}\` is not installed in the benchmark's venv: add the package that provides it to \`install\`, e.g. \`pip install -e . <package>\``;
    }
    return undefined;
}
/** The lines of `output` (stderr or stdout of a failed process) that say why it failed, and a known fix. */
function failureCause(output) {
    const lines = output.split('\n').map((l) => l.trimEnd());
    const found = unique([...argparseErrors(lines), ...pytestELines(lines).slice(-2), ...tracebackEnds(lines)]);
    const cause = found.length ? found : errorWordLines(lines);
    const fix = cause.map(knownFix).find(Boolean);
    return fix ? { lines: cause, fix } : { lines: cause };
}
/** A message with its known fix appended: `…: No module named 'yaml' (fix: …)`; unchanged when none is known. */
function withKnownFix(message) {
    const fix = message
        .split('\n')
        .map((l) => knownFix(l.trim()))
        .find(Boolean);
    return fix && !message.includes(' (fix: ') ? `${message} (fix: ${fix})` : message;
}
/** The cause as one message (its lines, then the fix), or '' when the output names none. */
function causeText(output) {
    const cause = failureCause(output);
    if (!cause.lines.length)
        return '';
    return `${cause.lines.join('\n')}${cause.fix ? ` (fix: ${cause.fix})` : ''}`;
}

;// CONCATENATED MODULE: ./src/io/process-group.ts
// Spawning a child in a process group of its own, so that a timeout (or a cancelled run) kills it together
// with whatever it started: a hung `pip` build, a benchmark's `sleep 30 &`. Killing only the direct child
// would leave grandchildren running and holding our pipes open, and we would wait for them.


/** Between SIGTERM and SIGKILL on a timeout. */
const KILL_GRACE_MS = 2000;
/** After the child exits, how long to wait for its pipes to close (a grandchild may hold them). */
const PIPE_DRAIN_MS = 500;
/** Keep at most this much of each stream (the tail: errors come last). */
const MAX_CAPTURE = 4 * 1024 * 1024;
function appendCapped(buffer, chunk) {
    const next = buffer + chunk;
    return next.length > MAX_CAPTURE ? next.slice(next.length - MAX_CAPTURE) : next;
}
function runInProcessGroup(command, args, options) {
    if (isStopping())
        return Promise.resolve({ code: null, stdout: '', stderr: 'not started: the run is being stopped', timedOut: false });
    return new Promise((resolve) => {
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        let exitCode = null;
        let settled = false;
        const timers = [];
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        const untrack = child.pid ? trackGroup(child.pid) : () => false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            timers.forEach(clearTimeout);
            // Whatever is left of the group (a grandchild in the background) goes with the child.
            if (child.pid)
                signalGroup(child.pid, 'SIGKILL');
            untrack();
            child.stdout?.destroy();
            child.stderr?.destroy();
            resolve(result);
        };
        if (options.timeoutMs) {
            timers.push(setTimeout(() => {
                timedOut = true;
                if (!child.pid)
                    return;
                signalGroup(child.pid, 'SIGTERM');
                timers.push(setTimeout(() => signalGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS));
            }, options.timeoutMs));
        }
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout = appendCapped(stdout, d)));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr = appendCapped(stderr, d)));
        child.on('error', (err) => finish({ code: null, stdout, stderr: stderr + err.message, timedOut }));
        child.on('exit', (code) => {
            exitCode = code;
            // Normally 'close' follows at once; if a grandchild holds the pipes, stop waiting after a short drain.
            timers.push(setTimeout(() => finish({ code: timedOut ? null : exitCode, stdout, stderr, timedOut }), PIPE_DRAIN_MS));
        });
        child.on('close', (code) => finish({ code: timedOut ? null : (code ?? exitCode), stdout, stderr, timedOut }));
    });
}

;// CONCATENATED MODULE: ./src/io/process.ts
// Runs a child process and captures its output, with a timeout. Passed into the shell so that
// the action, the CLI and the tests all run real processes the same way.


/**
 * A runner whose processes get `defaultEnv` unless a call passes its own (the entries pass process.env), each in
 * a process group of its own (process-group.ts), so that a timeout kills the child and what it started.
 */
const processRunner = (defaultEnv) => (command, args, options = {}) => runInProcessGroup(command, args, { ...options, env: options.env ?? defaultEnv });
/** A runner with this process's own environment (tests; the entries build theirs from the seam's env). */
const runProcess = processRunner(process.env);
/** The last non-empty lines of a process's output, for error messages. */
function lastLines(text, count = 3) {
    return text
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l.trim().length > 0)
        .slice(-count)
        .join('\n');
}
/** The lines that say what went wrong, with a known fix (text/failure-cause.ts), else the last lines. */
function errorLines(text) {
    return causeText(text) || lastLines(text);
}
function describeFailure(result, what, timeoutMs) {
    if (result.timedOut)
        return `${what} timed out after ${Math.round((timeoutMs ?? 0) / 1000)}s`;
    const tail = errorLines(result.stderr) || errorLines(result.stdout);
    return `${what} exited with ${result.code === null ? 'no exit code' : `code ${result.code}`}${tail ? `: ${tail}` : ''}`;
}

;// CONCATENATED MODULE: ./src/text/progress-line.ts
/** Minutes and seconds as a clock: 95 → 1:35, 3725 → 62:05. */
function clock(seconds) {
    const s = Math.max(0, Math.round(seconds));
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
function progressLine(p) {
    const unit = p.phase === 'pairs' ? 'pairs' : 'rounds';
    const step = p.step && p.step.done < p.step.of ? ` (round ${p.done + 1}: ${p.step.done}/${p.step.of} suite runs)` : '';
    const verdicts = p.verdicts ? `${p.verdicts.decided} decided, ${p.verdicts.open} open` : 'verdicts not judged yet';
    return `${unit} ${p.done}/${p.max}${step} · ${verdicts} · ${clock(p.elapsedSeconds)} of ${clock(p.budgetSeconds)}`;
}

;// CONCATENATED MODULE: ./src/io/status-line.ts

class StatusLine {
    stream;
    shown = '';
    constructor(stream) {
        this.stream = stream;
    }
    update(p) {
        const width = Math.max(20, (this.stream.columns || 80) - 1); // a pty without a size says 0
        const line = progressLine(p);
        // Longer than the terminal is wide, it would wrap, and \r would rewrite only its last part.
        this.shown = [...line].length > width ? [...line].slice(0, width - 1).join('') + '…' : line;
        this.stream.write(`\r\u001b[2K${this.shown}`);
    }
    /** Removes the line before other output goes to the same terminal. */
    clear() {
        if (!this.shown)
            return;
        this.stream.write('\r\u001b[2K');
        this.shown = '';
    }
    /** Writes a whole line of other output above the status line, which the next update redraws. */
    print(text) {
        const shown = this.shown;
        this.clear();
        this.stream.write(text);
        if (shown) {
            this.shown = shown;
            this.stream.write(shown);
        }
    }
    done() {
        this.clear();
    }
}

;// CONCATENATED MODULE: ./src/judge/paired/row-json.ts
function isPairedRow(r) {
    return r.method === 'paired';
}
function methodJson(r) {
    if (!isPairedRow(r))
        return { method: 'rounds' };
    return {
        method: 'paired',
        pairs: r.pairs,
        duels: r.duels,
        pair_estimates: r.pairEstimates,
        ...(r.noiseFloor !== undefined ? { noise_floor: r.noiseFloor } : {}),
        ...(r.burstMs !== undefined ? { burst_ms: r.burstMs } : {}),
        ...(r.clock ? { clock: r.clock } : {}),
        // JIT (PyPy): the most bursts one worker dropped before its duels counted, until burst times settled.
        ...(r.warmupBursts ? { warmup_bursts: r.warmupBursts } : {}),
    };
}

;// CONCATENATED MODULE: ./src/stats/quantile.ts
// Quantiles of sorted data with linear interpolation (Hyndman & Fan type 7, numpy's default),
// so figures match what users get from numpy/scipy.
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function sortedCopy(values) {
    return [...values].sort((a, b) => a - b);
}
function median(values) {
    return quantileSorted(sortedCopy(values), 0.5);
}

;// CONCATENATED MODULE: ./src/stats/bootstrap.ts
// Percentile bootstrap confidence interval of median(head) / median(base), resampling each side
// independently (scipy.stats.bootstrap with method='percentile' does the same).
//
// Speed: the median of a resample of sorted data x₁ ≤ … ≤ xₙ has a closed-form distribution, from the
// binomial counts of draws at or below each xᵢ. So each replicate draws the two medians directly from
// those exact distributions (one uniform and a binary search each) instead of drawing n indices:
// the same bootstrap distribution, about 20× cheaper at 30 rounds. Above EXACT_LIMIT rounds the plain
// resampling is used (the closed form grows as n²).

const EXACT_LIMIT = 120;
/** P(Bin(n, p) ≥ k), summing the probability mass function from t = 0 upward. */
function binomialUpperTail(n, p, k) {
    if (p <= 0)
        return k <= 0 ? 1 : 0;
    if (p >= 1)
        return k <= n ? 1 : 0;
    let pmf = Math.pow(1 - p, n);
    let below = 0;
    for (let t = 0; t < k; t++) {
        below += pmf;
        pmf = (pmf * (n - t) * p) / ((t + 1) * (1 - p));
    }
    return Math.max(0, 1 - below);
}
function logChoose(n, k) {
    let s = 0;
    for (let i = 1; i <= k; i++)
        s += Math.log((n - k + i) / i);
    return s;
}
/**
 * The exact distribution of the median of a size-n resample (with replacement) of `sorted`.
 * Odd n: the median is x_i with P = P(Kᵢ ≥ (n+1)/2) − P(Kᵢ₋₁ ≥ (n+1)/2), Kᵢ ~ Bin(n, i/n) draws ≤ xᵢ.
 * Even n = 2m: the two middle order statistics are (xᵢ, xⱼ); for i < j exactly m draws are ≤ xᵢ (one at xᵢ)
 * and none fall strictly between: P = C(n,m)·[(i/n)ᵐ − ((i−1)/n)ᵐ]·[((n−j+1)/n)ᵐ − ((n−j)/n)ᵐ].
 */
function medianDistribution(sorted) {
    const n = sorted.length;
    const odd = n % 2 === 1;
    const size = odd ? n : (n * (n + 1)) / 2;
    const values = new Float64Array(size);
    const cumulative = new Float64Array(size);
    const k = odd ? (n + 1) / 2 : n / 2;
    let previousTail = 0; // P(K₀ ≥ k) = 0
    let at = 0;
    let total = 0;
    const push = (value, p) => {
        total += p;
        values[at] = value;
        cumulative[at++] = total;
    };
    const c = odd ? 0 : Math.exp(logChoose(n, k));
    const power = Float64Array.from({ length: n + 1 }, (_, t) => Math.pow(t / n, k)); // (t/n)ᵐ
    for (let i = 1; i <= n; i++) {
        const tail = binomialUpperTail(n, i / n, k);
        const probabilityAtI = tail - previousTail; // odd: P(median = xᵢ); even: P(lower middle = xᵢ)
        previousTail = tail;
        if (odd) {
            push(sorted[i - 1], probabilityAtI);
            continue;
        }
        const ai = power[i] - power[i - 1];
        // P(L = i, U = i) = P(L = i) − Σ_{j>i} P(L = i, U = j), and Σ_{j>i} of the second factor telescopes to ((n−i)/n)ᵐ
        push(sorted[i - 1], Math.max(0, probabilityAtI - c * ai * power[n - i]));
        for (let j = i + 1; j <= n; j++)
            push((sorted[i - 1] + sorted[j - 1]) / 2, c * ai * (power[n - j + 1] - power[n - j]));
    }
    for (let idx = 0; idx < size; idx++)
        cumulative[idx] /= total; // absorb rounding
    return { values, cumulative };
}
/** Walker/Vose alias table: O(1) draws from a discrete distribution. */
function aliasSampler(d) {
    const n = d.values.length;
    const scaled = new Float64Array(n);
    for (let i = 0; i < n; i++)
        scaled[i] = (d.cumulative[i] - (i ? d.cumulative[i - 1] : 0)) * n;
    const threshold = new Float64Array(n).fill(1);
    const alias = new Int32Array(n).map((_, i) => i);
    const small = [];
    const large = [];
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
    while (small.length && large.length) {
        const s = small.pop();
        const l = large[large.length - 1];
        threshold[s] = scaled[s];
        alias[s] = l;
        scaled[l] -= 1 - scaled[s];
        if (scaled[l] < 1)
            small.push(large.pop());
    }
    return (random) => {
        const u = random() * n;
        const i = Math.floor(u);
        return d.values[u - i < threshold[i] ? i : alias[i]];
    };
}
/** Median of a resample of `sorted` drawn the plain way: n uniform indices, counted, then walked. */
function resampledMedian(sorted, random, counts) {
    const n = sorted.length;
    counts.fill(0);
    for (let i = 0; i < n; i++)
        counts[Math.floor(random() * n)]++;
    const lowRank = Math.floor((n - 1) / 2);
    const highRank = Math.floor(n / 2);
    let seen = 0;
    let low = NaN;
    for (let i = 0; i < n; i++) {
        const next = seen + counts[i];
        if (Number.isNaN(low) && lowRank < next)
            low = sorted[i];
        if (highRank < next)
            return (low + sorted[i]) / 2;
        seen = next;
    }
    return low;
}
/** A sampler of resampled medians of one sample (closed form up to `exactLimit` values, else plain resampling). */
function medianSampler(sample, exactLimit = EXACT_LIMIT) {
    const sorted = sortedCopy(sample);
    if (sorted.length <= exactLimit) {
        return aliasSampler(medianDistribution(sorted));
    }
    const counts = new Uint32Array(sorted.length);
    return (random) => resampledMedian(sorted, random, counts);
}
/** Puts the k-th smallest element at index k (Hoare's selection), smaller ones before it, larger after. */
function bootstrap_select(a, k) {
    let lo = 0;
    let hi = a.length - 1;
    while (lo < hi) {
        const pivot = a[(lo + hi) >> 1];
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                const t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return;
    }
}
/** The type-7 quantile of `a` without sorting it all (reorders `a`). */
function selectQuantile(a, q) {
    const h = (a.length - 1) * q;
    const lo = Math.floor(h);
    bootstrap_select(a, lo);
    const low = a[lo];
    if (h === lo)
        return low;
    let next = Infinity;
    for (let i = lo + 1; i < a.length; i++)
        if (a[i] < next)
            next = a[i];
    return low + (h - lo) * (next - low);
}
function bootstrapRatioCi(head, base, confidence, resamples, random) {
    const headMedian = medianSampler(head);
    const baseMedian = medianSampler(base);
    const ratios = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++)
        ratios[r] = headMedian(random) / baseMedian(random);
    const tail = (1 - confidence) / 2;
    return { low: selectQuantile(ratios, tail), high: selectQuantile(ratios, 1 - tail) };
}

;// CONCATENATED MODULE: ./src/stats/normal.ts
// Standard normal survival function through erfc, computed without tabulated coefficients:
// a positive-term series for |x| < 2 (erf(x) = 2/√π·e^{-x²}·Σ 2ⁿx^{2n+1}/(2n+1)!!) and a continued
// fraction (modified Lentz) for x ≥ 2. Relative error stays near 1e-14 over the range the tests use.
function erfSeries(x) {
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
        term *= (2 * x2) / (2 * n + 1);
        sum += term;
    }
    return (2 / Math.sqrt(Math.PI)) * Math.exp(-x2) * sum;
}
function erfcContinuedFraction(x) {
    // erfc(x) = e^{-x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))
    const tiny = 1e-300;
    let f = x;
    let c = x;
    let d = 0;
    for (let k = 1; k < 500; k++) {
        const a = k / 2;
        d = x + a * d;
        d = Math.abs(d) < tiny ? tiny : d;
        c = x + a / c;
        c = Math.abs(c) < tiny ? tiny : c;
        d = 1 / d;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
function erfc(x) {
    if (x >= 2)
        return erfcContinuedFraction(x);
    if (x <= -2)
        return 2 - erfcContinuedFraction(-x);
    return 1 - erfSeries(x);
}
/** P(Z > z) for a standard normal Z. */
function normalSf(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}

;// CONCATENATED MODULE: ./src/stats/mann-whitney.ts
// One-sided Mann-Whitney U test, matching scipy.stats.mannwhitneyu:
// exact null distribution for small samples without ties, else the normal approximation
// with tie correction and continuity correction.

/** Samples at most this large (n1·n2) without ties use the exact distribution. */
const mann_whitney_EXACT_LIMIT = 2500;
/** Average ranks (1-based) of the concatenation, and the sizes of tied groups. */
function rankWithTies(values) {
    const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
    const ranks = new Array(values.length);
    const tieSizes = [];
    for (let i = 0; i < order.length;) {
        let j = i;
        while (j + 1 < order.length && order[j + 1][0] === order[i][0])
            j++;
        const avg = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            ranks[order[k][1]] = avg;
        if (j > i)
            tieSizes.push(j - i + 1);
        i = j + 1;
    }
    return { ranks, tieSizes };
}
const exactCache = new Map();
/**
 * Counts of arrangements giving each U for sizes (m, n), from the recurrence
 * f(m, n, u) = f(m-1, n, u-n) + f(m, n-1, u). Only additions, so counts stay exact to double precision.
 */
function exactCounts(m, n) {
    const key = `${m},${n}`;
    const cached = exactCache.get(key);
    if (cached)
        return cached;
    // prev[j] holds f(i-1, j, ·); build row by row over i = 0..m.
    let prev = [];
    for (let j = 0; j <= n; j++)
        prev.push(Float64Array.of(1)); // f(0, j, 0) = 1
    for (let i = 1; i <= m; i++) {
        const cur = [Float64Array.of(1)]; // f(i, 0, 0) = 1
        for (let j = 1; j <= n; j++) {
            const out = new Float64Array(i * j + 1);
            const left = cur[j - 1]; // f(i, j-1, u)
            const up = prev[j]; // f(i-1, j, u-j)
            for (let u = 0; u < left.length; u++)
                out[u] += left[u];
            for (let u = 0; u < up.length; u++)
                out[u + j] += up[u];
            cur.push(out);
        }
        prev = cur;
    }
    const counts = prev[n];
    exactCache.set(key, counts);
    return counts;
}
/** P(U >= u) under the null, exactly. */
function exactSf(u, m, n) {
    const counts = exactCounts(m, n);
    let total = 0;
    let tail = 0;
    const start = Math.ceil(u - 1e-9);
    for (let k = 0; k < counts.length; k++) {
        total += counts[k];
        if (k >= start)
            tail += counts[k];
    }
    return tail / total;
}
/**
 * Tests whether x tends to be greater (or less) than y.
 * `method` forces a method; by default exact when n1·n2 ≤ 2500 and there are no ties.
 */
function mannWhitneyU(x, y, alternative, method) {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        throw new Error('mannWhitneyU needs two non-empty samples');
    const { ranks, tieSizes } = rankWithTies([...x, ...y]);
    let r1 = 0;
    for (let i = 0; i < n1; i++)
        r1 += ranks[i];
    const u1 = r1 - (n1 * (n1 + 1)) / 2;
    const u = alternative === 'greater' ? u1 : n1 * n2 - u1;
    const chosen = method ?? (tieSizes.length === 0 && n1 * n2 <= mann_whitney_EXACT_LIMIT ? 'exact' : 'asymptotic');
    let p;
    if (chosen === 'exact') {
        p = exactSf(u, n1, n2);
    }
    else {
        const n = n1 + n2;
        const tieTerm = tieSizes.reduce((s, t) => s + t * t * t - t, 0);
        const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
        p = sigma === 0 ? 1 : normalSf((u - (n1 * n2) / 2 - 0.5) / sigma);
    }
    return { u: u1, p: Math.min(1, Math.max(0, p)), method: chosen };
}

;// CONCATENATED MODULE: ./src/stats/random.ts
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** A stable 32-bit seed from a string (FNV-1a), so each benchmark gets its own stream. */
function seedFrom(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}

;// CONCATENATED MODULE: ./src/stats/fdr.ts
// Benjamini–Hochberg adjusted p-values (q-values), matching scipy.stats.false_discovery_control(method='bh').
// Comparison i is a discovery at false-discovery rate α when q[i] ≤ α.
function benjaminiHochberg(pValues) {
    const m = pValues.length;
    const order = pValues.map((p, i) => [p, i]).sort((a, b) => a[0] - b[0]);
    const q = new Array(m);
    let running = 1;
    for (let k = m - 1; k >= 0; k--) {
        const [p, i] = order[k];
        running = Math.min(running, (p * m) / (k + 1));
        q[i] = Math.min(1, running);
    }
    return q;
}

;// CONCATENATED MODULE: ./src/judge/verdict-rule.ts

/** Sets q and verdict on each measured row (rows need ratio and ci). */
function applyVerdictRule(measured, options) {
    const qSlower = benjaminiHochberg(measured.map((m) => m.pSlower));
    const qFaster = benjaminiHochberg(measured.map((m) => m.pFaster));
    const upper = 1 + options.threshold;
    const lower = 1 / upper;
    measured.forEach((m, i) => {
        const r = m.row;
        const ratio = r.ratio;
        const bar = m.bar ?? upper;
        r.q = ratio >= 1 ? qSlower[i] : qFaster[i];
        if (qSlower[i] <= options.alpha && ratio >= bar)
            r.verdict = 'regression';
        else if (qFaster[i] <= options.alpha && ratio <= 1 / bar)
            r.verdict = 'improvement';
        else if (r.ci[0] >= lower && r.ci[1] <= upper)
            r.verdict = 'unchanged';
        else
            r.verdict = 'inconclusive';
    });
}

;// CONCATENATED MODULE: ./src/judge/verdicts.ts





/** Robust relative spread of one side's rounds: 1.4826·MAD / median (equals the CV for normal data). */
function relativeSpread(samples) {
    const m = median(samples);
    const deviations = sortedCopy(samples.map((x) => Math.abs(x - m)));
    return m > 0 ? (1.4826 * quantileSorted(deviations, 0.5)) / m : 0;
}
function summary(samples) {
    return samples.length ? { median: median(samples), n: samples.length } : undefined;
}
/** The row of a comparison that could not be measured: which side failed, and its error. */
function failedRow(c, row) {
    if (c.setupError)
        return { ...row, verdict: 'failed', failedOn: 'setup', error: c.setupError };
    const failedOn = c.baseError && c.headError ? 'both' : c.headError ? 'head' : 'base';
    const error = failedOn === 'both' ? `head: ${c.headError}; base: ${c.baseError}` : failedOn === 'head' ? c.headError : `on base only: ${c.baseError}`;
    return { ...row, verdict: 'failed', failedOn, error };
}
/** A measured row's ratio, CI, noise and both one-sided p-values (before the run-wide false-discovery control). */
function estimate(c, row, options) {
    const ratio = row.head.median / row.base.median;
    const random = seededRandom(seedFrom(`${c.interpreter}\0${c.suite}\0${c.name}`));
    const ci = bootstrapRatioCi(c.head, c.base, 1 - options.alpha, options.resamples ?? 2000, random);
    const tested = c.all ?? { base: c.base, head: c.head };
    const pSlower = mannWhitneyU(tested.head, tested.base, 'greater').p;
    const pFaster = mannWhitneyU(tested.head, tested.base, 'less').p;
    const noise = Math.max(relativeSpread(c.base), relativeSpread(c.head));
    return { row: { ...row, ratio, ci: [ci.low, ci.high], p: ratio >= 1 ? pSlower : pFaster, noise }, pSlower, pFaster };
}
function judge(comparisons, options) {
    const { rows, measured } = measureRounds(comparisons, options);
    // Two one-sided families, each controlled at α over every comparison of the run (verdict-rule.ts).
    applyVerdictRule(measured, options);
    markTooNoisy(measured, options);
    return rows;
}
/** The rows before the run-wide false-discovery control: failed/added/removed decided, the rest with p-values. */
function measureRounds(comparisons, options) {
    const rows = [];
    const measured = [];
    for (const c of comparisons) {
        const row = { suite: c.suite, name: c.name, interpreter: c.interpreter, verdict: 'inconclusive', base: summary(c.base), head: summary(c.head) };
        if (c.warmup)
            row.warmup = c.warmup;
        if (c.slowRounds)
            row.slowRounds = c.slowRounds;
        if (c.base.length || c.head.length)
            row.samples = { base: c.base, head: c.head, ...(c.all ? { all: c.all } : {}) };
        if (c.setupError || c.baseError || c.headError)
            rows.push(failedRow(c, row));
        else if (!c.base.length && c.head.length)
            rows.push({ ...row, verdict: 'added' });
        else if (c.base.length && !c.head.length)
            rows.push({ ...row, verdict: 'removed' });
        else if (c.base.length < 2 || c.head.length < 2)
            rows.push({ ...row, error: 'fewer than 2 rounds per side' });
        else {
            const m = estimate(c, row, options);
            measured.push(m);
            rows.push(m.row);
        }
    }
    return { rows, measured };
}
/** After the verdict rule: an inconclusive row whose spread alone is wider than the band is marked too noisy. */
function markTooNoisy(measured, options) {
    measured.forEach(({ row: r }) => {
        if (r.verdict === 'inconclusive') {
            // Standard error of a median ≈ 1.25·σ/√n per side; two sides → the ratio's ≈ 1.77·noise/√n. When that
            // alone is wider than the threshold band, more rounds of this size can't settle it: say it's noise.
            const n = Math.min(r.base.n, r.head.n);
            if ((1.96 * 1.77 * (r.noise ?? 0)) / Math.sqrt(n) > options.threshold)
                r.tooNoisy = true;
        }
    });
}
/** The order verdicts are listed in, most urgent first: counts, tables and sections all follow it. */
const VERDICT_ORDER = ['regression', 'failed', 'improvement', 'inconclusive', 'added', 'removed', 'unchanged'];
/** Rows that are this PR's failures: crashing only on head, or an interpreter that could not be set up. */
function isBlockingFailure(row) {
    return row.verdict === 'failed' && (row.failedOn === 'head' || row.failedOn === 'setup');
}
/** Overall: regression if any row regressed; else error if a row failed on head or nothing was measured; else pass. */
function overallVerdict(rows) {
    if (rows.some((r) => r.verdict === 'regression' || r.memory?.verdict === 'regression' || r.instructions?.verdict === 'regression'))
        return 'regression';
    const measured = rows.some((r) => r.ratio !== undefined || r.verdict === 'added' || r.verdict === 'removed' || (r.failedOn === 'base' && r.head !== undefined));
    if (!measured || rows.some(isBlockingFailure))
        return 'error';
    return 'pass';
}
function countVerdicts(rows) {
    const counts = { regression: 0, improvement: 0, unchanged: 0, inconclusive: 0, added: 0, removed: 0, failed: 0 };
    for (const r of rows)
        counts[r.verdict]++;
    return counts;
}

;// CONCATENATED MODULE: ./src/text/format.ts
// Number formatting for the report and the run's messages. Pure.
/** Seconds per call with a unit suited to its size and 3 significant digits: 1.23 µs, 45.6 ms. */
function formatSeconds(seconds) {
    const abs = Math.abs(seconds);
    const [scale, unit] = abs < 1e-6 ? [1e9, 'ns'] : abs < 1e-3 ? [1e6, 'µs'] : abs < 1 ? [1e3, 'ms'] : [1, 's'];
    return `${Number((seconds * scale).toPrecision(3))} ${unit}`;
}
/** Bytes with a binary unit and 3 significant digits: 512 B, 1.5 KiB, 390 KiB, 2.1 MiB. */
function formatBytes(bytes) {
    const abs = Math.abs(bytes);
    const [scale, unit] = abs >= 2 ** 20 ? [2 ** 20, 'MiB'] : abs >= 1024 ? [1024, 'KiB'] : [1, 'B'];
    return `${Number((bytes / scale).toPrecision(3))} ${unit}`;
}
/** A ratio head/base as a signed percentage: 1.234 → +23.4%, 0.8 → −20.0%. */
function formatChange(ratio) {
    const pct = (ratio - 1) * 100;
    const sign = pct > 0 ? '+' : pct < 0 ? '−' : '±';
    return `${sign}${formatChangeSize(ratio)}`;
}
/** The size of a change without its sign, for prose such as `23.4% slower`: 1.234 → 23.4%, 0.8 → 20.0%. */
function formatChangeSize(ratio) {
    return `${Math.abs((ratio - 1) * 100).toFixed(1)}%`;
}
function formatRatio(ratio) {
    return `${ratio.toFixed(3)}×`;
}
function formatP(p) {
    if (p < 1e-4)
        return '<0.0001';
    return p < 0.01 ? p.toPrecision(2) : p.toFixed(2);
}
function formatPercent(fraction) {
    return `${Number((fraction * 100).toPrecision(3))}%`;
}
function formatDuration(seconds) {
    if (seconds < 60)
        return `${Math.round(seconds)}s`;
    const m = Math.floor(seconds / 60);
    const s = Math.round(seconds % 60);
    return s ? `${m}m ${s}s` : `${m}m`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/report/markdown-headline.ts
// The comment's first line: the overall verdict in words that match the evidence, and the counts. Pure.
// "no regression found" only when every row was decided; with rows still open it says how many, with ❔.


/** Verdicts that are nouns take a plural (`2 improvements`); the adjectives don't (`2 unchanged`). */
const NOUNS = new Set(['regression', 'improvement']);
function verdictCount(n, verdict) {
    return NOUNS.has(verdict) ? plural(n, verdict) : `${n} ${verdict}`;
}
/** `1 regression · 2 improvements · 17 unchanged`, most urgent first. */
function countsLine(rows) {
    const counts = countVerdicts(rows);
    const parts = VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => verdictCount(counts[v], v));
    return parts.length ? parts.join(' · ') : 'no benchmarks';
}
function headline(report) {
    const open = report.rows.filter((r) => r.verdict === 'inconclusive').length;
    const counts = countsLine(report.rows);
    if (report.verdict === 'regression')
        return `❌ **py-perf-guard: performance regression** — ${counts}`;
    if (report.verdict === 'error')
        return `⚠️ **py-perf-guard: some benchmarks could not be measured** — ${counts}`;
    if (open)
        return `❔ **py-perf-guard: no regression detected · ${open} of ${report.rows.length} inconclusive** — ${counts}`;
    return `✅ **py-perf-guard: no regression found** — ${counts}`;
}

;// CONCATENATED MODULE: ./src/report/forest-plot.ts
// The forest plot: every benchmark's change (head/base) with its confidence interval, one text line each,
// against the ±threshold band, on a log scale so that 2× slower and 2× faster sit equally far from 0.
// Plain Unicode text: the comment and the job summary fence it (renders on github.com and GHES alike),
// the terminal prints it as it is. Regressions get a strip of each side's samples on the same axis. Pure.




/** Plot columns; odd, so that 0 has a middle column. */
const WIDTH = 41;
const LABEL_WIDTH = 32;
/**
 * How far the axis reaches, in multiples of the threshold (log scale): every point estimate shown, but at least
 * the band twice and at most 12× (beyond: ◀ ▶; a CI may reach past the ends too).
 */
const MIN_REACH = 2;
const MAX_REACH = 12;
const LEVELS = '▁▂▃▄▅▆▇█';
/** Regressions, then improvements, then the other verdicts in the report's order; within each, the largest changes first. */
function plotOrder(rows) {
    const rank = (r) => (r.verdict === 'regression' ? -2 : r.verdict === 'improvement' ? -1 : VERDICT_ORDER.indexOf(r.verdict));
    const size = (r) => Math.abs(Math.log(r.ratio));
    return [...rows].sort((a, b) => rank(a) - rank(b) || size(b) - size(a));
}
/** Text safe for a fenced block: one line, no control characters, long names cut in the middle. */
function plainLabel(text, width) {
    // eslint-disable-next-line no-control-regex
    const t = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
    if ([...t].length <= width)
        return t;
    const chars = [...t];
    const head = Math.ceil((width - 1) / 3); // the end of a name (the test function) says more than its start
    return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (width - 1 - head)).join('')}`;
}
function pad(text, width) {
    return text + ' '.repeat(Math.max(0, width - [...text].length));
}
/** `−4.8%`, `+5%`, `0`: two significant digits. */
function tickText(logRatio) {
    if (logRatio === 0)
        return '0';
    const pct = (Math.exp(logRatio) - 1) * 100;
    return `${pct < 0 ? '−' : '+'}${Number(Math.abs(pct).toPrecision(2))}%`;
}
function axisFor(rows, threshold) {
    const band = Math.log1p(threshold);
    const extents = rows.flatMap((r) => (r.ratio !== undefined && r.ratio > 0 ? [Math.abs(Math.log(r.ratio))] : []));
    const reach = Math.min(Math.max(Math.max(0, ...extents) * 1.15, MIN_REACH * band), MAX_REACH * band);
    const mid = (WIDTH - 1) / 2;
    return {
        reach,
        band,
        column(x) {
            const at = Math.round(mid + (x / reach) * mid);
            return at < 0 ? { at: 0, beyond: -1 } : at > WIDTH - 1 ? { at: WIDTH - 1, beyond: 1 } : { at, beyond: 0 };
        },
    };
}
/** The empty plot area of a line: the 0 line and the threshold band's edges as guides. */
function guides(axis) {
    const cells = Array.from({ length: WIDTH }, () => ' ');
    cells[axis.column(-axis.band).at] = '┆';
    cells[axis.column(axis.band).at] = '┆';
    cells[axis.column(0).at] = '│';
    return cells;
}
/** Tick labels above the plot: 0, the band's edges, the axis' ends; a label that would touch another is left out. */
function tickLine(axis) {
    const cells = Array.from({ length: WIDTH + 8 }, () => ' ');
    const taken = [];
    for (const x of [0, -axis.band, axis.band, -axis.reach, axis.reach]) {
        const text = tickText(x);
        const at = axis.column(x).at;
        // left of 0 a label ends at its column, right of 0 it starts there: the band's edges keep room beside 0
        const wanted = x < 0 ? at - text.length + 1 : x > 0 ? at : at - Math.floor(text.length / 2);
        const start = Math.min(Math.max(0, wanted), cells.length - text.length);
        const end = start + text.length;
        if (taken.some(([s, e]) => start <= e && end >= s))
            continue;
        taken.push([start, end]);
        [...text].forEach((c, i) => (cells[start + i] = c));
    }
    return cells.join('').trimEnd();
}
function intervalLine(r, axis) {
    const cells = guides(axis);
    if (r.ci) {
        const lo = axis.column(Math.log(r.ci[0]));
        const hi = axis.column(Math.log(r.ci[1]));
        for (let i = lo.at; i <= hi.at; i++)
            cells[i] = '─';
        cells[lo.at] = lo.beyond ? '◀' : '├';
        cells[hi.at] = hi.beyond ? '▶' : '┤';
    }
    const point = axis.column(Math.log(r.ratio));
    const changed = r.verdict === 'regression' || r.verdict === 'improvement';
    cells[point.at] = point.beyond < 0 ? '◀' : point.beyond > 0 ? '▶' : changed ? '●' : '○';
    return cells.join('');
}
/** One side's values (log ratios against base's median) as a histogram strip on the plot's axis. */
function stripLine(values, axis) {
    const counts = new Array(WIDTH).fill(0);
    for (const v of values)
        counts[axis.column(v).at]++;
    const most = Math.max(...counts);
    return counts.map((n) => (n ? LEVELS[Math.min(LEVELS.length - 1, Math.ceil((n / most) * LEVELS.length) - 1)] : ' ')).join('');
}
/** The strips of a regressed row: base's and head's rounds, or the per-pair ratios of a paired row. */
function strips(r, axis) {
    if (isPairedRow(r)) {
        const values = r.pairEstimates.filter((x) => x > 0).map(Math.log);
        return values.length ? [['  worker pairs', stripLine(values, axis), `${values.length} pairs`]] : [];
    }
    const base = r.base?.median;
    if (!r.samples || !base || base <= 0)
        return [];
    const logs = (xs) => xs.filter((x) => x > 0).map((x) => Math.log(x / base));
    return ['base', 'head'].map((side) => [`  ${side} rounds`, stripLine(logs(r.samples[side]), axis), `${r.samples[side].length} rounds`]);
}
/**
 * The plot as lines of text (without a fence): tick labels, one line per row (label, interval, change and
 * verdict), strips under regressions, `… N more`, and a legend. Several interpreters: each label names its own.
 */
function forestPlot(rows, options) {
    const measured = rows.filter((r) => r.ratio !== undefined && r.ratio > 0);
    if (!measured.length)
        return [];
    const severalInterpreters = new Set(rows.map((r) => r.interpreter)).size > 1;
    const label = (r) => (severalInterpreters ? `${r.name} [${r.interpreter}]` : r.name);
    const shown = plotOrder(measured).slice(0, options.maxRows ?? measured.length);
    const axis = axisFor(shown, options.threshold);
    const width = Math.min(LABEL_WIDTH, Math.max(14, ...shown.map((r) => [...plainLabel(label(r), LABEL_WIDTH)].length)));
    const lines = [`${' '.repeat(width)}  ${tickLine(axis)}`];
    let stripsLeft = options.maxStrips ?? Infinity;
    for (const r of shown) {
        lines.push(`${pad(plainLabel(label(r), width), width)}  ${intervalLine(r, axis)}  ${formatChange(r.ratio)}${options.verdicts === false ? '' : ` ${r.verdict}`}`);
        if (r.verdict === 'regression' && stripsLeft > 0) {
            const extra = strips(r, axis);
            if (extra.length)
                stripsLeft--;
            for (const [name, strip, count] of extra)
                lines.push(`${pad(name, width)}  ${strip}  ${count}`);
        }
    }
    const left = measured.length - shown.length;
    if (left > 0)
        lines.push(`… ${left} more${options.elsewhere ? ` ${options.elsewhere}` : ''}`);
    const unmeasured = countsLine(rows.filter((r) => !measured.includes(r)));
    if (measured.length < rows.length)
        lines.push(`Not plotted, no change to show: ${unmeasured}`);
    lines.push(`● changed beyond the band  ○ within or undecided  ├─┤ ${options.confidence} CI  ┆ ±${tickText(axis.band).slice(1)} threshold`);
    return lines;
}

;// CONCATENATED MODULE: ./src/report/escape.ts
// Escaping for text that comes from the user's repository (benchmark names, suite paths, error messages)
// before it goes into a GitHub comment: no HTML, no mentions or issue links, no emoji shortcodes,
// no markdown formatting, nothing that breaks a table row.
const REPLACEMENTS = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '`': '&#96;',
    ':': '&#58;', // :emoji: shortcodes
    '"': '&quot;',
    // a zero-width space after @ stops @mentions, after # issue links (#12)
    '@': '@&#8203;',
    '#': '#&#8203;',
};
const BACKSLASHED = new Set(['\\', '*', '_', '~', '[', ']', '(', ')', '!']);
/** One line (line breaks become spaces), cut to maxLength with `…`. */
function oneLine(text, maxLength) {
    const t = text.replace(/[\r\n\t]+/g, ' ').trim();
    return t.length > maxLength ? t.slice(0, maxLength - 1) + '…' : t;
}
/** Text for a markdown table cell or a line of prose, in one pass. Line breaks become spaces. */
function escapeMarkdown(text, maxLength = 300) {
    const t = oneLine(text, maxLength);
    let out = '';
    for (const c of t)
        out += REPLACEMENTS[c] ?? (BACKSLASHED.has(c) ? `\\${c}` : c);
    return out;
}
/** Keeps only characters that cannot end or confuse an HTML comment (used inside the hidden marker). */
function markerSafe(text) {
    return text.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 100);
}
/**
 * Text inside an HTML block (`<summary>…</summary>`): GitHub renders no markdown there, so markdown's
 * backslashes would show; entities are decoded. Mentions and issue links are still autolinked, so they are broken.
 */
function escapeHtml(text, maxLength = 300) {
    const t = oneLine(text, maxLength);
    let out = '';
    for (const c of t)
        out += c === '_' || c === '*' || c === '~' || c === '\\' || c === '[' || c === ']' ? `&#${c.charCodeAt(0)};` : (REPLACEMENTS[c] ?? c);
    return out;
}
/** The longest run of backticks in the text: a code fence must be longer, or the text could close it. */
function longestBacktickRun(text) {
    return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}
/**
 * A code span, for names that read best as code (a profile's `file:line(function)`): nothing inside is
 * markdown, so nothing is escaped but the fence (longer than any backtick run) and the table's `|`.
 */
function codeSpan(text, maxLength = 300) {
    const t = oneLine(text, maxLength);
    const fence = '`'.repeat(longestBacktickRun(t) + 1);
    const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${t.replace(/\|/g, '\\|')}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/report/markdown-interpreters.ts
// The interpreter-upgrade / compare-interpreters part of the comment. Pure.



/** `1.20× faster` / `1.15× slower` / `as fast`. */
function speedWords(ratio) {
    if (Math.abs(ratio - 1) < 0.005)
        return 'about as fast';
    return ratio < 1 ? `${(1 / ratio).toFixed(2)}× faster` : `${ratio.toFixed(2)}× slower`;
}
function title(c) {
    return c.reason === 'upgrade' ? `Interpreter upgrade ${escapeMarkdown(c.label)}` : `Interpreters compared: ${escapeMarkdown(c.label)}`;
}
/** One line for the top of the comment: what the upgrade does to this project's speed. */
function crossSummaryLine(c) {
    if (c.error)
        return `${title(c)}: ${escapeMarkdown(c.error)}`;
    const slower = c.rows.filter((r) => r.verdict === 'regression').length;
    const faster = c.rows.filter((r) => r.verdict === 'improvement').length;
    const speed = c.geomean
        ? `this project runs ${speedWords(c.geomean.ratio)} (geometric mean, ${c.geomean.ci[0].toFixed(3)}–${c.geomean.ci[1].toFixed(3)}×)`
        : 'nothing could be compared';
    const counts = [slower ? `${plural(slower, 'benchmark')} slower` : '', faster ? `${faster} faster` : ''].filter(Boolean).join(', ');
    return `**${title(c)}:** ${speed}${counts ? `; ${counts}` : ''}.`;
}
/** `table` makes the (cuttable) table block from the lines before it, the rows and the lines after it. */
function crossSection(c, table) {
    const out = [`#### ${title(c)}`, ''];
    if (c.changes?.length)
        out.push(`Detected in ${c.changes.map((x) => `${escapeMarkdown(x.source)} (${escapeMarkdown(x.old)} → ${escapeMarkdown(x.new)})`).join(', ')}. Same code (head) on both interpreters; "Base" is ${escapeMarkdown(c.from.label)}, "Head" ${escapeMarkdown(c.to.label)}.`, '');
    else
        out.push(`Same code (head) on both interpreters; "Base" is ${escapeMarkdown(c.from.label)}, "Head" ${escapeMarkdown(c.to.label)}.`, '');
    if (c.error)
        return [{ kind: 'text', lines: [...out, escapeMarkdown(c.error), ''] }];
    const rows = [...c.rows].sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict));
    return [{ kind: 'text', lines: out }, table(['<details><summary>Per benchmark</summary>', ''], rows, ['', '</details>', ''])];
}

;// CONCATENATED MODULE: ./src/report/markdown-budget.ts
// Fits the rendered report into GitHub's limits: a comment body of 65,536 characters, a job summary of 1 MiB.
// The renderer hands over blocks: text that always stays, explanations that may go (profile tables first),
// and lists whose rows are cut from the end with a line saying where the rest is. Pure.

const COMMENT_BUDGET = { limit: 65_536, size: (t) => t.length, elsewhere: 'in the job summary and the report' };
const SUMMARY_BUDGET = { limit: 1024 * 1024, size: (t) => Buffer.byteLength(t, 'utf8'), elsewhere: 'in the report JSON' };
/** Every list gets this many rows before any list gets more, so failures still show beside 500 regressions. */
const FAIR_SHARE = 20;
/** A markdown table (its first two lines the header) as a list block. */
function tableBlock(priority, before, table, after) {
    return { kind: 'list', head: [...before, ...table.slice(0, 2)], items: table.slice(2), tail: after, priority };
}
const moreLine = (n, budget) => `_… ${n} more ${budget.elsewhere}._`;
/** The blocks as one markdown document within the budget. */
function fitBlocks(blocks, budget) {
    const cost = (lines) => lines.reduce((sum, l) => sum + budget.size(l) + 1, 0);
    const kept = blocks.map(() => true);
    const shown = blocks.map((b) => (b.kind === 'list' ? b.items.length : 0));
    const render = () => renderBlocks(blocks, kept, shown, budget);
    let out = render();
    if (budget.size(out) <= budget.limit)
        return out;
    // 1. Leave out explanations (profiles first), the last ones first, until the rest fits.
    let total = budget.size(out);
    const droppable = blocks
        .map((b, i) => ({ b, i }))
        .filter((x) => x.b.kind === 'optional')
        .sort((x, y) => x.b.rank - y.b.rank || y.i - x.i);
    for (const { b, i } of droppable) {
        if (total <= budget.limit - 200)
            break; // room for the note that says what was left out
        kept[i] = false;
        total -= cost(b.lines);
    }
    out = render();
    if (budget.size(out) <= budget.limit)
        return out;
    // 2. Cut the lists: every one gets a fair share in order of priority, then the most important get the rest.
    const lists = blocks.map((b, i) => ({ b, i })).filter((x) => x.b.kind === 'list');
    lists.sort((x, y) => x.b.priority - y.b.priority || x.i - y.i);
    for (const { i } of lists)
        shown[i] = 0;
    const reserve = lists.reduce((sum, { b }) => sum + cost(['', moreLine(b.items.length, budget)]), 0);
    let room = budget.limit - budget.size(render()) - reserve;
    for (const share of [FAIR_SHARE, Infinity]) {
        for (const { b, i } of lists) {
            while (shown[i] < Math.min(b.items.length, share)) {
                const c = cost([b.items[shown[i]]]);
                if (c > room)
                    break;
                room -= c;
                shown[i]++;
            }
        }
    }
    out = render();
    if (budget.size(out) <= budget.limit)
        return out;
    // 3. Only when the fixed parts alone are too big (thousands of interpreters or suites): a plain cut.
    const note = `\n\n_… cut to fit the size limit; the whole report is ${budget.elsewhere}._\n`;
    let cut = out.slice(0, Math.max(0, budget.limit - budget.size(note)));
    while (budget.size(cut) + budget.size(note) > budget.limit)
        cut = cut.slice(0, Math.floor(cut.length * 0.9));
    return cut + note;
}
function renderBlocks(blocks, kept, shown, budget) {
    const lines = [];
    const left = new Map();
    let noteAt = -1;
    blocks.forEach((b, i) => {
        if (b.kind === 'text')
            lines.push(...b.lines);
        else if (b.kind === 'optional') {
            if (kept[i])
                lines.push(...b.lines);
            else {
                left.set(b.what, (left.get(b.what) ?? 0) + 1);
                if (noteAt < 0)
                    noteAt = lines.length;
            }
        }
        else {
            lines.push(...b.head, ...b.items.slice(0, shown[i]));
            if (shown[i] < b.items.length)
                lines.push('', moreLine(b.items.length - shown[i], budget));
            lines.push(...b.tail);
        }
    });
    if (noteAt >= 0) {
        const what = [...left].map(([w, n]) => plural(n, w)).join(' and ');
        lines.splice(noteAt, 0, `_${what} left out to fit the size limit; they are ${budget.elsewhere}._`, '');
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/config/config-changes.ts
/** A canonical text of a TOML value: key order of inline tables does not count as a change. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value instanceof Date)
        return JSON.stringify(value.toISOString());
    if (value && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? String(value);
}
function diffConfigTables(base, head, givenInputs) {
    const keys = [...new Set([...Object.keys(base ?? {}), ...Object.keys(head ?? {})])].sort();
    const changes = [];
    for (const key of keys) {
        const b = base?.[key];
        const h = head?.[key];
        if (b !== undefined && h !== undefined && canonical(b) === canonical(h))
            continue;
        changes.push({ key, ...(b !== undefined ? { base: b } : {}), ...(h !== undefined ? { head: h } : {}), overridden: givenInputs.has(key) });
    }
    return changes;
}
/** A value as the TOML file would spell it, for the comment and the log: `"5%"`, `["3.12", "3.13"]`, `true`; unset as `(unset)`. */
function showTomlValue(value) {
    if (value === undefined)
        return '(unset)';
    if (Array.isArray(value))
        return `[${value.map(showTomlValue).join(', ')}]`;
    if (value instanceof Date)
        return value.toISOString();
    if (value && typeof value === 'object')
        return `{ ${Object.entries(value)
            .map(([k, v]) => `${k} = ${showTomlValue(v)}`)
            .join(', ')} }`;
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
function configChangesToJson(changes) {
    return changes.map((c) => ({ key: c.key, base: c.base ?? null, head: c.head ?? null, overridden: c.overridden }));
}

;// CONCATENATED MODULE: ./src/report/markdown-config.ts
// The comment's section on a PR that changes its own [tool.py-perf-guard] settings. Pure.


function configChangesSection(changes) {
    if (!changes.length)
        return [];
    const value = (v) => (v === undefined ? '*unset*' : escapeMarkdown(showTomlValue(v), 200));
    const lines = changes.map((c) => {
        const note = c.overridden ? ' (the workflow sets this input, so it has no effect here)' : '';
        return `- ${escapeMarkdown(c.key, 80)}: ${value(c.base)} → ${value(c.head)}${note}`;
    });
    return [`**⚙️ This PR changes its own \\[tool.py-perf-guard\\] settings** in pyproject.toml (base → head); review them with the code:`, '', ...lines, ''];
}

;// CONCATENATED MODULE: ./src/judge/slow-rounds.ts
// Slow-mode rounds. Shared runners have slow phases (1.5–1.9× slower, switching every few hundred ms to
// seconds), so a fresh process often runs its whole suite in one. When about half the rounds of a side land in
// that mode, the median falls between the two modes and the ratio of medians jumps: a 30% slowdown read as +4%
// or +73%.
// Such a process is recognised against its own side only (so a PR that slows everything moves the side's
// reference along with it, and is not hidden) and set aside from the ratio and its CI; the significance test
// still sees every round (verdicts.ts). Pure.

/** A round is slow when its benchmarks' typical time is this many times the side's fast quartile. */
const SLOW_ROUND_FACTOR = 1.25;
/**
 * Below this many rounds on a side nothing is set aside: the fast quartile is not known well enough yet, and
 * the few rounds left would be too few for the test to reach significance (3 against 3 cannot).
 */
const MIN_ROUNDS_FOR_SLOW_MODE = 10;
/**
 * rounds[r] maps benchmark name → seconds for round r of one side (one fresh process). Returns, per round,
 * whether it ran in a slow mode: the median over its benchmarks of time / (that benchmark's 25th percentile
 * over the side's rounds) is above `factor`. At least two rounds are always kept.
 */
function slowRounds(rounds, factor = SLOW_ROUND_FACTOR) {
    const none = rounds.map(() => false);
    if (rounds.length < MIN_ROUNDS_FOR_SLOW_MODE)
        return none;
    const values = new Map();
    for (const round of rounds)
        for (const [name, x] of round)
            if (x > 0)
                values.set(name, [...(values.get(name) ?? []), x]);
    const fastQuartile = new Map();
    for (const [name, xs] of values)
        if (xs.length >= MIN_ROUNDS_FOR_SLOW_MODE)
            fastQuartile.set(name, quantileSorted(sortedCopy(xs), 0.25));
    const slow = rounds.map((round) => {
        const relative = [...round].filter(([name, x]) => x > 0 && fastQuartile.has(name)).map(([name, x]) => x / fastQuartile.get(name));
        return relative.length > 0 && median(relative) > factor;
    });
    return rounds.length - slow.filter(Boolean).length >= 2 ? slow : none;
}

;// CONCATENATED MODULE: ./src/report/warmup-note.ts
// The footer's JIT warm-up line (PyPy): what was dropped before timing counted, in each method's own unit.

const range = (values) => `${Math.min(...values)}–${Math.max(...values)}`;
/** ` JIT warm-up: …` for the rows that had one, or '' (rounds: iterations per round; paired: bursts per worker). */
function jitWarmupNote(rows) {
    const rounds = rows.filter((r) => !isPairedRow(r) && (r.warmup ?? 0) > 0).map((r) => r.warmup);
    const paired = rows.filter(isPairedRow).flatMap((r) => (r.warmupBursts ? [r.warmupBursts] : []));
    const parts = [
        ...(rounds.length ? [`${range(rounds)} timed iterations per round dropped before measuring`] : []),
        ...(paired.length ? [`${range(paired)} bursts per worker dropped until burst times settled, before the duels counted`] : []),
    ];
    return parts.length ? ` JIT warm-up: ${parts.join('; ')} (PyPy).` : '';
}

;// CONCATENATED MODULE: ./src/report/markdown-footer.ts
// The small print under the report: how to read a row. The comment says it in one sentence and points to
// the job summary; the summary says how each figure was computed. Pure.





function summaryNotes(report) {
    const confidence = formatPercent(1 - report.alpha);
    const everyRow = [...report.rows, ...report.cross.flatMap((c) => c.rows)];
    const pairedRows = everyRow.filter(isPairedRow);
    const floors = pairedRows.flatMap((r) => (r.noiseFloor !== undefined ? [r.noiseFloor] : []));
    const measuredCount = report.rows.filter((r) => r.ratio !== undefined).length;
    return [
        everyRow.some((r) => !isPairedRow(r) && r.ratio !== undefined) &&
            `Change = head time / base time − 1, per-round ${escapeMarkdown(report.statistic)} of each fresh process; ${confidence} bootstrap CI of the ratio of medians; p = one-sided Mann-Whitney U. Measured = the rounds kept for the change and its CI.`,
        pairedRows.length &&
            `Paired rows (\`method: paired\`): each duel times a ~${pairedRows[0].burstMs ?? 5} ms burst of base and of head back to back; per worker pair the median duel ratio, the change their median, its CI the order-statistic interval, p a one-sided sign test over the pairs; Measured = worker pairs × duels per pair.`,
        floors.length &&
            `Noise floor (a base-against-base pair, \`calibrate\`): ${formatPercent(Math.min(...floors))}–${formatPercent(Math.max(...floors))}; a change must clear it too.`,
        `p adjusted (Benjamini–Hochberg) over ${plural(measuredCount, 'comparison')}.`,
        jitWarmupNote(everyRow).trim(),
        everyRow.some((r) => r.slowRounds) &&
            `Set aside as slow: processes that ran their whole suite in a slow mode of the machine (≥${SLOW_ROUND_FACTOR}× that side's fast quartile), left out of the change and its CI (p uses every round).`,
    ].filter((x) => Boolean(x));
}
function footerNote(report, audience) {
    if (audience === 'summary')
        return `<sub>${summaryNotes(report).join(' ')}</sub>`;
    return (`<sub>Change = head time / base time − 1, with its ${formatPercent(1 - report.alpha)} confidence interval. A regression is slower by more than ` +
        `${formatPercent(report.threshold)}, with the false-discovery rate held at ${formatPercent(report.alpha)}; inconclusive: not enough evidence either way yet. ` +
        `p-values, medians, rounds and noise are in the job summary and the report JSON.${jitWarmupNote([...report.rows, ...report.cross.flatMap((c) => c.rows)])}</sub>`);
}

;// CONCATENATED MODULE: ./src/report/markdown-instructions.ts



/** Where the tables stand when the body must be cut (as memory's in markdown.ts): changes early, the full list late. */
const PRIORITY = { changed: 3, all: 5 };
/** 1068707 → `1.069 M`, 912 → `912`: four significant digits (the Change column carries the exact ratio). */
function formatInstructions(n) {
    const units = [
        [1e9, ' G'],
        [1e6, ' M'],
        [1e3, ' k'],
    ];
    const [scale, unit] = units.find(([s]) => Math.abs(n) >= s) ?? [1, ''];
    return `${Number((n / scale).toPrecision(4))}${unit}`;
}
function label(r, multipleSuites, multipleInterpreters) {
    const name = multipleSuites ? `${escapeMarkdown(r.suite)} › ${escapeMarkdown(r.name)}` : escapeMarkdown(r.name);
    return multipleInterpreters ? `${name} (${escapeMarkdown(r.interpreter)})` : name;
}
function table(rows, cell) {
    return [
        '| Benchmark | Instructions per call, base → head | Change | Verdict |',
        '|---|---:|---:|---|',
        ...rows.map((r) => {
            const i = r.instructions;
            const change = Number.isFinite(i.ratio) ? `${formatChange(i.ratio)} (${i.ratio.toFixed(4)}×)` : 'new';
            const spread = i.spread > 0 ? ` (spread ${formatPercent(i.spread)})` : '';
            return `| ${cell(r)} | ${formatInstructions(i.base)} → ${formatInstructions(i.head)} | ${change} | ${i.verdict}${spread} |`;
        }),
    ];
}
/** `Not counted (12): <reason>`, one line per distinct reason. */
function failureLines(rows) {
    const byReason = new Map();
    for (const r of rows)
        if (r.instructions?.verdict === 'failed')
            byReason.set(r.instructions.error, (byReason.get(r.instructions.error) ?? 0) + 1);
    return [...byReason].map(([reason, n]) => `Not counted (${plural(n, 'row')}): ${escapeMarkdown(reason, 400)}`);
}
/**
 * The section, or nothing when no row has an instruction part. `all`: every counted row (the job summary);
 * else only regressions and improvements (the comment).
 */
function instructionsSection(report, options) {
    const withPart = report.rows.filter((r) => r.instructions);
    if (!withPart.length)
        return [];
    const counted = withPart.filter((r) => r.instructions.verdict !== 'failed');
    const changed = counted.filter((r) => r.instructions.verdict !== 'unchanged');
    const regressions = changed.filter((r) => r.instructions.verdict === 'regression').length;
    const multipleInterpreters = new Set(report.rows.map((r) => r.interpreter)).size > 1;
    const cell = (r) => label(r, options.multipleSuites, multipleInterpreters);
    const tool = report.instructions?.valgrind ? ` (${escapeMarkdown(report.instructions.tool)}, ${escapeMarkdown(report.instructions.valgrind)})` : '';
    const title = `#### Instruction counts${tool}: ${plural(regressions, 'regression')}, ${changed.length - regressions} improved, ${counted.length - changed.length} unchanged`;
    const out = [{ kind: 'text', lines: [title, '', ...failureLines(withPart).flatMap((l) => [l, ''])] }];
    const shown = options.all ? counted : changed;
    if (shown.length)
        out.push(tableBlock(options.all ? PRIORITY.all : PRIORITY.changed, [], table(shown, cell), ['']));
    if (counted.length)
        out.push({
            kind: 'text',
            lines: [
                '<sub>Instructions per call of each side under valgrind, base and head counted in the same run. Work, not time: they miss I/O, cache misses and memory stalls (see the README, Instruction counts).</sub>',
                '',
            ],
        });
    return out;
}

;// CONCATENATED MODULE: ./src/report/markdown-plot.ts



/** In the comment: this many rows, regressions and improvements first; the summary has them all. */
const COMMENT_ROWS = 30;
const COMMENT_STRIPS = 5;
/** A fence longer than any run of backticks inside, so that no benchmark name can close it. */
function fenced(lines, info = 'text') {
    const fence = '`'.repeat(Math.max(3, ...lines.map((l) => longestBacktickRun(l) + 1)));
    return [`${fence}${info}`, ...lines, fence];
}
/** The plot as an explanation block: left out (after the profiles) only when the body must shrink. */
function plotBlock(report, audience) {
    const rows = report.rows;
    if (!rows.some((r) => r.ratio !== undefined))
        return [];
    const comment = audience === 'comment';
    const lines = forestPlot(rows, {
        threshold: report.threshold,
        confidence: formatPercent(1 - report.alpha),
        ...(comment ? { maxRows: COMMENT_ROWS, maxStrips: COMMENT_STRIPS, elsewhere: 'in the job summary', verdicts: false } : {}),
    });
    return [{ kind: 'optional', rank: 3, what: 'chart', lines: [...fenced(lines), ''] }];
}

;// CONCATENATED MODULE: ./src/report/markdown-tables.ts
// The tables of measured rows. The comment's fits GitHub's comment width (~780 px): benchmark, change with
// its CI, verdict and one more column (time per call, or the interpreter when several ran). The job summary's
// has everything (p, medians, how much was measured, noise), in words rather than codes. Pure.



function benchmarkCell(row, multipleSuites) {
    return multipleSuites ? `${escapeMarkdown(row.suite)} › ${escapeMarkdown(row.name)}` : escapeMarkdown(row.name);
}
/** `+30.0% (+20.0% to +40.0%)`: the change and its CI, as changes rather than ratios. */
function changeCell(r) {
    if (r.ratio === undefined)
        return '–';
    return r.ci ? `${formatChange(r.ratio)} (${formatChange(r.ci[0])} to ${formatChange(r.ci[1])})` : formatChange(r.ratio);
}
/** The verdict, and for an open row that noise keeps open, how noisy. */
function verdictCell(r) {
    if (!r.tooNoisy)
        return r.verdict;
    const floor = isPairedRow(r) ? r.noiseFloor : undefined;
    return `${r.verdict} (noise ${floor !== undefined ? 'floor ' : ''}±${formatPercent(floor ?? r.noise ?? 0)})`;
}
/** How much was measured, in words: `10 rounds each`, `10 base, 12 head rounds; 2 base set aside as slow`, `8 pairs × 20 duels`. */
function measuredWords(r) {
    if (isPairedRow(r))
        return r.pairs ? `${plural(r.pairs, 'pair')} × ${plural(Math.round(r.duels / r.pairs), 'duel')}` : '–';
    const base = r.base?.n ?? 0;
    const head = r.head?.n ?? 0;
    const kept = base === head ? `${plural(base, 'round')} each` : `${base} base, ${plural(head, 'head round')}`;
    const slow = r.slowRounds ? [r.slowRounds.base && `${r.slowRounds.base} base`, r.slowRounds.head && `${r.slowRounds.head} head`].filter(Boolean) : [];
    return slow.length ? `${kept}; ${slow.join(', ')} set aside as slow` : kept;
}
function timeCell(r) {
    const side = (s) => (s ? formatSeconds(s.median) : '–');
    return r.base || r.head ? `${side(r.base)} → ${side(r.head)}` : '–';
}
function noiseCell(r) {
    const floor = isPairedRow(r) ? r.noiseFloor : undefined;
    if (floor !== undefined)
        return `±${formatPercent(floor)} (floor)`;
    return r.noise !== undefined ? `±${formatPercent(r.noise)}` : '–';
}
/** The table of measured rows for `audience`, header first. */
function measuredTable(rows, audience, ctx) {
    if (audience === 'comment') {
        const [fourth, align, cell] = ctx.multipleInterpreters
            ? ['Interpreter', '---', (r) => escapeMarkdown(r.interpreter)]
            : ['Time, base → head', '---:', (r) => timeCell(r)];
        return [
            `| Benchmark | Change (${ctx.confidence} CI) | Verdict | ${fourth} |`,
            `|---|---:|---|${align}|`,
            ...rows.map((r) => `| ${benchmarkCell(r, ctx.multipleSuites)} | ${changeCell(r)} | ${verdictCell(r)} | ${cell(r)} |`),
        ];
    }
    return [
        `| Benchmark | Interpreter | Verdict | Change (${ctx.confidence} CI) | p (adjusted) | Base | Head | Measured | Noise |`,
        '|---|---|---|---:|---:|---:|---:|---|---:|',
        ...rows.map((r) => {
            const p = r.q !== undefined ? formatP(r.q) : '–';
            const side = (s) => (s ? formatSeconds(s.median) : '–');
            return `| ${benchmarkCell(r, ctx.multipleSuites)} | ${escapeMarkdown(r.interpreter)} | ${verdictCell(r)} | ${changeCell(r)} | ${p} | ${side(r.base)} | ${side(r.head)} | ${measuredWords(r)} | ${noiseCell(r)} |`;
        }),
    ];
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Renders a Report as GitHub markdown for the PR comment and the job summary. Pure.
// Order: overall verdict, regressions, failures, improvements, then everything else folded.











const MARKER_PREFIX = '<!-- py-perf-guard';
/** The hidden marker that finds this job's comment again; matrix legs differ by job id and comment-key. */
function commentMarker(job, key) {
    return `${MARKER_PREFIX} job=${markerSafe(job)} key=${markerSafe(key)} -->`;
}
/** One row per benchmark, one column per interpreter: `regression +23.4%`, `unchanged −0.3%`, `failed`. */
function matrixTable(rows, labels, multipleSuites) {
    const byBenchmark = new Map();
    for (const r of rows) {
        const key = `${r.suite}\0${r.name}`;
        if (!byBenchmark.has(key))
            byBenchmark.set(key, new Map());
        byBenchmark.get(key).set(r.interpreter, r);
    }
    const cell = (r) => (!r ? '–' : r.ratio !== undefined ? `${r.verdict} ${formatChange(r.ratio)}` : r.verdict);
    const lines = [`| Benchmark | ${labels.map((l) => escapeMarkdown(l)).join(' | ')} |`, `|---|${labels.map(() => '---|').join('')}`];
    for (const cells of byBenchmark.values()) {
        const first = [...cells.values()][0];
        lines.push(`| ${benchmarkCell(first, multipleSuites)} | ${labels.map((l) => cell(cells.get(l))).join(' | ')} |`);
    }
    return lines;
}
function perCall(seconds) {
    return seconds === undefined ? '–' : formatSeconds(seconds);
}
/** Where the time went, for one regressed benchmark: the functions whose own time grew most. */
function profileSection(r) {
    if (!r.profile)
        return [];
    const title = `<details><summary>Profile of ${escapeHtml(r.name)} on ${escapeHtml(r.interpreter)}: where the time went</summary>`;
    if (r.profile.error)
        return [title, '', escapeMarkdown(r.profile.error, 400), '', '</details>', ''];
    const lines = [title, '', '| Function | Calls base → head | Own time base → head | Δ own time | Cumulative base → head |', '|---|---:|---:|---:|---:|'];
    const calls = (n) => (n === undefined ? '–' : Number(n.toPrecision(4)).toString());
    for (const d of r.profile.top ?? []) {
        const delta = `${d.tottimeDelta >= 0 ? '+' : '−'}${formatSeconds(Math.abs(d.tottimeDelta))}`;
        const fn = `${codeSpan(d.function, 120)}${!d.base ? ' (new)' : !d.head ? ' (gone)' : ''}`;
        lines.push(`| ${fn} | ${calls(d.base?.ncalls)} → ${calls(d.head?.ncalls)} | ${perCall(d.base?.tottime)} → ${perCall(d.head?.tottime)} | ${delta} | ${perCall(d.base?.cumtime)} → ${perCall(d.head?.cumtime)} |`);
    }
    lines.push('', `Per benchmark call, from ${r.profile.iterations} calls under cProfile on each side; both .prof files are saved next to the report JSON.`, '', '</details>', '');
    return lines;
}
/** For an import-time regression: the submodules whose cumulative import time grew most. */
function importSection(r) {
    if (!r.imports?.length)
        return [];
    const lines = [
        `<details><summary>${escapeHtml(r.name)} on ${escapeHtml(r.interpreter)}: the imports that grew</summary>`,
        '',
        '| Module | Base | Head | Growth |',
        '|---|---:|---:|---:|',
    ];
    for (const g of r.imports)
        lines.push(`| ${escapeMarkdown(g.module)} | ${g.base ? formatSeconds(g.base) : 'not imported'} | ${formatSeconds(g.head)} | +${formatSeconds(g.head - g.base)} |`);
    lines.push('', 'A heavy dependency imported when the package is imported is the usual cause: import it lazily, inside the function that needs it.', '', '</details>', '');
    return lines;
}
/** Peak memory per call: changes listed, the rest folded. */
function memorySection(rows, ctx) {
    const measured = rows.filter((r) => r.memory);
    if (!measured.length)
        return [];
    const changed = measured.filter((r) => r.memory.verdict === 'regression' || r.memory.verdict === 'improvement');
    // the interpreter only when several ran: four columns fit the comment's width
    const interpreter = (r) => (ctx.multipleInterpreters ? ` ${escapeMarkdown(r.interpreter)} |` : '');
    const table = (list) => [
        `| Benchmark |${ctx.multipleInterpreters ? ' Interpreter |' : ''} Memory | Peak per call, base → head | Change |`,
        `|---|${ctx.multipleInterpreters ? '---|' : ''}---|---:|---:|`,
        ...list.map((r) => {
            const m = r.memory;
            const change = Number.isFinite(m.ratio) ? formatChange(m.ratio) : 'new';
            return `| ${benchmarkCell(r, ctx.multipleSuites)} |${interpreter(r)} ${m.verdict}${m.exact ? '' : ' (varies)'} | ${formatBytes(m.base)} → ${formatBytes(m.head)} | ${change} |`;
        }),
    ];
    const regressions = changed.filter((r) => r.memory.verdict === 'regression').length;
    const out = [
        {
            kind: 'text',
            lines: [`#### Peak memory (${plural(regressions, 'regression')}, ${changed.length - regressions} improved)`, ''],
        },
    ];
    if (changed.length)
        out.push(tableBlock(markdown_PRIORITY.memoryChanged, [], table(changed), ['']));
    out.push(tableBlock(markdown_PRIORITY.memoryAll, [`<details><summary>Peak memory of all ${measured.length} benchmarks</summary>`, ''], table(measured), [
        '',
        '</details>',
        '',
    ]));
    return out;
}
function failedTable(rows, multipleSuites) {
    const where = { head: 'head', base: 'base only', both: 'base and head', setup: 'setup' };
    const lines = ['| Benchmark | Interpreter | Failed on | Error |', '|---|---|---|---|'];
    for (const r of rows) {
        lines.push(`| ${benchmarkCell(r, multipleSuites)} | ${escapeMarkdown(r.interpreter)} | ${where[r.failedOn ?? 'head']} | ${escapeMarkdown(r.error ?? 'failed', 400)} |`);
    }
    return lines;
}
function interpretersLine(report) {
    return report.interpreters
        .map((i) => (i.version ? `${escapeMarkdown(i.label)} (${escapeMarkdown(i.implementation ?? '')} ${escapeMarkdown(i.version)})` : `${escapeMarkdown(i.label)} (unavailable)`))
        .join(', ');
}
/** `3.12: +2.1% (0.99–1.05×, 18 benchmarks)` per interpreter. */
function geomeanLine(report) {
    const parts = [...report.geomeans].map(([label, g]) => `${escapeMarkdown(label)} ${formatChange(g.ratio)} (${g.ci[0].toFixed(3)}–${g.ci[1].toFixed(3)}×, ${plural(g.benchmarks, 'benchmark')})`);
    return parts.length ? `Geometric mean of head/base: ${parts.join(' · ')}` : '';
}
function stopLine(report) {
    const why = {
        decided: 'every verdict decided',
        'max-rounds': 'max-rounds reached',
        'time-budget': 'time budget spent',
    };
    const counts = [
        report.paired && `${plural(report.paired.pairs, 'worker pair')} of ${report.paired.burstMs} ms bursts`,
        (!report.paired || report.rounds > 0) && `${report.rounds} rounds per side`,
    ].filter(Boolean);
    return `${counts.join(' and ')} (${why[report.stopReason]}) in ${formatDuration(report.elapsedSeconds)}`;
}
/** Which lists keep their rows when the body must be cut (markdown-budget.ts): lowest first. */
const markdown_PRIORITY = { regressions: 0, failed: 1, improvements: 2, memoryChanged: 3, cross: 4, memoryAll: 5, rest: 6 };
function renderMarkdown(report, options = {}) {
    const multipleSuites = new Set(report.rows.map((r) => r.suite)).size > 1;
    const confidence = formatPercent(1 - report.alpha);
    const audience = options.audience ?? 'comment';
    const ctx = { multipleSuites, multipleInterpreters: new Set(report.rows.map((r) => r.interpreter)).size > 1, confidence };
    const table = (rows) => measuredTable(rows, audience, ctx);
    const byVerdict = (v) => report.rows.filter((r) => r.verdict === v);
    const regressions = byVerdict('regression');
    const failed = report.rows.filter((r) => r.verdict === 'failed');
    const improvements = byVerdict('improvement');
    const rest = report.rows.filter((r) => !['regression', 'failed', 'improvement'].includes(r.verdict));
    const out = [];
    const blocks = [{ kind: 'text', lines: out }];
    // Everything after the top lines goes in as blocks: text, then tables and explanations that may be cut.
    const text = (...lines) => blocks.push({ kind: 'text', lines });
    if (options.marker)
        out.push(options.marker);
    out.push(headline(report), '');
    out.push(`\`${report.base.sha.slice(0, 7)}\` (base) → \`${report.head.sha.slice(0, 7)}\` (head) · ${interpretersLine(report)} · ` +
        `${stopLine(report)} · threshold ${formatPercent(report.threshold)}, false-discovery rate ${formatPercent(report.alpha)}`, '');
    out.push(...configChangesSection(report.configChanges ?? []));
    const geomeans = geomeanLine(report);
    if (geomeans)
        out.push(geomeans, '');
    for (const c of report.cross)
        out.push(crossSummaryLine(c), '');
    blocks.push(...plotBlock(report, audience));
    if (regressions.length) {
        blocks.push(tableBlock(markdown_PRIORITY.regressions, [`#### Regressions (${regressions.length})`, ''], table(regressions), ['']));
        for (const r of regressions) {
            blocks.push({ kind: 'optional', rank: 1, what: 'profile table', lines: profileSection(r) });
            blocks.push({ kind: 'optional', rank: 2, what: 'import-growth table', lines: importSection(r) });
        }
    }
    if (failed.length) {
        const blocking = failed.filter(isBlockingFailure).length;
        const note = blocking === failed.length ? '' : ` — ${blocking} caused by this PR`;
        blocks.push(tableBlock(markdown_PRIORITY.failed, [`#### Failed (${failed.length}${note})`, ''], failedTable(failed, multipleSuites), ['']));
    }
    if (improvements.length)
        blocks.push(tableBlock(markdown_PRIORITY.improvements, [`#### Improvements (${improvements.length})`, ''], table(improvements), ['']));
    blocks.push(...memorySection(report.rows, ctx));
    blocks.push(...instructionsSection(report, { all: audience === 'summary', multipleSuites }));
    for (const c of report.cross)
        blocks.push(...crossSection(c, (before, rows, after) => tableBlock(markdown_PRIORITY.cross, before, table(rows), after)));
    const footer = ['', footerNote(report, audience)];
    const labels = report.interpreters.map((i) => i.label);
    if (rest.length) {
        // With several interpreters: every benchmark once, a column per interpreter (the matrix); else the rows.
        const lines = labels.length > 1 ? matrixTable(report.rows, labels, multipleSuites) : table(rest);
        const summary = labels.length > 1 ? `All benchmarks × interpreters (besides the above: ${countsLine(rest)})` : `${rest.length} other: ${countsLine(rest)}`;
        blocks.push(tableBlock(markdown_PRIORITY.rest, [`<details><summary>${summary}</summary>`, ''], lines, ['', '</details>']));
    }
    text(...footer);
    return fitBlocks(blocks, options.budget ?? COMMENT_BUDGET);
}

;// CONCATENATED MODULE: ./src/report/text/style.ts
/** FORCE_COLOR (any value but `0`/`false`) wins, then NO_COLOR (any non-empty value), then: a terminal, not TERM=dumb. */
function colourEnabled({ isTTY, env }) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return !['0', 'false'].includes(force.toLowerCase());
    if (env.NO_COLOR)
        return false;
    return isTTY && env.TERM !== 'dumb';
}
const SGR = { red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22] };
const VERDICT_TONE = {
    regression: 'red',
    failed: 'red',
    improvement: 'green',
    unchanged: 'dim',
    inconclusive: 'yellow',
    added: 'cyan',
    removed: 'cyan',
};
function painter(colour) {
    return (text, tone) => (colour && tone && text ? `\u001b[${SGR[tone][0]}m${text}\u001b[${SGR[tone][1]}m` : text);
}
/**
 * Text from the user's repository for one terminal line: no control characters (an escape sequence in a
 * benchmark's name or a test's output must not move the cursor or recolour the terminal), line breaks as spaces.
 */
function plain(text, maxLength = 300) {
    let t = text
        .replace(/[\r\n\t]+/g, ' ')
        // eslint-disable-next-line no-control-regex -- dropping control characters is the point
        .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
        .trim();
    if ([...t].length > maxLength)
        t = [...t].slice(0, maxLength - 1).join('') + '…';
    return t;
}

;// CONCATENATED MODULE: ./src/report/text/table.ts
/** Columns a string takes in a terminal: one per code point, none for combining marks and zero-width characters. */
function displayWidth(text) {
    let width = 0;
    for (const c of text) {
        const code = c.codePointAt(0);
        if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f))
            continue;
        // East Asian wide and fullwidth forms, and emoji, take two columns.
        width +=
            (code >= 0x1100 && code <= 0x115f) ||
                (code >= 0x2e80 && code <= 0xa4cf) ||
                (code >= 0xac00 && code <= 0xd7a3) ||
                (code >= 0xf900 && code <= 0xfaff) ||
                (code >= 0xff00 && code <= 0xff60) ||
                (code >= 0x1f300 && code <= 0x1faff)
                ? 2
                : 1;
    }
    return width;
}
function table_pad(text, width, align) {
    const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
    return align === 'right' ? gap + text : text + gap;
}
/**
 * Rows of cells under a header, each column as wide as its widest cell, two spaces apart, `indent` before each
 * line; the last column is not padded (no trailing blanks).
 */
function alignedTable(header, rows, align, paint, indent = '  ', fit) {
    const cells = rows.map((r) => r.map((c) => (typeof c === 'string' ? { text: c } : c)));
    const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i]?.text ?? ''))));
    // On a narrow terminal the least needed columns go first (fit.drop), so that a row stays one line.
    const shown = header.map((_, i) => i);
    const total = () => indent.length + shown.reduce((sum, i) => sum + widths[i], 0) + 2 * (shown.length - 1);
    for (const i of fit?.drop ?? [])
        if (total() > fit.width && shown.includes(i))
            shown.splice(shown.indexOf(i), 1);
    const line = (row, head) => indent +
        shown
            .map((i, k) => {
            const c = row[i] ?? { text: '' };
            const last = k === shown.length - 1;
            const text = last && align[i] !== 'right' ? c.text : table_pad(c.text, widths[i], align[i] ?? 'left');
            return paint(text, head ? 'dim' : c.tone);
        })
            .join('  ')
            .trimEnd();
    return [
        line(header.map((text) => ({ text })), true),
        ...cells.map((r) => line(r, false)),
    ];
}

;// CONCATENATED MODULE: ./src/report/text/sections.ts
// The terminal report's header and its tables of measured rows. Pure.






const HEADLINE = {
    pass: ['py-perf-guard: no regression found', 'green'],
    regression: ['py-perf-guard: performance regression', 'red'],
    error: ['py-perf-guard: some benchmarks could not be measured', 'yellow'],
};
/** The verdict, then the commits, interpreters and how the run measured, one fact a line. */
function headerLines(report, paint) {
    const open = report.rows.filter((r) => r.verdict === 'inconclusive').length;
    // "No regression" only when the rows were decided: open rows make it "not detected", in another colour.
    const [headline, tone] = report.verdict === 'pass' && open
        ? [`py-perf-guard: no regression detected · ${open} of ${report.rows.length} inconclusive`, 'yellow']
        : HEADLINE[report.verdict];
    const commit = (c) => `${c.sha.slice(0, 12)}  ${plain(c.ref)}`;
    const interpreters = report.interpreters
        .map((i) => (i.version ? `${plain(i.label)} (${plain(i.implementation ?? '')} ${plain(i.version)})` : `${plain(i.label)} (unavailable)`))
        .join(', ');
    const out = [
        paint(headline, tone),
        `  base          ${commit(report.base)}`,
        `  head          ${commit(report.head)}`,
        `  interpreters  ${interpreters || 'none'}`,
        `  measured      ${stopLine(report)}`,
        `  threshold     ${formatPercent(report.threshold)}, false-discovery rate ${formatPercent(report.alpha)}`,
    ];
    for (const [label, g] of report.geomeans)
        out.push(`  geomean       ${plain(label)}: ${formatChange(g.ratio)} (${g.ci[0].toFixed(3)}–${g.ci[1].toFixed(3)}×, ${plural(g.benchmarks, 'benchmark')})`);
    for (const change of report.configChanges ?? [])
        out.push(`  config        ${plain(change.key)}: ${plain(JSON.stringify(change.base) ?? '(unset)')} → ${plain(JSON.stringify(change.head) ?? '(unset)')}${change.overridden ? ' (overridden by the workflow)' : ''}`);
    return out;
}
/** `suite › name` when the run has several suites. */
function benchmarkLabel(r, multipleSuites) {
    return plain(multipleSuites ? `${r.suite} › ${r.name}` : r.name, 160);
}
/** Rounds per side (`10/12`, slow ones set aside: `10/12, 2/0 slow`), or worker pairs × duels. */
function samplesCell(r) {
    if (isPairedRow(r))
        return r.pairs ? `${r.pairs}×${Math.round(r.duels / r.pairs)} pairs` : '–';
    const slow = r.slowRounds ? `, ${r.slowRounds.base}/${r.slowRounds.head} slow` : '';
    return r.base || r.head ? `${r.base?.n ?? 0}/${r.head?.n ?? 0}${slow}` : '–';
}
/** Columns a narrow terminal drops first: p (adj.), rounds, head, base, the CI. */
const DROP_FIRST = [5, 8, 7, 6, 4];
function sections_measuredTable(rows, multipleSuites, confidence, paint, width) {
    const table = rows.map((r) => {
        const floor = isPairedRow(r) ? r.noiseFloor : undefined;
        const verdict = r.tooNoisy ? `${r.verdict} (noise ±${formatPercent(floor ?? r.noise ?? 0)})` : r.verdict;
        return [
            benchmarkLabel(r, multipleSuites),
            plain(r.interpreter),
            { text: verdict, tone: VERDICT_TONE[r.verdict] },
            r.ratio !== undefined ? formatChange(r.ratio) : '–',
            r.ci ? `${r.ci[0].toFixed(3)}–${r.ci[1].toFixed(3)}×` : '–',
            r.q !== undefined ? formatP(r.q) : '–',
            r.base ? formatSeconds(r.base.median) : '–',
            r.head ? formatSeconds(r.head.median) : '–',
            samplesCell(r),
        ];
    });
    const header = ['benchmark', 'interpreter', 'verdict', 'change', `${confidence} CI`, 'p (adj.)', 'base', 'head', 'rounds'];
    const fit = width ? { width, drop: DROP_FIRST } : undefined;
    return alignedTable(header, table, ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'], paint, '  ', fit);
}
/** An interpreter upgrade or compare-interpreters section: the same code (head) on two interpreters. */
function crossLines(c, multipleSuites, confidence, paint, width) {
    const title = paint(`${c.reason === 'upgrade' ? 'Interpreter upgrade' : 'Interpreters compared'} ${plain(c.label)}`, 'bold');
    if (c.error)
        return [title, `  ${plain(c.error, 600)}`];
    const speed = c.geomean
        ? `this project runs ${speedWords(c.geomean.ratio)} (geometric mean, ${c.geomean.ci[0].toFixed(3)}–${c.geomean.ci[1].toFixed(3)}×)`
        : 'nothing could be compared';
    return [
        title,
        `  head on ${plain(c.from.label)} ("base") against head on ${plain(c.to.label)} ("head"): ${speed}`,
        ...sections_measuredTable(c.rows, multipleSuites, confidence, paint, width),
    ];
}

;// CONCATENATED MODULE: ./src/report/text/render.ts
// Renders a Report for a terminal: plain names (nothing escaped for markdown, control characters dropped),
// aligned columns, colour for verdicts when asked, the regressions first with their profile lines, a one-line
// summary last. Pure: the CLI decides colour (style.ts) and prints.






function section(title, count, paint, tone) {
    return ['', paint(`${title} (${count})`, tone ? (VERDICT_TONE[tone] ?? 'bold') : 'bold')];
}
/** Where the time went for one regression: the functions whose own time grew most, per benchmark call. */
function profileLines(r, paint) {
    if (!r.profile)
        return [];
    const title = `    ${plain(r.name, 160)} on ${plain(r.interpreter)}: where the time went (per call, base → head)`;
    if (r.profile.error)
        return [title, `      ${plain(r.profile.error, 400)}`];
    const calls = (n) => (n === undefined ? '–' : Number(n.toPrecision(4)).toString());
    const time = (s) => (s === undefined ? '–' : formatSeconds(s));
    const rows = (r.profile.top ?? []).map((d) => [
        { text: `${d.tottimeDelta >= 0 ? '+' : '−'}${formatSeconds(Math.abs(d.tottimeDelta))}`, tone: d.tottimeDelta > 0 ? 'red' : undefined },
        `${time(d.base?.tottime)} → ${time(d.head?.tottime)}`,
        `${time(d.base?.cumtime)} → ${time(d.head?.cumtime)}`,
        `${calls(d.base?.ncalls)} → ${calls(d.head?.ncalls)}`,
        `${plain(d.function, 160)}${!d.base ? ' (new)' : !d.head ? ' (gone)' : ''}`,
    ]);
    if (!rows.length)
        return [title, '      (no function changed)'];
    return [
        title,
        ...alignedTable(['Δ own', 'own time', 'cumulative', 'calls', 'function'], rows, ['right', 'right', 'right', 'right', 'left'], paint, '      '),
    ];
}
/** For an import-time regression: the submodules whose import grew most. */
function importLines(r, paint) {
    if (!r.imports?.length)
        return [];
    const rows = r.imports.map((g) => [
        { text: `+${formatSeconds(g.head - g.base)}`, tone: 'red' },
        g.base ? formatSeconds(g.base) : 'not imported',
        formatSeconds(g.head),
        plain(g.module),
    ]);
    return [
        `    ${plain(r.name)} on ${plain(r.interpreter)}: the imports that grew`,
        ...alignedTable(['growth', 'base', 'head', 'module'], rows, ['right', 'right', 'right', 'left'], paint, '      '),
    ];
}
const FAILED_ON = { head: 'head', base: 'base only', both: 'base and head', setup: 'setup' };
/** Failed rows: where, and the error; a known fix (text/failure-cause.ts) on a line of its own. */
function failedLines(rows, multipleSuites, paint) {
    const out = [];
    for (const r of rows) {
        const [error, fix] = (r.error ?? 'failed').split(' (fix: ');
        out.push(`  ${paint(benchmarkLabel(r, multipleSuites), 'bold')} on ${plain(r.interpreter)} (failed on ${FAILED_ON[r.failedOn ?? 'head']})`);
        out.push(`    ${plain(error, 600)}`);
        if (fix)
            out.push(`    ${paint('fix:', 'bold')} ${plain(fix.replace(/\)$/, ''), 600)}`);
    }
    return out;
}
function memoryLines(rows, multipleSuites, paint) {
    const changed = rows.filter((r) => r.memory && (r.memory.verdict === 'regression' || r.memory.verdict === 'improvement'));
    if (!changed.length)
        return [];
    const table = changed.map((r) => {
        const m = r.memory;
        return [
            benchmarkLabel(r, multipleSuites),
            plain(r.interpreter),
            { text: `${m.verdict}${m.exact ? '' : ' (varies)'}`, tone: VERDICT_TONE[m.verdict] },
            `${formatBytes(m.base)} → ${formatBytes(m.head)}`,
            Number.isFinite(m.ratio) ? formatChange(m.ratio) : 'new',
        ];
    });
    return [
        ...section('Peak memory per call', changed.length, paint),
        ...alignedTable(['benchmark', 'interpreter', 'memory', 'base → head', 'change'], table, ['left', 'left', 'left', 'right', 'right'], paint),
    ];
}
/** `✗ regression: 1 regression, 1 failed, 3 unchanged · 5 rows on 1 interpreter · 1m 35s` */
function summaryLine(report, paint) {
    const counts = countVerdicts(report.rows);
    const parts = VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => paint(verdictCount(counts[v], v), VERDICT_TONE[v]));
    const mark = { pass: paint('✓ pass', 'green'), regression: paint('✗ regression', 'red'), error: paint('! error', 'yellow') }[report.verdict];
    const where = `${plural(report.rows.length, 'row')} on ${plural(report.interpreters.length, 'interpreter')}`;
    return `${mark}: ${parts.length ? parts.join(', ') : 'no benchmarks'} · ${where} · threshold ${formatPercent(report.threshold)} · ${formatDuration(report.elapsedSeconds)}`;
}
function renderText(report, options = {}) {
    const paint = painter(Boolean(options.colour));
    const multipleSuites = new Set(report.rows.map((r) => r.suite)).size > 1;
    const confidence = formatPercent(1 - report.alpha);
    const of = (v) => report.rows.filter((r) => r.verdict === v);
    const regressions = of('regression');
    const failed = of('failed');
    const improvements = of('improvement');
    const rest = report.rows.filter((r) => !['regression', 'failed', 'improvement'].includes(r.verdict));
    const out = headerLines(report, paint);
    // The forest plot (report/forest-plot.ts) goes here, between the header and the lists, when the CLI passes it.
    const plot = options.plot?.(report) ?? [];
    if (plot.length)
        out.push('', ...plot);
    if (regressions.length) {
        out.push(...section('Regressions', regressions.length, paint, 'regression'), ...sections_measuredTable(regressions, multipleSuites, confidence, paint, options.width));
        for (const r of regressions) {
            const explained = [...profileLines(r, paint), ...importLines(r, paint)];
            if (explained.length)
                out.push('', ...explained);
        }
    }
    if (failed.length)
        out.push(...section('Failed', failed.length, paint, 'failed'), ...failedLines(failed, multipleSuites, paint));
    if (improvements.length)
        out.push(...section('Improvements', improvements.length, paint, 'improvement'), ...sections_measuredTable(improvements, multipleSuites, confidence, paint, options.width));
    out.push(...memoryLines(report.rows, multipleSuites, paint));
    for (const c of report.cross)
        out.push('', ...crossLines(c, multipleSuites, confidence, paint, options.width));
    if (rest.length)
        out.push(...section('Other', rest.length, paint), ...sections_measuredTable(rest, multipleSuites, confidence, paint, options.width));
    out.push('', summaryLine(report, paint));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/config/mode.ts
// Input `mode` (which phase sequence runs) and the settings of `mode: comment`, read from the workflow's
// inputs alone: a comment job has no checkout of the PR, and nothing the PR wrote may choose how it is judged. Pure.



function parseMode(text) {
    const t = text.trim() || inputSpec('mode').default;
    const allowed = inputSpec('mode').choices ?? [];
    if (!allowed.includes(t))
        throw new ConfigError("input 'mode'", text, `one of ${allowed.join(', ')}`);
    return t;
}
function mode_flag(inputs, name) {
    const text = (inputs[name] ?? '').trim() || inputSpec(name).default;
    const value = parseBoolean(text);
    if (value === null)
        throw new ConfigError(`input '${name}'`, inputs[name] ?? '', 'true or false');
    return value;
}
function parseCommentSettings(inputs) {
    const reportDirs = parseList(inputs['report-dir'] ?? '');
    if (reportDirs.length === 0) {
        throw new ConfigError("input 'report-dir'", inputs['report-dir'] ?? '', 'with mode: comment, the folder actions/download-artifact wrote the measuring run\'s report folder to (e.g. "py-perf-guard-report")');
    }
    const comment = (inputs.comment ?? '').trim() || inputSpec('comment').default;
    const choices = inputSpec('comment').choices ?? [];
    if (!choices.includes(comment))
        throw new ConfigError("input 'comment'", inputs.comment ?? '', `one of ${choices.join(', ')}`);
    return {
        reportDirs,
        comment: comment,
        commentKey: (inputs['comment-key'] ?? '').trim(),
        failOnRegression: mode_flag(inputs, 'fail-on-regression'),
        failOnUpgradeRegression: mode_flag(inputs, 'fail-on-upgrade-regression'),
    };
}

;// CONCATENATED MODULE: ./src/io/time-budget.ts
const BUDGET_SPENT = 'stopped: the time budget is spent';
/** 5% of the budget for publishing, at least 10 s and at most 60 s. Pure. */
function planBudget(totalSeconds) {
    const reserveSeconds = Math.min(60, Math.max(10, totalSeconds * 0.05));
    return { workSeconds: Math.max(0, totalSeconds - reserveSeconds), reserveSeconds };
}
/**
 * A process's timeout: its own limit, but never past the time left. `cut` says the budget (not the
 * process's own limit) sets it. Null when no time is left: do not start it. Pure.
 */
function processLimit(ownMs, leftMs) {
    if (leftMs <= 0)
        return null;
    if (ownMs !== undefined && ownMs <= leftMs)
        return { timeoutMs: ownMs, cut: false };
    return { timeoutMs: Math.ceil(leftMs), cut: true };
}
class TimeBudget {
    now;
    deadline;
    /** A process was refused or stopped because the budget ran out. */
    exhausted = false;
    constructor(totalSeconds, now, startedAt = now()) {
        this.now = now;
        this.deadline = startedAt + planBudget(totalSeconds).workSeconds * 1000;
    }
    leftMs() {
        return this.deadline - this.now();
    }
    leftSeconds() {
        return Math.max(0, this.leftMs() / 1000);
    }
    /** The seam, with every process held to the time left. */
    wrap(run) {
        return async (command, args, options = {}) => {
            const limit = processLimit(options.timeoutMs, this.leftMs());
            if (!limit) {
                this.exhausted = true;
                return { code: null, stdout: '', stderr: BUDGET_SPENT, timedOut: false };
            }
            const r = await run(command, args, { ...options, timeoutMs: limit.timeoutMs });
            if (!(r.timedOut && limit.cut))
                return r;
            // Stopped by the budget, not by its own limit: not the code's fault, so not reported as its timeout.
            this.exhausted = true;
            return { ...r, timedOut: false, stderr: `${r.stderr}\n${BUDGET_SPENT}` };
        };
    }
}

;// CONCATENATED MODULE: ./src/io/untrusted-log.ts
// Output of the project's processes (pip, benchmark names and errors) copied into the job's log. The runner
// reads every stdout line that starts with `::` as a workflow command (::add-mask::, ::set-env::, ::error::…),
// so the PR's code could issue them through our log; between `::stop-commands::<token>` and `::<token>::` it
// reads none. The token is random per block, so the output cannot end the block itself. Annotations
// (io.warning/error) need no block: @actions/core escapes their line breaks.

/** The text inside a stop-commands block ending with `::<token>::`. Pure. */
function wrapUntrusted(text, token) {
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}
function stopCommandsToken() {
    return randomBytes(16).toString('hex');
}
/** The action's Io.untrusted: writes each text (through core.info) inside a block of its own. */
function untrustedLogger(write, token = stopCommandsToken) {
    return (text) => write(wrapUntrusted(text, token()));
}
/** The one way the shell logs untrusted output: the Io's own channel for it, else plain info (CLI, tests). */
function logUntrusted(io, text) {
    if (io.untrusted)
        io.untrusted(text);
    else
        io.info(text);
}

;// CONCATENATED MODULE: ./src/judge/geomean.ts

/** z with P(Z > z) = tail, by bisection on the survival function (accurate to 1e-10). */
function normalQuantileUpper(tail) {
    let lo = -40;
    let hi = 40;
    for (let i = 0; i < 200 && hi - lo > 1e-10; i++) {
        const mid = (lo + hi) / 2;
        if (normalSf(mid) > tail)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
function geomeanOf(rows, confidence) {
    const measured = rows.filter((r) => r.ratio !== undefined && r.ci && r.ratio > 0 && r.ci[0] > 0);
    if (measured.length === 0)
        return undefined;
    const z = normalQuantileUpper((1 - confidence) / 2);
    const logs = measured.map((r) => Math.log(r.ratio));
    // each benchmark's standard error on the log scale, from the width of its own interval
    const variances = measured.map((r) => ((Math.log(r.ci[1]) - Math.log(r.ci[0])) / (2 * z)) ** 2);
    const k = measured.length;
    const mean = logs.reduce((s, x) => s + x, 0) / k;
    const se = Math.sqrt(variances.reduce((s, v) => s + v, 0)) / k;
    return { ratio: Math.exp(mean), ci: [Math.exp(mean - z * se), Math.exp(mean + z * se)], benchmarks: k };
}
/** One summary per interpreter label, in the order the interpreters were given. */
function geomeansByInterpreter(rows, labels, confidence) {
    const out = new Map();
    for (const label of labels) {
        const g = geomeanOf(rows.filter((r) => r.interpreter === label), confidence);
        if (g)
            out.set(label, g);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/judge/paired/calibration.ts
// Self-calibration (`calibrate: true`): one extra worker pair duels base against base. Its median log ratio
// is what an identical pair reads for this benchmark; its size is the benchmark's noise floor.
// How the verdict uses it, kept simple: a change must clear the larger of the threshold and the floor to be a
// regression or an improvement (a benchmark whose identical pair reads 3% off cannot call a 2% change), and a
// row whose floor exceeds the threshold is marked too noisy. The `unchanged` band stays the user's threshold,
// so a noisy benchmark is never called unchanged more easily. The floor does not touch the test or the CI: the
// pairs of the comparison already carry their own spread; the floor only raises the bar for "big enough".

/** The noise floor: how far from 1 a base-vs-base pair reads head/base, as a fraction (e^|median log ratio| − 1). */
function noiseFloor(calibrationDuels) {
    return calibrationDuels.length ? Math.expm1(Math.abs(median(calibrationDuels))) : undefined;
}
/** The threshold a change must clear on this benchmark: the user's, or the noise floor when that is larger. */
function effectiveThreshold(threshold, floor) {
    return floor === undefined ? threshold : Math.max(threshold, floor);
}

;// CONCATENATED MODULE: ./src/stats/median-ci.ts
// Distribution-free confidence interval of a median from order statistics (the interval that inverts the
// sign test), matching scipy.stats.quantile_test(x, q=…).confidence_interval(…) for p = 0.5: the interval
// [x₍ₖ₎, x₍ₙ₊₁₋ₖ₎] with the largest k such that 2·P(Bin(n, ½) ≤ k − 1) ≤ 1 − confidence. It assumes only
// independent values, costs a sort, and needs no seed. Below 6 values no k reaches 95%: the interval is
// unbounded (scipy: nan), and the caller must not call anything "unchanged" on it.

function medianCi(values, confidence) {
    const sorted = sortedCopy(values);
    const n = sorted.length;
    const alpha = 1 - confidence;
    // lowerTail = P(Bin(n, ½) ≤ k − 1), grown one k at a time while the two tails stay within α
    let pmf = Math.pow(0.5, n); // P(X = 0)
    let lowerTail = 0;
    let k = 0;
    while (k + 1 <= n / 2 && 2 * (lowerTail + pmf) <= alpha) {
        lowerTail += pmf;
        k++;
        pmf = (pmf * (n - k + 1)) / k; // P(X = k)
    }
    if (k === 0)
        return { low: -Infinity, high: Infinity, coverage: 1 };
    return { low: sorted[k - 1], high: sorted[n - k], coverage: 1 - 2 * lowerTail };
}

;// CONCATENATED MODULE: ./src/stats/sign-test.ts
// One-sided sign test of one sample against 0, matching scipy.stats.binomtest(k, n, 0.5, alternative=…) with
// k the count of positive values and n the count of non-zero ones (zeros dropped, as the signed-rank test
// does). It weighs every value alike, so one far-off value costs no more than one value just across 0:
// that is why the paired method uses it over the worker pairs (bench/README, "Paired method").
// With n values the smallest one-sided p is 2⁻ⁿ; with d of them on the wrong side it is Σ_{i≤d} C(n,i)/2ⁿ.
/** P(X ≥ k) for X ~ Bin(n, 1/2), summed from i = n down (n is a count of worker pairs: tens, never underflows). */
function halfBinomialUpperTail(n, k) {
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    let pmf = Math.pow(0.5, n); // pmf(n)
    let tail = 0;
    for (let i = n; i >= k; i--) {
        tail += pmf;
        pmf = (pmf * i) / (n - i + 1); // pmf(i-1) = pmf(i)·i/(n-i+1)
    }
    return Math.min(1, tail);
}
function signTest(x, alternative) {
    const values = x.filter((v) => v !== 0);
    const n = values.length;
    const k = values.filter((v) => (alternative === 'greater' ? v > 0 : v < 0)).length;
    return { k, n, p: n === 0 ? 1 : halfBinomialUpperTail(n, k) };
}

;// CONCATENATED MODULE: ./src/judge/paired/pair-estimates.ts
// The statistics of one benchmark × interpreter under the paired method, on log ratios:
// - per pair: the order-balanced median of its duels, ½·(median of the even-numbered duels + median of the
//   odd-numbered ones). Duels alternate burst order (ABBA: base first, then head first), and some benchmarks
//   read differently by order (the null set's b1: −6% base-first, +5.5% head-first), so the plain median of
//   the mix sits off 1 (0.988 for b1) while the balanced one cancels the order effect (0.997). A median, not a
//   mean or Hodges–Lehmann: duels have heavy tails from load switching mid-burst, and the median's pair centres
//   are the tightest across pairs in the replay (bench/replay-paired.mjs).
// - across pairs: the median of the pair centres (one far-off pair, like the null set's 0.73, moves it little);
// - CI: the order-statistic interval of that median (the sign test's own interval, src/stats/median-ci.ts):
//   the worker pair is the unit, the interval assumes only independent pairs, costs a sort, needs no seed;
// - test: one-sided sign test over the pair centres, exact whenever a centre is as likely above 0 as below under
//   no change (base and head are exchangeable by design: same code, alternating start order). Chosen over the
//   signed-rank and t tests by the replay: one far-off pair is the largest rank and sinks a signed-rank or t test
//   of a real +6% change among 20 benchmarks; the sign test counts it as one pair.



/** Median of every `step`-th value from `start`, through a typed-array sort (numeric, ~10× a comparator sort). */
function medianOfEvery(values, start, step) {
    const picked = new Float64Array(Math.ceil((values.length - start) / step));
    for (let i = start, j = 0; i < values.length; i += step)
        picked[j++] = values[i];
    return quantileSorted(picked.sort(), 0.5);
}
/** ½·(median of even-numbered duels + median of odd-numbered duels); the plain median with one duel. */
function pairCentre(duels) {
    if (duels.length < 2)
        return median(duels);
    return (medianOfEvery(duels, 0, 2) + medianOfEvery(duels, 1, 2)) / 2;
}
// The coordinator judges after every pair, over the same finished pairs again: their centres are remembered by
// list (and length, so a list that grew is recomputed). Lists are not edited in place once judged.
const remembered = new WeakMap();
function rememberedCentre(duels) {
    const known = remembered.get(duels);
    if (known && known.length === duels.length)
        return known.centre;
    const centre = pairCentre(duels);
    remembered.set(duels, { length: duels.length, centre });
    return centre;
}
function pairCentres(pairs) {
    return pairs.filter((p) => p.length > 0).map(rememberedCentre);
}
/** The estimate from the pair centres (pairCentres), so a caller that already has them needn't recompute them. */
function pairedEstimate(centres, confidence) {
    const centre = median(centres);
    const ci = medianCi(centres, confidence);
    const deviations = sortedCopy(centres.map((c) => Math.abs(c - centre)));
    return {
        centres: [...centres],
        ratio: Math.exp(centre),
        ci: [Math.exp(ci.low), Math.exp(ci.high)],
        pSlower: signTest(centres, 'greater').p,
        pFaster: signTest(centres, 'less').p,
        spread: 1.4826 * quantileSorted(deviations, 0.5),
    };
}

;// CONCATENATED MODULE: ./src/judge/paired/judge-paired.ts
// Verdicts of the paired method: the same verdicts, band and false-discovery control as 1.0's verdicts.ts.
// regression: head significantly slower after Benjamini–Hochberg across the run AND ratio ≥ 1 + threshold;
// improvement: the mirror image (ratio ≤ 1/(1 + threshold)); unchanged: the whole CI inside the band;
// else inconclusive. The unit of replication is the worker pair (pair-estimates.ts).




function baseRow(c, centres) {
    const duels = c.pairs.reduce((s, p) => s + p.length, 0);
    const row = {
        suite: c.suite,
        name: c.name,
        interpreter: c.interpreter,
        verdict: 'inconclusive',
        method: 'paired',
        pairs: c.pairs.filter((p) => p.length > 0).length,
        duels,
        pairEstimates: centres.map(Math.exp),
    };
    const base = summary(c.base ?? []);
    const head = summary(c.head ?? []);
    if (base)
        row.base = base;
    if (head)
        row.head = head;
    if (c.warmup)
        row.warmup = c.warmup; // timed iterations, as rounds' warmup_iterations
    if (c.warmupBursts)
        row.warmupBursts = c.warmupBursts;
    if (c.burstMs !== undefined)
        row.burstMs = c.burstMs;
    if (c.clock)
        row.clock = c.clock;
    const floor = noiseFloor(c.calibration ?? []);
    if (floor !== undefined)
        row.noiseFloor = floor;
    return row;
}
/** A row's ratio, CI, spread and both one-sided p-values from its pair centres (before the run-wide control). */
function measure(centres, row, options) {
    const e = pairedEstimate(centres, 1 - options.alpha);
    const p = e.ratio >= 1 ? e.pSlower : e.pFaster;
    return { row: { ...row, ratio: e.ratio, ci: e.ci, p, noise: e.spread }, pSlower: e.pSlower, pFaster: e.pFaster };
}
function judgePaired(comparisons, options) {
    const { rows, measured } = measurePaired(comparisons, options);
    classify(measured, options);
    return rows;
}
/** The rows before the run-wide false-discovery control (judgeRun puts them in one family with `rounds` rows). */
function measurePaired(comparisons, options) {
    const rows = [];
    const measured = [];
    for (const c of comparisons) {
        const centres = pairCentres(c.pairs);
        const row = baseRow(c, centres);
        if (c.setupError || c.baseError || c.headError)
            rows.push(failedRow(c, row));
        else if (c.only === 'head')
            rows.push({ ...row, verdict: 'added' });
        else if (c.only === 'base')
            rows.push({ ...row, verdict: 'removed' });
        else if (row.pairs < 2)
            rows.push({ ...row, error: 'fewer than 2 worker pairs with duels' });
        else {
            const m = measure(centres, row, options);
            measured.push(m);
            rows.push(m.row);
        }
    }
    return { rows, measured };
}
/** The rows with the bar a change must reach: 1 + threshold, raised by a noise floor (calibration.ts). */
function withBars(measured, options) {
    return measured.map((m) => ({ ...m, bar: 1 + effectiveThreshold(options.threshold, m.row.noiseFloor) }));
}
/** After the verdict rule: a row whose noise floor exceeds the threshold is marked too noisy. */
function markFloorTooNoisy(measured, options) {
    for (const m of withBars(measured, options))
        if (m.bar > 1 + options.threshold)
            m.row.tooNoisy = true;
}
/** Sets each measured row's q and verdict: 1.0's rule (verdict-rule.ts), the bar raised by a noise floor. */
function classify(measured, options) {
    applyVerdictRule(withBars(measured, options), options);
    markFloorTooNoisy(measured, options);
}

;// CONCATENATED MODULE: ./src/judge/run-verdicts.ts



/** Rows of `rounds` comparisons, then of paired ones, judged as one run. */
function judgeRun(rounds, paired, options) {
    const r = measureRounds(rounds, options);
    const p = measurePaired(paired, options);
    applyVerdictRule([...r.measured, ...withBars(p.measured, options)], options);
    markTooNoisy(r.measured, options);
    markFloorTooNoisy(p.measured, options);
    return [...r.rows, ...p.rows];
}

;// CONCATENATED MODULE: ./src/judge/interpreter-comparison.ts


function crossLabel(from, to) {
    return `${from} → ${to}`;
}
/**
 * Rows per interpreter comparison, judged as their own family (they don't dilute the PR's own FDR control);
 * `paired`: the comparisons measured by worker pairs (head on the old interpreter against head on the new one).
 */
function judgeInterpreterComparisons(cross, comparisons, options, paired = []) {
    return cross.map((c) => {
        const mine = (list) => list.filter((x) => x.interpreter === c.label);
        const rows = judgeRun(mine(comparisons), mine(paired), options);
        return { ...c, rows, geomean: geomeanOf(rows, 1 - options.alpha) };
    });
}

;// CONCATENATED MODULE: ./src/judge/outcome.ts


const MAX_NAMED = 5;
function outputsOf(report) {
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
function upgradeMessage(report) {
    const slower = report.cross.filter((c) => c.reason === 'upgrade').flatMap((c) => c.rows.filter((r) => r.verdict === 'regression'));
    if (!slower.length)
        return undefined;
    const names = slower.map((r) => `${r.name} (${formatChangeSize(r.ratio ?? 1)} slower on ${r.interpreter})`);
    return `the interpreter upgrade slows ${plural(names.length, 'benchmark')}: ${names.slice(0, MAX_NAMED).join(', ')} (fail-on-upgrade-regression)`;
}
function regressionMessage(report) {
    const names = [
        ...report.rows.filter((r) => r.verdict === 'regression').map((r) => `${r.name} on ${r.interpreter} (${formatChangeSize(r.ratio ?? 1)} slower)`),
        ...report.rows
            .filter((r) => r.memory?.verdict === 'regression')
            .map((r) => `${r.name} on ${r.interpreter} (${formatChangeSize(r.memory.ratio)} more peak memory)`),
        ...report.rows.flatMap((r) => r.instructions?.verdict === 'regression' ? [`${r.name} on ${r.interpreter} (${formatChangeSize(r.instructions.ratio)} more instructions per call)`] : []),
    ];
    return `${plural(names.length, 'benchmark')} regressed: ${names.slice(0, MAX_NAMED).join(', ')}${names.length > MAX_NAMED ? ', …' : ''}`;
}
function errorMessage(report) {
    const failed = report.rows.filter(isBlockingFailure);
    if (!failed.length)
        return 'nothing could be measured';
    return `${plural(failed.length, 'benchmark')} failed: ${failed
        .slice(0, 3)
        .map((r) => `${r.name} on ${r.interpreter}: ${r.error}`)
        .join('; ')}`;
}
/** fail-on-inconclusive: more than the allowed share of rows still open (a pass that is no evidence). */
function inconclusiveMessage(report, allowed) {
    if (allowed === null || allowed === undefined || !report.rows.length)
        return undefined;
    const open = report.rows.filter((r) => r.verdict === 'inconclusive');
    const share = open.length / report.rows.length;
    if (share <= allowed)
        return undefined;
    const names = open.slice(0, MAX_NAMED).map((r) => `${r.name} on ${r.interpreter}`);
    return (`${open.length} of ${report.rows.length} rows inconclusive (${formatPercent(share)}), more than fail-on-inconclusive allows (${formatPercent(allowed)}): ` +
        `${names.join(', ')}${open.length > MAX_NAMED ? ', …' : ''}; give them more rounds (max-rounds, time-budget) or a quieter runner`);
}
function decideOutcome(report, settings) {
    const outputs = outputsOf(report);
    const upgrade = upgradeMessage(report);
    if (settings.failOnUpgradeRegression && upgrade && report.verdict !== 'regression')
        return { exitCode: 1, message: upgrade, outputs };
    if (report.verdict === 'regression')
        return { exitCode: settings.failOnRegression ? 1 : 0, message: regressionMessage(report), outputs };
    if (report.verdict === 'error') {
        // Something measured and this PR broke the rest: 1; nothing measured at all: 2, like bad input.
        const measuredSomething = report.rows.some((r) => r.ratio !== undefined);
        return { exitCode: measuredSomething ? 1 : 2, message: errorMessage(report), outputs };
    }
    const open = inconclusiveMessage(report, settings.failOnInconclusive);
    if (open)
        return { exitCode: 1, message: open, outputs };
    return { exitCode: 0, outputs };
}
/** A run that ended before any verdict (bad input, unusable environment). */
function outcomeOfRunError(error) {
    return { exitCode: error.exitCode, message: error.message, outputs: { verdict: 'error' } };
}

;// CONCATENATED MODULE: ./src/judge/memory.ts

/** Judges peak bytes per round of each side. Pure. */
function judgeMemory(base, head, threshold) {
    if (!base.length || !head.length)
        return undefined;
    const exact = new Set(base).size === 1 && new Set(head).size === 1;
    const [b, h] = [median(base), median(head)];
    const ratio = b > 0 ? h / b : h > 0 ? Infinity : 1;
    const grew = (lo, hi) => (lo > 0 ? hi / lo >= 1 + threshold : hi > 0);
    let verdict;
    if (exact)
        verdict = grew(b, h) ? 'regression' : grew(h, b) ? 'improvement' : 'unchanged';
    else if (grew(Math.max(...base), Math.min(...head)))
        verdict = 'regression';
    else if (grew(Math.max(...head), Math.min(...base)))
        verdict = 'improvement';
    else if (grew(Math.min(...base), Math.max(...head)) || grew(Math.min(...head), Math.max(...base)))
        verdict = 'inconclusive';
    else
        verdict = 'unchanged';
    return { base: b, head: h, ratio, verdict, exact };
}

;// CONCATENATED MODULE: ./src/suites/driver.ts
// What every suite kind provides: one SuiteDriver per kind (suites/<kind>/driver.ts), found through the
// registry. A pass that a kind cannot do is a method it lacks (import-time has no `memory`), not a test of
// its name. Shaped like actions/setup-python's cache-distributions: one interface, a few strategies, one factory.


/** The fields of a side's context every paired worker needs. */
function pairedWorkerSide(ctx) {
    return { python: ctx.python, env: ctx.env, projectDir: ctx.projectDir, harnessDir: ctx.harnessDir, scratchDir: ctx.scratchDir };
}
/** The suite's file or folder in this commit, or null when the commit does not have it. */
function suiteFileIn(suite, projectDir) {
    const file = (0,external_node_path_namespaceObject.join)(projectDir, suite.path.split('::')[0]);
    return (0,external_node_fs_namespaceObject.existsSync)(file) ? file : null;
}
function isRunnable(prepared) {
    return Boolean(prepared && !('error' in prepared) && !('missing' in prepared));
}

;// CONCATENATED MODULE: ./src/suites/round-result.ts

function emptyRound(suiteError) {
    return { samples: new Map(), stats: new Map(), failures: new Map(), brokenPrefixes: [], suiteError };
}
/** Records one benchmark's inner statistics and the round's sample (the chosen statistic). */
function recordSample(result, name, stats, statistic) {
    result.stats.set(name, { min: stats.min, median: stats.median, mean: stats.mean });
    result.samples.set(name, stats[statistic]);
}
function summarize(times) {
    return {
        min: Math.min(...times),
        median: median(times),
        mean: times.reduce((s, t) => s + t, 0) / times.length,
    };
}

;// CONCATENATED MODULE: ./src/suites/import-time/import-time.ts
// Import time as benchmarks: `python -X importtime -c "import mod"` in a fresh process per module and round,
// the sample being mod's cumulative import time. Each round also keeps every submodule's cumulative time,
// so a regression can name the imports that grew (usually a heavy dependency imported eagerly).



function importBenchmarkName(module) {
    return `import ${module}`;
}
/** `import time: self [us] | cumulative | imported package` lines → package → cumulative seconds. */
function parseImportTime(stderr) {
    const out = new Map();
    for (const line of stderr.split('\n')) {
        const m = /^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|\s+(\S.*)$/.exec(line.trimEnd());
        if (m)
            out.set(m[3].trim(), Number(m[2]) * 1e-6);
    }
    return out;
}
async function runImportTimeRound(ctx) {
    const result = emptyRound();
    for (const module of ctx.suite.args) {
        const name = importBenchmarkName(module);
        const r = await ctx.run(ctx.python, ['-X', 'importtime', '-c', `import ${module}`], {
            cwd: ctx.projectDir,
            env: { ...ctx.env, PYTHONDONTWRITEBYTECODE: '' },
            timeoutMs: ctx.timeoutMs,
        });
        const times = parseImportTime(r.stderr);
        if (r.code !== 0 || !times.has(module)) {
            result.failures.set(name, describeFailure(r, `import ${module}`));
            continue;
        }
        const t = times.get(module);
        recordSample(result, name, { min: t, median: t, mean: t }, ctx.statistic);
        (result.breakdown ??= new Map()).set(name, times);
    }
    return result;
}
/**
 * The submodules whose cumulative import time grew most between base and head (medians over rounds),
 * not counting the imported module itself. New imports count from zero.
 */
function importGrowth(base, head, self, top = 5) {
    const med = (xs) => (xs?.length ? median(xs) : 0);
    return [...head.keys()]
        .filter((m) => m !== self)
        .map((m) => ({ module: m, base: med(base.get(m)), head: med(head.get(m)) }))
        .filter((g) => g.head > g.base)
        .sort((a, b) => b.head - b.base - (a.head - a.base))
        .slice(0, top);
}

;// CONCATENATED MODULE: ./src/suites/import-time/driver.ts

const importTimeDriver = {
    kind: 'import-time',
    needsPytestBenchmark: false,
    harness: {},
    prepare: () => ({}),
    runRound: (ctx) => runImportTimeRound(ctx),
    // The modules are the suite's arguments: the shard keeps those whose benchmark (`import mod`) is in it.
    shard(suite, state, keep) {
        const args = suite.args.filter((m) => keep(importBenchmarkName(m)));
        return { suite: { ...suite, args }, state, empty: args.length === 0 };
    },
    explainRegression: (row, breakdown) => ({ imports: importGrowth(breakdown.base, breakdown.head, row.name.replace(/^import /, '')) }),
};

;// CONCATENATED MODULE: ./src/suites/pytest-benchmark/python-sources.generated.ts
// Generated by .ci/embed-python.mjs from the .py files in this folder: edit those, not this.
const PYTHON_SOURCES = {
    "py_perf_guard_outcomes.py": "# A pytest plugin (Python source, written to a temp folder and loaded with -p) that records which\n# tests failed and why, and pytest's rootdir: pytest-benchmark's JSON lists only the benchmarks that passed.\n# It also answers pytest-benchmark's machine-info hook without py-cpuinfo, whose probe costs ~1.3 s of a\n# ~1.8 s round: every round is a fresh process, so that cost would be paid hundreds of times.\n\nimport json\nimport os\nimport platform\n\nimport pytest\n\n_failures = []\n_collect_errors = []\n\n\ndef _message(report):\n    crash = getattr(getattr(report, \"longrepr\", None), \"reprcrash\", None)\n    if crash is not None and getattr(crash, \"message\", None):\n        return crash.message\n    text = getattr(report, \"longreprtext\", \"\") or str(report.longrepr)\n    lines = [line.strip() for line in text.splitlines() if line.strip()]\n    return lines[-1] if lines else \"failed\"\n\n\n@pytest.hookimpl(tryfirst=True)\ndef pytest_benchmark_generate_machine_info(config):\n    return {\"node\": platform.node(), \"processor\": platform.processor(), \"machine\": platform.machine(),\n            \"python_implementation\": platform.python_implementation(), \"python_version\": platform.python_version(),\n            \"python_compiler\": platform.python_compiler(), \"system\": platform.system(), \"release\": platform.release(),\n            \"cpu\": {}}\n\n\n_memory = {}\n\n\n@pytest.hookimpl(hookwrapper=True)\ndef pytest_runtest_call(item):\n    # PY_PERF_GUARD_MEMORY: peak traced memory of the test call (pytest-benchmark disabled: one call).\n    if not os.environ.get(\"PY_PERF_GUARD_MEMORY\") or \"benchmark\" not in getattr(item, \"fixturenames\", ()):\n        yield\n        return\n    import tracemalloc\n    tracemalloc.start()\n    before = tracemalloc.get_traced_memory()[0]\n    tracemalloc.reset_peak()\n    yield\n    _memory[item.nodeid] = tracemalloc.get_traced_memory()[1] - before\n    tracemalloc.stop()\n\n\n_shard = {}\n\n\ndef pytest_collection_modifyitems(config, items):\n    # In the memory pass only benchmarks run (--benchmark-only can't be combined with --benchmark-disable).\n    if os.environ.get(\"PY_PERF_GUARD_MEMORY\"):\n        items[:] = [i for i in items if \"benchmark\" in getattr(i, \"fixturenames\", ())]\n    if os.environ.get(\"PY_PERF_GUARD_SHARD\"):\n        from py_perf_guard_shard import select  # written beside this plugin; only a sharded run needs it\n\n        _shard.update(select(config, items))\n\n\ndef pytest_runtest_logreport(report):\n    if report.failed:\n        _failures.append({\"nodeid\": report.nodeid, \"when\": report.when, \"message\": _message(report)})\n\n\ndef pytest_collectreport(report):\n    if report.failed:\n        _collect_errors.append({\"nodeid\": report.nodeid, \"message\": _message(report)})\n\n\ndef pytest_sessionfinish(session, exitstatus):\n    path = os.environ.get(\"PY_PERF_GUARD_OUTCOMES\")\n    if path:\n        with open(path, \"w\") as f:\n            json.dump({\"rootdir\": str(session.config.rootpath), \"failures\": _failures,\n                       \"collect_errors\": _collect_errors, \"exitstatus\": int(exitstatus), \"memory\": _memory,\n                       **({\"shard\": _shard} if _shard else {})}, f)\n",
    "py_perf_guard_shard.py": "# py-perf-guard's `shard: i/n` for pytest (stdlib only): both pytest plugins (the outcomes plugin of `rounds`\n# and the paired worker) call select() from pytest_collection_modifyitems, so a job collects only its share of\n# the benchmarks. The hash must equal src/config/shard.ts's shardOf: the first 32 bits of SHA-256 of the\n# benchmark's name (its node id relative to the suite folder, as src/suites/pytest-benchmark names it), modulo n.\nimport hashlib\nimport os\n\n\ndef shard_of(name, count):\n    return int.from_bytes(hashlib.sha256(name.encode(\"utf-8\")).digest()[:4], \"big\") % count + 1\n\n\ndef benchmark_name(nodeid, rootdir, suite_dir):\n    file, sep, rest = nodeid.partition(\"::\")\n    rel = os.path.relpath(os.path.join(rootdir, file), suite_dir).replace(\"\\\\\", \"/\")\n    return nodeid if rel.startswith(\"..\") or os.path.isabs(rel) else rel + sep + rest\n\n\ndef select(config, items):\n    \"\"\"Deselects the benchmarks of other shards; returns {kept, deselected} counts of benchmarks, or None unsharded.\"\"\"\n    spec = os.environ.get(\"PY_PERF_GUARD_SHARD\")\n    if not spec:\n        return None\n    index, count = (int(x) for x in spec.split(\"/\"))\n    suite_dir = os.environ.get(\"PY_PERF_GUARD_SHARD_SUITE_DIR\") or str(config.rootpath)\n    rootdir = str(config.rootpath)\n    benchmarks = [i for i in items if \"benchmark\" in getattr(i, \"fixturenames\", ())]\n    elsewhere = [i for i in benchmarks if shard_of(benchmark_name(i.nodeid, rootdir, suite_dir), count) != index]\n    if elsewhere:\n        dropped = set(id(i) for i in elsewhere)\n        config.hook.pytest_deselected(items=elsewhere)\n        items[:] = [i for i in items if id(i) not in dropped]\n    return {\"kept\": len(benchmarks) - len(elsewhere), \"deselected\": len(elsewhere)}\n",
};

;// CONCATENATED MODULE: ./src/suites/pytest-benchmark/outcomes-plugin.ts
// The pytest plugin loaded with -p (failures, rootdir, tracemalloc peaks, a cheap machine-info hook):
// its source is py_perf_guard_outcomes.py beside this file, where it says what it does;
// .ci/embed-python.mjs embeds it at build time so the bundle stays one file.

const PYTEST_PLUGIN_MODULE = 'py_perf_guard_outcomes';
const PYTEST_PLUGIN_SOURCE = PYTHON_SOURCES['py_perf_guard_outcomes.py'];
/** `shard: i/n`: the hash and the deselection both pytest plugins share (py_perf_guard_shard.py). */
const PYTEST_SHARD_FILE = 'py_perf_guard_shard.py';
const PYTEST_SHARD_SOURCE = PYTHON_SOURCES[PYTEST_SHARD_FILE];

;// CONCATENATED MODULE: ./src/suites/pytest-benchmark/pytest-benchmark.ts
// pytest-benchmark suites: one pytest process per round, read back through --benchmark-json and the
// outcomes plugin (which says which benchmarks failed and why).






/**
 * Our defaults come before the user's suite arguments, so the user's win (pytest keeps the last value).
 * Each round is a fresh process and many rounds are taken, so 0.1 s per benchmark per round is plenty.
 */
const DEFAULT_PYTEST_BENCHMARK_ARGS = ['--benchmark-max-time=0.1'];
/** `python -m pytest <target>` with the outcomes plugin, as every pytest pass (rounds, profiles, memory) starts. */
function pytestPrefix(target) {
    return ['-m', 'pytest', target, '-p', PYTEST_PLUGIN_MODULE, '-p', 'no:cacheprovider', '-q'];
}
/** The venv's environment with the harness folder on PYTHONPATH (so `-p` finds the plugin), plus `extra`. */
function pytestEnvironment(ctx, extra = {}) {
    return { ...ctx.env, PYTHONPATH: [ctx.harnessDir, ctx.env.PYTHONPATH].filter(Boolean).join(':'), ...extra };
}
function pytestArguments(suite, jsonPath, jit = false) {
    return [
        ...pytestPrefix(suite.path),
        '--benchmark-only',
        '--continue-on-collection-errors',
        ...DEFAULT_PYTEST_BENCHMARK_ARGS,
        ...(jit ? ['--benchmark-warmup=on'] : []),
        ...suite.args,
        `--benchmark-json=${jsonPath}`,
    ];
}
/** A node id relative to the suite's folder: `benchmarks/test_x.py::test_a[1]` → `test_x.py::test_a[1]`. */
function benchmarkName(nodeId, rootDir, suiteDir) {
    const sep = nodeId.indexOf('::');
    const file = sep < 0 ? nodeId : nodeId.slice(0, sep);
    const rest = sep < 0 ? '' : nodeId.slice(sep);
    const rel = (0,external_node_path_namespaceObject.relative)(suiteDir, (0,external_node_path_namespaceObject.resolve)(rootDir, file)).split('\\').join('/');
    return rel.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(rel) ? nodeId : `${rel}${rest}`;
}
function suiteDirectory(projectDir, suitePath) {
    const path = (0,external_node_path_namespaceObject.resolve)(projectDir, suitePath.split('::')[0]);
    return path.endsWith('.py') ? (0,external_node_path_namespaceObject.dirname)(path) : path;
}
function parsePytestRound(benchJson, outcomes, projectDir, suitePath, statistic, processFailure) {
    if (!outcomes && !benchJson)
        return emptyRound(processFailure);
    const rootDir = outcomes?.rootdir ?? projectDir;
    const suiteDir = suiteDirectory(projectDir, suitePath);
    const name = (nodeId) => benchmarkName(nodeId, rootDir, suiteDir);
    const result = emptyRound();
    for (const b of benchJson?.benchmarks ?? [])
        recordSample(result, name(b.fullname), b.stats, statistic);
    for (const f of outcomes?.failures ?? []) {
        const n = name(f.nodeid);
        result.samples.delete(n);
        result.stats.delete(n);
        if (!result.failures.has(n))
            result.failures.set(n, withKnownFix(f.when === 'call' ? f.message : `${f.when}: ${f.message}`));
    }
    for (const c of outcomes?.collect_errors ?? []) {
        const prefix = name(c.nodeid);
        result.brokenPrefixes.push({ prefix, error: withKnownFix(`collecting ${prefix}: ${c.message}`) });
    }
    if (result.samples.size === 0 && result.failures.size === 0 && result.brokenPrefixes.length === 0) {
        if (outcomes?.shard?.kept === 0 && outcomes.shard.deselected > 0)
            return { ...result, outsideShard: true };
        result.suiteError = outcomes?.exitstatus === 5 ? `no benchmarks collected in ${suitePath}` : processFailure;
    }
    return result;
}
function readJson(path) {
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
    }
    catch {
        return null;
    }
}
async function runPytestBenchmarkRound(ctx) {
    const jsonPath = (0,external_node_path_namespaceObject.join)(ctx.scratchDir, 'benchmark.json');
    const outcomesPath = (0,external_node_path_namespaceObject.join)(ctx.scratchDir, 'outcomes.json');
    (0,external_node_fs_namespaceObject.rmSync)(jsonPath, { force: true });
    (0,external_node_fs_namespaceObject.rmSync)(outcomesPath, { force: true });
    const env = pytestEnvironment(ctx, { PY_PERF_GUARD_OUTCOMES: outcomesPath, PYTHONDONTWRITEBYTECODE: '1' });
    const r = await ctx.run(ctx.python, pytestArguments(ctx.suite, jsonPath, ctx.jit), { cwd: ctx.projectDir, env, timeoutMs: ctx.timeoutMs });
    const failure = describeFailure(r, `pytest ${ctx.suite.path}`, ctx.timeoutMs);
    return parsePytestRound(readJson(jsonPath), readJson(outcomesPath), ctx.projectDir, ctx.suite.path, ctx.statistic, failure);
}

;// CONCATENATED MODULE: ./src/suites/pytest-benchmark/driver.ts
// pytest-benchmark: rounds through --benchmark-json; memory through the outcomes plugin's tracemalloc mode;
// profiles through pytest-benchmark's own --benchmark-cprofile-dump.







const pytestBenchmarkDriver = {
    kind: 'pytest-benchmark',
    needsPytestBenchmark: true,
    harness: { [`${PYTEST_PLUGIN_MODULE}.py`]: PYTEST_PLUGIN_SOURCE, [PYTEST_SHARD_FILE]: PYTEST_SHARD_SOURCE },
    prepare: (suite, projectDir) => (suiteFileIn(suite, projectDir) ? { state: undefined } : { missing: true }),
    runRound: (ctx) => runPytestBenchmarkRound(ctx),
    // Node ids are known only after collection: the plugins deselect the other shards' (py_perf_guard_shard.py).
    shard: (suite, state, _keep, { projectDir, shard }) => ({ suite, state, env: shardEnvironment(shard, suiteDirectory(projectDir, suite.path)) }),
    // The paired worker is pytest with our plugin standing in for pytest-benchmark (measure/paired/launch.ts).
    pairedWorker: (ctx) => pairedWorkerSide(ctx),
    async memory(ctx) {
        const out = new Map();
        const outcomes = (0,external_node_path_namespaceObject.join)(ctx.scratchDir, 'memory-outcomes.json');
        (0,external_node_fs_namespaceObject.rmSync)(outcomes, { force: true });
        const env = pytestEnvironment(ctx, { PY_PERF_GUARD_MEMORY: '1', PY_PERF_GUARD_OUTCOMES: outcomes });
        await ctx.run(ctx.python, [...pytestPrefix(ctx.suite.path), ...ctx.suite.args, '--benchmark-disable'], {
            cwd: ctx.projectDir,
            env,
            timeoutMs: ctx.timeoutMs,
        });
        try {
            const o = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(outcomes, 'utf8'));
            const suiteDir = suiteDirectory(ctx.projectDir, ctx.suite.path);
            for (const [node, bytes] of Object.entries(o.memory ?? {}))
                out.set(benchmarkName(node, o.rootdir, suiteDir), bytes);
        }
        catch {
            // no outcomes: the suite crashed; its timing rows already say why
        }
        return out;
    },
    async profile(ctx, _state, name, iterations, dir) {
        const node = (0,external_node_path_namespaceObject.relative)(ctx.projectDir, (0,external_node_path_namespaceObject.join)(suiteDirectory(ctx.projectDir, ctx.suite.path), name.split('::')[0])) + name.slice(name.indexOf('::'));
        const args = [
            ...pytestPrefix(node),
            '--benchmark-only',
            ...ctx.suite.args,
            '--benchmark-max-time=0.01',
            '--benchmark-min-rounds=1',
            '--benchmark-cprofile=tottime',
            `--benchmark-cprofile-loops=${iterations}`,
            `--benchmark-cprofile-dump=${(0,external_node_path_namespaceObject.join)(dir, 'p')}`,
        ];
        const r = await ctx.run(ctx.python, args, { cwd: ctx.projectDir, env: pytestEnvironment(ctx), timeoutMs: ctx.timeoutMs });
        const prof = (0,external_node_fs_namespaceObject.readdirSync)(dir).find((f) => f.endsWith('.prof'));
        if (!prof)
            throw new Error(describeFailure(r, `profiling ${node}`));
        return (0,external_node_path_namespaceObject.join)(dir, prof);
    },
};

;// CONCATENATED MODULE: ./src/suites/timeit/python-sources.generated.ts
// Generated by .ci/embed-python.mjs from the .py files in this folder: edit those, not this.
const python_sources_generated_PYTHON_SOURCES = {
    "py_perf_guard_timeit.py": "# The timeit runner (Python source, stdlib only, Python 3.6+ and PyPy): reads a JSON spec made from the\n# suite's TOML, times each benchmark like `python -m timeit` (gc off unless asked, autorange when number\n# is 0), and writes per-call times per repeat. One benchmark's exception does not stop the others.\n# With \"warmup\" (PyPy), timed iterations are first run and dropped until the JIT has settled: until the\n# best time has not improved by more than 2% for 5 iterations (at most 100 iterations or 5 s).\n\nimport json\nimport os\nimport sys\nimport time\nimport timeit\nimport traceback\n\n\ndef autorange(timer, target):\n    number = 1\n    while True:\n        for factor in (1, 2, 5):\n            n = number * factor\n            if timer.timeit(n) >= target:\n                return n\n        number *= 10\n\n\ndef warm_up(timer, number):\n    best = float(\"inf\")\n    since_improvement = 0\n    dropped = 0\n    started = time.perf_counter()\n    while since_improvement < 5 and dropped < 100 and time.perf_counter() - started < 5:\n        t = timer.timeit(number)\n        dropped += 1\n        if t < best * 0.98:\n            best = t\n            since_improvement = 0\n        else:\n            since_improvement += 1\n    return dropped\n\n\ndef setup_source(bench, spec):\n    return \"\\n\".join(s for s in (spec.get(\"setup\") or \"\", bench.get(\"setup\") or \"\") if s.strip())\n\n\ndef prepared_namespace(bench, spec):\n    namespace = {\"__name__\": \"__py_perf_guard__\"}\n    exec(compile(setup_source(bench, spec) or \"pass\", \"<setup>\", \"exec\"), namespace)\n    return namespace\n\n\ndef run_one(bench, spec):\n    setup = setup_source(bench, spec)\n    if bench.get(\"gc\"):\n        setup = \"import gc\\ngc.enable()\\n\" + setup\n    timer = timeit.Timer(bench[\"stmt\"], setup or \"pass\", globals={\"__name__\": \"__py_perf_guard__\"})\n    number = bench.get(\"number\") or autorange(timer, spec[\"target_time\"])\n    dropped = warm_up(timer, number) if spec.get(\"warmup\") else 0\n    times = [t / number for t in timer.repeat(repeat=spec[\"repeat\"], number=number)]\n    return {\"name\": bench[\"name\"], \"number\": number, \"times\": times, \"warmup\": dropped}\n\n\ndef profile_one(bench, spec, directory):\n    # A plain loop over the statement, so the profile holds the benchmark and not timeit's machinery.\n    import cProfile\n    import textwrap\n    namespace = prepared_namespace(bench, spec)\n    number = spec[\"profile\"][\"iterations\"].get(bench[\"name\"], 1)\n    loop = compile(\"for _py_perf_guard_i in range(%d):\\n%s\\n\" % (number, textwrap.indent(bench[\"stmt\"], \"    \")), \"<benchmark>\", \"exec\")\n    profiler = cProfile.Profile()\n    profiler.enable()\n    exec(loop, namespace)\n    profiler.disable()\n    path = os.path.join(directory, \"%d.prof\" % spec[\"benchmarks\"].index(bench))\n    profiler.dump_stats(path)\n    return {\"name\": bench[\"name\"], \"profile\": path, \"iterations\": number}\n\n\ndef memory_one(bench, spec):\n    # Peak traced memory of one call, above what was allocated before it; one warm-up call first so that\n    # one-time costs (imports, caches) don't count.\n    import tracemalloc\n    namespace = prepared_namespace(bench, spec)\n    code = compile(bench[\"stmt\"], \"<benchmark>\", \"exec\")\n    exec(code, namespace)\n    tracemalloc.start()\n    before = tracemalloc.get_traced_memory()[0]\n    tracemalloc.reset_peak()\n    exec(code, namespace)\n    peak = tracemalloc.get_traced_memory()[1] - before\n    tracemalloc.stop()\n    return {\"name\": bench[\"name\"], \"peak_bytes\": peak}\n\n\ndef main():\n    spec_path, out_path = sys.argv[1], sys.argv[2]\n    with open(spec_path) as f:\n        spec = json.load(f)\n    sys.path.insert(0, os.getcwd())\n    results = []\n    profile = spec.get(\"profile\")\n    for bench in spec[\"benchmarks\"]:\n        if profile and bench[\"name\"] not in profile[\"iterations\"]:\n            continue\n        try:\n            if spec.get(\"memory\"):\n                results.append(memory_one(bench, spec))\n            else:\n                results.append(profile_one(bench, spec, profile[\"dir\"]) if profile else run_one(bench, spec))\n        except KeyboardInterrupt:\n            raise\n        except BaseException as e:\n            message = \"\".join(traceback.format_exception_only(type(e), e)).strip()\n            results.append({\"name\": bench[\"name\"], \"error\": message})\n    with open(out_path, \"w\") as f:\n        json.dump({\"results\": results}, f)\n\n\nmain()\n",
};

;// CONCATENATED MODULE: ./src/suites/timeit/harness.ts
// The timeit harness (stdlib only, Python 3.6+ and PyPy): its source is py_perf_guard_timeit.py beside this file, where it says what it does;
// .ci/embed-python.mjs embeds it at build time so the bundle stays one file.

const TIMEIT_HARNESS_FILE = 'py_perf_guard_timeit.py';
const TIMEIT_HARNESS_SOURCE = python_sources_generated_PYTHON_SOURCES['py_perf_guard_timeit.py'];

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : extract_parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return extract_parseInteger(ctx, str, base, startPtr);
}
function extract_parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/config/toml.ts
// The one TOML error policy: a file that does not parse yields an error naming the file and where
// (`line 3, column 1: <what>`; the parser's code frame is dropped). Each caller decides what that means:
// a timeit suite fails on its side, an invalid pyproject.toml stops the run (exit 2).

/** A smol-toml parse error as one line that says where: `line 3, column 1: <what>`. */
function describeTomlError(e) {
    const err = e;
    const what = (err.message ?? String(e)).split('\n')[0].replace(/^Invalid TOML document: /, '');
    return err.line ? `line ${err.line}, column ${err.column ?? 1}: ${what}` : what;
}
function parseTomlFile(text, file) {
    try {
        return { doc: parse(text) };
    }
    catch (e) {
        return { error: `${file}: is not valid TOML: ${describeTomlError(e)}` };
    }
}

;// CONCATENATED MODULE: ./src/suites/timeit/timeit.ts
// timeit suites: a TOML file of statements, read here (so Python 3.10 and PyPy need no TOML parser),
// timed by the stdlib-only harness in a fresh process per round.






/** Inner repeats per round; the round's sample is their min (or median/mean). */
const TIMEIT_REPEAT = 5;
/** Autorange target per repeat, in seconds (python -m timeit uses 0.2 s; rounds are many, so less). */
const TIMEIT_TARGET_SECONDS = 0.02;
const DEFAULT_KEYS = ['setup', 'gc'];
const BENCHMARK_KEYS = ['name', 'stmt', 'setup', 'number', 'gc'];
function fail(file, where, message) {
    throw new Error(`${file}: ${where} ${message}`);
}
function checkKeys(file, where, table, allowed) {
    for (const key of Object.keys(table))
        if (!allowed.includes(key))
            fail(file, where, `has unknown key ${JSON.stringify(key)}: expected ${allowed.join(', ')}`);
}
function optionalString(file, where, table, key) {
    const v = table[key];
    if (v === undefined)
        return '';
    if (typeof v !== 'string')
        fail(file, where, `${key} is ${JSON.stringify(v)}: expected a string`);
    return v;
}
function optionalBoolean(file, where, table, key, fallback) {
    const v = table[key];
    if (v === undefined)
        return fallback;
    if (typeof v !== 'boolean')
        fail(file, where, `${key} is ${JSON.stringify(v)}: expected true or false`);
    return v;
}
/** Parses and validates a timeit suite file; errors name the file, the benchmark and the key. */
function parseTimeitSuite(text, file) {
    const parsed = parseTomlFile(text, file);
    if ('error' in parsed)
        throw new Error(parsed.error);
    const doc = parsed.doc;
    checkKeys(file, 'top level', doc, ['defaults', 'benchmark']);
    const defaults = (doc.defaults ?? {});
    checkKeys(file, '[defaults]', defaults, DEFAULT_KEYS);
    const gcDefault = optionalBoolean(file, '[defaults]', defaults, 'gc', false);
    const list = doc.benchmark;
    if (!Array.isArray(list) || list.length === 0)
        fail(file, '', 'has no [[benchmark]] tables');
    const seen = new Set();
    const benchmarks = list.map((raw, i) => {
        const table = raw;
        // Named as soon as it has a name, so every message says which benchmark.
        const where = `[[benchmark]] #${i + 1}${typeof table.name === 'string' && table.name ? ` (${table.name})` : ''}`;
        checkKeys(file, where, table, BENCHMARK_KEYS);
        const name = optionalString(file, where, table, 'name');
        const stmt = optionalString(file, where, table, 'stmt');
        if (!name)
            fail(file, where, 'needs a name');
        if (!stmt)
            fail(file, where, 'needs a stmt');
        if (seen.has(name))
            fail(file, where, `repeats the name ${JSON.stringify(name)}`);
        seen.add(name);
        const number = table.number ?? 0;
        if (typeof number !== 'number' || !Number.isInteger(number) || number < 0)
            fail(file, where, `number is ${JSON.stringify(number)}: expected a whole number, 0 for autorange`);
        return { name, stmt, setup: optionalString(file, where, table, 'setup'), number, gc: optionalBoolean(file, where, table, 'gc', gcDefault) };
    });
    return { setup: optionalString(file, '[defaults]', defaults, 'setup'), benchmarks };
}
function parseTimeitRound(output, statistic, processFailure) {
    if (!output)
        return emptyRound(processFailure);
    const result = emptyRound();
    for (const r of output.results) {
        if (r.error !== undefined)
            result.failures.set(r.name, r.error);
        else if (r.times) {
            recordSample(result, r.name, summarize(r.times), statistic);
            if (r.warmup)
                (result.warmups ??= new Map()).set(r.name, r.warmup);
        }
    }
    return result;
}
/**
 * Runs the stdlib harness once on the suite, with `extra` spec keys for the other passes (`profile`, `memory`);
 * `tag` names its files in the scratch folder. The output is null when the harness failed as a whole.
 */
async function runTimeitHarness(ctx, suite, extra, tag) {
    const specPath = (0,external_node_path_namespaceObject.join)(ctx.scratchDir, `${tag}-spec.json`);
    const outPath = (0,external_node_path_namespaceObject.join)(ctx.scratchDir, `${tag}-out.json`);
    (0,external_node_fs_namespaceObject.writeFileSync)(specPath, JSON.stringify({ ...suite, repeat: TIMEIT_REPEAT, target_time: TIMEIT_TARGET_SECONDS, warmup: ctx.jit, ...extra }));
    (0,external_node_fs_namespaceObject.writeFileSync)(outPath, '');
    const process = await ctx.run(ctx.python, [(0,external_node_path_namespaceObject.join)(ctx.harnessDir, TIMEIT_HARNESS_FILE), specPath, outPath], {
        cwd: ctx.projectDir,
        env: ctx.env,
        timeoutMs: ctx.timeoutMs,
    });
    try {
        return { process, results: process.code === 0 ? JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(outPath, 'utf8')).results : null };
    }
    catch {
        return { process, results: null };
    }
}
async function runTimeitRound(ctx, suite) {
    const { process, results } = await runTimeitHarness(ctx, suite, {}, 'timeit');
    return parseTimeitRound(results && { results }, ctx.statistic, describeFailure(process, `timeit harness on ${ctx.suite.path}`, ctx.timeoutMs));
}

;// CONCATENATED MODULE: ./src/suites/timeit/driver.ts
// timeit: the suite file is parsed once per commit; rounds, memory and profiles all run the stdlib harness.





const timeitDriver = {
    kind: 'timeit',
    needsPytestBenchmark: false,
    harness: { [TIMEIT_HARNESS_FILE]: TIMEIT_HARNESS_SOURCE },
    prepare(suite, projectDir) {
        const file = suiteFileIn(suite, projectDir);
        if (!file)
            return { missing: true };
        try {
            return { state: parseTimeitSuite((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'), suite.path) };
        }
        catch (e) {
            return { error: e.message };
        }
    },
    runRound: runTimeitRound,
    shard(spec, suite, keep) {
        const benchmarks = suite.benchmarks.filter((b) => keep(b.name));
        return { suite: spec, state: { ...suite, benchmarks }, empty: benchmarks.length === 0 };
    },
    // The paired timeit worker reads the same parsed suite (measure/paired/launch.ts writes it as its spec).
    pairedWorker: (ctx, suite) => ({ ...pairedWorkerSide(ctx), timeit: suite }),
    async memory(ctx, suite) {
        const out = new Map();
        const { results } = await runTimeitHarness(ctx, suite, { memory: true }, 'memory');
        for (const x of results ?? [])
            if (typeof x.peak_bytes === 'number')
                out.set(x.name, x.peak_bytes);
        return out;
    },
    async profile(ctx, suite, name, iterations, dir) {
        const { process, results } = await runTimeitHarness(ctx, suite, { profile: { dir, iterations: { [name]: iterations } } }, 'profile');
        const out = results?.[0];
        if (!out?.profile)
            throw new Error(out?.error ?? describeFailure(process, 'profiling'));
        return out.profile;
    },
};

;// CONCATENATED MODULE: ./src/suites/registry.ts
// The one place that knows every suite kind: kind → driver. Everything else asks the registry.








const DRIVERS = {
    'pytest-benchmark': pytestBenchmarkDriver,
    timeit: timeitDriver,
    'import-time': importTimeDriver,
};
function driverFor(kind) {
    return DRIVERS[kind];
}
/** Writes every driver's Python harness files once per run. */
function writeHarness(dir) {
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    for (const driver of Object.values(DRIVERS))
        for (const [file, source] of Object.entries(driver.harness))
            (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, file), source);
    return dir;
}
function prepareSuite(suite, projectDir) {
    return driverFor(suite.kind).prepare(suite, projectDir);
}
/**
 * `shard: i/n`: the side cut down to the shard's benchmarks. A suite with none of them in the shard reads as
 * missing (`outsideShard`): the same names hash the same on both commits, so what the other side has is new.
 */
function shardSide(suite, prepared, projectDir, shard) {
    const driver = driverFor(suite.kind);
    if (!shard || !isRunnable(prepared) || !driver.shard)
        return { suite, prepared, env: {} };
    const cut = driver.shard(suite, prepared.state, (name) => inShard(name, shard), { projectDir, shard });
    if (cut.empty)
        return { suite, prepared: { missing: true, outsideShard: true }, env: {} };
    return { suite: cut.suite, prepared: { state: cut.state }, env: cut.env ?? {} };
}
async function runSuiteRound(ctx, prepared) {
    (0,external_node_fs_namespaceObject.mkdirSync)(ctx.scratchDir, { recursive: true });
    if ('error' in prepared)
        return emptyRound(prepared.error);
    if ('missing' in prepared)
        return emptyRound();
    return driverFor(ctx.suite.kind).runRound(ctx, prepared.state);
}

;// CONCATENATED MODULE: ./src/model/side.ts
const SIDES = ['base', 'head'];
function otherSide(side) {
    return side === 'base' ? 'head' : 'base';
}

;// CONCATENATED MODULE: ./src/measure/unit-rows.ts
const unit_rows_SIDES = ['base', 'head'];
function sideError(unit, outcome, side, name) {
    const s = unit.sides[side];
    if (s.error)
        return s.error;
    if (s.prepared && 'error' in s.prepared)
        return s.prepared.error; // the suite file itself is broken on this side
    if (outcome.suiteError)
        return outcome.suiteError;
    if (outcome.failures.has(name))
        return outcome.failures.get(name);
    return outcome.brokenPrefixes.find((b) => name === b.prefix || name.startsWith(`${b.prefix}::`))?.error;
}
/** Rows of one unit, sorted by name; `knownNames` (from other interpreters) names the rows of a unit that measured nothing. */
function unitRowSkeletons(unit, outcomes, knownNames) {
    const names = new Set();
    for (const side of unit_rows_SIDES)
        for (const n of [...outcomes[side].measured, ...outcomes[side].failures.keys()])
            names.add(n);
    // A file that failed to import on one side: its benchmarks as the other side knows them, else the file.
    for (const side of unit_rows_SIDES) {
        for (const b of outcomes[side].brokenPrefixes)
            if (![...names].some((n) => n.startsWith(`${b.prefix}::`)))
                names.add(b.prefix);
    }
    if (names.size === 0)
        knownNames.forEach((n) => names.add(n));
    const quiet = (side) => !unit.sides[side].error && !outcomes[side].suiteError && !(unit.sides[side].prepared && 'error' in unit.sides[side].prepared);
    if (names.size === 0 && unit.sharded && !unit.setupError && quiet('base') && quiet('head'))
        return [];
    const missing = (side) => Boolean(unit.sides[side].prepared && 'missing' in unit.sides[side].prepared);
    const bothMissing = missing('base') && missing('head');
    if (names.size === 0)
        names.add('*');
    return [...names].sort().map((name) => {
        const c = { suite: unit.suite.path, name, interpreter: unit.interpreter };
        if (unit.setupError)
            c.setupError = unit.setupError;
        else if (bothMissing)
            c.setupError = `${unit.suite.path} exists in neither base nor head`;
        const baseError = sideError(unit, outcomes.base, 'base', name);
        const headError = sideError(unit, outcomes.head, 'head', name);
        if (baseError)
            c.baseError = baseError;
        if (headError)
            c.headError = headError;
        // Failing on base and gone from head: the PR removed it.
        if (c.baseError && !c.headError && !outcomes.head.measured.has(name))
            delete c.baseError;
        if (name === '*' && !c.setupError && !c.baseError && !c.headError)
            c.headError = 'no benchmarks were found on either commit';
        return c;
    });
}
/** All units' rows; a unit that measured nothing borrows benchmark names from the same suite on other interpreters. */
function rowsWithBorrowedNames(count, build) {
    const first = Array.from({ length: count }, (_, i) => build(i, []));
    const known = new Map();
    for (const c of first.flat())
        if (c.name !== '*')
            known.set(c.suite, (known.get(c.suite) ?? new Set()).add(c.name));
    return first.flatMap((rows, i) => (rows.length === 1 && rows[0].name === '*' ? build(i, [...(known.get(rows[0].suite) ?? [])]) : rows));
}

;// CONCATENATED MODULE: ./src/measure/rounds.ts
// The rounds: every suite on every interpreter, base and head interleaved in ABBA order, each round a
// fresh process, so drift of the machine lands on both sides alike. After min-rounds, only units with a
// verdict still open, or with a regression, get more rounds, until max-rounds or the time budget.
// A regression is not a reason to stop early: stopping at the first round that happens to look slow would
// turn a run of unlucky rounds into a red check. It has to hold on max-rounds (or the budget's) evidence.




/** ABBA: round 0 runs base then head, round 1 head then base, and so on. */
function sideOrder(round) {
    return round % 2 === 0 ? ['base', 'head'] : ['head', 'base'];
}
function newAccumulator() {
    return { perRound: [], warmups: new Map(), breakdown: new Map(), failures: new Map(), brokenPrefixes: [], rounds: 0 };
}
function absorb(acc, r) {
    acc.rounds++;
    if (r.suiteError) {
        acc.suiteError ??= r.suiteError;
        return;
    }
    acc.perRound.push(new Map(r.samples));
    for (const [name, error] of r.failures)
        if (!acc.failures.has(name))
            acc.failures.set(name, error);
    for (const [name, n] of r.warmups ?? [])
        acc.warmups.set(name, Math.max(n, acc.warmups.get(name) ?? 0));
    for (const [name, parts] of r.breakdown ?? []) {
        const kept = acc.breakdown.get(name) ?? new Map();
        for (const [part, value] of parts)
            kept.set(part, [...(kept.get(part) ?? []), value]);
        acc.breakdown.set(name, kept);
    }
    for (const b of r.brokenPrefixes)
        if (!acc.brokenPrefixes.some((x) => x.prefix === b.prefix))
            acc.brokenPrefixes.push(b);
}
function sideSamples(acc, mode) {
    const slow = mode === 'drop' ? slowRounds(acc.perRound) : acc.perRound.map(() => false);
    const kept = new Map();
    const all = new Map();
    acc.perRound.forEach((round, i) => {
        for (const [name, x] of round) {
            all.set(name, [...(all.get(name) ?? []), x]);
            if (!slow[i])
                kept.set(name, [...(kept.get(name) ?? []), x]);
        }
    });
    return { kept, all, measured: new Set(all.keys()), setAside: slow.filter(Boolean).length };
}
/** Rows of one unit; `knownNames` (from other interpreters) names the rows of a unit that measured nothing. */
function unitComparisons(unit, acc, knownNames, mode) {
    const samples = { base: sideSamples(acc.base, mode), head: sideSamples(acc.head, mode) };
    const outcome = (side) => ({
        measured: samples[side].measured,
        failures: acc[side].failures,
        brokenPrefixes: acc[side].brokenPrefixes,
        suiteError: acc[side].suiteError,
    });
    return unitRowSkeletons(unit, { base: outcome('base'), head: outcome('head') }, knownNames).map((skeleton) => {
        const name = skeleton.name;
        const c = { ...skeleton, base: samples.base.kept.get(name) ?? [], head: samples.head.kept.get(name) ?? [] };
        if (samples.base.setAside || samples.head.setAside) {
            c.slowRounds = { base: samples.base.setAside, head: samples.head.setAside };
            c.all = { base: samples.base.all.get(name) ?? [], head: samples.head.all.get(name) ?? [] };
        }
        const warmup = Math.max(acc.base.warmups.get(name) ?? 0, acc.head.warmups.get(name) ?? 0);
        if (warmup)
            c.warmup = warmup;
        if (acc.base.breakdown.has(name) || acc.head.breakdown.has(name)) {
            c.breakdown = { base: acc.base.breakdown.get(name) ?? new Map(), head: acc.head.breakdown.get(name) ?? new Map() };
        }
        return c;
    });
}
/** All rows; a unit that measured nothing borrows benchmark names from the same suite on other interpreters. */
function allComparisons(units, accs, mode) {
    return rowsWithBorrowedNames(units.length, (i, known) => unitComparisons(units[i], accs[i], known, mode));
}
function runnable(side) {
    return Boolean(side.ctx && side.prepared && !side.error && !('error' in side.prepared) && !('missing' in side.prepared));
}
async function runRounds(units, options) {
    const start = options.now();
    const elapsed = () => (options.now() - start) / 1000;
    const accs = units.map(() => ({ base: newAccumulator(), head: newAccumulator() }));
    // A unit is active while both sides can run and neither has crashed as a whole.
    const active = units.map((u) => !u.setupError && runnable(u.sides.base) && runnable(u.sides.head));
    // A unit with only one runnable side (a suite added or removed by the PR) gets a single round for its medians.
    const singleSided = units.map((u, i) => !active[i] && !u.setupError && (runnable(u.sides.base) || runnable(u.sides.head)));
    let round = 0;
    let stopReason = 'decided';
    let lastRoundSeconds = 0;
    let verdicts;
    const comparisons = () => allComparisons(units, accs, options.slowRounds);
    rounds: while (true) {
        const todo = units.map((_, i) => i).filter((i) => active[i] || (singleSided[i] && round === 0));
        if (todo.length === 0)
            break;
        if (round >= options.maxRounds) {
            stopReason = 'max-rounds';
            break;
        }
        if (round > 0 && elapsed() + lastRoundSeconds > options.budgetSeconds) {
            stopReason = 'time-budget';
            break;
        }
        const roundStart = options.now();
        const runs = todo.reduce((n, i) => n + SIDES.filter((side) => runnable(units[i].sides[side])).length, 0);
        let ran = 0;
        for (const i of todo) {
            for (const side of sideOrder(round)) {
                const s = units[i].sides[side];
                if (!runnable(s))
                    continue;
                const result = await options.runRound(s.ctx, s.prepared);
                if (options.budgetCut?.()) {
                    stopReason = 'time-budget';
                    break rounds;
                }
                options.onRound?.({ round, interpreter: units[i].interpreter, suite: units[i].suite.path, side, result });
                absorb(accs[i][side], result);
                if (result.suiteError || result.outsideShard)
                    active[i] = false;
                options.progress?.({ done: round, step: { done: ++ran, of: runs }, verdicts });
            }
        }
        round++;
        lastRoundSeconds = (options.now() - roundStart) / 1000;
        options.log(`round ${round}: ${todo.length} suite×interpreter unit(s), ${lastRoundSeconds.toFixed(1)}s`);
        if (round >= options.minRounds) {
            // Keep sampling only units with an open (inconclusive) verdict or a regression still to confirm.
            const rows = judge(comparisons(), options);
            const open = (v) => v === 'inconclusive' || v === 'regression';
            units.forEach((u, i) => {
                if (active[i])
                    active[i] = rows.some((r) => r.interpreter === u.interpreter && r.suite === u.suite.path && open(r.verdict));
            });
            const undecided = rows.filter((r) => r.verdict === 'inconclusive').length;
            verdicts = { decided: rows.length - undecided, open: undecided };
        }
        options.progress?.({ done: round, verdicts });
    }
    return { comparisons: comparisons(), rounds: round, stopReason, elapsedSeconds: elapsed() };
}

;// CONCATENATED MODULE: ./src/measure/memory.ts



const MEMORY_ROUNDS = 3;
async function memoryRound(unit, side) {
    const { ctx, prepared } = unit.sides[side];
    if (!ctx || !isRunnable(prepared))
        return new Map(); // a suite this commit lacks or cannot read
    return driverFor(unit.suite.kind).memory(ctx, prepared.state);
}
/** Peak bytes per unit, side and benchmark, over MEMORY_ROUNDS interleaved rounds (CPython only: PyPy has no tracemalloc). */
async function measureMemory(units, log) {
    const result = new Map();
    const eligible = units.filter((u) => driverFor(u.suite.kind).memory && !u.setupError && u.sides.base.ctx && u.sides.head.ctx && !u.sides.base.ctx.jit && !u.sides.head.ctx.jit);
    for (let round = 0; round < MEMORY_ROUNDS; round++) {
        for (const unit of eligible) {
            const entry = result.get(unit) ?? { base: new Map(), head: new Map() };
            for (const side of sideOrder(round)) {
                for (const [name, bytes] of await memoryRound(unit, side))
                    entry[side].set(name, [...(entry[side].get(name) ?? []), bytes]);
            }
            result.set(unit, entry);
        }
        log(`memory round ${round + 1} of ${MEMORY_ROUNDS}`);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/report/profile-diff.ts
function perIteration(e, iterations) {
    return { ncalls: e.ncalls / iterations, tottime: e.tottime / iterations, cumtime: e.cumtime / iterations };
}
/**
 * The functions whose own time grew most first, then by growth of cumulative time (the callers on the way to
 * the cost); functions whose call counts changed though their time did not are kept. `top` entries at most.
 */
function diffProfiles(base, baseIterations, head, headIterations, top = 10) {
    const byFunction = new Map();
    // The profiler's own bookkeeping call is noise, not the project's code.
    const keep = (e) => !e.function.includes("(<method 'disable' of '_lsprof.Profiler' objects>)");
    for (const e of base.filter(keep))
        byFunction.set(e.function, { function: e.function, base: perIteration(e, baseIterations), head: null, tottimeDelta: 0 });
    for (const e of head.filter(keep)) {
        const d = byFunction.get(e.function) ?? { function: e.function, base: null, head: null, tottimeDelta: 0 };
        d.head = perIteration(e, headIterations);
        byFunction.set(e.function, d);
    }
    for (const d of byFunction.values())
        d.tottimeDelta = (d.head?.tottime ?? 0) - (d.base?.tottime ?? 0);
    const callsChanged = (d) => Math.abs((d.head?.ncalls ?? 0) - (d.base?.ncalls ?? 0)) > 1e-9;
    const cumDelta = (d) => (d.head?.cumtime ?? 0) - (d.base?.cumtime ?? 0);
    return [...byFunction.values()]
        .filter((d) => d.tottimeDelta !== 0 || cumDelta(d) !== 0 || callsChanged(d))
        .sort((a, b) => b.tottimeDelta - a.tottimeDelta || cumDelta(b) - cumDelta(a) || Number(callsChanged(b)) - Number(callsChanged(a)))
        .slice(0, top);
}

;// CONCATENATED MODULE: ./src/measure/python-sources.generated.ts
// Generated by .ci/embed-python.mjs from the .py files in this folder: edit those, not this.
const measure_python_sources_generated_PYTHON_SOURCES = {
    "py_perf_guard_profile_reader.py": "# Reads a cProfile dump (Python source, stdlib pstats) into JSON: one entry per function with ncalls,\n# tottime and cumtime, file paths made relative to the repository so base and head worktrees match.\n\nimport json\nimport os\nimport pstats\nimport sys\n\n\ndef main():\n    prof, root, out = sys.argv[1], sys.argv[2], sys.argv[3]\n    stats = pstats.Stats(prof).stats\n    entries = []\n    for (filename, line, func), (cc, nc, tt, ct, callers) in stats.items():\n        if filename.startswith(root + os.sep):\n            filename = os.path.relpath(filename, root)\n        elif filename != \"~\" and os.sep in filename:\n            filename = \"…/\" + os.path.basename(filename)   # stdlib and site-packages: the file name is enough\n        entries.append({\"function\": \"%s:%d(%s)\" % (filename, line, func), \"ncalls\": nc, \"tottime\": tt, \"cumtime\": ct})\n    with open(out, \"w\") as f:\n        json.dump(entries, f)\n\n\nmain()\n",
};

;// CONCATENATED MODULE: ./src/measure/profile-reader.ts
// The cProfile dump reader (stdlib pstats → JSON): its source is py_perf_guard_profile_reader.py beside this file, where it says what it does;
// .ci/embed-python.mjs embeds it at build time so the bundle stays one file.

const PROFILE_READER_SOURCE = measure_python_sources_generated_PYTHON_SOURCES['py_perf_guard_profile_reader.py'];

;// CONCATENATED MODULE: ./src/measure/profiles.ts
// Profiles of regressions (or of every benchmark with `profile: all`): each selected benchmark runs once
// more under cProfile on base and on head (each suite driver's `profile` pass; a kind without one is
// skipped), the two profiles are diffed per function, and the .prof files are kept.







/** Profile about this long per side, whatever a call costs. */
const PROFILE_SECONDS = 0.2;
function profileIterations(secondsPerCall) {
    return Math.max(1, Math.min(100_000, Math.round(PROFILE_SECONDS / Math.max(secondsPerCall, 1e-9))));
}
function safe(text) {
    return text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120);
}
/** Runs the benchmark under cProfile on one side through its driver; returns the .prof path. */
async function profileSide(unit, side, name, iterations, dir) {
    const { ctx, prepared } = unit.sides[side];
    (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    const state = isRunnable(prepared) ? prepared.state : undefined;
    return driverFor(unit.suite.kind).profile(ctx, state, name, iterations, dir);
}
async function readProfile(ctx, prof, root) {
    const reader = (0,external_node_path_namespaceObject.join)(ctx.harnessDir, 'py_perf_guard_profile_reader.py');
    if (!(0,external_node_fs_namespaceObject.existsSync)(reader))
        (0,external_node_fs_namespaceObject.writeFileSync)(reader, PROFILE_READER_SOURCE);
    const out = `${prof}.json`;
    const r = await ctx.run(ctx.python, [reader, prof, root, out], { env: ctx.env, timeoutMs: 120_000 });
    if (r.code !== 0)
        throw new Error(describeFailure(r, 'reading the profile'));
    return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(out, 'utf8'));
}
/** Adds `profile` to the selected rows (returns new rows); a profile that fails only says so on its row. */
async function profileRows(rows, units, options) {
    if (options.mode === 'none')
        return rows;
    const selected = (r) => r.ratio !== undefined && (options.mode === 'all' || r.verdict === 'regression');
    const out = [];
    for (const row of rows) {
        const unit = selected(row)
            ? units.find((u) => u.interpreter === row.interpreter && u.suite.path === row.suite && driverFor(u.suite.kind).profile)
            : undefined;
        if (!unit?.sides.base.ctx || !unit.sides.head.ctx) {
            out.push(row);
            continue;
        }
        const key = safe(`${row.interpreter}-${row.suite}-${row.name}`);
        try {
            const iterations = profileIterations(row.head.median);
            const files = {};
            const entries = {};
            for (const side of ['base', 'head']) {
                const ctx = unit.sides[side].ctx;
                const prof = await profileSide(unit, side, row.name, iterations, (0,external_node_path_namespaceObject.join)(ctx.scratchDir, 'profile'));
                (0,external_node_fs_namespaceObject.mkdirSync)(options.outDir, { recursive: true });
                files[side] = (0,external_node_path_namespaceObject.join)(options.outDir, `${key}-${side}.prof`);
                (0,external_node_fs_namespaceObject.copyFileSync)(prof, files[side]);
                entries[side] = await readProfile(ctx, prof, options.roots[side]);
            }
            options.log(`profiled ${row.name} on ${row.interpreter} (${iterations} iterations per side)`);
            out.push({ ...row, profile: { base: files.base, head: files.head, iterations, top: diffProfiles(entries.base, iterations, entries.head, iterations) } });
        }
        catch (e) {
            out.push({ ...row, profile: { error: `profiling failed: ${e.message}` } });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/measure/explain.ts
// Saying why, after the verdicts: what a driver reads from a regression's breakdown (import-time: the imports
// that grew), peak memory per call (memory: true), and cProfile diffs of regressions (profile).






async function explainRows(deps, settings, judged, comparisons, units, ws, reportPath) {
    const { io } = deps;
    const rows = judged.map((row, i) => {
        const parts = comparisons[i].breakdown;
        const explain = driverFor(settings.suites.find((s) => s.path === row.suite).kind).explainRegression;
        return row.verdict === 'regression' && parts && explain ? { ...row, ...explain(row, parts) } : row;
    });
    if (settings.memory) {
        const peaks = await io.group('Peak memory per call (tracemalloc)', () => measureMemory(units, (l) => io.info(l)));
        for (const row of rows) {
            const unit = units.find((u) => u.interpreter === row.interpreter && u.suite.path === row.suite);
            const p = unit && peaks.get(unit);
            const memory = p && judgeMemory(p.base.get(row.name) ?? [], p.head.get(row.name) ?? [], settings.memoryThreshold);
            if (memory)
                row.memory = memory;
        }
    }
    return io.group('Profiles', () => profileRows(rows, units, {
        mode: settings.profile,
        roots: { base: ws.worktrees[0], head: ws.worktrees[1] },
        outDir: (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(reportPath), `${(0,external_node_path_namespaceObject.basename)(reportPath, '.json')}-profiles`),
        log: (l) => logUntrusted(io, l), // the lines name the PR's benchmarks
    }));
}

;// CONCATENATED MODULE: ./src/judge/instructions.ts

/** (max − min) / median of one side's per-process counts. */
function instructions_relativeSpread(xs) {
    const m = median(xs);
    return m > 0 ? (Math.max(...xs) - Math.min(...xs)) / m : 0;
}
/** Rounds a ratio or spread for the report (6 significant decimals: a 0.01% change still shows). */
const round6 = (x) => Math.round(x * 1e6) / 1e6;
/**
 * Judges per-call instruction counts of base and head (one value per counting process) at `threshold`
 * (0.01 = 1%). `improvement` mirrors `regression`: ratio ≤ 1/(1 + threshold), as for time.
 */
function judgeInstructions(base, head, threshold) {
    if (!base.length || !head.length)
        return undefined;
    const [b, h] = [median(base), median(head)];
    const ratio = b > 0 ? h / b : h > 0 ? Infinity : 1;
    const spread = Math.max(instructions_relativeSpread(base), instructions_relativeSpread(head));
    const clear = (change) => change > 3 * spread;
    let verdict = 'unchanged';
    if (ratio >= 1 + threshold && clear(ratio - 1))
        verdict = 'regression';
    else if (ratio <= 1 / (1 + threshold) && clear(1 - ratio))
        verdict = 'improvement';
    return { base: Math.round(b), head: Math.round(h), ratio: round6(ratio), spread: round6(spread), verdict };
}
/** The instruction part of a row that could not be counted (the timing part of the row is unaffected). */
function instructionFailure(failedOn, error) {
    return { verdict: 'failed', failed_on: failedOn, error };
}
/**
 * The instruction part of every row of one suite × interpreter: judged where both sides counted it, `failed`
 * (on the side that failed, base first) where either could not; a benchmark on one side only gets nothing
 * (it is `added`/`removed` already).
 */
function judgeInstructionSides(base, head, threshold) {
    const rows = new Map();
    const names = new Set([...base.counts.keys(), ...base.failures.keys(), ...head.counts.keys(), ...head.failures.keys()]);
    for (const name of names) {
        const failure = ['base', 'head']
            .map((side) => ({ side, error: (side === 'base' ? base : head).error ?? (side === 'base' ? base : head).failures.get(name) }))
            .find((f) => f.error !== undefined);
        const b = base.counts.get(name);
        const h = head.counts.get(name);
        if (failure)
            rows.set(name, instructionFailure(failure.side, failure.error));
        else if (b && h)
            rows.set(name, judgeInstructions(b, h, threshold));
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/judge/callgrind-allocator.ts
// CPython's allocator at a fixed price. What one call of pymalloc costs depends on the heap, not on the code:
// whether the block's pool is one block from full (then every alloc unlinks it and every free relinks it),
// which half of its 1 MiB arena window the pool sits in (address_in_range's short-circuit), whether glibc
// reallocs in place. On bench/fixture that moved a loop's count by 1.5% from one call to the next and made a
// +1% loop read +0.42%. So each call into the allocator from outside it counts a fixed price instead of the
// instructions it took: the count follows how many allocations the code makes, not where they land. Pure.
/**
 * Instructions charged per call: about the fast path of CPython 3.12's pymalloc (measured: malloc 43, free 64,
 * with the thread-state lookup). Realloc's copy and calloc's zeroing are priced in, as their cost (in place or
 * moved, fresh pages or reused) is the allocator's too. The same in 3.10–3.13, where these functions exist.
 */
const ALLOCATOR_PRICES = {
    _PyObject_Malloc: 43,
    _PyObject_Calloc: 50,
    _PyObject_Realloc: 100,
    _PyObject_Free: 64,
};
const priced = (name) => name !== undefined && Object.hasOwn(ALLOCATOR_PRICES, name);
/**
 * Priced minus counted instructions of one callgrind dump (`Ir`): for every call record into a priced function
 * from a function that is not one (calls inside realloc are part of its price), price × calls − the inclusive
 * cost recorded. 0 when the dump names no allocator function (a stripped interpreter): then counts stay raw.
 * Reads the callgrind format's `events:`/`positions:` headers, `fn=`/`cfn=` with compressed `(id) name`
 * names, and `calls=<n> <target>` followed by the line of the call's inclusive cost.
 */
function allocatorAdjustment(text) {
    let irColumn = 0;
    let positions = 1;
    const names = new Map();
    let fn;
    let cfn;
    let calls;
    let adjustment = 0;
    const name = (spec) => {
        const m = /^\((\d+)\)(?:\s+(.*))?$/.exec(spec.trim());
        if (!m)
            return spec.trim();
        if (m[2] !== undefined)
            names.set(m[1], m[2]);
        return names.get(m[1]);
    };
    for (const line of text.split('\n')) {
        if (line.startsWith('events:'))
            irColumn = Math.max(0, line.slice(7).trim().split(/\s+/).indexOf('Ir'));
        else if (line.startsWith('positions:'))
            positions = line.slice(10).trim().split(/\s+/).length;
        else if (line.startsWith('fn='))
            fn = name(line.slice(3));
        else if (line.startsWith('cfn='))
            cfn = name(line.slice(4));
        else if (line.startsWith('calls='))
            calls = Number(line.slice(6).trim().split(/\s+/)[0]);
        else if (calls !== undefined && /^[\d+\-*]/.test(line)) {
            if (priced(cfn) && !priced(fn))
                adjustment += ALLOCATOR_PRICES[cfn] * calls - Number(line.trim().split(/\s+/)[positions + irColumn] ?? 0);
            calls = undefined;
        }
    }
    return adjustment;
}

;// CONCATENATED MODULE: ./src/judge/callgrind-dump.ts
// Reading callgrind's dump files. With --dump-before=os_sched_yield* and --callgrind-out-file=<dir>/callgrind.out.%p,
// one process writes callgrind.out.<pid>.<k> for its k-th os.sched_yield() call (the cost since the previous
// dump) and callgrind.out.<pid> at exit (the rest). Callgrind follows fork(): a forked child (one per benchmark,
// so no benchmark counts on a heap another one shaped) writes its own files, numbered from 1. The counting
// scripts say which process and dump close which region; these helpers turn them into instructions, with
// CPython's allocator at a fixed price per call (callgrind-allocator.ts says why). Pure.

/** The instruction count (event `Ir`) of one dump: its `summary:` line, else its `totals:` line. */
function parseCallgrindDump(text) {
    let events = ['Ir'];
    let summary;
    let totals;
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line.startsWith('events:'))
            events = line.slice(7).trim().split(/\s+/);
        else if (line.startsWith('summary:'))
            summary = line.slice(8);
        else if (line.startsWith('totals:'))
            totals = line.slice(7);
    }
    const values = (summary ?? totals)?.trim().split(/\s+/);
    const column = events.indexOf('Ir');
    const value = values && column >= 0 ? Number(values[column] ?? 0) : NaN;
    if (!Number.isFinite(value))
        throw new Error('callgrind dump has no summary: or totals: line with an Ir count');
    return value;
}
/** `callgrind.out.<pid>.<k>` → { pid, part: k }; the final dump `callgrind.out.<pid>` → part 0; else null. */
function dumpFileName(name) {
    const m = /^callgrind\.out\.(\d+)(?:\.(\d+))?$/.exec(name);
    return m ? { pid: Number(m[1]), part: m[2] === undefined ? 0 : Number(m[2]) } : null;
}
/** The instructions of one region dump that the counts use: its `Ir`, each call into CPython's allocator at its fixed price. */
function regionInstructions(text) {
    return parseCallgrindDump(text) + allocatorAdjustment(text);
}
/** pid → (dump number → region instructions) for every process that wrote numbered dumps (the final dumps, part 0, are left out). */
function dumpsByProcess(files) {
    const byPid = new Map();
    for (const f of files) {
        const id = dumpFileName(f.name);
        if (!id || id.part === 0)
            continue;
        const parts = byPid.get(id.pid) ?? new Map();
        parts.set(id.part, regionInstructions(f.text));
        byPid.set(id.pid, parts);
    }
    return byPid;
}
/**
 * One process's dumps (dump number → instructions), checked against the markers it counted. Throws when its
 * numbered dumps are not exactly 1..markers: then something other than our markers called os.sched_yield()
 * (the benchmark itself), or callgrind matched two functions per call, and the regions can't be told apart.
 * `pid` undefined: the one process that wrote numbered dumps (a run without forks).
 */
function processDumps(byPid, pid, markers) {
    const only = byPid.size === 1 ? [...byPid.values()][0] : undefined;
    const parts = (pid === undefined ? only : byPid.get(pid)) ?? new Map();
    const complete = parts.size === markers && [...parts.keys()].every((k) => k >= 1 && k <= markers);
    if (!complete) {
        const who = pid === undefined ? (byPid.size > 1 ? ` (${byPid.size} processes wrote dumps, one expected)` : '') : ` in process ${pid}`;
        throw new Error(`callgrind wrote ${parts.size} region dumps for ${markers} markers${who}: does the benchmark call os.sched_yield() itself?`);
    }
    return parts;
}
/** Instructions per call of regions closed by `dumps`, less `empty` (a dump of the same region shape around a no-op) each. */
function callgrind_dump_perCall(dumps, regions, empty, calls) {
    const count = (k) => {
        const v = dumps.get(k);
        if (v === undefined)
            throw new Error(`callgrind dump ${k} is missing`);
        return v;
    };
    const total = regions.reduce((sum, k) => sum + count(k), 0) - regions.length * count(empty);
    return total / calls;
}

;// CONCATENATED MODULE: ./src/measure/instructions/python-sources.generated.ts
// Generated by .ci/embed-python.mjs from the .py files in this folder: edit those, not this.
const instructions_python_sources_generated_PYTHON_SOURCES = {
    "py_perf_guard_count.py": "\"\"\"Instruction counting for timeit suites, run under valgrind's callgrind (stdlib only).\n\nReads the JSON spec the timeit harness reads (setup, benchmarks[name, stmt, setup, gc]) plus\n\"instructions\": {\"calls\": N}. Each benchmark is warmed up once, then N executions of its statement are\nbracketed by os.sched_yield() calls: callgrind runs with --dump-before=os_sched_yield*, so the k-th call\nof os.sched_yield() writes dump file number k and the region between two markers is the dump of the\nsecond. timeit.Timer's own timer hook is the marker, so the region is exactly timeit's loop (gc off,\nas when timing). An empty region (stmt \"pass\", same N) is measured the same way, for the caller to\nsubtract.\n\nEach benchmark is counted in its own worker forked by a fork server started before any counting\n(py_perf_guard_fork): in one process, a changed benchmark's allocations shift the heap for the ones after it,\nand an allocation-heavy untouched benchmark then counts differently (0.897 measured). Callgrind follows the\nfork; a worker's dumps are callgrind.out.<worker pid>.<k>, numbered from 1. Writes {\"results\": [{name, pid, empty, dump, calls, markers}\nor {name, error}]}; the caller reads the dumps of each pid.\n\"\"\"\nimport gc\nimport json\nimport os\nimport sys\nimport timeit\n\nfrom py_perf_guard_fork import ForkServer\n\n_markers = [0]\n\n\ndef _marker():\n    _markers[0] += 1\n    os.sched_yield()\n    return 0.0\n\n\ndef _setup_source(bench, spec):\n    parts = (spec.get(\"setup\") or \"\", bench.get(\"setup\") or \"\")\n    setup = \"\\n\".join(s for s in parts if s.strip()) or \"pass\"\n    return \"import gc\\ngc.enable()\\n\" + setup if bench.get(\"gc\") else setup\n\n\ndef _count(stmt, setup, calls):\n    timer = timeit.Timer(stmt, setup, timer=_marker, globals={\"__name__\": \"__py_perf_guard__\"})\n    timer.timeit(1)  # warm-up: imports, caches, the interpreter's specialisation of the loop\n    gc.collect()  # a known heap: what other benchmarks left must not change this one's count\n    timer.timeit(calls)\n    return {\"dump\": _markers[0], \"calls\": calls}\n\n\ndef _child(bench, spec, calls):\n    \"\"\"What one worker counts: the empty region, then the benchmark's.\"\"\"\n    empty = _count(\"pass\", \"pass\", calls)\n    entry = _count(bench[\"stmt\"], _setup_source(bench, spec), calls)\n    return {\"empty\": empty[\"dump\"], \"dump\": entry[\"dump\"], \"calls\": calls, \"markers\": _markers[0]}\n\n\ndef main():\n    spec_path, out_path = sys.argv[1], sys.argv[2]\n    with open(spec_path) as f:\n        spec = json.load(f)\n    sys.path.insert(0, os.getcwd())\n    calls = int(spec.get(\"instructions\", {}).get(\"calls\", 5))\n    benchmarks = spec[\"benchmarks\"]\n    server = ForkServer(lambda i: _child(benchmarks[i], spec, calls))\n    results = []\n    for i, bench in enumerate(benchmarks):\n        results.append(dict(server.run(i), name=bench[\"name\"]))\n    server.close()\n    with open(out_path, \"w\") as f:\n        json.dump({\"results\": results}, f)\n\n\nmain()\n",
    "py_perf_guard_count_plugin.py": "\"\"\"Instruction counting for pytest-benchmark suites: a pytest plugin, loaded with\n`-p no:benchmark -p py_perf_guard_count_plugin` under valgrind's callgrind (--dump-before=os_sched_yield*).\n\nIts `benchmark` fixture has pytest-benchmark's call shapes: benchmark(fn, *args, **kwargs) and\nbenchmark.pedantic(target, args, kwargs, setup, rounds, iterations, warmup_rounds). Either way the target\nis called once to warm up, then N times (PY_PERF_GUARD_INSTRUCTIONS_CALLS) inside regions bracketed by\nos.sched_yield(): the k-th os.sched_yield() call writes callgrind dump k, so a region is the dump of its\nclosing marker. With a pedantic setup each call is its own region and setup runs outside it. The same\nregions around a no-op give the empty cost to subtract.\n\nEach test runs its whole protocol (setup, call, teardown) in its own worker, forked by a fork server that was\nforked from the collected session before any test ran (py_perf_guard_fork), so no test counts on a heap an\nearlier test or its logging shaped; the worker sends back its reports, which the main process logs. Written to PY_PERF_GUARD_INSTRUCTIONS_OUT\nas {\"rootdir\", \"benchmarks\": {nodeid: {\"pid\", \"dumps\", \"empty\", \"calls\", \"markers\"}}, \"errors\": {nodeid: msg}}:\nper call = (sum(dumps) - len(dumps) * empty) / calls, in the instruction counts of the dumps of that pid.\n\"\"\"\nimport gc\nimport json\nimport os\n\nimport pytest\nfrom _pytest.runner import runtestprotocol\nfrom py_perf_guard_fork import ForkServer\n\n_CALLS = int(os.environ.get(\"PY_PERF_GUARD_INSTRUCTIONS_CALLS\") or 5)\n_markers = [0]\n_empty = {}\n_benchmarks = {}\n_errors = {}\n_server = []\n\n\ndef _marker():\n    _markers[0] += 1\n    os.sched_yield()\n\n\ndef _region(fn, args, kwargs, n):\n    \"\"\"Calls fn n times between two markers; returns (last result, dump number of the region).\n\n    The garbage collector is off inside (after a full collection), as timeit does: what a collection costs\n    depends on the whole heap, which the other tests of the session shape, so it moved an untouched\n    benchmark's count by 2.4% when an earlier benchmark changed.\n    \"\"\"\n    result = None\n    enabled = gc.isenabled()\n    gc.collect()\n    gc.disable()\n    try:\n        _marker()\n        for _ in range(n):\n            result = fn(*args, **kwargs)\n        _marker()\n    finally:\n        if enabled:\n            gc.enable()\n    return result, _markers[0]\n\n\ndef _noop():\n    return None\n\n\ndef _empty_dump(n):\n    # Measured where first needed, after one warm-up region of the same shape.\n    if n not in _empty:\n        _region(_noop, (), {}, n)\n        _empty[n] = _region(_noop, (), {}, n)[1]\n    return _empty[n]\n\n\nclass InstructionBenchmark:\n    def __init__(self, nodeid):\n        self._nodeid = nodeid\n        self._used = False\n\n    def _record(self, dumps, n):\n        if self._used:\n            raise RuntimeError(\"the benchmark fixture can only be used once per test\")\n        self._used = True\n        _benchmarks[self._nodeid] = {\"dumps\": dumps, \"empty\": _empty_dump(n), \"calls\": _CALLS}\n\n    def __call__(self, fn, *args, **kwargs):\n        fn(*args, **kwargs)\n        _empty_dump(_CALLS)\n        result, dump = _region(fn, args, kwargs, _CALLS)\n        self._record([dump], _CALLS)\n        return result\n\n    def pedantic(self, target, args=(), kwargs=None, setup=None, rounds=1, iterations=1, warmup_rounds=0):\n        # rounds/iterations/warmup_rounds shape timing, not counting: always one warm-up call, then N.\n        kwargs = kwargs or {}\n        if setup is None:\n            return self(target, *args, **kwargs)\n\n        def prepared():\n            made = setup()\n            return made if made is not None else (args, kwargs)\n\n        a, kw = prepared()\n        target(*a, **kw)\n        _empty_dump(1)\n        dumps = []\n        result = None\n        for _ in range(_CALLS):\n            a, kw = prepared()\n            result, dump = _region(target, a, kw, 1)\n            dumps.append(dump)\n        self._record(dumps, 1)\n        return result\n\n\n@pytest.fixture\ndef benchmark(request):\n    return InstructionBenchmark(request.node.nodeid)\n\n\ndef pytest_configure(config):\n    config.addinivalue_line(\"markers\", \"benchmark(**kwargs): pytest-benchmark options (ignored when counting)\")\n\n\ndef pytest_collection_modifyitems(config, items):\n    items[:] = [i for i in items if \"benchmark\" in getattr(i, \"fixturenames\", ())]\n\n\ndef _worker_protocol(items, i):\n    item, nextitem = items[i], (items[i + 1] if i + 1 < len(items) else None)\n    reports = runtestprotocol(item, log=False, nextitem=nextitem)\n    hook = item.config.hook\n    return {\"reports\": [hook.pytest_report_to_serializable(config=item.config, report=r) for r in reports],\n            \"benchmark\": _benchmarks.get(item.nodeid), \"markers\": _markers[0]}\n\n\n@pytest.hookimpl(tryfirst=True)\ndef pytest_runtest_protocol(item, nextitem):\n    items = item.session.items\n    if not _server:\n        _server.append(ForkServer(lambda i: _worker_protocol(items, i)))\n    hook = item.ihook\n    hook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)\n    out = _server[0].run(items.index(item))\n    if out.get(\"benchmark\"):\n        _benchmarks[item.nodeid] = dict(out[\"benchmark\"], pid=out[\"pid\"], markers=out[\"markers\"])\n    for data in out.get(\"reports\", ()):\n        hook.pytest_runtest_logreport(report=item.config.hook.pytest_report_from_serializable(config=item.config, data=data))\n    if \"error\" in out:\n        _errors[item.nodeid] = out[\"error\"]\n        _benchmarks.pop(item.nodeid, None)\n    hook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)\n    return True\n\n\ndef pytest_runtest_logreport(report):\n    if report.failed and report.nodeid not in _errors:\n        crash = getattr(getattr(report, \"longrepr\", None), \"reprcrash\", None)\n        lines = [line for line in str(report.longrepr).splitlines() if line.strip()]\n        message = getattr(crash, \"message\", None) or (lines[-1].strip() if lines else \"failed\")\n        _errors[report.nodeid] = message if report.when == \"call\" else \"%s: %s\" % (report.when, message)\n        _benchmarks.pop(report.nodeid, None)\n\n\ndef pytest_sessionfinish(session, exitstatus):\n    if _server:\n        _server.pop().close()\n    out = os.environ.get(\"PY_PERF_GUARD_INSTRUCTIONS_OUT\")\n    if not out:\n        return\n    with open(out, \"w\") as f:\n        json.dump({\"rootdir\": str(session.config.rootpath), \"benchmarks\": _benchmarks,\n                   \"errors\": _errors, \"exitstatus\": int(exitstatus)}, f)\n",
    "py_perf_guard_fork.py": "\"\"\"Runs each piece of counting work in its own child of an untouched fork server (stdlib only).\n\nWhy: in one process, what an earlier benchmark allocated shapes the heap a later one runs on, and an\nallocation-heavy benchmark counts differently on a different heap (an untouched pytest benchmark read 0.897\nwhen an earlier one changed). Forking each benchmark from the main process is not enough when the main\nprocess keeps changing between forks (pytest logs every test's reports: `test_regex` counted 609,941\ninstructions per call alone and 652,006 after the whole suite). So the main process forks one server before\nany work; the server only reads a job number, forks a worker for it and waits, allocating nothing that\noutlives a job, so every worker starts from the same heap on base and head. Callgrind follows fork(): a\nworker writes callgrind.out.<worker pid>.<k>, numbered from 1, told apart by pid.\n\"\"\"\nimport json\nimport os\nimport sys\nimport traceback\n\n\ndef error_message(e):\n    return \"\".join(traceback.format_exception_only(type(e), e)).strip()\n\n\ndef _exit_reason(status):\n    if os.WIFSIGNALED(status):\n        return \"was killed by signal %d\" % os.WTERMSIG(status)\n    return \"exited with code %d\" % os.WEXITSTATUS(status)\n\n\ndef _worker(work, job, out_fd):\n    try:\n        try:\n            result = work(job)\n        except BaseException as e:  # a worker must never return into the server's loop\n            result = {\"error\": error_message(e)}\n        result[\"pid\"] = os.getpid()\n        line = json.dumps(result, default=str) + \"\\n\"\n        with os.fdopen(out_fd, \"w\") as f:\n            f.write(line)\n        sys.stdout.flush()\n        sys.stderr.flush()\n    finally:\n        os._exit(0)\n\n\ndef _serve(work, jobs_fd, out_fd):\n    \"\"\"The server's loop: one 4-byte job number in, one worker forked, then `status <pid> <wait status>` out.\"\"\"\n    try:\n        while True:\n            data = os.read(jobs_fd, 4)\n            if len(data) < 4:\n                break\n            pid = os.fork()\n            if pid == 0:\n                os.close(jobs_fd)\n                _worker(work, int.from_bytes(data, \"little\"), out_fd)\n            _, status = os.waitpid(pid, 0)\n            os.write(out_fd, b\"status %d %d\\n\" % (pid, status))\n    finally:\n        os._exit(0)\n\n\nclass ForkServer:\n    \"\"\"ForkServer(work).run(job) → what work(job) returned in a fresh worker (a JSON-able dict, or {\"error\"}), with its \"pid\".\"\"\"\n\n    def __init__(self, work):\n        sys.stdout.flush()\n        sys.stderr.flush()\n        jobs_r, self._jobs = os.pipe()\n        out_r, out_w = os.pipe()\n        self._pid = os.fork()\n        if self._pid == 0:\n            os.close(self._jobs)\n            os.close(out_r)\n            _serve(work, jobs_r, out_w)\n        os.close(jobs_r)\n        os.close(out_w)\n        self._out = os.fdopen(out_r, \"r\")\n\n    def run(self, job):\n        os.write(self._jobs, int(job).to_bytes(4, \"little\"))\n        result = None\n        for line in self._out:\n            if line.startswith(\"status \"):\n                _, pid, status = line.split()\n                if result is None:\n                    return {\"pid\": int(pid), \"error\": \"the counting process %s before it reported\" % _exit_reason(int(status))}\n                return result\n            try:\n                result = json.loads(line)\n            except ValueError:\n                result = None\n        return {\"pid\": 0, \"error\": \"the fork server of the counting process stopped\"}\n\n    def close(self):\n        os.close(self._jobs)\n        self._out.close()\n        os.waitpid(self._pid, 0)\n",
};

;// CONCATENATED MODULE: ./src/measure/instructions/valgrind.ts
// Finding valgrind for the instruction pass, installing it from apt on Linux runners that lack it, and
// checking whether address randomization can be switched off (setarch -R: refused in some containers).
// All through the RunProcess seam, so tests drive it with a scripted fake instead of running apt.

const VALGRIND_TOOL = 'callgrind';
async function version(deps) {
    const r = await deps.run('valgrind', ['--version'], { env: deps.env, timeoutMs: 30_000 });
    const m = r.code === 0 ? /valgrind-\S+/.exec(r.stdout.trim()) : null;
    return m ? m[0] : null;
}
/** apt-get install -y valgrind (sudo -n unless root); refreshes the package lists once if the first try fails. */
async function installWithApt(deps) {
    const apt = await deps.run('apt-get', ['--version'], { env: deps.env, timeoutMs: 30_000 });
    if (apt.code !== 0)
        return 'valgrind is not installed and apt-get is not available to install it';
    const [command, prefix] = deps.isRoot ? ['apt-get', []] : ['sudo', ['-n', 'apt-get']];
    const env = { ...deps.env, DEBIAN_FRONTEND: 'noninteractive' };
    const shown = `${deps.isRoot ? '' : 'sudo -n '}apt-get install -y valgrind`;
    deps.log(`valgrind not found: installing it with \`${shown}\` for the instruction counts`);
    const install = () => deps.run(command, [...prefix, 'install', '-y', 'valgrind'], { env, timeoutMs: 10 * 60_000 });
    let r = await install();
    if (r.code !== 0) {
        await deps.run(command, [...prefix, 'update'], { env, timeoutMs: 10 * 60_000 });
        r = await install();
    }
    return r.code === 0 ? null : `valgrind is not installed and \`${shown}\` failed: ${describeFailure(r, 'apt-get')}`;
}
/** `setarch <machine> -R` when it works here (it needs the personality syscall, which some sandboxes refuse). */
async function noAslrPrefix(deps, notes) {
    const uname = await deps.run('uname', ['-m'], { env: deps.env, timeoutMs: 30_000 });
    const machine = uname.stdout.trim();
    if (uname.code === 0 && machine) {
        const r = await deps.run('setarch', [machine, '-R', 'true'], { env: deps.env, timeoutMs: 30_000 });
        if (r.code === 0)
            return ['setarch', machine, '-R'];
        notes.push(`setarch ${machine} -R is refused here (${describeFailure(r, 'setarch')}): counting with address randomization on`);
    }
    else {
        notes.push('setarch is not available: counting with address randomization on');
    }
    return [];
}
/**
 * Finds valgrind (`valgrind --version`), installs it on Linux with apt when missing, and checks setarch -R.
 * Returns the setup to count with, or the reason there is none (timing still runs; each row's instruction
 * part fails as `setup` with that reason).
 */
async function discoverValgrind(deps) {
    const notes = [];
    let found = await version(deps);
    if (!found) {
        if (deps.platform !== 'linux')
            return { reason: `valgrind is not installed (and is only installed automatically on Linux; this runner is ${deps.platform})`, notes };
        const failed = await installWithApt(deps);
        if (failed)
            return { reason: failed, notes };
        found = await version(deps);
        if (!found)
            return { reason: 'valgrind was installed with apt-get but `valgrind --version` still fails', notes };
        notes.push(`installed ${found} with apt-get`);
    }
    const noAslr = await noAslrPrefix(deps, notes);
    for (const n of notes)
        deps.log(n);
    return { setup: { version: found, tool: VALGRIND_TOOL, noAslr, notes } };
}
/** Why an interpreter can't be counted, or null. PyPy: valgrind with a JIT is very slow and its counts follow the JIT, not the code. */
function instructionsUnsupported(implementation, jit) {
    if (jit || /pypy/i.test(implementation)) {
        return `instruction counts are not taken on ${implementation || 'a JIT interpreter'}: valgrind runs a JIT very slowly and its counts depend on when the JIT compiles, so they are not comparable between runs; timing still runs`;
    }
    return null;
}
/** The argv that runs `python args…` under callgrind with region dumps into `outDir`, ASLR off where possible. */
function callgrindCommand(setup, outDir, python, args) {
    const valgrind = [
        'valgrind',
        '-q',
        `--tool=${VALGRIND_TOOL}`,
        '--dump-before=os_sched_yield*',
        `--callgrind-out-file=${outDir}/callgrind.out.%p`,
        python,
        ...args,
    ];
    const argv = [...setup.noAslr, ...valgrind];
    return { command: argv[0], args: argv.slice(1) };
}

;// CONCATENATED MODULE: ./src/measure/instructions/count.ts
// The instruction pass: runs a suite's benchmarks under callgrind (PYTHONHASHSEED=0, ASLR off where setarch
// allows) through the counting scripts, and reads back instructions per call per benchmark. One function
// per suite kind, each one process; countSide runs several processes of one side and collects their counts.







const COUNT_TIMEIT_SCRIPT = 'py_perf_guard_count.py';
const COUNT_PYTEST_PLUGIN = 'py_perf_guard_count_plugin';
/** Calls counted per benchmark after its warm-up call: counts barely vary, so few are enough. */
const INSTRUCTION_CALLS = 5;
/** Processes per side: two agree to the instruction when ASLR is off; when they don't, their spread is judged with. */
const INSTRUCTION_PROCESSES = 2;
/** Writes the counting script and plugin into `dir` (beside the timing harness files). */
function writeCountScripts(dir) {
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    for (const [file, source] of Object.entries(instructions_python_sources_generated_PYTHON_SOURCES))
        (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, file), source);
    return dir;
}
const failedPass = (error) => ({ counts: new Map(), failures: new Map(), error });
/** Runs python args under callgrind in a fresh dump folder; returns the process result and a reader of its dumps. */
async function underCallgrind(ctx, opts, tag, args, env) {
    const outDir = (0,external_node_path_namespaceObject.join)(ctx.scratchDir, `callgrind-${tag}`);
    (0,external_node_fs_namespaceObject.rmSync)(outDir, { recursive: true, force: true });
    (0,external_node_fs_namespaceObject.mkdirSync)(outDir, { recursive: true });
    const { command, args: argv } = opts.plain ? { command: ctx.python, args } : callgrindCommand(opts.valgrind, outDir, ctx.python, args);
    const process = await ctx.run(command, argv, { cwd: ctx.projectDir, env: { ...env, PYTHONHASHSEED: '0' }, timeoutMs: ctx.timeoutMs });
    /** Dump number → instructions of process `pid` (undefined: the only process), checked against its marker count. */
    let byPid;
    const dumps = (pid, markers) => {
        byPid ??= dumpsByProcess((0,external_node_fs_namespaceObject.readdirSync)(outDir).map((name) => ({ name, text: (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(outDir, name), 'utf8') })));
        return processDumps(byPid, pid, markers);
    };
    const done = () => (0,external_node_fs_namespaceObject.rmSync)(outDir, { recursive: true, force: true });
    return { process, dumps, done };
}
/** One benchmark's count, or its failure: each counted in its own child, a bad dump fails that benchmark alone. */
function settle(pass, name, count) {
    try {
        pass.counts.set(name, count());
    }
    catch (e) {
        pass.failures.set(name, `instruction count: ${e.message}`);
    }
}
function count_readJson(path) {
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
    }
    catch {
        return null;
    }
}
/** timeit suite: one process counting every benchmark of the suite, each in a forked child (spec as the timing harness reads it). */
async function countTimeitProcess(ctx, opts, tag) {
    const specPath = (0,external_node_path_namespaceObject.join)(ctx.scratchDir, `count-${tag}-spec.json`);
    const outPath = (0,external_node_path_namespaceObject.join)(ctx.scratchDir, `count-${tag}-out.json`);
    (0,external_node_fs_namespaceObject.writeFileSync)(specPath, JSON.stringify({ ...opts.timeit, instructions: { calls: opts.calls ?? INSTRUCTION_CALLS } }));
    (0,external_node_fs_namespaceObject.rmSync)(outPath, { force: true });
    const run = await underCallgrind(ctx, opts, tag, [(0,external_node_path_namespaceObject.join)(ctx.harnessDir, COUNT_TIMEIT_SCRIPT), specPath, outPath], ctx.env);
    try {
        const out = run.process.code === 0 ? count_readJson(outPath) : null;
        if (!out)
            return failedPass(describeFailure(run.process, `instruction count of ${ctx.suite.path}`, ctx.timeoutMs));
        const result = { counts: new Map(), failures: new Map() };
        for (const r of out.results) {
            if (r.error !== undefined || r.dump === undefined || r.empty === undefined)
                result.failures.set(r.name, r.error ?? 'not counted');
            else
                settle(result, r.name, () => callgrind_dump_perCall(run.dumps(r.pid, r.markers ?? 0), [r.dump], r.empty, r.calls ?? 1));
        }
        return result;
    }
    catch (e) {
        return failedPass(`instruction count of ${ctx.suite.path}: ${e.message}`);
    }
    finally {
        run.done();
    }
}
/** pytest-benchmark's own options mean nothing without it (and pytest would reject them as unknown). */
function countingPytestArgs(args) {
    return args.filter((a) => !a.startsWith('--benchmark-'));
}
/** pytest-benchmark suite: one pytest process with our counting `benchmark` fixture instead of pytest-benchmark's, each test in a forked child. */
async function countPytestProcess(ctx, opts, tag) {
    const outPath = (0,external_node_path_namespaceObject.join)(ctx.scratchDir, `count-${tag}-out.json`);
    (0,external_node_fs_namespaceObject.rmSync)(outPath, { force: true });
    const env = {
        ...ctx.env,
        PYTHONPATH: [ctx.harnessDir, ctx.env.PYTHONPATH].filter(Boolean).join(':'),
        PY_PERF_GUARD_INSTRUCTIONS_OUT: outPath,
        PY_PERF_GUARD_INSTRUCTIONS_CALLS: String(opts.calls ?? INSTRUCTION_CALLS),
    };
    const args = [
        '-m',
        'pytest',
        ctx.suite.path,
        '-p',
        'no:benchmark',
        '-p',
        COUNT_PYTEST_PLUGIN,
        '-p',
        'no:cacheprovider',
        '-q',
        ...countingPytestArgs(ctx.suite.args),
    ];
    const run = await underCallgrind(ctx, opts, tag, args, env);
    try {
        const out = count_readJson(outPath);
        if (!out)
            return failedPass(describeFailure(run.process, `instruction count of pytest ${ctx.suite.path}`, ctx.timeoutMs));
        const suiteDir = suiteDirectory(ctx.projectDir, ctx.suite.path);
        const name = (node) => benchmarkName(node, out.rootdir, suiteDir);
        const result = { counts: new Map(), failures: new Map() };
        for (const [node, b] of Object.entries(out.benchmarks))
            settle(result, name(node), () => callgrind_dump_perCall(run.dumps(b.pid, b.markers), b.dumps, b.empty, b.calls));
        for (const [node, message] of Object.entries(out.errors))
            result.failures.set(name(node), message);
        if (!result.counts.size && !result.failures.size)
            result.error = `no benchmarks counted in ${ctx.suite.path}`;
        return result;
    }
    catch (e) {
        return failedPass(`instruction count of pytest ${ctx.suite.path}: ${e.message}`);
    }
    finally {
        run.done();
    }
}
/**
 * The -c program of the import-time count: two empty regions (the second, warm one is subtracted), then the
 * import. Markers 1–4: dump 3 is the empty region, dump 4 the import.
 */
function importCountProgram(module) {
    return `import os; y = os.sched_yield; y(); y(); y(); import ${module}; y()`;
}
/** import-time: `import mod` counted in a fresh process per module (after one plain import, so bytecode caches exist). */
async function countImportProcess(ctx, opts, tag) {
    const result = { counts: new Map(), failures: new Map() };
    for (const [i, module] of ctx.suite.args.entries()) {
        const name = `import ${module}`;
        const env = { ...ctx.env, PYTHONDONTWRITEBYTECODE: '' };
        await ctx.run(ctx.python, ['-c', `import ${module}`], { cwd: ctx.projectDir, env, timeoutMs: ctx.timeoutMs });
        const run = await underCallgrind(ctx, opts, `${tag}-${i}`, ['-c', importCountProgram(module)], env);
        try {
            if (run.process.code !== 0)
                result.failures.set(name, describeFailure(run.process, `import ${module}`, ctx.timeoutMs));
            else
                result.counts.set(name, callgrind_dump_perCall(run.dumps(undefined, 4), [4], 3, 1));
        }
        catch (e) {
            result.failures.set(name, `instruction count of import ${module}: ${e.message}`);
        }
        finally {
            run.done();
        }
    }
    return result;
}
/**
 * Counts one suite on one side (commit × interpreter) in opts.processes fresh processes, one after another.
 * First one plain run (1 call, no valgrind) writes the bytecode caches: a module compiled from source leaves
 * a different heap than one loaded from its .pyc, which moved counts by up to 0.2% between the first
 * process of a fresh checkout and the next.
 */
async function countSide(ctx, opts) {
    const one = ctx.suite.kind === 'timeit' ? countTimeitProcess : ctx.suite.kind === 'import-time' ? countImportProcess : countPytestProcess;
    const side = { counts: new Map(), failures: new Map() };
    (0,external_node_fs_namespaceObject.mkdirSync)(ctx.scratchDir, { recursive: true });
    if (ctx.suite.kind !== 'import-time')
        await one(ctx, { ...opts, calls: 1, plain: true }, 'warm');
    for (let p = 0; p < (opts.processes ?? INSTRUCTION_PROCESSES); p++) {
        const pass = await one(ctx, opts, `p${p}`);
        if (pass.error)
            return { ...side, error: pass.error };
        for (const [name, n] of pass.counts)
            side.counts.set(name, [...(side.counts.get(name) ?? []), n]);
        for (const [name, message] of pass.failures)
            if (!side.failures.has(name))
                side.failures.set(name, message);
    }
    for (const name of side.failures.keys())
        side.counts.delete(name);
    return side;
}

;// CONCATENATED MODULE: ./src/measure/instructions-pass.ts




const NOTHING = { counts: new Map(), failures: new Map() };
/** One side of a unit: its counts, nothing (a suite this commit lacks), or why it could not be counted. */
async function countUnitSide(unit, side, valgrind, count) {
    const { ctx, prepared, error } = unit.sides[side];
    if (error)
        return { ...NOTHING, error };
    if (prepared && 'error' in prepared)
        return { ...NOTHING, error: prepared.error };
    if (!ctx || !isRunnable(prepared))
        return NOTHING;
    const timeit = unit.suite.kind === 'timeit' ? prepared.state : undefined;
    return count({ ...ctx, scratchDir: `${ctx.scratchDir}-instructions` }, { valgrind, timeit });
}
/** Every row of `unit` (same interpreter and suite) gets `part(row)`, where it returns one. */
function setPart(rows, unit, part) {
    for (const row of rows) {
        if (row.interpreter !== unit.interpreter || row.suite !== unit.suite.path)
            continue;
        const p = part(row);
        if (p)
            row.instructions = p;
    }
}
/**
 * Counts instructions for `units` (the run's own, without those that crashed in a round) and returns the rows
 * with their `instructions` part. Rows of a unit whose interpreter could not be set up get none (they are `failed`).
 */
async function instructionsPass(deps, settings, rows, units, over = {}) {
    const { io } = deps;
    const out = rows.map((r) => ({ ...r }));
    const discover = over.discover ??
        (() => discoverValgrind({
            run: deps.run,
            env: deps.childEnv ?? deps.env,
            platform: process.platform,
            isRoot: process.getuid?.() === 0,
            log: (l) => io.info(l),
        }));
    const count = over.count ?? countSide;
    let found;
    const refused = new Set();
    for (const unit of units) {
        const ctx = unit.sides.head.ctx ?? unit.sides.base.ctx;
        if (unit.setupError || !ctx)
            continue;
        const unsupported = ctx.jit ? instructionsUnsupported('PyPy', true) : null;
        if (unsupported) {
            if (!refused.has(unit.interpreter))
                io.warning(`${unit.interpreter}: ${unsupported}`);
            refused.add(unit.interpreter);
            setPart(out, unit, () => instructionFailure('setup', unsupported));
            continue;
        }
        found ??= await discover();
        if (!('setup' in found)) {
            const reason = found.reason;
            setPart(out, unit, () => instructionFailure('setup', reason));
            continue;
        }
        writeCountScripts(ctx.harnessDir);
        const sides = {};
        for (const side of ['base', 'head'])
            sides[side] = await countUnitSide(unit, side, found.setup, count);
        const judged = judgeInstructionSides(sides.base, sides.head, settings.instructionsThreshold);
        io.info(`instructions: ${unit.suite.path} on ${unit.interpreter}: ${judged.size} benchmark(s) counted on base and head`);
        setPart(out, unit, (row) => judged.get(row.name));
    }
    if (found && !('setup' in found))
        io.warning(`instruction counts: ${found.reason}; timing is unaffected`);
    const version = found && 'setup' in found ? found.setup.version : null;
    return { rows: out, setup: { tool: VALGRIND_TOOL, valgrind: version } };
}

;// CONCATENATED MODULE: ./src/measure/later-passes.ts
const unitKey = (interpreter, suite) => `${interpreter}\u0000${suite}`;
/** Remembers, from the rounds' results, which units' suites failed as a whole. */
function crashedUnits() {
    const crashed = new Set();
    return {
        onRound(e) {
            if (e.result.suiteError)
                crashed.add(unitKey(e.interpreter, e.suite));
        },
        has(unit) {
            return crashed.has(unitKey(unit.interpreter, unit.suite.path));
        },
    };
}
/** The settings for the later passes, with a note for the log when some are skipped. Pure. */
function laterPasses(settings, stopReason) {
    if (stopReason !== 'time-budget')
        return { settings };
    const skipped = [settings.memory && 'memory', settings.profile !== 'none' && 'profile', settings.instructions && 'instruction-count'].filter(Boolean);
    return {
        settings: { ...settings, memory: false, profile: 'none', instructions: false },
        note: skipped.length
            ? `time budget spent: the ${skipped.join(', ').replace(/, ([^,]*)$/, ' and $1')} pass${skipped.length > 1 ? 'es are' : ' is'} skipped; the verdicts so far are published`
            : undefined,
    };
}

;// CONCATENATED MODULE: ./src/judge/paired/adaptive.ts
// Adaptive pairs: after each worker pair, judge; benchmarks whose verdict is still open get the next pair.
// Open = inconclusive, or a change (regression or improvement) not yet past the early-stop level: a change closes
// before the last pair only at a far stricter level than α (Haybittle–Peto's interim bound), else it must still
// hold at the last pair, as a regression must in 1.0's measure.ts. The coordinator stops at maxPairs or its time
// budget. Defaults from the replay on the shared paired duels (bench/replay-paired.mjs, bench/README).

/**
 * 6: below it no 95% distribution-free interval of a median exists (2/2⁵ > 5%), so nothing can be `unchanged`.
 * 20: at 16, a +10–25% change on a benchmark with a far-off pair was missed in ~1% of simulated runs (3–4 of its
 * 16 pairs drawn from that pair); at 20 none was, A/A rows `unchanged` 99.7% (bench/README, "Paired method").
 */
const PAIRED_DEFAULTS = { minPairs: 6, maxPairs: 20 };
/**
 * The share of α a change's q must reach to close before the last pair: a look before the last closes a regression
 * (or an improvement) only at this far stricter level, and a row closed early keeps its pairs, so at the last
 * judgement its q is still well inside α. Chosen by the replay (bench/replay-paired.mjs,
 * EARLY_STOP_SHARE_REPLAYED): false alarms and pairs per row for 0, α/50, α/10, α/5 and α.
 */
const EARLY_STOP_SHARE = 0.1;
/**
 * Keys (`interpreter\0suite\0name`) of the rows that need another pair: inconclusive ones, and regressions and
 * improvements whose q is above `earlyLevel` (0: every change waits for the last pair). Improvements too: closing
 * one at α at any look would make false improvements as likely as early stops at α make false regressions.
 */
function openBenchmarks(rows, earlyLevel) {
    const change = (r) => r.verdict === 'regression' || r.verdict === 'improvement';
    const settled = (r) => change(r) && r.q !== undefined && r.q <= earlyLevel;
    const open = rows.filter((r) => r.verdict === 'inconclusive' || (change(r) && !settled(r)));
    return new Set(open.map((r) => pairedKey(r)));
}
/** The q a change must reach to close early at level α. */
function earlyStopLevel(alpha) {
    return alpha * EARLY_STOP_SHARE;
}
function pairedKey(r) {
    return `${r.interpreter}\0${r.suite}\0${r.name}`;
}
/**
 * Fewest pairs with which the sign test can reach the Benjamini–Hochberg level α / comparisons for a lone change
 * while `dissenting` pairs read it the wrong way: P(Bin(n, ½) ≥ n − dissenting) ≤ α / comparisons.
 * 20 comparisons: 9 pairs with none dissenting, 13 with one.
 */
function pairsForSignificance(comparisons, alpha, dissenting = 1) {
    const level = alpha / Math.max(1, comparisons);
    for (let n = dissenting + 1;; n++)
        if (signTest([...Array(n - dissenting).fill(1), ...Array(dissenting).fill(-1)], 'greater').p <= level)
            return n;
}
/**
 * The limits for a run: the defaults (or the user's), with maxPairs raised so that a lone change among all the
 * run's comparisons can still be significant with one pair reading it the wrong way.
 */
function pairLimits(comparisons, alpha, requested = {}) {
    const minPairs = requested.minPairs ?? PAIRED_DEFAULTS.minPairs;
    const maxPairs = requested.maxPairs ?? Math.max(PAIRED_DEFAULTS.maxPairs, pairsForSignificance(comparisons, alpha));
    return { minPairs, maxPairs: Math.max(minPairs, maxPairs) };
}
/** Whether the coordinator should start another pair: some row open and pairs left. */
function needsAnotherPair(rows, pairsDone, limits, earlyLevel) {
    if (pairsDone < limits.minPairs)
        return true;
    return pairsDone < limits.maxPairs && openBenchmarks(rows, earlyLevel).size > 0;
}

;// CONCATENATED MODULE: ./src/measure/lanes.ts
// A small pool: items worked on at most `lanes` at a time, each lane taking the next item when its last is done.
// The paired phase runs one pair of several suite × interpreter units at once this way, one unit per CPU: the two
// workers of a pair take turns, so a pair keeps one CPU busy, and a 2-CPU runner can duel two units at once.
/**
 * Runs `work(item, lane)` for the items in order, at most `lanes` at once; `lane` (0 … lanes − 1) is the lane the
 * item runs in, so that no two items running at once share one. `work` returns false to refuse its item (it did
 * not start it): no item after it is started, and the result is false once those in flight are done.
 */
async function inLanes(items, lanes, work) {
    let next = 0;
    let refused = false;
    const lane = async (k) => {
        while (!refused && next < items.length) {
            const item = items[next++];
            if (!(await work(item, k)))
                refused = true;
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, (_, k) => lane(k)));
    return !refused;
}

;// CONCATENATED MODULE: ./src/io/worker-process.ts
// The seam for long-lived child processes (the paired workers): started with pipes on stdin and stdout,
// read a line at a time with a timeout, killed with their whole process group (a pytest worker's children
// too). Injected like RunProcess, so the coordinator's tests can drive fake workers.


/** The fd the linked processes share, named to them in PY_PERF_GUARD_TURN_FD. */
const TURN_FD = 3;
/** Keep this much of stderr: errors come last. */
const STDERR_TAIL = 64 * 1024;
/** A process that never started (spawn threw): closed at once, the error as its stderr. */
function neverStarted(message) {
    return {
        send: () => undefined,
        readLine: async () => ({ kind: 'closed' }),
        kill: () => undefined,
        exited: Promise.resolve({ code: null, signal: null }),
        stderrTail: () => message,
    };
}
function spawnDetached(command, args, options, stdio) {
    if (isStopping())
        return 'not started: the run is being stopped';
    try {
        // detached: the worker leads its own process group, so kill() reaches whatever it started. Its env is the
        // side's (allow-listed, child-env.ts), never this process's own, which holds the runner's tokens.
        return (0,external_node_child_process_namespaceObject.spawn)(command, args, { cwd: options.cwd, env: options.env ?? {}, stdio, detached: true });
    }
    catch (e) {
        return e.message;
    }
}
const startProcess = (command, args, options = {}) => {
    const child = spawnDetached(command, args, options, ['pipe', 'pipe', 'pipe']);
    return typeof child === 'string' ? neverStarted(child) : longLived(child);
};
const startLinkedPair = (first, second) => {
    const withTurn = (spec) => ({ ...spec.options, env: { ...spec.options?.env, PY_PERF_GUARD_TURN_FD: String(TURN_FD) } });
    const a = spawnDetached(first.command, first.args, withTurn(first), ['pipe', 'pipe', 'pipe', 'pipe']);
    if (typeof a === 'string')
        return [neverStarted(a), startProcess(second.command, second.args, second.options)];
    const end = a.stdio[TURN_FD];
    const b = spawnDetached(second.command, second.args, withTurn(second), ['pipe', 'pipe', 'pipe', end]);
    // Our copy of the second end goes: the two workers hold the only ones, so either sees the other leave (EOF).
    end.destroy();
    return [longLived(a), typeof b === 'string' ? neverStarted(b) : longLived(b)];
};
/** The LongLivedProcess of a spawned child with pipes on fds 0–2. */
function longLived(child) {
    const stdout = child.stdout;
    const stdin = child.stdin;
    const lines = [];
    let partial = '';
    let closed = false;
    let stderr = '';
    let wake = null;
    const notify = () => {
        const w = wake;
        wake = null;
        w?.();
    };
    stdout.setEncoding('utf8').on('data', (chunk) => {
        const parts = (partial + chunk).split('\n');
        partial = parts.pop() ?? '';
        lines.push(...parts);
        notify();
    });
    stdout.on('end', () => {
        if (partial)
            lines.push(partial);
        partial = '';
        closed = true;
        notify();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        stderr = (stderr + chunk).slice(-STDERR_TAIL);
    });
    // A worker that died leaves a broken pipe: writing to it must not bring the action down.
    stdin.on('error', () => undefined);
    const exited = new Promise((resolve) => {
        child.on('error', (err) => {
            stderr += `${stderr ? '\n' : ''}${err.message}`;
            closed = true;
            notify();
            resolve({ code: null, signal: null });
        });
        child.on('exit', (code, signal) => resolve({ code, signal }));
    });
    let exitedNow = false;
    // A cancelled job (SIGINT/SIGTERM) kills the worker's group with the run's other children (io/lifecycle.ts).
    const untrack = child.pid !== undefined ? trackGroup(child.pid) : () => false;
    void exited.then(() => ((exitedNow = true), untrack()));
    const readLine = async (timeoutMs) => {
        const deadline = Date.now() + timeoutMs;
        while (lines.length === 0 && !closed) {
            const left = deadline - Date.now();
            if (left <= 0)
                return { kind: 'timeout' };
            await new Promise((resolve) => {
                const timer = setTimeout(resolve, left);
                wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
            });
        }
        return lines.length > 0 ? { kind: 'line', line: lines.shift() } : { kind: 'closed' };
    };
    return {
        send: (line) => {
            if (!exitedNow && stdin.writable)
                stdin.write(`${line}\n`);
        },
        readLine,
        kill: () => {
            if (child.pid === undefined)
                return;
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        },
        exited,
        stderrTail: () => stderr,
        pid: child.pid,
    };
}

;// CONCATENATED MODULE: ./src/measure/paired/python-sources.generated.ts
// Generated by .ci/embed-python.mjs from the .py files in this folder: edit those, not this.
const paired_python_sources_generated_PYTHON_SOURCES = {
    "py_perf_guard_paired_agree.py": "# How many calls a burst makes, and which clock the duels compare (stdlib only, Python 3.9+ and PyPy).\n#\n# The coordinator calibrates a benchmark with a request to each side. In a pair sent ahead (the first pair too),\n# the two workers do it between themselves instead, at the start of the benchmark's duels: each calibrates its\n# own N and runs its clock probes, they swap what they found over the turn socket, and both reach the same N and\n# clock by the coordinator's rule (duels.ts: agreeOnCalls, probeClock, autoClock), which it checks in the replies.\nimport math\nimport struct\n\n# n, single-shot, timed per call, failed, CPU-bound, the shortest probe's seconds per call.\n_SUMMARY = struct.Struct(\">QBBBBd\")\n\n\ndef calibrate(burst, target):\n    \"\"\"Calls per burst so that one burst of `burst(n)` (wall seconds, CPU seconds) lasts about `target` seconds.\"\"\"\n    n = 1\n    t = burst(n)[0]\n    while t < target / 2 and n < 1 << 40:\n        n *= 10 if t < target / 50 else 2\n        t = burst(n)[0]\n    # The best of three at the final n: one preempted burst must not shrink every burst of the unit.\n    t = min(t, burst(n)[0], burst(n)[0])\n    return max(1, int(round(n * target / t))) if t > 0 else n\n\n\ndef cpu_bound(probes, share):\n    \"\"\"Blocked at most once a burst where the OS counts it (the sure sign), else the best CPU share of a burst.\"\"\"\n    if all(p[2] is not None for p in probes):\n        return sum(p[2] for p in probes) <= len(probes)\n    return max(max(p[1], 1e-9) / max(p[0], 1e-9) for p in probes) >= share\n\n\ndef summarize(n, probes, traits, share):\n    \"\"\"What one side tells the other: its N and its probes (at that N, unpinned) boiled down.\"\"\"\n    shortest = min((max(p[0], 1e-9) / n for p in probes), default=math.inf)\n    return n, bool(traits[\"fixed\"]), bool(traits[\"per_call\"]), bool(probes) and cpu_bound(probes, share), shortest\n\n\ndef own_summary(timed, rule, traits):\n    \"\"\"This side's N (1 when single-shot) and its probes, summarized.\"\"\"\n    n = 1 if traits[\"fixed\"] else calibrate(timed, rule[\"target\"])\n    probes = [timed(n) for _ in range(rule[\"probe\"])]\n    return n, summarize(n, probes, traits, rule[\"cpu_bound\"])\n\n\ndef failed_summary():\n    return _SUMMARY.pack(0, 0, 0, 1, 0, 0.0)\n\n\ndef agreed(mine, theirs, rule):\n    \"\"\"(N, clock, single-shot, per call) both sides reach from the two summaries; the same on both.\"\"\"\n    fixed = bool(mine[1] or theirs[1])\n    # JS's Math.round (half up), not Python's round (half to even): the coordinator's rule for the same N.\n    n = 1 if fixed else max(1, int(math.floor(math.sqrt(mine[0] * theirs[0]) + 0.5)))\n    per_call = bool(mine[2] or theirs[2])\n    clock = rule[\"clock\"]\n    if clock == \"auto\":\n        if per_call and min(mine[4], theirs[4]) < rule[\"per_call_cpu_min\"]:\n            clock = \"wall\"\n        else:\n            clock = \"cpu\" if mine[3] and theirs[3] else \"wall\"\n    return n, clock, fixed, per_call\n\n\ndef agree(turn, timed, request, traits, pin, wait):\n    \"\"\"Runs this side's calibration and probes and swaps the results with the other side. Returns (N, the pin for\n    the duels, the reply's calibration fields), or None when the other side failed in its own; raises what the\n    benchmark raised here, after telling the other side.\"\"\"\n    rule = request[\"calibrate\"]\n    pin(None)  # probes run unpinned, as the coordinator's\n    try:\n        n, summary = own_summary(timed, rule, traits)\n    except BaseException:\n        turn.swap(failed_summary(), _SUMMARY.size, wait)\n        raise\n    theirs = _SUMMARY.unpack(turn.swap(_SUMMARY.pack(*summary[:3], 0, *summary[3:]), _SUMMARY.size, wait))\n    if theirs[3]:\n        return None\n    n, clock, fixed, per_call = agreed(summary, theirs[:3] + theirs[4:], rule)\n    return n, rule.get(\"pin\") if clock == \"cpu\" else None, {\"n\": n, \"clock\": clock, \"fixed\": fixed, \"per_call\": per_call}\n",
    "py_perf_guard_paired_options.py": "# pytest-benchmark's command-line options, declared by the paired plugin (stdlib only, Python 3.9+ and PyPy) so\n# that a suite line written for pytest-benchmark still parses with it switched off. Two are honoured by the\n# plugin (--benchmark-disable-gc, --benchmark-timer); the others are accepted and ignored (see the README).\n_FLAGS = [\"disable-gc\", \"skip\", \"disable\", \"enable\", \"only\", \"autosave\", \"save-data\", \"verbose\", \"quiet\"]\n_OPTIONAL_VALUE = [\"warmup\", \"compare\", \"netrc\"]\n_REPEATABLE = [\"histogram\", \"csv\", \"cprofile-dump\"]\n_VALUED = [\"min-time\", \"max-time\", \"min-rounds\", \"timer\", \"calibration-precision\", \"warmup-iterations\", \"save\",\n           \"json\", \"cprofile\", \"cprofile-loops\", \"cprofile-top\", \"storage\", \"sort\", \"group-by\", \"columns\", \"name\",\n           \"time-unit\"]\n\n\ndef add_benchmark_options(group):\n    for name in _FLAGS:\n        group.addoption(\"--benchmark-\" + name, action=\"store_true\", default=False)\n    for name in _OPTIONAL_VALUE:\n        group.addoption(\"--benchmark-\" + name, nargs=\"?\", const=\"on\", default=None)\n    for name in _REPEATABLE:\n        group.addoption(\"--benchmark-\" + name, action=\"append\", nargs=\"?\", const=\"on\", default=[])\n    for name in _VALUED:\n        group.addoption(\"--benchmark-\" + name, default=None)\n    group.addoption(\"--benchmark-compare-fail\", action=\"append\", nargs=\"+\", default=[])\n",
    "py_perf_guard_paired_protocol.py": "# The line protocol of py-perf-guard's paired workers (stdlib only, Python 3.9+ and PyPy).\n#\n# One JSON object per line. The worker sends events ({\"event\": \"hello\" | \"at\" | \"end\" | \"done\", ...}) and\n# replies; the coordinator sends requests ({\"op\": \"calibrate\" | \"burst\" | \"next\" | \"skip\" | \"quit\", ...}).\n# The protocol runs on private duplicates of fds 0 and 1: fd 1 is pointed at stderr and fd 0 at /dev/null,\n# so whatever the benchmarks print or read can't corrupt it.\nimport json\nimport os\nimport sys\nimport time\nimport traceback\n\nfrom py_perf_guard_paired_agree import calibrate\nfrom py_perf_guard_paired_turn import Turn, run_duels\n\n# The socket to the other worker of the pair, when the coordinator made one (py_perf_guard_paired_turn.py).\nTURN = Turn.from_environment()\n\n\n# The longest a worker holds what it has said while it works (Channel.send).\nFLUSH_SECONDS = 1.0\n\n_ALLOWED_CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, \"sched_getaffinity\") else []\n\n\ndef pin(k):\n    \"\"\"Runs this worker on the k-th CPU it may use (both workers of a pair get the same k, so a CPU that is slow\n    for a while slows both sides of every duel alike), or on all of them again for k None. The CPUs pinned to.\"\"\"\n    if not _ALLOWED_CPUS:\n        return []\n    cpus = set(_ALLOWED_CPUS) if k is None else {_ALLOWED_CPUS[k % len(_ALLOWED_CPUS)]}\n    os.sched_setaffinity(0, cpus)\n    return sorted(cpus)\n\n\nclass Channel:\n    def __init__(self):\n        sys.stdout.flush()\n        # Written out only when the worker must wait for a request it doesn't have yet: what it says in between\n        # (a reply, `end`, the next `at`) goes in one write, and the coordinator, which sleeps between messages,\n        # wakes once for all of it (a wake-up from idle costs it ~60 us of CPU here, a line ~5).\n        # The buffer holds a whole pair's replies when the coordinator sent the pair's requests at once.\n        self._out = os.fdopen(os.dup(1), \"w\", buffering=1 << 20, encoding=\"utf-8\")\n        self._in = os.dup(0)\n        self._pending = b\"\"\n        self._flushed = time.monotonic()\n        os.dup2(2, 1)\n        null = os.open(os.devnull, os.O_RDONLY)\n        os.dup2(null, 0)\n        os.close(null)\n\n    def send(self, **message):\n        self._out.write(json.dumps(message) + \"\\n\")\n        # A worker sent a whole pair never waits for a request: it still writes out about once a second, so the\n        # coordinator sees it get on (and a hang shows) in a pair longer than one read's timeout.\n        if time.monotonic() - self._flushed > FLUSH_SECONDS:\n            self.flush()\n\n    def flush(self):\n        self._out.flush()\n        self._flushed = time.monotonic()\n\n    def _line(self):\n        \"\"\"The next line the coordinator sent, flushing what we said first if we have to wait for it.\"\"\"\n        while b\"\\n\" not in self._pending:\n            self.flush()\n            chunk = os.read(self._in, 65536)\n            if not chunk:\n                return b\"\"\n            self._pending += chunk\n        line, self._pending = self._pending.split(b\"\\n\", 1)\n        return line\n\n    def receive(self, at=None):\n        \"\"\"The next request; `quit` (or the coordinator gone) ends the process at once. At benchmark `at`, a\n        request naming another benchmark is dropped: it was sent ahead for one this side never reached.\"\"\"\n        while True:\n            line = self._line()\n            request = json.loads(line) if line.strip() else {\"op\": \"quit\"}\n            if at is None or request.get(\"name\") in (None, at) or request.get(\"op\") == \"quit\":\n                break\n        if request.get(\"op\") == \"quit\":\n            try:\n                self._out.flush()\n            except OSError:\n                pass\n            sys.stdout.flush()\n            sys.stderr.flush()\n            os._exit(0)\n        return request\n\n    def timed_request(self, at):\n        \"\"\"The next request that needs the benchmark run (a burst, a calibration) or ends it; `pin` is answered\n        here, so a single-shot test is not run again for it.\"\"\"\n        while True:\n            request = self.receive(at)\n            if request.get(\"op\") != \"pin\":\n                return request\n            self.send(cpus=pin(request.get(\"cpu\")))\n\n\ndef describe(error):\n    \"\"\"The error line of an exception, as pytest's summary shows it: `ZeroDivisionError: division by zero`.\"\"\"\n    return \"\".join(traceback.format_exception_only(type(error), error)).strip().splitlines()[-1]\n\n\nclass Benchmark:\n    \"\"\"Serves one benchmark: `burst(n)` times n back-to-back calls and returns (wall seconds, CPU seconds).\n\n    Both clocks are read, so the coordinator can compare either: the CPU time of the worker's thread leaves\n    out the time the worker was preempted, which on a loaded machine is most of a burst's noise.\n    \"\"\"\n\n    def __init__(self, burst, per_call=False):\n        self.burst = burst\n        # Each call timed on its own (pedantic): the clock reads sit inside every call's timed region.\n        self.per_call = per_call\n        self.error = None\n\n    def answer(self, request):\n        \"\"\"The reply to a calibrate or burst request; an exception in the benchmark is an error reply.\"\"\"\n        try:\n            if request[\"op\"] == \"calibrate\":\n                if \"pin\" in request:\n                    pin(request[\"pin\"])\n                reply = {\"n\": calibrate(self.burst, request[\"target\"])}\n                if self.per_call:\n                    reply[\"per_call\"] = True\n                if request.get(\"probe\"):  # the clock probes, in the same round trip\n                    reply[\"bursts\"] = [self.timed(reply[\"n\"]) for _ in range(request[\"probe\"])]\n                return reply\n            if request[\"op\"] == \"pin\":\n                return {\"cpus\": pin(request.get(\"cpu\"))}\n            if request[\"op\"] == \"burst\":\n                wall, cpu, blocked = self.timed(request[\"n\"])\n                reply = {\"seconds\": wall, \"cpu\": cpu}\n                if blocked is not None:\n                    reply[\"waits\"] = blocked\n                return reply\n            if request[\"op\"] == \"bursts\":\n                return {\"bursts\": [self.timed(request[\"n\"]) for _ in range(request[\"count\"])]}\n            if request[\"op\"] == \"duels\" and TURN is not None:\n                return run_duels(TURN, self.timed, request, pin, {\"fixed\": False, \"per_call\": self.per_call})\n            return {\"error\": \"unknown request %r\" % request.get(\"op\")}\n        except Exception as e:\n            self.error = e\n            return {\"error\": describe(e)}\n\n    def timed(self, n):\n        \"\"\"[wall, CPU seconds, voluntary context switches or None] of one burst of n calls.\"\"\"\n        blocked = waits() if waits else 0\n        wall, cpu = self.burst(n)\n        return [wall, cpu, waits() - blocked if waits else None]\n\n    def serve(self, channel, name):\n        \"\"\"Answers requests for benchmark `name` until `next` or `skip`, which it returns.\"\"\"\n        while True:\n            request = channel.receive(name)\n            if request.get(\"op\") in (\"next\", \"skip\"):\n                return request[\"op\"]\n            channel.send(**self.answer(request))\n\n\ndef both_clocks(run, n, wall_clock=time.perf_counter):\n    \"\"\"(wall, CPU) seconds of `run(n)`, for bursts timed as a whole.\"\"\"\n    cpu = time.thread_time()\n    wall = wall_clock()\n    run(n)\n    return wall_clock() - wall, time.thread_time() - cpu\n\n\ntry:\n    import resource\n\n    _WHO = getattr(resource, \"RUSAGE_THREAD\", resource.RUSAGE_SELF)\n\n    def waits():\n        \"\"\"Voluntary context switches so far: the times the worker blocked (sleep, I/O, a lock, another thread).\"\"\"\n        return resource.getrusage(_WHO).ru_nvcsw\nexcept ImportError:\n    waits = None\n",
    "py_perf_guard_paired_pytest.py": "# py-perf-guard's paired pytest plugin (stdlib and pytest only, Python 3.9+ and PyPy), loaded with\n#   python -m pytest SUITE -p no:benchmark -p py_perf_guard_paired_pytest --continue-on-collection-errors\n# It stands in for pytest-benchmark: its `benchmark` fixture serves the coordinator's requests (the protocol\n# module) for the test that calls it, then returns the function's result so the test finishes normally.\n# Only tests that use the fixture run, in collection order. See src/paired/README.md for what is honoured.\nimport gc\nimport importlib\nimport os\nimport platform\nfrom time import perf_counter, thread_time\n\nimport pytest\n\nfrom py_perf_guard_paired_options import add_benchmark_options\nfrom py_perf_guard_paired_protocol import TURN, Benchmark, Channel, both_clocks, describe\nfrom py_perf_guard_paired_rerun import RERUN_BURST, serve_reruns\n\n# Made at import: `-p` loads this module before pytest starts capturing fds 0 and 1.\n_channel = Channel()\n_listed = set()\n_collect_errors = []\n_fixtures = {}\n_outcomes = {}\n_hello_sent = []\n_options = {\"timer\": None, \"disable_gc\": False}\n\nUNSUPPORTED = \"py-perf-guard paired mode does not support\"\n\ndef pytest_addoption(parser):\n    add_benchmark_options(parser.getgroup(\"benchmark\", \"benchmark (py-perf-guard paired stand-in)\"))\n\n\ndef pytest_addhooks(pluginmanager):\n    # A conftest that implements pytest-benchmark's hooks must still load with pytest-benchmark switched off.\n    try:\n        from pytest_benchmark import hookspec\n    except ImportError:\n        return\n    pluginmanager.add_hookspecs(hookspec)\n\n\ndef pytest_configure(config):\n    config.addinivalue_line(\"markers\", \"benchmark(**kwargs): pytest-benchmark options (ignored in paired mode)\")\n    timer = config.getoption(\"benchmark_timer\")\n    if timer:\n        module, _, attribute = timer.rpartition(\".\")\n        _options[\"timer\"] = getattr(importlib.import_module(module or \"time\"), attribute)\n    _options[\"disable_gc\"] = config.getoption(\"benchmark_disable_gc\")\n\n\ndef _timer():\n    return _options[\"timer\"] or perf_counter\n\n\ndef pytest_collection_modifyitems(config, items):\n    dropped = [i for i in items if \"benchmark\" not in getattr(i, \"fixturenames\", ())]\n    if dropped:\n        config.hook.pytest_deselected(items=dropped)\n        items[:] = [i for i in items if \"benchmark\" in getattr(i, \"fixturenames\", ())]\n    if os.environ.get(\"PY_PERF_GUARD_SHARD\"):\n        from py_perf_guard_shard import select  # the harness folder's (suites/pytest-benchmark/); `shard: i/n` only\n\n        select(config, items)\n\n\ndef _error_line(report):\n    crash = getattr(getattr(report, \"longrepr\", None), \"reprcrash\", None)\n    if crash is not None and getattr(crash, \"message\", None):\n        return crash.message.strip().splitlines()[0]\n    # A collection error's text ends with pytest's \"E   Error: ...\" lines.\n    lines = [line.strip() for line in str(getattr(report, \"longreprtext\", \"\") or report.longrepr).splitlines()]\n    last = ([line for line in lines if line] or [\"failed\"])[-1]\n    return last[1:].strip() if last.startswith(\"E \") else last\n\n\ndef pytest_collectreport(report):\n    if report.failed:\n        _collect_errors.append({\"nodeid\": report.nodeid, \"message\": _error_line(report)})\n\n\ndef _hello(session):\n    if _hello_sent:\n        return\n    _hello_sent.append(True)\n    names = [item.nodeid for item in session.items]\n    _listed.update(names)\n    _channel.send(event=\"hello\", kind=\"pytest\", rootdir=str(session.config.rootpath), benchmarks=names,\n                  collect_errors=_collect_errors, implementation=platform.python_implementation(),\n                  version=platform.python_version(), turn=TURN is not None)\n    _channel.flush()\n\n\ndef pytest_collection_finish(session):\n    _hello(session)\n\n\ndef pytest_sessionfinish(session, exitstatus):\n    _hello(session)\n    if TURN is not None:\n        TURN.finish()\n    _channel.send(event=\"done\", exitstatus=int(exitstatus))\n    _channel.flush()\n\n\ndef pytest_runtest_logreport(report):\n    if report.nodeid not in _listed:\n        return\n    entry = _outcomes.setdefault(report.nodeid, {\"outcome\": \"passed\"})\n    if report.failed and entry[\"outcome\"] != \"failed\":\n        line = _error_line(report)\n        entry.update(outcome=\"failed\", error=line if report.when == \"call\" else \"%s: %s\" % (report.when, line))\n        if UNSUPPORTED in line:\n            entry[\"unsupported\"] = True\n    elif report.skipped and entry[\"outcome\"] == \"passed\":\n        entry[\"outcome\"] = \"skipped\"\n    if report.when == \"teardown\":\n        _fixtures.pop(report.nodeid, None)\n        _channel.send(event=\"end\", name=report.nodeid, **_outcomes.pop(report.nodeid))\n\n\nclass FixtureAlreadyUsed(Exception):\n    pass\n\n\nclass UnsupportedApi(AttributeError):\n    pass\n\n\nclass PairedBenchmarkFixture:\n    \"\"\"The `benchmark` fixture: `__call__` and `pedantic` as pytest-benchmark's, timed by the coordinator.\"\"\"\n\n    def __init__(self, item):\n        self._nodeid = item.nodeid\n        self.name = item.name\n        self.fullname = item.nodeid\n        self.extra_info = {}\n        self.group = None\n        self.disabled = False\n        self.announced = False  # the `at` event is sent\n        self.done = False  # the coordinator moved on (`next`/`skip` consumed)\n        self.pending = None  # a request read by the re-run loop, for this run of the test\n        self.deferred = None  # a single-shot benchmark's `duels` or `bursts`, served by the re-run loop\n        self.burst = None  # the time of a run for those (py_perf_guard_paired_rerun.py)\n        self.used = False  # called in this run of the test\n\n    def __getattr__(self, attribute):\n        if attribute.startswith(\"_\"):\n            raise AttributeError(attribute)\n        raise UnsupportedApi(\"%s benchmark.%s\" % (UNSUPPORTED, attribute))\n\n    def __call__(self, function_to_benchmark, *args, **kwargs):\n        result = []\n\n        def calls(n):\n            for _ in range(n):\n                value = function_to_benchmark(*args, **kwargs)\n            result[:] = [value]\n\n        def burst(n):\n            return both_clocks(calls, n, _timer())\n\n        return self._serve(burst, result, lambda: function_to_benchmark(*args, **kwargs), single_shot=False)\n\n    def pedantic(self, target, args=(), kwargs=None, setup=None, teardown=None, rounds=1, warmup_rounds=0,\n                 iterations=1):\n        for what, value, least in ((\"iterations\", iterations, 1), (\"rounds\", rounds, 1),\n                                   (\"warmup_rounds\", warmup_rounds, 0)):\n            if not isinstance(value, int) or value < least:\n                raise ValueError(\"benchmark.pedantic: %s must be a whole number >= %d, not %r\" % (what, least, value))\n        if setup is not None and iterations > 1:\n            raise ValueError(\"benchmark.pedantic: iterations > 1 can't be combined with a setup function\")\n        kwargs = kwargs or {}\n        result = []\n\n        def arguments():\n            made = setup() if setup is not None else None\n            if made:\n                if args or kwargs:\n                    raise TypeError(\"benchmark.pedantic: setup returned arguments and args/kwargs were given too\")\n                return made\n            return args, kwargs\n\n        def burst(n):\n            # setup and teardown run around every call, outside the timed region\n            timer = _timer()\n            wall = cpu = 0.0\n            for _ in range(n):\n                call_args, call_kwargs = arguments()\n                cpu_start = thread_time()\n                start = timer()\n                value = target(*call_args, **call_kwargs)\n                wall += timer() - start\n                cpu += thread_time() - cpu_start\n                if teardown is not None:\n                    teardown(*call_args, **call_kwargs)\n            result[:] = [value]\n            return wall, cpu\n\n        def call_once():\n            call_args, call_kwargs = arguments()\n            return target(*call_args, **call_kwargs)\n\n        single = setup is None and rounds == 1 and iterations == 1 and warmup_rounds == 0\n        return self._serve(burst, result, call_once, single_shot=single, per_call=True)\n\n    def _serve(self, burst, result, call_once, single_shot, per_call=False):\n        if self.used:\n            raise FixtureAlreadyUsed(\"the benchmark fixture can be used only once per test\")\n        self.used = True\n        collector_was_on = gc.isenabled()\n        if _options[\"disable_gc\"]:\n            gc.disable()\n        try:\n            served = Benchmark(burst, per_call)\n            if not self.announced:\n                self.announced = True\n                _channel.send(event=\"at\", name=self._nodeid)\n            if not single_shot:\n                return self._finish(served.serve(_channel, self._nodeid), served, result, call_once)\n            # Single shot: one timed call per run of the test; the re-run loop below runs the test again.\n            request, self.pending = self.pending or _channel.timed_request(self._nodeid), None\n            if request.get(\"op\") in (\"next\", \"skip\"):\n                return self._finish(request[\"op\"], served, result, call_once)\n            if request.get(\"op\") == RERUN_BURST:\n                self.burst = served.timed(1)\n                return result[0]\n            if request.get(\"op\") in (\"duels\", \"bursts\"):  # served by the re-run loop: this call is not timed\n                self.deferred = request\n                return call_once()\n            if request.get(\"op\") == \"calibrate\":\n                served.answer({\"op\": \"burst\", \"n\": 1})\n                reply = {\"error\": describe(served.error)} if served.error else {\"n\": 1, \"fixed\": True, \"per_call\": True}\n            else:\n                reply = served.answer({\"op\": \"burst\", \"n\": 1})\n            _channel.send(**reply)\n            if served.error is not None:\n                raise served.error\n            return result[0]\n        finally:\n            if collector_was_on:\n                gc.enable()\n\n    def _finish(self, op, served, result, call_once):\n        self.done = True\n        if served.error is not None:\n            raise served.error\n        if op == \"skip\":\n            pytest.skip(\"py-perf-guard: not measured in this worker pair\")\n        return result[0] if result else call_once()\n\n\n@pytest.fixture\ndef benchmark(request):\n    fixture = PairedBenchmarkFixture(request.node)\n    _fixtures[request.node.nodeid] = fixture\n    return fixture\n\n\n@pytest.hookimpl(hookwrapper=True)\ndef pytest_runtest_call(item):\n    # Runs a single-shot benchmark's test again for each burst the coordinator asks for; in every case,\n    # reads requests up to this benchmark's `next`/`skip`, so that none is left for the next benchmark.\n    outcome = yield\n    fixture = _fixtures.get(item.nodeid)\n    if fixture is None or not fixture.announced:\n        return\n    failure = outcome.excinfo[1] if outcome.excinfo else None\n    while not fixture.done:\n        request, fixture.deferred = fixture.deferred or _channel.timed_request(item.nodeid), None\n        if request.get(\"op\") in (\"next\", \"skip\"):\n            fixture.done = True\n        elif request.get(\"op\") in (\"duels\", \"bursts\"):\n            reply, failure = serve_reruns(item, fixture, request, failure)\n            _channel.send(**reply)\n        elif failure is not None:\n            _channel.send(error=describe(failure))\n        else:\n            fixture.pending, fixture.used = request, False\n            try:\n                item.runtest()\n            except BaseException as e:\n                failure = e\n                if fixture.pending is not None:\n                    fixture.pending = None\n                    _channel.send(error=describe(e))\n    if failure is not None and outcome.excinfo is None:\n        outcome.force_exception(failure)\n",
    "py_perf_guard_paired_rerun.py": "# A single-shot benchmark's bursts run in its worker (stdlib only, Python 3.9+ and PyPy).\n#\n# A single-shot benchmark (pedantic with rounds=1, iterations=1 and no setup) often can't be called twice on one\n# state, so each of its bursts is a run of its whole test, the body rebuilding the state, with only the target\n# timed. A `duels` or `bursts` request reaches the fixture in the test's own run, which calls the target once\n# untimed and returns; pytest_runtest_call (the plugin) then serves the request here, running the test again for\n# every burst: the duels pass the turn between runs as for any benchmark (py_perf_guard_paired_turn.py), and the\n# clock probes are `count` runs in one request.\nfrom py_perf_guard_paired_protocol import TURN, describe, pin\nfrom py_perf_guard_paired_turn import run_duels\n\n# The fixture's request for one timed run: it times the target and keeps the time for us.\nRERUN_BURST = \"rerun burst\"\n\n\nclass Reruns:\n    \"\"\"Timed runs of `item`'s test; `failure`: what the test raised so far, raised again instead of a run (so the\n    other side of a duel is told to stop at this side's next slot, instead of waiting for a turn).\"\"\"\n\n    def __init__(self, item, fixture, failure):\n        self.item, self.fixture, self.failure = item, fixture, failure\n\n    def timed(self, n):\n        \"\"\"[wall, CPU seconds, waits] of one run of the target (n is 1 for a single-shot benchmark).\"\"\"\n        if self.failure is not None:\n            raise self.failure\n        fixture = self.fixture\n        fixture.pending, fixture.used, fixture.burst = {\"op\": RERUN_BURST}, False, None\n        try:\n            self.item.runtest()\n        except BaseException as e:\n            self.failure = e\n            raise\n        finally:\n            fixture.pending = None\n        if fixture.burst is None:\n            self.failure = RuntimeError(\"the test did not call the benchmark fixture when it was run again\")\n            raise self.failure\n        return fixture.burst\n\n\ndef serve_reruns(item, fixture, request, failure):\n    \"\"\"(reply, failure) for a `duels` or `bursts` request of a single-shot benchmark.\"\"\"\n    runs = Reruns(item, fixture, failure)\n    try:\n        if request[\"op\"] == \"bursts\":\n            return {\"bursts\": [runs.timed(1) for _ in range(request[\"count\"])]}, runs.failure\n        if TURN is None:\n            return {\"error\": \"this worker has no turn socket\"}, failure\n        return run_duels(TURN, runs.timed, request, pin, {\"fixed\": True, \"per_call\": True}), runs.failure\n    except BaseException as e:\n        return {\"error\": describe(e)}, runs.failure\n",
    "py_perf_guard_paired_timeit.py": "# py-perf-guard's paired timeit worker (stdlib only, Python 3.9+ and PyPy).\n#\n#   python py_perf_guard_paired_timeit.py SPEC.json\n#\n# SPEC is the timeit harness's spec ({\"setup\", \"benchmarks\": [{\"name\", \"stmt\", \"setup\", \"gc\"}]}). Each\n# benchmark's setup runs once; bursts are `timeit.Timer(stmt).timeit(n)` on that namespace, with the\n# collector off unless the benchmark asks for it (as `python -m timeit`). The benchmarks are served in the\n# spec's order; a benchmark whose setup fails is reported as failed and passed over.\nimport json\nimport os\nimport platform\nimport sys\nimport timeit\n\nfrom py_perf_guard_paired_protocol import TURN, Benchmark, Channel, both_clocks, describe\n\n\ndef setup_source(bench, spec):\n    return \"\\n\".join(s for s in (spec.get(\"setup\") or \"\", bench.get(\"setup\") or \"\") if s.strip())\n\n\ndef make_timer(bench, spec):\n    namespace = {\"__name__\": \"__py_perf_guard__\"}\n    exec(compile(setup_source(bench, spec) or \"pass\", \"<setup>\", \"exec\"), namespace)\n    # Timer.timeit turns the collector off; its setup runs inside the timed function, before the clock starts.\n    return timeit.Timer(bench[\"stmt\"], \"__import__('gc').enable()\" if bench.get(\"gc\") else \"pass\", globals=namespace)\n\n\ndef main():\n    channel = Channel()\n    with open(sys.argv[1]) as f:\n        spec = json.load(f)\n    sys.path.insert(0, os.getcwd())\n    channel.send(event=\"hello\", kind=\"timeit\", benchmarks=[b[\"name\"] for b in spec[\"benchmarks\"]],\n                 implementation=platform.python_implementation(), version=platform.python_version(),\n                 turn=TURN is not None)\n    channel.flush()\n    for bench in spec[\"benchmarks\"]:\n        name = bench[\"name\"]\n        try:\n            timer = make_timer(bench, spec)\n        except Exception as e:\n            channel.send(event=\"end\", name=name, outcome=\"failed\", error=describe(e))\n            continue\n        # Timer.timeit's own clock is perf_counter too; both clocks here also cover its (constant) loop set-up.\n        served = Benchmark(lambda n, timeit=timer.timeit: both_clocks(timeit, n))\n        channel.send(event=\"at\", name=name)\n        served.serve(channel, name)\n        if served.error is not None:\n            channel.send(event=\"end\", name=name, outcome=\"failed\", error=describe(served.error))\n        else:\n            channel.send(event=\"end\", name=name, outcome=\"passed\")\n    if TURN is not None:\n        TURN.finish()\n    channel.send(event=\"done\")\n    while True:\n        channel.receive()\n\n\nmain()\n",
    "py_perf_guard_paired_turn.py": "# The turn between the two workers of a pair (stdlib only, Python 3.9+ and PyPy).\n#\n# The coordinator connects fd PY_PERF_GUARD_TURN_FD of the base worker and of the head worker to the two ends\n# of one socket pair. For a benchmark's duels, one `duels` request to each worker replaces a request per burst:\n# the workers run the ABBA schedule between themselves, the one whose burst is next waiting for a byte from the\n# other, and each replies once with all its bursts. So the coordinator reads two lines per benchmark and pair\n# instead of ~40, and a burst starts as soon as the other side's ends.\n#\n# A turn byte is the count of turns passed so far (mod 128), so a worker out of step says so instead of timing\n# the wrong slot; the high bit says \"I failed, stop\": the other side then replies without timing more.\n#\n# Before a benchmark's duels the two meet: each says the benchmark's index (4 bytes) and reads the other's. The\n# coordinator may have sent a whole pair's requests at once (pipelined), so a side can reach a benchmark the other\n# never will (its test failed before it got there): the one behind passes it by. The side that finishes its list\n# says END, which passes everything the other still waits at. A side that waits past the request timeout kills\n# the other (it hangs: the coordinator, which may be reading replies the hung side still holds, can't tell) and\n# says where it was.\nimport os\nimport signal\nimport socket\nimport struct\nimport time\n\nfrom py_perf_guard_paired_agree import agree\n\n_ABORT = 0x80\nEND = 0x7FFFFFFF\n\n\nclass TurnStalled(Exception):\n    \"\"\"The other worker did not pass the turn in time, left, or is out of step.\"\"\"\n\n\nclass Turn:\n    def __init__(self, fd):\n        self._sock = socket.socket(fileno=os.dup(fd))\n        os.close(fd)  # the duplicate is not inherited: the benchmarks' own children never see the pair's socket\n        self._given = 0\n        self._taken = 0\n        self._said = None  # the index this side said last\n        self.theirs = None  # the index the other side said last\n        self.broken = None  # why the turn can't be passed any more\n\n    def _receive(self, size, timeout):\n        self._sock.settimeout(timeout)\n        got = b\"\"\n        try:\n            while len(got) < size:\n                chunk = self._sock.recv(size - len(got))\n                if not chunk:\n                    raise TurnStalled(\"the other worker left in the middle of the duels\")\n                got += chunk\n        except socket.timeout:\n            raise TurnStalled(\"the other worker did not pass the turn in %gs\" % timeout)\n        return got\n\n    def meet(self, index, timeout):\n        \"\"\"True when the other side is at benchmark `index` too; False when it is past it (pass this one by).\"\"\"\n        if self._said != index:\n            self._sock.sendall(struct.pack(\">I\", index))\n            self._said = index\n        while self.theirs is None or self.theirs < index:\n            self.theirs = struct.unpack(\">I\", self._receive(4, timeout))[0]\n        return self.theirs == index\n\n    def finish(self):\n        \"\"\"This side is through its list: whatever the other still waits at, it won't meet this one there.\"\"\"\n        try:\n            if self.broken is None:\n                self._sock.sendall(struct.pack(\">I\", END))\n        except OSError:\n            pass\n\n    @classmethod\n    def from_environment(cls):\n        fd = os.environ.pop(\"PY_PERF_GUARD_TURN_FD\", None)\n        try:\n            return cls(int(fd)) if fd else None\n        except (OSError, ValueError):\n            return None\n\n    def swap(self, payload, size, timeout):\n        \"\"\"Sends this side's `payload` and returns the other side's `size` bytes.\"\"\"\n        self._sock.sendall(payload)\n        return self._receive(size, timeout)\n\n    def give(self, failed=False):\n        self._sock.sendall(bytes([(self._given & 0x7F) | (_ABORT if failed else 0)]))\n        self._given += 1\n\n    def take(self, timeout):\n        \"\"\"Waits for the other side's turn; False when it failed and said stop.\"\"\"\n        got = self._receive(1, timeout)\n        if got[0] & 0x7F != self._taken & 0x7F:\n            raise TurnStalled(\"the turns are out of step (got %d, expected %d)\" % (got[0] & 0x7F, self._taken & 0x7F))\n        self._taken += 1\n        return not got[0] & _ABORT\n\n\ndef schedule(first, duels):\n    \"\"\"The owners of the slots: each side's warm-up (`first` warms up first), then the duels in ABBA order.\"\"\"\n    second = \"head\" if first == \"base\" else \"base\"\n    slots = [(first, \"warm\"), (second, \"warm\")]\n    for k in range(duels):\n        slots += [(\"base\", \"duel\"), (\"head\", \"duel\")] if k % 2 == 0 else [(\"head\", \"duel\"), (\"base\", \"duel\")]\n    return slots\n\n\ndef settle(timed, n, jit):\n    \"\"\"Bursts dropped before the duels: one cold one, or with a JIT until the best has not improved by 2% for\n    5 bursts (at most 200 bursts or 3 s). The same rule as the coordinator's for the calibration.\"\"\"\n    if not jit:\n        timed(n)\n        return 1\n    started = time.monotonic()\n    best, since_best, dropped = float(\"inf\"), 0, 0\n    while since_best < 5 and dropped < 200 and time.monotonic() - started < 3:\n        t = timed(n)[0]\n        dropped += 1\n        if t < best * 0.98:\n            best, since_best = t, 0\n        else:\n            since_best += 1\n    return dropped\n\n\ndef stalled(turn, error, request):\n    \"\"\"The reply of a side that can't go on; a side that timed out kills the other, which hangs.\"\"\"\n    if turn.broken is None:\n        turn.broken = str(error)\n        if \"did not pass\" in turn.broken and request.get(\"peer\"):\n            try:\n                os.killpg(request[\"peer\"], signal.SIGKILL)\n            except OSError:\n                pass\n    reply = {\"error\": turn.broken, \"stalled\": True, \"at\": request.get(\"index\")}\n    if turn.theirs is not None:\n        reply[\"peer_at\"] = turn.theirs\n    return reply\n\n\ndef run_duels(turn, timed, request, pin, traits):\n    \"\"\"This side's part of one benchmark's duels: its bursts in schedule order, the turn passed between them.\n    `timed(n)` gives [wall, cpu, waits]; the reply has every duel burst. An exception in a burst is raised (the\n    caller replies with it) after telling the other side to stop. A request with `calibrate` instead of `n` has\n    the two sides agree on N and the clock first (py_perf_guard_paired_agree.py); `traits` says whether the\n    benchmark is single-shot (`fixed`) and timed call by call (`per_call`).\"\"\"\n    me, n, wait = request[\"side\"], request.get(\"n\"), request[\"wait\"]\n    if turn.broken is not None:\n        return stalled(turn, turn.broken, request)\n    try:\n        if not turn.meet(request[\"index\"], wait):\n            return {\"skipped\": True}\n    except TurnStalled as e:\n        return stalled(turn, e, request)\n    calibration = {}\n    if request.get(\"calibrate\"):\n        try:\n            got = agree(turn, timed, request, traits, pin, wait)\n        except TurnStalled as e:\n            return stalled(turn, e, request)\n        if got is None:\n            return {\"error\": \"the other worker failed\", \"peer_failed\": True}\n        n, pinned, calibration = got\n        pin(pinned)\n    elif \"pin\" in request:\n        pin(request[\"pin\"])\n    slots = schedule(request[\"first\"], request[\"duels\"])\n    bursts, dropped = [], 0\n    for i, (owner, kind) in enumerate(slots):\n        if owner != me:\n            continue\n        try:\n            if i > 0 and slots[i - 1][0] != me and not turn.take(wait):\n                return {\"error\": \"the other worker failed\", \"peer_failed\": True}\n        except TurnStalled as e:\n            return stalled(turn, e, request)\n        try:\n            if kind == \"warm\":\n                dropped = settle(timed, n, request.get(\"jit\", False))\n            else:\n                bursts.append(timed(n))\n        except BaseException:  # pytest's outcomes (fail, skip) are BaseExceptions\n            # The other side waits for a turn whenever it has a slot left: tell it to stop.\n            if any(o != me for o, _ in slots[i + 1:]):\n                turn.give(failed=True)\n            raise\n        if i + 1 < len(slots) and slots[i + 1][0] != me:\n            turn.give()\n    return {\"bursts\": bursts, \"dropped\": dropped, **calibration}\n",
};

;// CONCATENATED MODULE: ./src/measure/paired/launch.ts
// How a paired worker is started for each suite kind, in its side's venv and worktree.




const PAIRED_PYTEST_PLUGIN = 'py_perf_guard_paired_pytest';
const TIMEIT_WORKER = 'py_perf_guard_paired_timeit.py';
function writePairedWorkers(dir) {
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    for (const [file, source] of Object.entries(paired_python_sources_generated_PYTHON_SOURCES))
        (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, file), source);
}
/** pytest with our plugin standing in for pytest-benchmark (which asserts its own fixture type, so it must be off). */
function pairedPytestArguments(suite) {
    return [
        '-m',
        'pytest',
        suite.path,
        '-p',
        'no:benchmark',
        '-p',
        PAIRED_PYTEST_PLUGIN,
        '-p',
        'no:cacheprovider',
        '-q',
        '--continue-on-collection-errors',
        ...suite.args,
    ];
}
function workerLaunch(suite, side) {
    writePairedWorkers(side.harnessDir);
    if (suite.kind === 'timeit') {
        if (!side.timeit)
            throw new Error(`paired timeit worker for ${suite.path} needs the parsed suite`);
        (0,external_node_fs_namespaceObject.mkdirSync)(side.scratchDir, { recursive: true });
        const spec = (0,external_node_path_namespaceObject.join)(side.scratchDir, 'paired-timeit-spec.json');
        (0,external_node_fs_namespaceObject.writeFileSync)(spec, JSON.stringify(side.timeit));
        return { command: side.python, args: [(0,external_node_path_namespaceObject.join)(side.harnessDir, TIMEIT_WORKER), spec], cwd: side.projectDir, env: side.env };
    }
    if (suite.kind !== 'pytest-benchmark')
        throw new Error(`${suite.kind} suites are measured in fresh processes, not by paired workers`);
    const env = { ...side.env, PYTHONPATH: [side.harnessDir, side.env.PYTHONPATH].filter(Boolean).join(':'), PYTHONDONTWRITEBYTECODE: '1' };
    const suiteDir = suiteDirectory(side.projectDir, suite.path);
    return {
        command: side.python,
        args: pairedPytestArguments(suite),
        cwd: side.projectDir,
        env,
        names: (hello) => (nodeId) => benchmarkName(nodeId, hello.rootdir ?? side.projectDir, suiteDir),
    };
}

;// CONCATENATED MODULE: ./src/measure/paired/alignment.ts
// Lock-step alignment of the two workers' benchmark lists: given where each worker is (both go through
// their lists in collection order), what the coordinator does next. Pure: lists and positions in, a step out.

function nextStep(position, lists) {
    const at = (side) => ('at' in position[side] ? position[side].at : null);
    const base = at('base');
    const head = at('head');
    if (base === null && head === null)
        return { kind: 'end' };
    if (base !== null && base === head)
        return { kind: 'duel', name: base };
    for (const side of ['base', 'head']) {
        const name = at(side);
        if (name !== null && !lists[otherSide(side)].includes(name))
            return { kind: 'solo', side, name };
    }
    // Both names are on both sides from here on.
    if (head === null)
        return { kind: 'pass', side: 'base', name: base };
    if (base === null)
        return { kind: 'pass', side: 'head', name: head };
    if (lists.head.indexOf(base) < lists.head.indexOf(head))
        return { kind: 'pass', side: 'base', name: base };
    if (lists.base.indexOf(head) < lists.base.indexOf(base))
        return { kind: 'pass', side: 'head', name: head };
    // The two orders cross (tests reordered): one of the two is lost for this pair.
    return { kind: 'pass', side: 'base', name: base };
}
/** Names on head only (added) and on base only (removed), each in its side's order. */
function addedAndRemoved(lists) {
    const base = new Set(lists.base);
    const head = new Set(lists.head);
    return { added: lists.head.filter((n) => !base.has(n)), removed: lists.base.filter((n) => !head.has(n)) };
}

;// CONCATENATED MODULE: ./src/measure/paired/types.ts
/**
 * 'auto' clock: a benchmark is CPU-bound when its quietest burst's CPU time is at least this share of its wall
 * time. Not higher: on this 2-core machine at load 8–10 even the quietest of 40 bursts of CPU-bound code can lose
 * 10–20% of its wall time to preemption, while code that sleeps or waits on other threads sits near 0.
 */
const CPU_BOUND = 0.5;
/**
 * 'auto' clock, calls timed one by one (pedantic): below this many seconds per call, wall time. The CPU clock of a
 * thread is a system call (~1 µs here, inside every timed call), which would pull short calls' ratios towards 1;
 * and a call this short is seldom preempted, so its wall time is clean enough.
 */
const PER_CALL_CPU_MIN_SECONDS = 50e-6;
const types_DEFAULT_PAIRED_OPTIONS = {
    pairs: 6,
    duels: 16,
    burstMs: 5,
    clock: 'auto',
    pinCpu: true,
    prestart: true,
    pipeline: true,
    soloBursts: 5,
    startTimeoutMs: 120_000,
    requestTimeoutMs: 30_000,
};

;// CONCATENATED MODULE: ./src/measure/paired/worker-client.ts
// One worker as the coordinator sees it: events and replies of the line protocol over a LongLivedProcess.
// A worker that exits, times out or writes something that isn't the protocol throws WorkerGone, and is killed.


class WorkerGone extends Error {
    side;
    detail;
    benchmark;
    constructor(side, message, 
    /** How it ended and its last words: ` (exit code 3): Traceback…`, to tell the story of another benchmark. */
    detail = '', 
    /** The benchmark it was lost in, when the coordinator knew it only from the other worker (pipelined pairs). */
    benchmark) {
        super(message);
        this.side = side;
        this.detail = detail;
        this.benchmark = benchmark;
    }
}
class WorkerClient {
    side;
    process;
    requestTimeoutMs;
    nameOf;
    /** Failures and outcomes reported by `end` events, in order; the coordinator drains them. */
    ends = [];
    position = { done: true };
    /** The CPU index the worker is pinned to (PairedOptions.pinCpu), null for none. */
    pinnedTo = null;
    /** Its hello said it holds the pair's turn socket: it serves `duels` and `bursts` (set by pair.ts). */
    linked = false;
    gone = false;
    /** The worker's own names (pytest node ids) of the benchmarks, for requests that name one. */
    rawNames = new Map();
    /**
     * How long a read waits in a pair sent ahead: the worker writes out about once a second, but may be waiting for
     * the other worker's turn meanwhile, up to the request timeout; the other worker catches a hang.
     */
    aheadTimeoutMs;
    /** Requests sent ahead for a whole pair (sendAhead), by benchmark: whether its `duels` reply is still to come. */
    ahead = new Map();
    constructor(side, process, requestTimeoutMs, 
    /** Maps a name as the worker reports it (a pytest node id) to the benchmark's name. */
    nameOf = (raw) => raw) {
        this.side = side;
        this.process = process;
        this.requestTimeoutMs = requestTimeoutMs;
        this.nameOf = nameOf;
    }
    setNames(nameOf) {
        // Every event names its benchmark, and a pytest node id takes two path computations to map.
        const known = new Map();
        this.nameOf = (raw) => known.get(raw) ?? known.set(raw, nameOf(raw)).get(raw);
    }
    /** The worker's list of benchmarks, as its hello said it. */
    learn(raw) {
        for (const r of raw)
            this.rawNames.set(this.nameOf(r), r);
    }
    get pid() {
        return this.process.pid;
    }
    line(req) {
        return JSON.stringify('name' in req && req.name !== undefined ? { ...req, name: this.rawNames.get(req.name) ?? req.name } : req);
    }
    /**
     * A whole pair's requests in one write (pair-ahead.ts): per benchmark in the worker's order, its `duels` and
     * `next`, or `skip`. The worker then works through its list without waiting and writes its replies out when it
     * must wait, and about once a second; request() and leave() only read, for up to `readTimeoutMs` each. A request
     * for a benchmark the worker never reaches (its test failed first) is dropped by the worker.
     */
    sendAhead(plan, readTimeoutMs) {
        this.aheadTimeoutMs = readTimeoutMs;
        const lines = [];
        for (const p of plan) {
            if (p.duels)
                lines.push(this.line(p.duels));
            lines.push(this.line({ op: p.leave, name: p.name }));
            this.ahead.set(p.name, { reply: Boolean(p.duels) });
        }
        if (lines.length > 0)
            this.process.send(lines.join('\n'));
    }
    name(raw) {
        return this.nameOf(raw);
    }
    async fail(message) {
        this.gone = true;
        this.process.kill();
        // Give a crashed worker a moment to finish writing its traceback.
        const exit = await Promise.race([this.process.exited, new Promise((r) => setTimeout(() => r(null), 1000))]);
        const tail = causeText(this.process.stderrTail()) || lastLines(this.process.stderrTail());
        const how = exit === null ? '' : exit.signal ? ` (signal ${exit.signal})` : ` (exit code ${exit.code})`;
        const detail = `${how}${tail ? `: ${tail}` : ''}`;
        throw new WorkerGone(this.side, `${message}${detail}`, detail);
    }
    async message(timeoutMs, waitingFor) {
        if (this.gone)
            throw new WorkerGone(this.side, `${this.side} worker is gone`);
        const r = await this.process.readLine(timeoutMs);
        if (r.kind === 'timeout')
            return this.fail(`${this.side} worker timed out after ${timeoutMs / 1000}s during ${waitingFor}`);
        if (r.kind === 'closed')
            return this.fail(`${this.side} worker exited during ${waitingFor}`);
        try {
            const parsed = JSON.parse(r.line);
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                return parsed;
        }
        catch {
            // falls through
        }
        return this.fail(`${this.side} worker broke the protocol with ${JSON.stringify(r.line.slice(0, 200))}`);
    }
    /** The next line whatever it is (a pair that ended early is read for what the surviving worker saw). */
    async nextMessage(timeoutMs) {
        return this.message(timeoutMs, 'what it saw of the other worker');
    }
    /** The next event; the first one, `hello`, may take the worker's start-up time. */
    async event(timeoutMs = this.aheadTimeoutMs ?? this.requestTimeoutMs, waitingFor = 'the move to its next benchmark') {
        const m = await this.message(timeoutMs, waitingFor);
        if (typeof m.event !== 'string')
            return this.fail(`${this.side} worker sent a reply where an event was expected: ${JSON.stringify(m)}`);
        return m;
    }
    /** Reads events up to the next benchmark it serves (or the end), keeping the `end` events. */
    async advance() {
        for (;;) {
            const e = await this.event();
            if (e.event === 'end')
                this.ends.push({ ...e, name: this.name(e.name) });
            else if (e.event === 'at')
                return (this.position = { at: this.name(e.name) });
            else if (e.event === 'done')
                return (this.position = { done: true });
        }
    }
    /** `next` was sent with the last request (`then`): leaving the benchmark sends nothing more. */
    nextSent = false;
    /**
     * Sends a request and reads its reply. `then: 'next'` sends the move to the next benchmark in the same write,
     * so the worker goes on without waiting and says the reply, `end` and its next `at` in one go: the coordinator
     * wakes once per benchmark and side instead of three times.
     */
    async request(req, what, timeoutMs = this.requestTimeoutMs, then) {
        const ahead = 'at' in this.position ? this.ahead.get(this.position.at) : undefined;
        if (ahead?.reply && req.op === 'duels')
            ahead.reply = false;
        else {
            this.process.send(then ? `${this.line(req)}\n${this.line({ op: then, ...('name' in req ? { name: req.name } : {}) })}` : this.line(req));
            this.nextSent = then === 'next';
        }
        const m = await this.message(timeoutMs, what);
        if (typeof m.event === 'string')
            return this.fail(`${this.side} worker sent an event where a reply was expected: ${JSON.stringify(m)}`);
        return m;
    }
    /** Leaves the current benchmark: `next` returns from the fixture normally, `skip` without calling it. */
    async leave(how, replyTimeoutMs = this.aheadTimeoutMs ?? this.requestTimeoutMs) {
        const at = 'at' in this.position ? this.position.at : undefined;
        const ahead = at === undefined ? undefined : this.ahead.get(at);
        if (ahead) {
            this.ahead.delete(at);
            // Its duels were sent ahead but the other side never reached it: the worker's reply says so; drop it.
            if (ahead.reply)
                await this.message(replyTimeoutMs, `the duels of ${at}`);
        }
        else if (!this.nextSent)
            this.process.send(this.line({ op: how, ...(at === undefined ? {} : { name: at }) }));
        // After a `next` sent with the request, `skip` can't be asked for any more: the benchmark failed on a side
        // (its error is recorded), and `next` ends its test the same way (the fixture raises that error).
        this.nextSent = false;
        this.position = { done: true };
        return this.advance();
    }
    close() {
        if (!this.gone)
            this.process.send(JSON.stringify({ op: 'quit' }));
        this.gone = true;
        this.process.kill();
    }
}

;// CONCATENATED MODULE: ./src/measure/paired/linked-duels.ts
// One benchmark's duels in a pair whose workers pass the turn between themselves (py_perf_guard_paired_turn.py):
// one `duels` request to each side and one reply from each, instead of a request per burst, so the coordinator's
// cost per benchmark and pair is a few lines whatever the number of duels. Who failed is told apart here: a side
// whose burst raised (the other replies `peer_failed`), a side that died, and a side that hung (the other
// replies `stalled`, and is given a moment to be proven right before the hung one is killed).



/** How long the side that said `stalled` is believed before the other is killed as hung: a crash shows sooner. */
const STALL_GRACE_MS = 1000;
/** Seconds per call of one burst of n calls (a clock that says 0 is read as 1 ns, so log ratios stay finite). */
function perCallTime(wall, cpu, n, waits) {
    const c = typeof cpu === 'number' && Number.isFinite(cpu) ? cpu : wall;
    return { wall: Math.max(wall, 1e-9) / n, cpu: Math.max(c, 1e-9) / n, ...(typeof waits === 'number' ? { waits } : {}) };
}
/** The reply's bursts as times per call, or why they are not usable. */
function burstsOf(reply, n, count) {
    const b = reply.bursts;
    if (!Array.isArray(b) || b.length !== count || !b.every((x) => Array.isArray(x) && Number.isFinite(x[0])))
        return `the worker sent ${JSON.stringify(b)?.slice(0, 200)} where ${count} bursts were expected`;
    return b.map(([wall, cpu, waits]) => perCallTime(wall, cpu, n, waits));
}
/** Bursts per side, unpinned, that decide the 'auto' clock before the benchmark's first duel. */
const PROBE_BURSTS = 4;
/** The workers pass the turn themselves (a single-shot benchmark's worker runs its test again for every burst). */
function duelsByTurn(clients) {
    return clients.base.linked && clients.head.linked;
}
/** ... and calibrate a new benchmark between themselves: with a JIT the coordinator does it, once it has settled. */
function workersAgree(clients, options) {
    return duelsByTurn(clients) && !options.jit;
}
/**
 * One benchmark's duels in pair `pairIndex`: its N, and the CPU both workers share while dueling it
 * (PairedOptions.pinCpu: for the CPU clock only; the pair's index plus cpuOffset picks it); `first` warms up
 * first. A benchmark without an entry yet is calibrated by the workers, by the coordinator's rule
 * (py_perf_guard_paired_agree.py).
 */
function duelSpec(entry, name, index, pairIndex, order, options) {
    const pin = options.pinCpu ? pairIndex + (options.cpuOffset ?? 0) : null;
    if (!entry) {
        const calibrate = {
            target: options.burstMs / 1000,
            probe: options.clock === 'auto' ? PROBE_BURSTS : 0,
            clock: options.clock,
            cpu_bound: CPU_BOUND,
            per_call_cpu_min: PER_CALL_CPU_MIN_SECONDS,
            pin,
        };
        return { name, index, n: 0, pin: null, first: order[0], calibrate };
    }
    return { name, index, n: entry.calls, pin: entry.clock === 'cpu' ? pin : null, first: order[0] };
}
function duelsRequest(spec, side, peer, options) {
    const { name, index, n, pin, first, calibrate } = spec;
    return {
        op: 'duels',
        name,
        index,
        side,
        ...(calibrate ? { calibrate } : { n }),
        duels: options.duels,
        first,
        pin,
        wait: options.requestTimeoutMs / 1000,
        jit: options.jit,
        ...(peer ? { peer } : {}),
    };
}
/** The longest one side's duels may take: every burst up to the request timeout, plus a JIT's settling on each side. */
function duelsBackstopMs(options) {
    return options.requestTimeoutMs * (2 * options.duels + 4) + 6000;
}
/**
 * The side that stopped the duels, as the other saw it: `stalled` with the reason. A side that did not pass the
 * turn in time hung (the other killed it); one that left died. `gone` is its own WorkerGone, when it was read.
 */
function stallCulprit(stalledSide, reply, nameAt, wait, gone) {
    const culprit = otherSide(stalledSide);
    const name = reply.at === undefined ? undefined : nameAt(reply.at);
    const detail = gone instanceof WorkerGone ? gone.detail : '';
    if (/did not pass/.test(reply.error ?? ''))
        return new WorkerGone(culprit, `${culprit} worker timed out after ${wait}s during a burst of ${name ?? 'a benchmark'} (signal SIGKILL)`, '', name);
    return new WorkerGone(culprit, `${culprit} worker exited during the duels of ${name ?? 'a benchmark'}${detail}`, detail, name);
}
async function linkedDuels(clients, spec, options) {
    const wait = options.requestTimeoutMs / 1000;
    const what = `the duels of ${spec.name}`;
    const settled = ['base', 'head'].map((side) => clients[side].request(duelsRequest(spec, side, clients[otherSide(side)].pid, options), what, duelsBackstopMs(options), 'next').then((reply) => ({ side, reply }), (gone) => ({ side, gone })));
    const first = await Promise.race(settled);
    if ('reply' in first && first.reply.stalled) {
        // The side that stalled killed the other if it hung; give its death a moment to show, else kill it here.
        const late = otherSide(first.side);
        const answer = await Promise.race([settled[late === 'base' ? 0 : 1], new Promise((r) => setTimeout(() => r(null), STALL_GRACE_MS))]);
        if (answer === null)
            await clients[late].close();
    }
    const both = await Promise.all(settled);
    const stall = both.find((s) => 'reply' in s && s.reply.stalled === true);
    if (stall) {
        const gone = both.find((s) => s.side !== stall.side && 'gone' in s);
        throw stallCulprit(stall.side, stall.reply, () => spec.name, wait, gone?.gone);
    }
    for (const s of both)
        if ('gone' in s)
            throw s.gone;
    const replies = Object.fromEntries(both.map((s) => [s.side, s.reply]));
    // The side whose burst raised; the other's `peer_failed` is only its echo.
    for (const side of [spec.first, otherSide(spec.first)]) {
        const r = replies[side];
        if (r.error !== undefined && !r.peer_failed)
            return { side, error: r.error };
    }
    if (replies.base.skipped || replies.head.skipped)
        return { skipped: true };
    const agreed = spec.calibrate ? agreement(replies) : undefined;
    if (typeof agreed === 'string')
        return { side: spec.first, error: agreed };
    const times = {};
    for (const side of ['base', 'head']) {
        const t = burstsOf(replies[side], agreed?.n ?? spec.n, options.duels);
        if (typeof t === 'string')
            return { side, error: t };
        times[side] = t;
    }
    return { times, dropped: Math.max(replies.base.dropped ?? 0, replies.head.dropped ?? 0), ...(agreed ? { agreed } : {}) };
}
/** N and the clock both workers say they agreed on, or why not (each computes it from both sides' findings). */
function agreement(replies) {
    const of = (r) => ({ n: r.n, clock: r.clock, fixed: Boolean(r.fixed), perCall: Boolean(r.per_call) });
    const [b, h] = [of(replies.base), of(replies.head)];
    if (typeof b.n !== 'number' || !(b.n >= 1) || (b.clock !== 'wall' && b.clock !== 'cpu') || JSON.stringify(b) !== JSON.stringify(h))
        return `the workers calibrated the benchmark as ${JSON.stringify(b)} (base) and ${JSON.stringify(h)} (head)`;
    return b;
}

;// CONCATENATED MODULE: ./src/measure/paired/duels.ts
// One benchmark inside one worker pair: calibrate N (once per unit, the same on both sides), drop warm-up
// bursts, then duels in ABBA order (duel k: base then head; k+1: head then base), each one log(head/base).
// An error reply fails the benchmark on that side; a worker that is gone throws WorkerGone to the pair.


/** Bursts dropped while a JIT settles: until the best burst has not improved by 2% for this many bursts. */
const SETTLE_BURSTS = 5;
const SETTLE_MAX_BURSTS = 200;
const SETTLE_MAX_MS = 3000;
function recordFailure(result, name, side, error) {
    const f = result.failures.get(name) ?? {};
    f[side] ??= error;
    result.failures.set(name, f);
}
class BenchmarkError extends Error {
    side;
    constructor(side, message) {
        super(message);
        this.side = side;
    }
}
/** Calibrates one side; a linked worker also runs `probe` bursts at its n (unpinned) in the same round trip. */
async function calibrate(client, name, options, probe = 0) {
    const probing = probe > 0 && client.linked;
    // The probes run unpinned: a linked worker unpins in the same request.
    const unpin = probing && client.pinnedTo !== null;
    const r = await client.request({ op: 'calibrate', target: options.burstMs / 1000, ...(probing ? { probe } : {}), ...(unpin ? { pin: null } : {}) }, `the calibration of ${name}`);
    if (unpin)
        client.pinnedTo = null;
    if (r.error !== undefined)
        throw new BenchmarkError(client.side, r.error);
    if (typeof r.n !== 'number' || !(r.n >= 1))
        throw new BenchmarkError(client.side, `the worker calibrated ${name} to ${JSON.stringify(r.n)} calls`);
    const n = Math.round(r.n);
    const probes = probing && r.bursts !== undefined ? burstsOf(r, n, probe) : undefined;
    if (typeof probes === 'string')
        throw new BenchmarkError(client.side, probes);
    return { n, fixed: Boolean(r.fixed), perCall: Boolean(r.per_call), ...(probes ? { probes } : {}) };
}
/** Seconds per call of one burst of n calls on both clocks. */
async function timedBurst(client, name, n) {
    const r = await client.request({ op: 'burst', n }, `a burst of ${n} calls of ${name}`);
    if (r.error !== undefined)
        throw new BenchmarkError(client.side, r.error);
    if (typeof r.seconds !== 'number' || !Number.isFinite(r.seconds))
        throw new BenchmarkError(client.side, `the worker timed ${name} as ${JSON.stringify(r.seconds)}`);
    return perCallTime(r.seconds, r.cpu, n, r.waits);
}
/**
 * `count` bursts back to back on one side: one `bursts` request to a linked worker (for a single-shot benchmark,
 * `count` runs of its test), else one request each.
 */
async function timedBursts(client, name, n, count) {
    if (!client.linked) {
        const times = [];
        for (let i = 0; i < count; i++)
            times.push(await timedBurst(client, name, n));
        return times;
    }
    const r = await client.request({ op: 'bursts', n, count }, `${count} bursts of ${n} calls of ${name}`);
    if (r.error !== undefined)
        throw new BenchmarkError(client.side, r.error);
    const times = burstsOf(r, n, count);
    if (typeof times === 'string')
        throw new BenchmarkError(client.side, times);
    return times;
}
async function burst(client, name, n) {
    return (await timedBurst(client, name, n)).wall;
}
/** Drops bursts until they settle (JIT) or drops one (a cold first burst); returns how many were dropped. */
async function warmUp(client, name, n, jit, now) {
    if (!jit) {
        await burst(client, name, n);
        return 1;
    }
    const started = now();
    let best = Infinity;
    let sinceBest = 0;
    let dropped = 0;
    while (sinceBest < SETTLE_BURSTS && dropped < SETTLE_MAX_BURSTS && now() - started < SETTLE_MAX_MS) {
        const t = await burst(client, name, n);
        dropped++;
        if (t < best * 0.98) {
            best = t;
            sinceBest = 0;
        }
        else
            sinceBest++;
    }
    return dropped;
}
/** CPU time where the benchmark is CPU-bound in the worker's thread on both sides (see PairedOptions.clock). */
function autoClock(times) {
    // Blocking is the sure sign (under load even the quietest burst can lose half its wall time to preemption).
    const bound = (bursts) => bursts.length > 0 &&
        (bursts.every((t) => t.waits !== undefined)
            ? bursts.reduce((s, t) => s + t.waits, 0) <= bursts.length
            : Math.max(...bursts.map((t) => t.cpu / t.wall)) >= CPU_BOUND);
    return bound(times.base) && bound(times.head) ? 'cpu' : 'wall';
}
async function probeClock(clients, order, name, agreed, probed) {
    const { n, perCall } = agreed;
    // Probes taken with the calibration (linked workers) are used when both sides have them.
    const times = probed.base && probed.head ? { base: probed.base, head: probed.head } : { base: [], head: [] };
    if (!(probed.base && probed.head)) {
        for (const side of order) {
            await pin(clients[side], null);
            times[side] = await timedBursts(clients[side], name, n, PROBE_BURSTS);
        }
    }
    return clockOf(times, perCall);
}
/** The 'auto' clock from both sides' probes; calls timed one by one (`perCall`) too short for the CPU clock: wall. */
function clockOf(times, perCall) {
    const shortest = Math.min(...[...times.base, ...times.head].map((t) => t.wall));
    return perCall && shortest < PER_CALL_CPU_MIN_SECONDS ? 'wall' : autoClock(times);
}
/** Pins the worker to the k-th CPU (null: all CPUs again), when that changes anything. */
async function pin(client, cpu) {
    if (client.pinnedTo === cpu)
        return;
    const r = await client.request({ op: 'pin', cpu }, `pinning to CPU #${cpu}`);
    if (r.error !== undefined)
        throw new BenchmarkError(client.side, r.error);
    client.pinnedTo = cpu;
}
/** N for both sides: the geometric mean of the two calibrations; 1 when either side is single-shot. */
async function agreeOnCalls(clients, order, name, options, probe = 0) {
    // Both sides at once: N only needs to be about right, and the two replies wake the coordinator about once.
    // Both replies are read before a failure of either counts, so none is left for the next read.
    const settled = await Promise.allSettled(order.map((side) => calibrate(clients[side], name, options, probe)));
    for (const s of settled)
        if (s.status === 'rejected')
            throw s.reason;
    const c = Object.fromEntries(order.map((side, i) => [side, settled[i].value]));
    const fixed = c.base.fixed || c.head.fixed;
    const n = fixed ? 1 : Math.max(1, Math.round(Math.sqrt(c.base.n * c.head.n)));
    return { agreed: { n, fixed, perCall: c.base.perCall || c.head.perCall }, probed: { base: c.base.probes, head: c.head.probes } };
}
/**
 * Each side's warm-up, then the duels in ABBA order (duel k: base then head; k + 1: head then base); null: passed
 * by. `entry` is undefined for a benchmark the linked workers calibrate themselves (spec.calibrate).
 */
async function pairDuels(clients, order, spec, entry, options, now) {
    const { name } = spec;
    if (duelsByTurn(clients)) {
        const got = await linkedDuels(clients, spec, options);
        const agreed = 'agreed' in got ? got.agreed : undefined;
        for (const side of order)
            clients[side].pinnedTo = spec.calibrate ? (agreed?.clock === 'cpu' ? spec.calibrate.pin : null) : spec.pin;
        if ('skipped' in got)
            return null;
        if ('error' in got)
            throw new BenchmarkError(got.side, got.error);
        if (options.jit && entry)
            entry.warmup = Math.max(entry.warmup ?? 0, got.dropped);
        return { times: got.times, ...(agreed ? { agreed } : {}) };
    }
    if (!entry)
        throw new Error(`${name}: workers without the turn socket can't calibrate a benchmark themselves`);
    for (const side of order)
        await pin(clients[side], spec.pin);
    for (const side of order) {
        const dropped = await warmUp(clients[side], name, entry.calls, options.jit, now);
        if (options.jit)
            entry.warmup = Math.max(entry.warmup ?? 0, dropped);
    }
    const times = { base: [], head: [] };
    for (let k = 0; k < options.duels; k++) {
        for (const side of k % 2 === 0 ? ['base', 'head'] : ['head', 'base'])
            times[side].push(await timedBurst(clients[side], name, entry.calls));
    }
    return { times };
}
function newEntry(calls, clock, singleShot) {
    return { pairs: [], clock, baseBurst: [], headBurst: [], baseCpu: [], headCpu: [], calls, ...(singleShot ? { singleShot: true } : {}) };
}
/** The coordinator calibrates a new benchmark a request at a time (workers without the turn socket, or a JIT). */
async function calibrated(clients, order, name, options, now) {
    // The clock probes ride along with the (last) calibration where the workers can.
    const probe = options.clock === 'auto' ? PROBE_BURSTS : 0;
    let { agreed, probed } = await agreeOnCalls(clients, order, name, options, options.jit ? 0 : probe);
    // A JIT makes the code faster as it warms: calibrate again once it has settled.
    if (options.jit && !agreed.fixed) {
        for (const side of order)
            await warmUp(clients[side], name, agreed.n, true, now);
        ({ agreed, probed } = await agreeOnCalls(clients, order, name, options, probe));
    }
    const clock = options.clock === 'auto' ? await probeClock(clients, order, name, agreed, probed) : options.clock;
    return newEntry(agreed.n, clock, agreed.fixed);
}
/** Runs the benchmark's share of this pair; returns how each side should leave it. */
async function duelBenchmark(clients, order, name, result, options, pairIndex, 
/** Its place among the benchmarks both sides have. */
index) {
    const now = options.now ?? Date.now;
    try {
        let entry = result.benchmarks.get(name);
        // Linked workers without a JIT calibrate a new benchmark themselves, at the start of its duels.
        if (!entry && !workersAgree(clients, options)) {
            entry = await calibrated(clients, order, name, options, now);
            result.benchmarks.set(name, entry);
        }
        const spec = duelSpec(entry, name, index, pairIndex, order, options);
        // Kept only once the pair's duels are complete, so every pair in the result has the same weight.
        const got = await pairDuels(clients, order, spec, entry, options, now);
        if (!got)
            return { base: 'next', head: 'next' };
        const { times, agreed } = got;
        if (!entry) {
            entry = newEntry(agreed.n, agreed.clock, agreed.fixed);
            result.benchmarks.set(name, entry);
        }
        const clock = entry.clock;
        entry.pairs.push(times.base.map((b, k) => Math.log(times.head[k][clock] / b[clock])));
        entry.baseBurst.push(...times.base.map((t) => t.wall));
        entry.headBurst.push(...times.head.map((t) => t.wall));
        entry.baseCpu.push(...times.base.map((t) => t.cpu));
        entry.headCpu.push(...times.head.map((t) => t.cpu));
        return { base: 'next', head: 'next' };
    }
    catch (e) {
        if (!(e instanceof BenchmarkError))
            throw e;
        recordFailure(result, name, e.side, e.message);
        return { base: 'skip', head: 'skip' };
    }
}
/** A benchmark on one side only: calibrate and time a few bursts there, for its time per call. */
async function soloBenchmark(client, name, result, options) {
    try {
        const { n } = await calibrate(client, name, options);
        const solo = { side: client.side, burst: (await timedBursts(client, name, n, options.soloBursts)).map((t) => t.wall), calls: n };
        result.solo.set(name, solo);
        return 'next';
    }
    catch (e) {
        if (!(e instanceof BenchmarkError))
            throw e;
        recordFailure(result, name, e.side, e.message);
        return 'skip';
    }
}

;// CONCATENATED MODULE: ./src/measure/paired/pair-ahead.ts
// A pair sent ahead: when the workers duel by their own turn and every benchmark of the pair is calibrated (or
// calibrated by the workers themselves: no JIT), each worker gets the whole pair's requests in one write and
// works through its list without waiting for the coordinator, which then wakes about once per worker and pair
// instead of once per benchmark (a wake-up from idle costs its JS ~75–125 µs of CPU here against ~33 µs for a
// line handled hot: bench/wake-cost.mjs). The workers meet on each benchmark by its index, so one whose test
// failed before the fixture on one side is passed by on both.



/** How long the coordinator reads the surviving worker for where the pair stopped: it passes the rest quickly. */
const TOLD_TIMEOUT_MS = 10_000;
/** Each benchmark both sides have, with its index in the base worker's order (the workers meet on it). */
function sharedIndex(lists) {
    const head = new Set(lists.head);
    const shared = new Map();
    for (const name of lists.base)
        if (head.has(name))
            shared.set(name, shared.size);
    return shared;
}
/** Sends the pair ahead when it can (see above); false leaves it to a request at a time. */
function sendPairAhead(clients, order, lists, shared, input) {
    const { index, want, result, options } = input;
    const dueled = (name) => shared.has(name) && (want === null || want.has(name)) && !result.failures.has(name);
    if (!duelsByTurn(clients))
        return false;
    // A benchmark new to the unit is calibrated by the workers themselves, except with a JIT (workersAgree).
    if (!workersAgree(clients, options))
        for (const name of shared.keys())
            if (dueled(name) && !result.benchmarks.has(name))
                return false;
    for (const side of order) {
        clients[side].sendAhead(lists[side].map((name) => {
            if (!dueled(name))
                return { name, leave: 'skip' };
            const spec = duelSpec(result.benchmarks.get(name), name, shared.get(name), index, order, options);
            return { name, duels: duelsRequest(spec, side, clients[otherSide(side)].pid, options), leave: 'next' };
        }), 
        // Between two of its writes a worker may duel one benchmark: as long as the coordinator waits for its duels.
        duelsBackstopMs(options));
    }
    return true;
}
/**
 * A worker of a pair sent ahead is gone: the coordinator was reading an earlier benchmark than the one it died
 * or hung in. The other worker's `stalled` reply says which, and how; without one, the loss stands as read.
 */
async function toldByTheOther(gone, clients, shared, options) {
    if (gone.benchmark !== undefined)
        return gone;
    const survivor = clients[otherSide(gone.side)];
    const nameAt = (i) => [...shared].find(([, j]) => j === i)?.[0];
    const deadline = Date.now() + TOLD_TIMEOUT_MS;
    while (Date.now() < deadline) {
        let m;
        try {
            m = await survivor.nextMessage(deadline - Date.now());
        }
        catch (e) {
            if (e instanceof WorkerGone)
                break;
            throw e;
        }
        if (m.stalled === true)
            return stallCulprit(survivor.side, m, nameAt, options.requestTimeoutMs / 1000, gone);
        if (m.event === 'done')
            break;
    }
    return gone;
}

;// CONCATENATED MODULE: ./src/measure/paired/pair.ts





const pair_SIDES = ['base', 'head'];
/** Which worker of pair `index` starts first: it alternates, so neither side always loads on a quieter machine. */
function startOrder(index) {
    return index % 2 === 0 ? ['base', 'head'] : ['head', 'base'];
}
/** Spawns pair `index`'s two workers (they load the suite and say hello on their own). */
function spawnPair(input) {
    const order = startOrder(input.index);
    const spec = (side) => {
        const l = input.launch[side];
        return { command: l.command, args: l.args, options: { cwd: l.cwd, env: l.env } };
    };
    const [a, b] = order.map(spec);
    const processes = input.startLinked ? input.startLinked(a, b) : [a, b].map((x) => input.start(x.command, x.args, x.options));
    const clients = {};
    order.forEach((side, i) => (clients[side] = new WorkerClient(side, processes[i], input.options.requestTimeoutMs)));
    return clients;
}
/** Reads both workers' hellos; a side that fails to start fails the suite on that side. */
async function startPair(input, order) {
    const { options, result } = input;
    const clients = input.clients ?? spawnPair(input);
    const hellos = {};
    const errors = await Promise.all(order.map(async (side) => {
        try {
            const e = await clients[side].event(options.startTimeoutMs, 'its start (loading the suite)');
            if (e.event !== 'hello')
                return `${side} worker started with ${JSON.stringify(e)} instead of its hello`;
            hellos[side] = e;
            clients[side].linked = e.turn === true;
            const names = input.launch[side].names?.(e);
            if (names)
                clients[side].setNames(names);
            clients[side].learn(e.benchmarks);
            return null;
        }
        catch (err) {
            if (err instanceof WorkerGone)
                return err.message;
            throw err;
        }
    }));
    const failed = order.findIndex((_, i) => errors[i] !== null);
    if (failed < 0)
        return { clients, hellos };
    result.suiteError ??= { side: order[failed], error: errors[failed] };
    for (const side of order)
        clients[side].close();
    return null;
}
/**
 * Collection errors (a test file that doesn't import): its benchmarks as the other side knows them fail, else
 * the file. Returns the names failed so: they are not added/removed, they are broken on one side.
 */
function recordCollectErrors(result, clients, hellos, lists) {
    const broken = new Set();
    for (const side of pair_SIDES) {
        const otherList = lists[otherSide(side)];
        for (const c of hellos[side].collect_errors ?? []) {
            const prefix = clients[side].name(c.nodeid);
            const covered = otherList.filter((n) => n.startsWith(`${prefix}::`));
            for (const name of covered.length ? covered : [prefix]) {
                recordFailure(result, name, side, `collecting ${prefix}: ${c.message}`);
                broken.add(name);
            }
        }
    }
    return broken;
}
/** Failures from `end` events, and a fixture API the plugin can't serve. */
function drainEnds(result, client) {
    for (const e of client.ends.splice(0)) {
        if (e.outcome !== 'failed')
            continue;
        recordFailure(result, e.name, client.side, e.error ?? 'failed');
        if (e.unsupported)
            result.unsupported ??= `${e.name}: ${e.error}`;
    }
}
/** The benchmark a worker was on when it died: the one it was serving, else the one after the last it ended. */
function lostBenchmark(client, list, lastEnded) {
    if ('at' in client.position)
        return client.position.at;
    return list[lastEnded === undefined ? 0 : list.indexOf(lastEnded) + 1];
}
/** Runs the pair; false when its workers could not start (the suite failed on that side). */
async function runPair(input) {
    const { options, result, index, want } = input;
    const now = options.now ?? Date.now;
    const order = startOrder(index);
    const started = now();
    const pair = await startPair(input, order);
    if (!pair)
        return false;
    // The wait for the hellos: near 0 for a pair spawned while the previous one dueled.
    result.startupSeconds += (now() - started) / 1000;
    input.onStarted?.();
    const { clients, hellos } = pair;
    const lists = { base: hellos.base.benchmarks.map((n) => clients.base.name(n)), head: hellos.head.benchmarks.map((n) => clients.head.name(n)) };
    if (index === 0) {
        const broken = recordCollectErrors(result, clients, hellos, lists);
        const { added, removed } = addedAndRemoved(lists);
        result.added = added.filter((n) => !broken.has(n));
        result.removed = removed.filter((n) => !broken.has(n));
    }
    const lastEnded = {};
    const track = (side) => {
        lastEnded[side] = clients[side].ends.at(-1)?.name ?? lastEnded[side];
        drainEnds(result, clients[side]);
    };
    const shared = sharedIndex(lists);
    // The first pair runs an added or removed benchmark's solo bursts a request at a time.
    const solo = index === 0 && options.soloBursts > 0 && result.added.length + result.removed.length > 0;
    const pipelined = options.pipeline && !solo && sendPairAhead(clients, order, lists, shared, input);
    try {
        const position = { base: { done: true }, head: { done: true } };
        const move = async (side, how, first = false) => {
            position[side] = first ? await clients[side].advance() : await clients[side].leave(how);
            track(side);
        };
        for (const side of order)
            await move(side, 'next', true);
        for (;;) {
            const step = nextStep(position, lists);
            if (step.kind === 'end')
                break;
            if (step.kind === 'duel') {
                const measured = want === null || want.has(step.name);
                const leave = measured && !result.failures.has(step.name)
                    ? await duelBenchmark(clients, order, step.name, result, options, index, shared.get(step.name))
                    : { base: 'skip', head: 'skip' };
                for (const side of order)
                    await move(side, leave[side]);
            }
            else if (step.kind === 'solo' && index === 0 && options.soloBursts > 0 && !result.failures.has(step.name)) {
                await move(step.side, await soloBenchmark(clients[step.side], step.name, result, options));
            }
            else
                await move(step.side, 'skip');
        }
    }
    catch (e) {
        if (!(e instanceof WorkerGone))
            throw e;
        // Sent ahead, the lost side's replies after the benchmark being read are gone with it; the other worker
        // says where the two were when it stopped.
        const gone = pipelined ? await toldByTheOther(e, clients, shared, options) : e;
        const side = gone.side;
        track(side);
        const lost = gone.benchmark ?? lostBenchmark(clients[side], lists[side], lastEnded[side]);
        if (lost !== undefined)
            recordFailure(result, lost, side, gone.message);
        options.log?.(`paired: pair ${index + 1} ended early: ${gone.message}`);
    }
    finally {
        for (const side of order)
            clients[side].close();
    }
    return true;
}

;// CONCATENATED MODULE: ./src/measure/paired/coordinator.ts
// measurePairedUnit: `method: paired` for one suite × interpreter. Worker pairs one after another (fresh
// processes each, so the process-to-process variance is in the sample); after each, `shouldContinue` (the
// statistics' adaptive rule) may stop the unit or narrow it to the benchmarks still open.




function emptyPairedResult() {
    return { benchmarks: new Map(), failures: new Map(), added: [], removed: [], solo: new Map(), pairsRun: 0, startupSeconds: 0, elapsedSeconds: 0 };
}
/**
 * One unit's pairs, one at a time, so that a caller measuring many units can run pair k of every unit before
 * pair k + 1 of any, and judge all of them together in between (measure/paired-run.ts).
 */
class PairedSession {
    deps;
    result = emptyPairedResult();
    options;
    launch;
    now;
    started;
    index = 0;
    /** The next pair's workers, spawned while the current pair duels so their start-up is off the clock. */
    prestarted;
    constructor(unit, options, deps = {}) {
        this.deps = deps;
        this.options = { ...types_DEFAULT_PAIRED_OPTIONS, ...options };
        this.now = this.options.now ?? Date.now;
        this.started = this.now();
        this.launch = { base: workerLaunch(unit.suite, unit.sides.base), head: workerLaunch(unit.suite, unit.sides.head) };
    }
    /** The unit failed as a whole, or needs `rounds`: no further pair can help. */
    get over() {
        return Boolean(this.result.suiteError || this.result.unsupported);
    }
    get start() {
        return this.deps.start ?? startProcess;
    }
    get startLinked() {
        return this.deps.startLinked ?? (this.deps.start ? undefined : startLinkedPair);
    }
    /** Spawns the next pair's workers now, to load the suite while something else runs (no-op when spawned). */
    prestart() {
        if (this.options.prestart && !this.over && this.prestarted?.index !== this.index)
            this.spawnAhead(this.index);
    }
    /** Stops the workers spawned ahead for a pair that will not run. */
    close() {
        if (!this.prestarted)
            return;
        for (const c of Object.values(this.prestarted.clients))
            c.close();
        this.prestarted = undefined;
    }
    /**
     * Runs the next pair on `want` (null: every benchmark); `lane` > 0 when other units' pairs run at the same time
     * (paired-run.ts), so this one pins to another CPU than theirs.
     */
    async nextPair(want, label, lane = 0) {
        const { result } = this;
        const options = lane === 0 ? this.options : { ...this.options, cpuOffset: lane };
        const ahead = this.prestarted?.index === this.index ? this.prestarted.clients : undefined;
        this.prestarted = ahead ? undefined : this.prestarted;
        this.close();
        const index = this.index;
        // Once this pair's workers are up, the next pair's start loading (options.prestart), unless the unit is over.
        const onStarted = options.prestart ? () => !this.over && this.spawnAhead(index + 1) : undefined;
        if (await runPair({ index, launch: this.launch, start: this.start, startLinked: this.startLinked, options, want, result, clients: ahead, onStarted }))
            result.pairsRun++;
        this.index++;
        result.elapsedSeconds = (this.now() - this.started) / 1000;
        options.log?.(`paired ${label}: pair ${this.index} done, ${result.elapsedSeconds.toFixed(1)}s`);
    }
    spawnAhead(index) {
        this.close();
        this.prestarted = { index, clients: spawnPair({ index, launch: this.launch, start: this.start, startLinked: this.startLinked, options: this.options }) };
    }
}
/** Runs up to `options.pairs` worker pairs on the unit and returns every duel (see types.ts). */
async function measurePairedUnit(unit, options, deps = {}) {
    const o = { ...DEFAULT_PAIRED_OPTIONS, ...options };
    const session = new PairedSession(unit, o, deps);
    let want = null;
    for (let index = 0; index < o.pairs; index++) {
        await session.nextPair(want, unit.suite.path);
        if (session.over)
            break;
        const go = o.shouldContinue?.(session.result) ?? true;
        if (go === false || (go instanceof Set && go.size === 0))
            break;
        if (go instanceof Set)
            want = go;
    }
    session.close();
    return session.result;
}

;// CONCATENATED MODULE: ./src/measure/paired-comparisons.ts



function pairedPlan(unit) {
    const where = `${unit.suite.path} on ${unit.interpreter}`;
    if (!driverFor(unit.suite.kind).pairedWorker)
        return { paired: false, notice: `${where}: ${unit.suite.kind} suites are measured by rounds (a fresh process per import: it has no paired worker)` };
    // Missing, broken or not set up on a side: rounds reports it (one round of the side that runs, if any).
    if (unit.setupError || !runnable(unit.sides.base) || !runnable(unit.sides.head))
        return { paired: false };
    return { paired: true };
}
/** A unit the engine could not serve after all: why it goes to `rounds` (null: it was served). */
function fallbackReason(unit, result) {
    const where = `${unit.suite.path} on ${unit.interpreter}`;
    if (result.unsupported)
        return `${where}: the paired pytest plugin cannot serve ${result.unsupported}; this suite is measured by rounds`;
    if (result.suiteError)
        return `${where}: the paired ${result.suiteError.side} worker failed (${result.suiteError.error}); this suite is measured by rounds, which reports it`;
    return null;
}
function sideOutcome(result, side) {
    const failures = new Map();
    for (const [name, f] of result.failures)
        if (f[side] !== undefined)
            failures.set(name, f[side]);
    const own = side === 'base' ? result.removed : result.added;
    return {
        measured: new Set([...result.benchmarks.keys(), ...own]),
        failures,
        brokenPrefixes: [], // the engine already failed a broken file's benchmarks by name (pair.ts)
        ...(result.suiteError?.side === side ? { suiteError: result.suiteError.error } : {}),
    };
}
/** One unit's comparisons; `calibration` is the base-vs-base pair's result (`calibrate: true`). */
function pairedUnitComparisons(unit, result, calibration, knownNames) {
    const outcomes = { base: sideOutcome(result, 'base'), head: sideOutcome(result, 'head') };
    return unitRowSkeletons(unit, outcomes, knownNames).map((skeleton) => {
        const b = result.benchmarks.get(skeleton.name);
        const solo = result.solo.get(skeleton.name);
        const c = { ...skeleton, pairs: b?.pairs ?? [] };
        if (b) {
            c.base = b.baseBurst;
            c.head = b.headBurst;
            if (b.warmup)
                [c.warmupBursts, c.warmup] = [b.warmup, b.warmup * b.calls];
            c.clock = b.clock;
        }
        if (result.added.includes(skeleton.name))
            c.only = 'head';
        if (result.removed.includes(skeleton.name))
            c.only = 'base';
        if (solo)
            c[solo.side] = solo.burst;
        const floor = calibration?.benchmarks.get(skeleton.name)?.pairs[0];
        if (floor?.length)
            c.calibration = floor;
        return c;
    });
}
/** Every served unit's comparisons, in unit order. */
function allPairedComparisons(units, results, calibrations) {
    return rowsWithBorrowedNames(units.length, (i, known) => pairedUnitComparisons(units[i], results[i], calibrations[i], known));
}

;// CONCATENATED MODULE: ./src/measure/paired-run.ts
// The `method: paired` phase: every unit that paired can serve gets worker pairs (measure/paired/), pair k of
// every unit before pair k + 1 of any, so that after each round of pairs the rows of the whole run are judged
// together (judgePaired: Benjamini–Hochberg across the run) and only benchmarks still open get the next pair
// (judge/paired/adaptive.ts), until the pair limits or the time budget. Units paired cannot serve (import-time,
// a fixture API the pytest plugin doesn't know, a worker that won't start) go back to the caller for `rounds`.








function sideSetup(unit, side) {
    const s = unit.sides[side];
    // pairedPlan admitted the unit: the driver has a worker and the side is runnable.
    return driverFor(unit.suite.kind).pairedWorker(s.ctx, s.prepared.state);
}
/** Names of one unit's open rows. */
function openNames(unit, open, rows) {
    return new Set(rows.filter((r) => r.interpreter === unit.interpreter && r.suite === unit.suite.path && open.has(pairedKey(r))).map((r) => r.name));
}
const STOP_ORDER = ['decided', 'max-rounds', 'time-budget'];
/** The run's stop reason when both methods ran: the budget over the limits over "decided". */
function worstStop(a, b) {
    return b === undefined ? a : STOP_ORDER[Math.max(STOP_ORDER.indexOf(a), STOP_ORDER.indexOf(b))];
}
async function runPaired(units, options) {
    const start = options.now();
    const elapsed = () => (options.now() - start) / 1000;
    const fallback = [];
    let served = [];
    for (const u of units) {
        const plan = pairedPlan(u);
        if (plan.paired)
            served.push(u);
        else {
            fallback.push(u);
            if (plan.notice)
                options.notice(plan.notice);
        }
    }
    const engine = { ...options.engine, log: options.log, now: options.now };
    const lanes = Math.max(1, Math.min(options.parallel ?? (0,external_node_os_namespaceObject.availableParallelism)(), served.length));
    const open = (u) => ({ suite: u.suite, sides: { base: sideSetup(u, 'base'), head: sideSetup(u, 'head') } });
    let sessions = served.map((u) => new PairedSession(open(u), { ...engine, jit: Boolean(u.sides.head.ctx?.jit) }, options.deps));
    // Every unit's first pair loads now; later pairs load while the one before them duels (coordinator.ts).
    if (!options.calibrate)
        for (const s of sessions)
            s.prestart();
    let calibrations = served.map(() => undefined);
    let stopReason = 'decided';
    if (options.calibrate) {
        // One base-vs-base pair per unit, first, so every judgement (the adaptive ones too) sees its noise floor.
        calibrations = [];
        for (const u of served) {
            const base = sideSetup(u, 'base');
            const s = new PairedSession({ suite: u.suite, sides: { base, head: { ...base, scratchDir: `${base.scratchDir}-calibration` } } }, { ...engine, jit: Boolean(u.sides.base.ctx?.jit) }, options.deps);
            if (options.budgetLeft() <= 0)
                stopReason = 'time-budget';
            else
                await s.nextPair(null, `${u.suite.path} (calibration: base against base)`);
            s.close(); // its one pair is done: no workers left waiting (they would keep the run from exiting)
            calibrations.push(s.result);
        }
    }
    let want = served.map(() => null);
    let limits;
    let rows = [];
    let pairs = 0;
    let lastPairSeconds = served.map(() => 0);
    const judgeAll = () => judgePaired(allPairedComparisons(served, sessions.map((s) => s.result), calibrations), options);
    // Workers spawned ahead must not outlive the phase (their pipes would keep the run from exiting).
    try {
        while (stopReason === 'decided') {
            const todo = served.map((_, i) => i).filter((i) => want[i] === null || want[i].size > 0);
            if (todo.length === 0)
                break;
            if (limits && pairs >= limits.maxPairs) {
                stopReason = 'max-rounds';
                break;
            }
            const fitted = await inLanes(todo, lanes, async (i, lane) => {
                // Stop adding pairs when the next one would not fit in what is left of the budget (its last took that long).
                if (options.budgetLeft() <= lastPairSeconds[i])
                    return false;
                const t = options.now();
                await sessions[i].nextPair(want[i], `${served[i].suite.path} on ${served[i].interpreter}`, lane);
                lastPairSeconds[i] = (options.now() - t) / 1000;
                return true;
            });
            if (!fitted) {
                options.log(`paired: the time budget is spent after ${pairs} pair(s); the verdicts use the pairs so far`);
                stopReason = 'time-budget';
                break;
            }
            pairs++;
            // A unit the engine cannot serve after all goes to rounds as a whole.
            const keep = served.map((u, i) => {
                const why = fallbackReason(u, sessions[i].result);
                if (why) {
                    options.notice(why);
                    fallback.push(u);
                }
                if (why)
                    sessions[i].close();
                return !why;
            });
            const kept = (list) => list.filter((_, i) => keep[i]);
            [served, sessions, calibrations, want, lastPairSeconds] = [kept(served), kept(sessions), kept(calibrations), kept(want), kept(lastPairSeconds)];
            rows = judgeAll();
            limits ??= pairLimits(rows.length, options.alpha, options.limits);
            const stillOpen = openBenchmarks(rows, earlyStopLevel(options.alpha));
            options.progress?.({ done: pairs, max: limits.maxPairs, verdicts: { decided: rows.length - stillOpen.size, open: stillOpen.size } });
            want = served.map((u) => (pairs < limits.minPairs ? null : openNames(u, stillOpen, rows)));
            want.forEach((w, i) => w?.size === 0 && sessions[i].close());
        }
    }
    finally {
        for (const s of sessions)
            s.close();
    }
    const burstMs = options.engine?.burstMs ?? types_DEFAULT_PAIRED_OPTIONS.burstMs;
    const comparisons = allPairedComparisons(served, sessions.map((s) => s.result), calibrations).map((c) => ({ ...c, burstMs }));
    // The caller judges these again with the run's `rounds` rows (judge/run-verdicts.ts: one BH family).
    rows = judgePaired(comparisons, options);
    const startupSeconds = sessions.reduce((s, x) => s + x.result.startupSeconds, 0);
    const used = limits ?? pairLimits(rows.length, options.alpha, options.limits);
    return { units: served, comparisons, rows, fallback, pairs, stopReason, elapsedSeconds: elapsed(), startupSeconds, burstMs, limits: used, parallel: lanes };
}

;// CONCATENATED MODULE: ./src/measure/progress.ts

function progressReporter(sink, log, elapsedSeconds, budgetSeconds) {
    const emit = (p) => {
        const full = { ...p, elapsedSeconds: elapsedSeconds(), budgetSeconds };
        if (sink)
            sink.update(full);
        else if (!p.step)
            log(progressLine(full)); // a log gets a line per round, not per suite run
    };
    return {
        rounds: (max) => (p) => emit({ phase: 'rounds', max, ...p }),
        pairs: (p) => emit({ phase: 'pairs', ...p }),
        done: () => sink?.done(),
    };
}

;// CONCATENATED MODULE: ./src/measure/rounds-log.ts
// PY_PERF_GUARD_ROUNDS_LOG=<file>: append every suite round's raw inner statistics as JSON lines, for
// studying a runner's noise (bench/ uses it to replay other rules on the very same samples).

function roundsLogger(env) {
    const path = env.PY_PERF_GUARD_ROUNDS_LOG;
    if (!path)
        return undefined;
    return (e) => (0,external_node_fs_namespaceObject.appendFileSync)(path, JSON.stringify({
        round: e.round,
        interpreter: e.interpreter,
        suite: e.suite,
        side: e.side,
        stats: Object.fromEntries(e.result.stats),
        error: e.result.suiteError,
    }) + '\n');
}

;// CONCATENATED MODULE: ./src/model/interpreter.ts
// An interpreter as the run knows it: found (it ran and told its version) or missing (why not).
function isFound(i) {
    return i.error === undefined && Boolean(i.path && i.version);
}

;// CONCATENATED MODULE: ./src/text/redact.ts
// Credentials out of everything bound for the comment, the summary, the outputs and the JSON report. GitHub
// masks registered secrets in logs and summaries, not in a comment posted through the API, and a failing
// install's stderr can quote `https://__token__:<secret>@…`. Pure: returns the redacted text and what was
// redacted, so the shell can register those values with setSecret as well.
const MASK = '***';
/** Token shapes of GitHub (classic, app, OAuth, user-to-server, refresh, fine-grained), PyPI and JWTs. */
const TOKEN_SHAPES = [
    /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
    /\bgithub_pat_[A-Za-z0-9_]{22,}/g,
    /\bpypi-[A-Za-z0-9_-]{50,}/g,
    /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g,
];
const TOKEN_EXACT = TOKEN_SHAPES.map((r) => new RegExp(`^(?:${r.source})$`));
/** `scheme://user:password@` or `scheme://user@`; the userinfo runs to the last @ before whitespace, a quote or /. */
const URL_USERINFO = /\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^\s/'"`<>]+)@/g;
/** A user-only userinfo that looks like a credential (e.g. `https://<token>@github.com`), not like `git`. */
function looksLikeToken(user) {
    if (TOKEN_EXACT.some((r) => r.test(user)))
        return true;
    return user.length >= 20 && /[A-Za-z]/.test(user) && /\d/.test(user) && /^[A-Za-z0-9_.~%+=-]+$/.test(user);
}
function redactText(text) {
    const found = [];
    let out = text.replace(URL_USERINFO, (whole, scheme, userinfo) => {
        const colon = userinfo.indexOf(':');
        if (colon >= 0) {
            const password = userinfo.slice(colon + 1);
            if (!password)
                return whole;
            found.push(password);
            return `${scheme}${MASK}@`;
        }
        if (!looksLikeToken(userinfo))
            return whole;
        found.push(userinfo);
        return `${scheme}${MASK}@`;
    });
    for (const shape of TOKEN_SHAPES) {
        out = out.replace(shape, (token) => {
            found.push(token);
            return MASK;
        });
    }
    return { text: out, found: [...new Set(found)] };
}
/**
 * Redacts every string inside a plain value (objects, arrays, Maps), returning a copy; other values (numbers,
 * class instances other than Map) are kept as they are.
 */
function redactDeep(value) {
    const found = new Set();
    const walk = (v) => {
        if (typeof v === 'string') {
            const r = redactText(v);
            r.found.forEach((f) => found.add(f));
            return r.text;
        }
        if (Array.isArray(v))
            return v.map(walk);
        if (v instanceof Map)
            return new Map([...v].map(([k, x]) => [walk(k), walk(x)]));
        if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        }
        return v;
    };
    const out = walk(value);
    return { value: out, found: [...found] };
}
/** redactDeep, registering each value found (the shell passes io.setSecret, so the log masks it too). */
function redactAndRegister(value, register) {
    const r = redactDeep(value);
    for (const secret of r.found)
        register(secret);
    return r.value;
}

;// CONCATENATED MODULE: ./src/config/interpreter-spec.ts
// Parsing interpreter specs and the project's own Python version declarations. Pure.
/** `3.12`, `3.12.1`, `python3.12`, `pypy3`, `pypy3.10`, `/abs/bin/python`, `auto`; null when not a spec. */
function parseInterpreterSpec(text) {
    const t = text.trim();
    if (t === 'auto')
        return { kind: 'auto' };
    if (t.startsWith('/'))
        return { kind: 'path', path: t };
    let m = /^(?:python|cpython-?)?(3(?:\.\d+){0,2})$/.exec(t);
    if (m)
        return { kind: 'cpython', version: m[1] };
    m = /^pypy-?(3(?:\.\d+)?)?(?:-v?\d+(?:\.\d+)*)?$/.exec(t);
    if (m)
        return { kind: 'pypy', version: m[1] === '3' ? null : (m[1] ?? null) };
    return null;
}
/** Does a full version (3.12.1) satisfy a spec version prefix (3, 3.12, 3.12.1)? */
function versionMatches(full, wanted) {
    if (!wanted)
        return true;
    const f = full.split('.');
    return wanted.split('.').every((part, i) => f[i] === part);
}
/** Sort key for picking the newest of several matching versions. */
function compareVersions(a, b) {
    const pa = a.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
    const pb = b.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d)
            return d;
    }
    return 0;
}
/** First usable line of a `.python-version` file (pyenv's format: `3.12.1`, `3.12`, `pypy3.10-7.3.12`). */
function readPythonVersionFile(text) {
    for (const raw of text.split('\n')) {
        const line = raw.replace(/#.*/, '').trim();
        if (!line || line === 'system')
            continue;
        return line;
    }
    return null;
}
function parseClauses(specifier) {
    const clauses = [];
    for (const part of specifier
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const m = /^(~=|==|!=|>=|<=|>|<)\s*(\d+)(?:\.(\d+))?(?:\.\d+)*(\.\*)?$/.exec(part);
        if (!m)
            return null;
        clauses.push({ op: m[1], minor: [Number(m[2]), Number(m[3] ?? 0)] });
    }
    return clauses;
}
function cmp(a, b) {
    return a[0] - b[0] || a[1] - b[1];
}
/**
 * Does the minor version 3.Y satisfy a `requires-python` specifier? Evaluated on minor versions:
 * `>=3.10,<3.13`, `~=3.11`, `==3.12.*`, `!=3.11.*`. Null when the specifier can't be read.
 */
function minorAllowed(specifier, minor) {
    const clauses = parseClauses(specifier);
    if (!clauses)
        return null;
    return clauses.every(({ op, minor: v }) => {
        const c = cmp(minor, v);
        switch (op) {
            case '>=':
                return c >= 0;
            case '>':
                return c > 0;
            case '<=':
                return c <= 0;
            case '<':
                return c < 0;
            case '==':
                return c === 0;
            case '!=':
                return c !== 0;
            case '~=':
                return c >= 0 && minor[0] === v[0];
            default:
                return false;
        }
    });
}
/** `requires-python` from a pyproject.toml's [project] table, if any. */
function requiresPython(pyproject) {
    const project = pyproject?.project;
    const value = project?.['requires-python'];
    return typeof value === 'string' ? value : null;
}

;// CONCATENATED MODULE: ./src/workspace/interpreters.ts
// Finds interpreters for specs: actions/setup-python's tool cache, PATH, pyenv, or explicit paths.
// A candidate counts only after it has run and reported its version (a pyenv shim may exist and fail).





function searchPlacesFromEnv(env) {
    return {
        toolCache: env.RUNNER_TOOL_CACHE || env.AGENT_TOOLSDIRECTORY,
        path: (env.PATH ?? '').split(external_node_path_namespaceObject.delimiter).filter(Boolean),
        pyenvRoot: env.PYENV_ROOT || (env.HOME ? (0,external_node_path_namespaceObject.join)(env.HOME, '.pyenv') : undefined),
    };
}
function listDir(dir) {
    if (!dir)
        return [];
    try {
        return (0,external_node_fs_namespaceObject.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
const EXECUTABLES = ['python3', 'python', 'pypy3', 'pypy'];
function firstExecutable(binDir) {
    return EXECUTABLES.map((e) => (0,external_node_path_namespaceObject.join)(binDir, e))
        .filter((p) => (0,external_node_fs_namespaceObject.existsSync)(p))
        .slice(0, 1);
}
/** Candidate paths for a spec, best first; each is still to be probed. */
function candidatePaths(spec, places) {
    if (spec.kind === 'path')
        return [spec.path];
    if (spec.kind === 'auto')
        return [];
    const out = [];
    const isPypy = spec.kind === 'pypy';
    const wanted = spec.version;
    const newestFirst = (names) => names.sort((a, b) => compareVersions(b, a));
    // setup-python: <cache>/Python/3.12.1/x64/bin/python3, <cache>/PyPy/3.10.14/x64/bin/python
    if (places.toolCache) {
        const root = (0,external_node_path_namespaceObject.join)(places.toolCache, isPypy ? 'PyPy' : 'Python');
        for (const v of newestFirst(listDir(root).filter((d) => versionMatches(d, wanted)))) {
            out.push(...firstExecutable((0,external_node_path_namespaceObject.join)(root, v, 'x64', 'bin')), ...firstExecutable((0,external_node_path_namespaceObject.join)(root, v, 'arm64', 'bin')));
        }
    }
    // PATH: python3.12 / pypy3.10, then the generic names (their version is checked by probing)
    const names = isPypy
        ? [wanted ? `pypy${wanted}` : 'pypy3', 'pypy3']
        : [`python${wanted}`, ...(wanted && wanted.split('.').length > 2 ? [`python${wanted.split('.').slice(0, 2).join('.')}`] : []), 'python3'];
    for (const name of [...new Set(names)])
        for (const dir of places.path)
            if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, name)))
                out.push((0,external_node_path_namespaceObject.join)(dir, name));
    // pyenv: versions/3.12.1/bin/python3, versions/pypy3.10-7.3.12/bin/pypy3
    if (places.pyenvRoot) {
        const root = (0,external_node_path_namespaceObject.join)(places.pyenvRoot, 'versions');
        const versions = listDir(root).filter((d) => isPypy ? d.startsWith('pypy') && versionMatches(d.replace(/^pypy/, '').split('-')[0], wanted) : /^\d/.test(d) && versionMatches(d, wanted));
        for (const v of newestFirst(versions))
            out.push(...firstExecutable((0,external_node_path_namespaceObject.join)(root, v, 'bin')));
    }
    return [...new Set(out)];
}
const PROBE = 'import json, platform, sys; print(json.dumps({"version": platform.python_version(), "implementation": platform.python_implementation(), "executable": sys.executable}))';
/** Runs a candidate and reads its version, or returns why it is unusable. */
async function probeInterpreter(run, path) {
    const r = await run(path, ['-c', PROBE], { timeoutMs: 30000 });
    if (r.code !== 0)
        return { error: `${path} did not run (${(r.stderr || r.stdout).trim().split('\n').pop() ?? 'no output'})` };
    try {
        const info = JSON.parse(r.stdout.trim().split('\n').pop() ?? '');
        return { version: String(info.version), implementation: String(info.implementation) };
    }
    catch {
        return { error: `${path} printed no version` };
    }
}
function accepts(spec, probe) {
    if (spec.kind === 'cpython')
        return probe.implementation === 'CPython' && versionMatches(probe.version, spec.version);
    if (spec.kind === 'pypy')
        return probe.implementation === 'PyPy' && versionMatches(probe.version, spec.version);
    return true;
}
/** The first candidate that runs and matches; an `error` explains what was tried otherwise. */
async function resolveSpec(run, label, spec, places) {
    const tried = [];
    for (const path of candidatePaths(spec, places)) {
        const probe = await probeInterpreter(run, path);
        if ('error' in probe)
            tried.push(probe.error);
        else if (accepts(spec, probe))
            return { label, path, ...probe };
        else
            tried.push(`${path} is ${probe.implementation} ${probe.version}`);
    }
    const where = 'looked in $RUNNER_TOOL_CACHE (actions/setup-python), PATH and pyenv';
    return { label, error: `interpreter ${JSON.stringify(label)} not found (${where})${tried.length ? `; tried: ${tried.join('; ')}` : ''}` };
}
function readOptional(path) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch {
        return null;
    }
}
/** Label for an auto-resolved interpreter: `3.12` or `pypy3.9`. */
function autoLabel(i) {
    const minor = i.version.split('.').slice(0, 2).join('.');
    return i.implementation === 'PyPy' ? `pypy${minor}` : minor;
}
/**
 * `auto`: the head commit's .python-version, else the lowest version allowed by requires-python that is
 * installed, else python3 on PATH.
 */
async function resolveAuto(run, projectDir, places) {
    const pinned = readPythonVersionFile(readOptional((0,external_node_path_namespaceObject.join)(projectDir, '.python-version')) ?? '');
    if (pinned) {
        const spec = parseInterpreterSpec(pinned);
        if (!spec || spec.kind === 'auto')
            return { label: pinned, error: `.python-version names ${JSON.stringify(pinned)}, which is not an interpreter spec py-perf-guard knows` };
        const found = await resolveSpec(run, pinned, spec, places);
        return isFound(found) ? { ...found, label: autoLabel(found) } : found;
    }
    const pyprojectText = readOptional((0,external_node_path_namespaceObject.join)(projectDir, 'pyproject.toml'));
    const pyproject = pyprojectText ? parseTomlFile(pyprojectText, 'pyproject.toml') : undefined;
    // An invalid pyproject.toml names no version here; loading the settings has already warned about it.
    const requires = pyproject && 'doc' in pyproject ? requiresPython(pyproject.doc) : null;
    if (requires) {
        for (let minor = 6; minor <= 20; minor++) {
            if (!minorAllowed(requires, [3, minor]))
                continue;
            const found = await resolveSpec(run, `3.${minor}`, { kind: 'cpython', version: `3.${minor}` }, places);
            if (isFound(found))
                return found;
        }
    }
    for (const dir of places.path) {
        const path = (0,external_node_path_namespaceObject.join)(dir, 'python3');
        if (!(0,external_node_fs_namespaceObject.existsSync)(path))
            continue;
        const probe = await probeInterpreter(run, path);
        if (!('error' in probe))
            return { path, ...probe, label: autoLabel(probe) };
    }
    return {
        label: 'auto',
        error: 'interpreters is auto, but no .python-version, no installed version allowed by requires-python, and no working python3 on PATH',
    };
}

;// CONCATENATED MODULE: ./src/workspace/python-env.ts
// One virtual environment per interpreter × commit: create it, run the user's install command,
// and make pytest-benchmark importable when a pytest-benchmark suite needs it.




class SetupError extends Error {
}
const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
function venvEnvironment(venvDir, base) {
    const env = { ...base, VIRTUAL_ENV: venvDir, PATH: `${(0,external_node_path_namespaceObject.join)(venvDir, 'bin')}:${base.PATH ?? ''}`, PIP_DISABLE_PIP_VERSION_CHECK: '1' };
    delete env.PYTHONHOME;
    return env;
}
/** Never quotes the command: it may carry an index URL's password (`--index-url https://__token__:…@`). */
function installFailure(r, timeoutMs) {
    if (r.timedOut)
        return `install timed out after ${Math.round(timeoutMs / 1000)}s`;
    const tail = lastLines(r.stderr) || lastLines(r.stdout);
    return `install failed (${r.code === null ? 'no exit code' : `exit ${r.code}`})${tail ? `: ${tail}` : ''}`;
}
function defaultInstallCommand(projectDir) {
    return (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(projectDir, 'pyproject.toml')) || (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(projectDir, 'setup.py')) ? 'python -m pip install -e .' : '';
}
async function ensurePytestBenchmark(run, python, env, cwd, log) {
    const check = () => run(python, ['-c', 'import pytest, pytest_benchmark'], { env, cwd, timeoutMs: 60000 });
    if ((await check()).code === 0)
        return undefined;
    // Two steps: recent pytest-benchmark releases depend on a renamed py-cpuinfo that some package mirrors
    // lack; the original py-cpuinfo provides the same `cpuinfo` module.
    log('installing pytest and pytest-benchmark');
    const steps = [
        ['-m', 'pip', 'install', 'pytest', 'py-cpuinfo'],
        ['-m', 'pip', 'install', '--no-deps', 'pytest-benchmark'],
    ];
    for (const args of steps) {
        const r = await run(python, args, { env, cwd, timeoutMs: INSTALL_TIMEOUT_MS });
        if (r.code !== 0)
            return `pytest-benchmark could not be installed: ${describeFailure(r, `pip ${args.slice(2).join(' ')}`)}`;
    }
    const after = await check();
    return after.code === 0 ? undefined : `pytest-benchmark is installed but does not import: ${describeFailure(after, 'import pytest_benchmark')}`;
}
async function prepareEnvironment(run, req) {
    const created = await run(req.interpreterPath, ['-m', 'venv', req.venvDir], { env: req.baseEnv, timeoutMs: 5 * 60 * 1000 });
    if (created.code !== 0) {
        const hint = /ensurepip|venv/.test(created.stderr + created.stdout) ? ' (on Debian/Ubuntu install the python3-venv or pypy3-venv package)' : '';
        throw new SetupError(`${describeFailure(created, `${req.interpreterPath} -m venv`)}${hint}`);
    }
    const python = (0,external_node_path_namespaceObject.join)(req.venvDir, 'bin', 'python');
    const env = venvEnvironment(req.venvDir, req.baseEnv);
    const install = req.install ?? defaultInstallCommand(req.projectDir);
    if (install) {
        req.log(`$ ${redactText(install).text}`);
        const r = await run('bash', ['-c', install], { cwd: req.projectDir, env, timeoutMs: INSTALL_TIMEOUT_MS });
        if (r.stdout.trim())
            req.logOutput(r.stdout.trimEnd());
        if (r.code !== 0)
            throw new SetupError(installFailure(r, INSTALL_TIMEOUT_MS));
    }
    const pytestBenchmarkError = req.needsPytestBenchmark ? await ensurePytestBenchmark(run, python, env, req.projectDir, req.log) : undefined;
    return { python, env, pytestBenchmarkError };
}

;// CONCATENATED MODULE: ./src/config/python-version-sources.ts


/** Files to read (relative to the repository root) besides .github/workflows/*.yml. */
const VERSION_FILES = ['.python-version', 'pyproject.toml', 'tox.ini', 'runtime.txt', '.tool-versions', 'Dockerfile'];
function minor(text) {
    const m = /(?<![\d.])(3)\.(\d{1,2})(?![\d])/.exec(text);
    return m ? `${m[1]}.${m[2]}` : null;
}
function compareMinor(a, b) {
    return Number(a.split('.')[1]) - Number(b.split('.')[1]);
}
function highest(versions) {
    const found = versions.filter((v) => Boolean(v)).sort(compareMinor);
    return found.length ? found[found.length - 1] : null;
}
/** Every version a file declares, keyed by source. `path` is relative to the repository root. */
function declaredVersions(path, text) {
    const name = path.split('/').pop() ?? path;
    const out = [];
    const add = (source, version) => version && out.push({ source, version });
    if (name === '.python-version') {
        const line = readPythonVersionFile(text);
        add(path, line && !line.startsWith('pypy') ? minor(line) : null);
    }
    else if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) {
        // python-version: "3.12" | 3.12 | ["3.11", "3.12"] | multi-line; the highest is the project's current one
        const values = [...text.matchAll(/python-version\s*:\s*(\[[^\]]*\]|["']?[^\s"'#]+["']?)/g)].flatMap((m) => [...m[1].matchAll(/3\.\d{1,2}/g)].map((x) => x[0]));
        add(`${path} (python-version)`, highest(values));
    }
    else if (name === 'pyproject.toml') {
        const parsed = parseTomlFile(text, path);
        const doc = 'doc' in parsed ? parsed.doc : undefined; // not TOML: it declares nothing we can read
        const requires = requiresPython(doc);
        add(`${path} (requires-python)`, requires ? minor(requires.replace(/!=[^,]*/g, '')) : null);
        const listed = doc?.project?.classifiers;
        const classifiers = (Array.isArray(listed) ? listed : []).map((c) => /^Programming Language :: Python :: (3\.\d{1,2})$/.exec(String(c))?.[1] ?? null);
        add(`${path} (classifiers)`, highest(classifiers));
    }
    else if (name === 'tox.ini') {
        const envlist = /^\s*envlist\s*=\s*(.+(?:\n[ \t]+.+)*)/m.exec(text)?.[1] ?? '';
        add(`${path} (envlist)`, highest([...envlist.matchAll(/py3(\d{1,2})/g)].map((m) => `3.${m[1]}`)));
    }
    else if (name === 'runtime.txt') {
        add(path, minor(/python-([\d.]+)/.exec(text)?.[1] ?? ''));
    }
    else if (name === '.tool-versions') {
        add(path, minor(/^\s*python\s+([\d.]+)/m.exec(text)?.[1] ?? ''));
    }
    else if (name === 'Dockerfile') {
        add(`${path} (FROM)`, minor(/^\s*FROM\s+(?:\S+\/)?python:([\d.]+)/im.exec(text)?.[1] ?? ''));
    }
    return out;
}
/**
 * The PR's Python change, if any: every source whose declared minor version differs between base and head.
 * `from`/`to` come from the first change in source order (.python-version first, as pyenv and setup-python
 * read it first), so a project that bumps several files at once reports one upgrade.
 */
function detectUpgrade(baseFiles, headFiles) {
    const declared = (files) => new Map([...files].flatMap(([path, text]) => declaredVersions(path, text)).map((d) => [d.source, d.version]));
    const before = declared(baseFiles);
    const after = declared(headFiles);
    const changes = [];
    for (const [source, version] of after) {
        const old = before.get(source);
        if (old && old !== version)
            changes.push({ source, old, new: version });
    }
    if (changes.length === 0)
        return null;
    const order = (s) => (s.startsWith('.python-version') ? 0 : s.startsWith('.github/') ? 1 : 2);
    changes.sort((a, b) => order(a.source) - order(b.source));
    return { from: changes[0].old, to: changes[0].new, changes };
}

;// CONCATENATED MODULE: ./src/workspace/version-files.ts
// The files in which a project declares its Python, read from the base and head worktrees, and the upgrade
// between them (config/python-version-sources.ts decides from the contents).



/** The repository's version files as they are in one worktree (root, and the project folder if elsewhere). */
function readVersionFiles(worktree, relProject) {
    const files = new Map();
    const read = (rel) => {
        const path = (0,external_node_path_namespaceObject.join)(worktree, rel);
        if ((0,external_node_fs_namespaceObject.existsSync)(path))
            files.set(rel, (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
    };
    for (const dir of new Set(['', relProject]))
        for (const f of VERSION_FILES)
            read(dir ? `${dir}/${f}` : f);
    const workflows = (0,external_node_path_namespaceObject.join)(worktree, '.github', 'workflows');
    if ((0,external_node_fs_namespaceObject.existsSync)(workflows))
        for (const f of (0,external_node_fs_namespaceObject.readdirSync)(workflows).filter((n) => /\.ya?ml$/.test(n)))
            read(`.github/workflows/${f}`);
    return files;
}
function detectUpgradeInWorktrees(baseTree, headTree, relProject) {
    return detectUpgrade(readVersionFiles(baseTree, relProject), readVersionFiles(headTree, relProject));
}

;// CONCATENATED MODULE: ./src/measure/units.ts
// Building the measure units: one venv per interpreter × commit, and each suite × interpreter as a unit
// whose two sides are (base, head), or for cross-interpreter comparisons (old interpreter, new interpreter)
// on the head commit. I/O: creates venvs, runs install commands.









/** A round process's own limit; the time budget (time-budget.ts) holds it to what is left of the run. */
const ROUND_TIMEOUT_MS = 15 * 60 * 1000;
async function setUpEnvironments(deps, settings, interpreter, key, ws, sides) {
    const needsPytestBenchmark = settings.suites.some((s) => driverFor(s.kind).needsPytestBenchmark);
    // Both sides' venvs are made at once (the installs wait on disk and the package index as much as on the CPU);
    // each side's log lines are held and written in its own group, so the two never interleave.
    const held = Object.fromEntries(sides.map((side) => [side, []]));
    const prepared = sides.map(async (side) => {
        try {
            return await prepareEnvironment(deps.run, {
                interpreterPath: interpreter.path,
                venvDir: (0,external_node_path_namespaceObject.join)(ws.dir, 'venvs', `${key}-${side}`),
                projectDir: ws.projectDirs[side],
                install: settings.install,
                needsPytestBenchmark,
                baseEnv: deps.childEnv ?? {},
                log: (line) => held[side].push(() => deps.io.info(line)),
                logOutput: (text) => held[side].push(() => logUntrusted(deps.io, text)),
            });
        }
        catch (e) {
            if (!(e instanceof SetupError))
                throw e;
            // The message ends with the install's stderr: mask what it may quote before it reaches the log.
            held[side].push(() => deps.io.warning(`${interpreter.label} on ${side}: ${redactAndRegister(e.message, (s) => deps.io.setSecret(s))}`));
            return { error: e.message };
        }
    });
    const out = {};
    for (const [i, side] of sides.entries()) {
        out[side] = await deps.io.group(`Set up ${interpreter.label} (${interpreter.implementation} ${interpreter.version}) for ${side}`, async () => {
            const env = await prepared[i];
            for (const write of held[side])
                write();
            return env;
        });
    }
    return out;
}
/** `shard: i/n` left this suite no benchmark on either side: the unit has nothing to measure in this job. */
function outsideShard(sides) {
    const none = (s) => Boolean(s.prepared && 'missing' in s.prepared);
    return none(sides.base) && none(sides.head) && [sides.base, sides.head].some((s) => s.prepared && 'outsideShard' in s.prepared);
}
const sharded = (settings) => (settings.shard ? { sharded: true } : {});
function units_sideSetup(deps, settings, ws, interpreter, env, suite, projectDir, harnessDir, scratch) {
    if ('error' in env)
        return { error: env.error };
    const side = shardSide(suite, prepareSuite(suite, projectDir), projectDir, settings.shard);
    return {
        error: driverFor(suite.kind).needsPytestBenchmark ? env.pytestBenchmarkError : undefined,
        prepared: side.prepared,
        ctx: {
            run: deps.run,
            python: env.python,
            env: { ...env.env, ...side.env },
            projectDir,
            suite: side.suite,
            harnessDir,
            scratchDir: (0,external_node_path_namespaceObject.join)(ws.dir, 'scratch', scratch),
            statistic: settings.statistic,
            timeoutMs: ROUND_TIMEOUT_MS,
            jit: interpreter.implementation === 'PyPy',
        },
    };
}
async function buildUnits(deps, settings, interpreters, ws) {
    const harnessDir = writeHarness((0,external_node_path_namespaceObject.join)(ws.dir, 'harness'));
    const units = [];
    const headEnvs = new Map();
    for (const [index, interpreter] of interpreters.entries()) {
        if (!isFound(interpreter)) {
            for (const suite of settings.suites)
                units.push({ interpreter: interpreter.label, suite, sides: { base: {}, head: {} }, setupError: interpreter.error });
            continue;
        }
        const envs = await setUpEnvironments(deps, settings, interpreter, `${index}`, ws, ['base', 'head']);
        headEnvs.set(interpreter.path, envs.head);
        for (const [suiteIndex, suite] of settings.suites.entries()) {
            const sides = {};
            for (const side of ['base', 'head'])
                sides[side] = units_sideSetup(deps, settings, ws, interpreter, envs[side], suite, ws.projectDirs[side], harnessDir, `${index}-${suiteIndex}-${side}`);
            // Setup failing on both commits (venv, install, pytest-benchmark) is the interpreter's or the install
            // command's problem, not the PR's: the rows fail as `setup`.
            const bothFailed = sides.base.error && sides.head.error ? sides.head.error : undefined;
            if (!outsideShard(sides))
                units.push({ interpreter: interpreter.label, suite, sides, setupError: bothFailed, ...sharded(settings) });
        }
    }
    return { units, headEnvs, harnessDir };
}
/** Old → new on an upgrade PR, or first → each other with compare-interpreters. */
async function planCross(deps, settings, interpreters, ws, relProject) {
    const usable = interpreters.filter(isFound);
    if (settings.compareInterpreters) {
        return usable.slice(1).map((to) => ({ reason: 'compare-interpreters', from: usable[0], to, label: crossLabel(usable[0].label, to.label), rows: [] }));
    }
    const upgrade = detectUpgradeInWorktrees(ws.worktrees[0], ws.worktrees[1], relProject);
    if (!upgrade)
        return [];
    deps.io.info(`interpreter upgrade ${upgrade.from} → ${upgrade.to}: ${upgrade.changes.map((c) => `${c.source} ${c.old} → ${c.new}`).join(', ')}`);
    const places = searchPlacesFromEnv(deps.env);
    const find = async (v) => usable.find((i) => i.implementation === 'CPython' && i.version.split('.').slice(0, 2).join('.') === v) ??
        (await resolveSpec(deps.run, v, { kind: 'cpython', version: v }, places));
    const [from, to] = [await find(upgrade.from), await find(upgrade.to)];
    const missing = [from, to].filter((i) => !isFound(i)).map((i) => i.error);
    const cross = { reason: 'upgrade', from, to, label: crossLabel(upgrade.from, upgrade.to), changes: upgrade.changes, rows: [] };
    return [missing.length ? { ...cross, error: `cannot compare the interpreters: ${missing.join('; ')}` } : cross];
}
/** Units running the head commit on both interpreters of each cross comparison. */
async function buildCrossUnits(deps, settings, cross, ws, built) {
    const units = [];
    for (const [ci, c] of cross.entries()) {
        if (c.error || !isFound(c.from) || !isFound(c.to))
            continue;
        const envs = {};
        for (const [side, interpreter] of [
            ['base', c.from],
            ['head', c.to],
        ]) {
            if (!built.headEnvs.has(interpreter.path)) {
                built.headEnvs.set(interpreter.path, (await setUpEnvironments(deps, settings, interpreter, `cross-${ci}-${side}`, ws, ['head'])).head);
            }
            envs[side] = built.headEnvs.get(interpreter.path);
        }
        for (const [suiteIndex, suite] of settings.suites.entries()) {
            const sides = {};
            for (const side of ['base', 'head'])
                sides[side] = units_sideSetup(deps, settings, ws, side === 'base' ? c.from : c.to, envs[side], suite, ws.projectDirs.head, built.harnessDir, `cross-${ci}-${suiteIndex}-${side}`);
            if (!outsideShard(sides))
                units.push({ interpreter: c.label, suite, sides, ...sharded(settings) });
        }
    }
    return units;
}

;// CONCATENATED MODULE: ./src/report/folder-event.ts
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
/** The PR event's head repository differs from its base repository. */
function isForkPullRequest(event) {
    const head = event?.pull_request?.head?.repo?.full_name;
    const base = event?.pull_request?.base?.repo?.full_name;
    return typeof head === 'string' && typeof base === 'string' && head.toLowerCase() !== base.toLowerCase();
}
/** A fork's PR on `pull_request`: GitHub gives that job a read-only token, so it cannot comment (pull_request_target's can). */
function forkTokenIsReadOnly(eventName, event) {
    return eventName === 'pull_request' && isForkPullRequest(event);
}
/** The measuring run's event.json, from its own (trusted) event and the commits it measured. */
function folderEventJson(event, env, commits) {
    const pr = event?.pull_request;
    const repository = env.GITHUB_REPOSITORY ?? '';
    const headSha = pr?.head?.sha ?? commits.head.sha;
    return {
        schema: 1,
        event_name: env.GITHUB_EVENT_NAME ?? '',
        pr_number: Number.isInteger(pr?.number) ? pr.number : null,
        base_sha: commits.base.sha || pr?.base?.sha || null,
        head_sha: headSha,
        ...(commits.head.sha && commits.head.sha !== headSha ? { merge_sha: commits.head.sha } : {}),
        repository,
        head_repository: pr?.head?.repo?.full_name ?? repository,
    };
}
/** Reads an untrusted event.json; throws an Error naming the first field that is missing or malformed. */
function readFolderEvent(value) {
    const fail = (field, expected) => {
        throw new Error(`event.json: field '${field}' ${expected}`);
    };
    if (!value || typeof value !== 'object' || Array.isArray(value))
        fail('(top level)', 'must be an object');
    const v = value;
    if (v.schema !== 1)
        fail('schema', 'must be 1');
    const sha = (field, optional = false) => {
        const s = v[field];
        if (s === undefined && optional)
            return undefined;
        if (typeof s !== 'string' || !SHA.test(s))
            fail(field, 'must be a commit sha (40 or 64 hex digits)');
        return s;
    };
    const repo = (field) => {
        const s = v[field];
        if (typeof s !== 'string' || !REPOSITORY.test(s))
            fail(field, 'must be owner/name');
        return s;
    };
    const n = v.pr_number;
    if (n !== null && !(typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 2 ** 31))
        fail('pr_number', 'must be a PR number or null');
    const eventName = v.event_name ?? '';
    if (typeof eventName !== 'string' || !/^[a-z_]{0,40}$/.test(eventName))
        fail('event_name', 'must be an event name such as pull_request');
    const mergeSha = sha('merge_sha', true);
    return {
        prNumber: n,
        baseSha: v.base_sha === null ? null : sha('base_sha'),
        headSha: sha('head_sha'),
        ...(mergeSha ? { mergeSha } : {}),
        repository: repo('repository'),
        headRepository: repo('head_repository'),
        eventName: eventName,
    };
}

;// CONCATENATED MODULE: ./src/report/json.ts
// The report as plain data, and its JSON form (the contract's report-json schema 1). Pure.




function buildReport(input) {
    const geomeans = geomeansByInterpreter(input.rows, input.interpreters.map((i) => i.label), 1 - input.alpha);
    return { ...input, cross: input.cross ?? [], verdict: overallVerdict(input.rows), geomeans };
}
function side(s) {
    return s ? { median: s.median, n: s.n } : undefined;
}
function profileToJson(p) {
    if (p.error)
        return { error: p.error };
    return {
        base: p.base,
        head: p.head,
        iterations: p.iterations,
        top: (p.top ?? []).map((d) => ({ function: d.function, base: d.base, head: d.head, tottime_delta: d.tottimeDelta })),
    };
}
function rowToJson(r) {
    return {
        suite: r.suite,
        name: r.name,
        interpreter: r.interpreter,
        verdict: r.verdict,
        ratio: r.ratio ?? null,
        ci: r.ci ?? null,
        p: r.p ?? null,
        q: r.q ?? null,
        base: side(r.base) ?? null,
        head: side(r.head) ?? null,
        ...methodJson(r),
        ...(r.noise !== undefined ? { noise: r.noise } : {}),
        ...(r.tooNoisy ? { too_noisy: true } : {}),
        ...(r.slowRounds ? { slow_rounds_set_aside: r.slowRounds } : {}),
        ...(r.samples ? { samples: r.samples } : {}),
        ...(r.warmup ? { warmup_iterations: r.warmup } : {}),
        ...(r.profile ? { profile: profileToJson(r.profile) } : {}),
        ...(r.imports ? { import_growth: r.imports } : {}),
        ...(r.memory
            ? { memory: { base_bytes: r.memory.base, head_bytes: r.memory.head, ratio: r.memory.ratio, verdict: r.memory.verdict, exact: r.memory.exact } }
            : {}),
        ...(r.instructions ? { instructions: r.instructions } : {}),
        ...(r.verdict === 'failed' ? { error: r.error ?? 'failed', failed_on: r.failedOn } : {}),
    };
}
function crossToJson(c) {
    const describe = (i) => ({ spec: i.label, version: i.version ?? null, implementation: i.implementation ?? null });
    return {
        from: describe(c.from),
        to: describe(c.to),
        ...(c.changes ? { detected: c.changes } : {}),
        geomean: c.geomean ?? null,
        ...(c.error ? { error: c.error } : {}),
        benchmarks: c.rows.map(rowToJson),
    };
}
function reportToJson(report) {
    return {
        schema: 1,
        base: report.base,
        head: report.head,
        settings: {
            threshold: report.threshold,
            alpha: report.alpha,
            rounds: report.rounds,
            statistic: report.statistic,
            slow_rounds: report.slowRounds,
            method: report.method ?? 'rounds',
            ...(report.paired
                ? {
                    pairs: report.paired.pairs,
                    min_pairs: report.paired.minPairs,
                    max_pairs: report.paired.maxPairs,
                    burst_ms: report.paired.burstMs,
                    worker_startup_seconds: Math.round(report.paired.startupSeconds * 10) / 10,
                    ...(report.paired.parallel ? { parallel: report.paired.parallel } : {}),
                }
                : {}),
            min_rounds: report.minRounds,
            max_rounds: report.maxRounds,
            ...(report.instructions ? { instructions: report.instructions } : {}),
            stop_reason: report.stopReason,
            ...(report.shard ? { shard: report.shard } : {}),
            ...(report.merged ? { merged: report.merged } : {}),
            elapsed_seconds: Math.round(report.elapsedSeconds * 10) / 10,
        },
        interpreters: report.interpreters.map((i) => ({
            spec: i.label,
            version: i.version ?? null,
            implementation: i.implementation ?? null,
            path: i.path ?? null,
            geomean: report.geomeans.get(i.label) ?? null,
            ...(i.error ? { error: i.error } : {}),
        })),
        verdict: report.verdict,
        config_changes: configChangesToJson(report.configChanges ?? []),
        benchmarks: report.rows.map(rowToJson),
        upgrade: report.cross.filter((c) => c.reason === 'upgrade').map(crossToJson)[0] ?? null,
        interpreter_comparisons: report.cross.filter((c) => c.reason === 'compare-interpreters').map(crossToJson),
    };
}

;// CONCATENATED MODULE: ./src/io/report-folder.ts
// The report folder on disk: written by a measuring run (report.json, comment.md, event.json), read by a
// comment run that did not write it. Reading treats the folder as hostile: regular files only (no symlinks
// out of it), each under its size limit, read through one file descriptor so the checked file is the read one.


const FOLDER_FILES = { report: 'report.json', comment: 'comment.md', event: 'event.json' };
/** Bytes per file: a 5,000-row report with samples fits report.json; event.json is a few hundred bytes. */
const FOLDER_LIMITS = { report: 32 * 1024 * 1024, event: 64 * 1024 };
function writeReportFolder(dir, files) {
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, FOLDER_FILES.report), JSON.stringify(files.report, null, 2) + '\n');
    (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, FOLDER_FILES.comment), files.comment);
    (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, FOLDER_FILES.event), JSON.stringify(files.event, null, 2) + '\n');
}
/** A file of the folder as text; throws naming the file when it is missing, not a regular file, or too big. */
function readFolderFile(dir, name, limit) {
    const path = (0,external_node_path_namespaceObject.join)(dir, name);
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW);
    }
    catch (e) {
        const code = e.code;
        throw new Error(code === 'ENOENT' ? `${name} is missing` : code === 'ELOOP' ? `${name} is a symbolic link` : `${name} cannot be read (${code})`, {
            cause: e,
        });
    }
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile())
            throw new Error(`${name} is not a regular file`);
        if (stat.size > limit)
            throw new Error(`${name} is ${stat.size} bytes, over the limit of ${limit}`);
        const buffer = Buffer.alloc(stat.size);
        let read = 0;
        while (read < stat.size) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, read, stat.size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return buffer.subarray(0, read).toString('utf8');
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * The report folders a `report-dir` entry names: the folder itself when it holds report.json, else its
 * sub-folders that do (actions/download-artifact with `pattern:` puts each artifact in a folder of its own); none
 * when nothing is there.
 */
function expandReportDirs(dir) {
    const stat = (0,external_node_fs_namespaceObject.lstatSync)(dir, { throwIfNoEntry: false });
    if (!stat)
        return [];
    if (!stat.isDirectory())
        return [dir];
    if ((0,external_node_fs_namespaceObject.lstatSync)((0,external_node_path_namespaceObject.join)(dir, FOLDER_FILES.report), { throwIfNoEntry: false }))
        return [dir];
    const subs = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && (0,external_node_fs_namespaceObject.lstatSync)((0,external_node_path_namespaceObject.join)(dir, d.name, FOLDER_FILES.report), { throwIfNoEntry: false }))
        .map((d) => (0,external_node_path_namespaceObject.join)(dir, d.name))
        .sort();
    return subs.length ? subs : [dir];
}

;// CONCATENATED MODULE: ./src/report/fork-notice.ts
// What `mode: auto` says on a fork's PR instead of calling the comment API with a token that cannot write:
// how to publish the result from a second workflow (README, Pull requests from forks), with the YAML. Pure.
/** The steps to add to this job, and the second workflow, for a workflow named `workflowName`. */
function forkNotice(headRepository, workflowName) {
    const name = workflowName || 'Benchmarks';
    return [
        `PR from the fork ${headRepository}: its token cannot write comments, so py-perf-guard did not try; the verdict is in the outputs, the job summary and the exit code.`,
        'To comment on fork PRs as well, set `mode: measure` on this step, upload the report folder after it:',
        '',
        '      - if: always()',
        '        uses: actions/upload-artifact@v4',
        '        with:',
        '          name: py-perf-guard-report',
        '          path: ${{ steps.<this step id>.outputs.report-dir }}',
        '',
        'and add this workflow (.github/workflows/py-perf-guard-comment.yml); it runs no PR code:',
        '',
        '    name: py-perf-guard comment',
        '    on:',
        '      workflow_run:',
        `        workflows: [${JSON.stringify(name)}]`,
        '        types: [completed]',
        '    permissions:',
        '      actions: read',
        '      pull-requests: write',
        '      statuses: write',
        '    jobs:',
        '      comment:',
        "        if: github.event.workflow_run.event == 'pull_request'",
        '        runs-on: ubuntu-latest',
        '        steps:',
        '          - uses: actions/download-artifact@v4',
        '            with:',
        '              name: py-perf-guard-report',
        '              path: py-perf-guard-report',
        '              run-id: ${{ github.event.workflow_run.id }}',
        '              github-token: ${{ github.token }}',
        '          - uses: <owner>/py-perf-guard@v1',
        '            with:',
        '              mode: comment',
        '              report-dir: py-perf-guard-report',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/publish-values.ts


/** Every output, always, in this order: `verdict` first, so it is set even if a later one fails. */
function outputValues(outputs, reportPath) {
    return [
        ['verdict', outputs?.verdict ?? 'error'],
        ['report-json', reportPath],
        ['regressions', outputs?.regressions ?? 0],
        ['improvements', outputs?.improvements ?? 0],
        ['failures', outputs?.failures ?? 0],
        ['inconclusive', outputs?.inconclusive ?? 0],
        ['memory-regressions', outputs?.['memory-regressions'] ?? 0],
        ['instruction-regressions', outputs?.['instruction-regressions'] ?? 0],
    ];
}
/** The report file of a run that stopped before any verdict (exit 2): the contract's shape, with `error`. */
function errorReportJson(message, commits = {}) {
    return { schema: 1, base: commits.base ?? null, head: commits.head ?? null, interpreters: [], verdict: 'error', error: message, benchmarks: [] };
}
/** The job summary of such a run: what went wrong, where a user looks first. */
function errorMarkdown(message) {
    return `⚠️ **py-perf-guard could not run** — ${escapeMarkdown(message, 2000)}\n`;
}
/** `py-perf-guard-report[-<job>-<comment-key>].json`: matrix legs sharing a RUNNER_TEMP keep their own file. */
function reportFileName(job, commentKey) {
    const suffix = [job, commentKey]
        .filter(Boolean)
        .join('-')
        .replace(/[^A-Za-z0-9._-]/g, '_');
    return `py-perf-guard-report${suffix ? `-${suffix}` : ''}.json`;
}
/**
 * Whether there is a PR to comment on, with what token and marker. The marker's key is `comment-key`, else what
 * tells matrix legs apart (Settings.legKey); `adopt` is the marker earlier versions gave such a leg (job id
 * only), so its old comment is taken over once rather than left behind.
 */
function commentPlan(event, env, token, settings) {
    const issueNumber = Number(event?.pull_request?.number ?? event?.number ?? NaN);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (settings.comment === 'never' || !Number.isInteger(issueNumber) || !owner || !repo)
        return { post: false };
    if (!token)
        return { post: false, warning: "no github-token, so no PR comment (input 'github-token' is empty)" };
    const job = env.GITHUB_JOB ?? 'job';
    const marker = commentMarker(job, settings.commentKey || settings.legKey || '');
    return { post: true, owner, repo, issueNumber, token, marker, ...(!settings.commentKey && settings.legKey ? { adopt: commentMarker(job, '') } : {}) };
}

;// CONCATENATED MODULE: ./src/report/publish-folder.ts
// The report folder a measuring run leaves for actions/upload-artifact (mode measure, and auto too): report.json,
// comment.md (the rendered comment, for people; mode: comment never posts it), event.json (which PR and
// commits). Written in its own try like every publishing step; also for a run that stopped at exit 2.







/** Input 'report-dir' (relative to the workspace), else a folder below RUNNER_TEMP; none for a CLI run outside Actions. */
function reportDirFor(deps, commentKey) {
    const given = deps.io.getInput('report-dir').trim();
    if (given)
        return (0,external_node_path_namespaceObject.resolve)(deps.workspace, given);
    if (!deps.env.RUNNER_TEMP)
        return undefined;
    return (0,external_node_path_namespaceObject.resolve)(deps.env.RUNNER_TEMP, reportFileName(deps.env.GITHUB_JOB, commentKey).replace(/\.json$/, ''));
}
function write(io, dir, files) {
    try {
        writeReportFolder(dir, files);
        io.setOutput('report-dir', dir);
        io.info(`report folder: ${dir}`);
    }
    catch (e) {
        io.warning(`writing the report folder ${dir} failed: ${e.message ?? String(e)}`);
    }
}
function publishFolder(deps, report, target) {
    if (target.forkSkipped) {
        const from = target.event?.pull_request?.head?.repo?.full_name ?? 'a fork';
        (deps.io.notice ?? deps.io.info)(forkNotice(from, deps.env.GITHUB_WORKFLOW ?? ''));
    }
    if (!target.dir)
        return;
    write(deps.io, target.dir, {
        report: reportToJson(report),
        comment: renderMarkdown(report),
        event: folderEventJson(target.event, deps.env, report),
    });
}
/** A run that stopped at exit 2: the folder still goes out, its report saying why, so the comment job can tell. */
function publishFolderError(deps, message, target, commits) {
    if (!target.dir)
        return;
    const none = { ref: '', sha: '' };
    write(deps.io, target.dir, {
        report: errorReportJson(message, commits),
        comment: errorMarkdown(message),
        event: folderEventJson(target.event, deps.env, { base: commits.base ?? none, head: commits.head ?? none }),
    });
}

;// CONCATENATED MODULE: ./src/report/annotations.ts

const MAX_ANNOTATIONS = 10;
/** `src/calc.py:12(work)` → its parts, when the file is the project's own. */
function repositoryLocation(fn) {
    const m = /^(.+):(\d+)\((.*)\)$/.exec(fn);
    if (!m)
        return undefined;
    const [, file, line, name] = m;
    const parts = file.split(/[\\/]/);
    // The reader shortens files outside the repository to `…/name.py`; `~` is a builtin, `<…>` generated code.
    const outside = file.startsWith('…') ||
        file.startsWith('~') ||
        file.startsWith('<') ||
        file.startsWith('/') ||
        /^[A-Za-z]:/.test(file) ||
        parts.includes('..') ||
        parts.some((p) => p === 'site-packages' || p === 'dist-packages');
    if (outside || Number(line) < 1)
        return undefined;
    return { file: parts.join('/'), line: Number(line), name };
}
function describe(r) {
    const ci = r.ci ? ` (CI ${formatChange(r.ci[0])} to ${formatChange(r.ci[1])})` : '';
    return `${r.name} is ${formatChangeSize(r.ratio ?? 1)} slower on ${r.interpreter}${ci}`;
}
/** One annotation per line of code, naming every regressed benchmark that points there. */
function regressionAnnotations(rows, max = MAX_ANNOTATIONS) {
    const byLocation = new Map();
    const regressed = rows.filter((r) => r.verdict === 'regression' && r.profile?.top?.length).sort((a, b) => (b.ratio ?? 1) - (a.ratio ?? 1));
    for (const r of regressed) {
        const top = r.profile.top.find((d) => d.tottimeDelta > 0 && repositoryLocation(d.function));
        if (!top)
            continue;
        const at = repositoryLocation(top.function);
        const key = `${at.file}:${at.line}`;
        const growth = `${formatSeconds(top.base?.tottime ?? 0)} → ${formatSeconds(top.head?.tottime ?? 0)} of its own time per benchmark call`;
        const entry = byLocation.get(key) ?? { ...at, rows: [], growth };
        entry.rows.push(r);
        byLocation.set(key, entry);
    }
    return [...byLocation.values()].slice(0, max).map((e) => ({
        file: e.file,
        startLine: e.line,
        title: `py-perf-guard: ${e.name} got slower`,
        message: `${e.rows.map(describe).join('; ')}. Under cProfile, ${e.name} grew most: ${e.growth}.`,
    }));
}

;// CONCATENATED MODULE: ./src/report/run-stamp.ts
// The hidden stamp at the end of our comment: which head commit (and run) wrote it. A run that finishes late,
// after a newer push started a newer run, reads it to see that the comment already shows the newer head.
// Only our own comments are read (comment-identity.ts), so a stamp cannot be planted by someone else.
const STAMP = /<!-- py-perf-guard-run head=([0-9a-f]{7,64}) run=(\d*) attempt=(\d*) -->/;
function runStamp(s) {
    return `<!-- py-perf-guard-run head=${s.head} run=${s.runId ?? ''} attempt=${s.attempt ?? ''} -->`;
}
/** The stamp of a comment body, or undefined for a comment written before stamps (1.0) or without one. */
function parseRunStamp(body) {
    const m = STAMP.exec(body ?? '');
    if (!m)
        return undefined;
    return { head: m[1], ...(m[2] ? { runId: m[2] } : {}), ...(m[3] ? { attempt: m[3] } : {}) };
}

;// CONCATENATED MODULE: ./src/report/footer.ts
// The comment's last lines: which action version wrote it, a link to the run (and attempt) and to the base and
// head commits, all under GITHUB_SERVER_URL so GitHub Enterprise Server links stay on that server; then the
// hidden run stamp (run-stamp.ts). Built only from the runner's variables, each checked before it goes into a link.

/** The run as the runner describes it; a value that does not look like what GitHub sets is left out. */
function runContext(env, version) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const digits = (v) => (v && /^\d{1,20}$/.test(v) ? v : undefined);
    return {
        serverUrl: /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~/-]*)?$/.test(server) ? server : undefined,
        repository: /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(env.GITHUB_REPOSITORY ?? '') ? env.GITHUB_REPOSITORY : undefined,
        runId: digits(env.GITHUB_RUN_ID),
        runAttempt: digits(env.GITHUB_RUN_ATTEMPT),
        version: version && /^[A-Za-z0-9.+-]{1,40}$/.test(version) ? version : undefined,
    };
}
const isSha = (sha) => /^[0-9a-f]{7,64}$/.test(sha);
/** `…/actions/runs/ID` (with `/attempts/N` when the attempt is known), or undefined without a server, repository or id. */
function runUrl(ctx) {
    if (!ctx.serverUrl || !ctx.repository || !ctx.runId)
        return undefined;
    return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}${ctx.runAttempt ? `/attempts/${ctx.runAttempt}` : ''}`;
}
function commitLink(ctx, sha) {
    const short = `\`${sha.slice(0, 7)}\``;
    return ctx.serverUrl && ctx.repository ? `[${short}](${ctx.serverUrl}/${ctx.repository}/commit/${sha})` : short;
}
/** The footer lines (starting with a blank line), to append to the comment body. */
function renderFooter(ctx, commits) {
    const parts = [ctx.version ? `py-perf-guard ${ctx.version}` : 'py-perf-guard'];
    const run = runUrl(ctx);
    if (run)
        parts.push(`[run ${ctx.runId}${ctx.runAttempt && ctx.runAttempt !== '1' ? ` (attempt ${ctx.runAttempt})` : ''}](${run})`);
    if (isSha(commits.base) && isSha(commits.head))
        parts.push(`base ${commitLink(ctx, commits.base)} → head ${commitLink(ctx, commits.head)}`);
    const stamp = isSha(commits.head) ? runStamp({ head: commits.head, runId: ctx.runId, attempt: ctx.runAttempt }) : '';
    return `\n\n<sub>${parts.join(' · ')}</sub>\n${stamp}`;
}

;// CONCATENATED MODULE: ./src/report/comment-body.ts



function commentBody(report, marker, run) {
    const footer = renderFooter(run, { base: report.base.sha, head: report.head.sha });
    return renderMarkdown(report, { marker, budget: { ...COMMENT_BUDGET, limit: COMMENT_BUDGET.limit - footer.length } }) + footer;
}

;// CONCATENATED MODULE: ./src/io/api-errors.ts
// What a failed GitHub API call means, read from its status and message (Octokit's RequestError).
/** GitHub says "secondary rate limit" (403 or 429) or "API rate limit exceeded": a wait, not a permission problem. */
function api_errors_isRateLimited(error) {
    const e = error;
    return (e.status === 403 || e.status === 429) && /rate limit/i.test(e.message ?? '');
}
function statusOf(error) {
    return error?.status;
}

;// CONCATENATED MODULE: ./src/io/comment-identity.ts
// Whose marker comments the action may edit: only those written by the identity its token writes as.
// Anyone can paste our hidden marker into a comment; editing theirs would let a PR author make the bot
// overwrite (or appear to sign) text of their choosing.

/** The default GITHUB_TOKEN writes as this app bot. */
const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };
/**
 * `GET /user` names the user behind a personal access token. The default GITHUB_TOKEN is an installation
 * token, which may not call it (403): then the identity is github-actions[bot].
 */
async function tokenIdentity(getAuthenticated) {
    try {
        const { data } = await getAuthenticated();
        return { login: data.login, type: data.type };
    }
    catch (error) {
        // …unless the 403 is a rate limit that outlasted the retries: then nothing is known, and the caller says so.
        if (error.status === 403 && !isRateLimited(error))
            return ACTIONS_BOT;
        throw error;
    }
}
/** Written by `me`: same login (GitHub logins ignore case) and, when both are known, the same account type. */
function isWrittenBy(author, me) {
    if (!author?.login || author.login.toLowerCase() !== me.login.toLowerCase())
        return false;
    return !author.type || !me.type || author.type === me.type;
}

;// CONCATENATED MODULE: ./src/report/newer-run.ts

/**
 * Why our comment must be left as it is, or undefined to edit it: it already shows the PR's current head
 * (looked up now), and this run measured another (older) commit. Without a stamp, or when the PR cannot be
 * read, the comment is edited as before.
 */
async function supersededReason(client, existing, ourHead) {
    const stamp = parseRunStamp(existing.body);
    if (!stamp || stamp.head === ourHead)
        return undefined;
    const current = await client.pullHead?.().catch(() => undefined);
    if (!current || current === ourHead || current !== stamp.head)
        return undefined;
    const by = stamp.runId ? ` by run ${stamp.runId}` : '';
    return `the comment already shows the PR's current head ${current.slice(0, 7)}${by}; this run measured ${ourHead.slice(0, 7)}, an older commit, so it leaves the comment alone`;
}

;// CONCATENATED MODULE: ./src/report/comment.ts
// The one sticky PR comment: found again by its hidden marker, edited in place, created only once.



/**
 * `always`: create or update. `on-regression`: create only on a regression, but keep an existing comment
 * current (a fixed PR must not keep showing an old regression). `never`: leave comments alone.
 */
async function upsertComment(client, marker, body, mode, regressed, 
/** A marker whose comment is taken over when none has `marker` yet (the key earlier versions used). */
adopt, 
/** Our head sha: a comment already showing the PR's newer head is left alone. */
head) {
    if (mode === 'never')
        return { action: 'skipped', reason: "input 'comment' is never" };
    const me = await client.identity();
    // Only our own marker comment: someone else's copy of the marker is left alone and we post our own.
    const comments = (await client.list()).filter((c) => isWrittenBy(c.user, me));
    const withMarker = (m) => comments.find((c) => (c.body ?? '').startsWith(m));
    const existing = withMarker(marker) ?? (adopt ? withMarker(adopt) : undefined);
    if (existing) {
        const superseded = head ? await supersededReason(client, existing, head) : undefined;
        if (superseded)
            return { action: 'skipped', reason: superseded };
        try {
            const updated = await client.update(existing.id, body);
            return { action: 'updated', url: updated.html_url };
        }
        catch (error) {
            // Deleted since we listed it (or by hand): the PR still gets its result, in a new comment.
            if (statusOf(error) !== 404)
                throw error;
        }
    }
    else if (mode === 'on-regression' && !regressed)
        return { action: 'skipped', reason: 'no regression and no earlier comment' };
    const created = await client.create(body);
    return { action: 'created', url: created.html_url };
}
/** Why a comment call failed, in words a user can act on. */
function explainCommentError(error) {
    const status = error.status;
    const message = error.message ?? String(error);
    if (api_errors_isRateLimited(error)) {
        return (`GitHub's API rate limit stopped the PR comment (HTTP ${status}: ${message}), after retries; the job summary and outputs still carry the result. ` +
            'Re-run the job later, or run fewer jobs that comment at once.');
    }
    if (status === 403 || status === 404) {
        return (`the token may not write PR comments (HTTP ${status}: ${message}). On pull requests from forks GITHUB_TOKEN is read-only; ` +
            'the job summary and outputs still carry the result. Grant `permissions: pull-requests: write`, or use a workflow_run workflow to comment.');
    }
    return `commenting failed${status ? ` (HTTP ${status})` : ''}: ${message}`;
}

;// CONCATENATED MODULE: ./src/report/publish.ts
// Writing the result out: report file, outputs, job summary, PR comment. Each in its own try, so one that
// fails (a full disk, a read-only token) never drops the others; the exit code comes from the verdict alone.












/** Runs one publishing step; a failure becomes a warning naming the step. */
async function step(io, what, fn) {
    try {
        await fn();
        return true;
    }
    catch (e) {
        io.warning(`${what} failed: ${e.message ?? String(e)}`);
        return false;
    }
}
function writeJson(path, value) {
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(path, JSON.stringify(value, null, 2) + '\n');
}
function setOutputs(io, values) {
    for (const [name, value] of values)
        io.setOutput(name, value);
}
/**
 * Where the report goes: as asked, else below RUNNER_TEMP (private to the job); without RUNNER_TEMP, in a
 * fresh private folder rather than the shared temp folder, where anyone could plant or read the file.
 */
function reportPathFor(deps, commentKey) {
    if (deps.reportPath)
        return (0,external_node_path_namespaceObject.resolve)(deps.reportPath);
    const dir = deps.env.RUNNER_TEMP || (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'py-perf-guard-'));
    return (0,external_node_path_namespaceObject.resolve)(dir, reportFileName(deps.env.GITHUB_JOB, commentKey));
}
async function publishReport(deps, settings, report, outputs, reportPath, event) {
    const { io } = deps;
    await step(io, `writing the report ${reportPath}`, () => writeJson(reportPath, reportToJson(report)));
    await step(io, 'setting the outputs', () => setOutputs(io, outputValues(outputs, reportPath)));
    await step(io, 'annotating the regressed lines', () => {
        for (const a of regressionAnnotations(report.rows))
            io.error(a.message, { file: a.file, startLine: a.startLine, title: a.title });
    });
    await step(io, 'writing the job summary', () => io.writeSummary(renderMarkdown(report, { budget: SUMMARY_BUDGET, audience: 'summary' })));
    if (!deps.comments)
        return;
    const plan = commentPlan(event, deps.env, io.getInput('github-token'), settings);
    if (!plan.post) {
        if (plan.warning)
            io.warning(plan.warning);
        return;
    }
    try {
        const client = deps.comments(plan);
        const body = commentBody(report, plan.marker, runContext(deps.env, actionVersion()));
        const outcome = await upsertComment(client, plan.marker, body, settings.comment, report.verdict === 'regression', plan.adopt, report.head.sha);
        if (outcome.action === 'skipped')
            io.info(`PR comment skipped: ${outcome.reason}`);
        else {
            io.info(`PR comment ${outcome.action}: ${outcome.url}`);
            await step(io, 'setting the output comment-url', () => io.setOutput('comment-url', outcome.url));
        }
    }
    catch (e) {
        io.warning(explainCommentError(e));
    }
}
/** A run that stopped before any verdict (exit 2): verdict `error`, and a report file that says why. */
async function publishError(deps, message, reportPath, commits = {}) {
    const { io } = deps;
    await step(io, `writing the report ${reportPath}`, () => writeJson(reportPath, errorReportJson(message, commits)));
    await step(io, 'setting the outputs', () => setOutputs(io, outputValues(undefined, reportPath)));
    await step(io, 'writing the job summary', () => io.writeSummary(errorMarkdown(message)));
}

;// CONCATENATED MODULE: ./src/judge/merge-checks.ts
/** How a part is named in messages: `part 2 (shard 3/4)`. */
function partName(report, index) {
    return `part ${index + 1}${report.shard ? ` (shard ${report.shard.index}/${report.shard.count})` : ''}`;
}
/** The interpreter labels a part measured: parts of a matrix over interpreters × shards are grouped by them. */
function interpreterSet(report) {
    return [...new Set(report.interpreters.map((i) => i.label))].sort().join(', ');
}
/** The settings a verdict depends on, as the report states them; every part must agree with the first. */
const VERDICT_SETTINGS = [
    { name: 'base commit', of: (r) => r.base.sha },
    { name: 'head commit', of: (r) => r.head.sha },
    { name: 'statistic', of: (r) => r.statistic },
    { name: 'slow-rounds', of: (r) => r.slowRounds },
    { name: 'method', of: (r) => r.method ?? 'rounds' },
];
function agreementProblems(reports, settings) {
    const problems = [];
    reports.forEach((r, i) => {
        for (const [name, value, wanted] of [
            ['threshold', r.threshold, settings.threshold],
            ['alpha', r.alpha, settings.alpha],
        ]) {
            if (value !== wanted)
                problems.push(`${partName(r, i)} was judged with ${name} ${value}, the merge with ${wanted}`);
        }
        for (const s of VERDICT_SETTINGS) {
            const [mine, first] = [s.of(r), s.of(reports[0])];
            if (i > 0 && mine !== first)
                problems.push(`${partName(r, i)} has ${s.name} ${JSON.stringify(mine)}, ${partName(reports[0], 0)} ${JSON.stringify(first)}`);
        }
    });
    return problems;
}
/** Per interpreter set: one shard count, each shard once, all of 1 … n present (an unsharded part is 1/1). */
function shardProblems(reports) {
    const groups = new Map();
    reports.forEach((r, i) => groups.set(interpreterSet(r), [...(groups.get(interpreterSet(r)) ?? []), i]));
    const problems = [];
    for (const [labels, members] of groups) {
        const where = groups.size > 1 ? ` (interpreters ${labels})` : '';
        const counts = [...new Set(members.map((i) => reports[i].shard?.count ?? 1))];
        if (counts.length > 1) {
            problems.push(`the parts${where} split the benchmarks into different numbers of shards: ${counts.join(' and ')}`);
            continue;
        }
        const seen = new Map();
        for (const i of members) {
            const index = reports[i].shard?.index ?? 1;
            if (seen.has(index))
                problems.push(`${partName(reports[i], i)} and ${partName(reports[seen.get(index)], seen.get(index))} are the same shard${where}`);
            else
                seen.set(index, i);
        }
        const missing = Array.from({ length: counts[0] }, (_, k) => k + 1).filter((k) => !seen.has(k));
        if (missing.length)
            problems.push(`shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${counts[0]}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing${where}`);
    }
    return problems;
}
const rowKey = (r) => `${r.interpreter}\0${r.suite}\0${r.name}`;
/** A benchmark × interpreter in two parts: measured twice (overlapping shards, or one report given twice). */
function duplicateProblems(reports) {
    const owner = new Map();
    const problems = [];
    reports.forEach((r, i) => {
        for (const row of r.rows) {
            const key = rowKey(row);
            const first = owner.get(key);
            if (first === undefined)
                owner.set(key, i);
            else if (problems.length < 5) {
                problems.push(`${row.name} on ${row.interpreter} (${row.suite}) was measured by ${partName(reports[first], first)} and by ${partName(r, i)}`);
            }
        }
    });
    return problems;
}

;// CONCATENATED MODULE: ./src/judge/rejudge.ts



/** A measured row (it has a ratio) whose raw data is not in the report: its verdict cannot be judged again. */
class NoRawData extends Error {
    row;
    constructor(row) {
        super(`${row.name} on ${row.interpreter} (${row.suite}) has no raw data to judge it again (samples for rounds, pair_estimates for paired)`);
        this.row = row;
        this.name = 'NoRawData';
    }
}
/** The row as the judges start it: no verdict, no q, no noise flags yet. */
function fresh(row) {
    const out = { ...row, verdict: 'inconclusive' };
    delete out.q;
    delete out.tooNoisy;
    return out;
}
function measureAgain(row, options) {
    if (isPairedRow(row) && row.pairEstimates.length >= 2) {
        return { measured: measure(row.pairEstimates.map(Math.log), fresh(row), options), paired: true };
    }
    const s = row.samples;
    if (isPairedRow(row) || !s || s.base.length < 2 || s.head.length < 2)
        throw new NoRawData(row);
    const comparison = { suite: row.suite, name: row.name, interpreter: row.interpreter, base: s.base, head: s.head, ...(s.all ? { all: s.all } : {}) };
    const start = { ...fresh(row), base: summary(s.base), head: summary(s.head) };
    return { measured: estimate(comparison, start, options), paired: false };
}
/**
 * Every row judged again as one run's: rows that were measured (they have a ratio) from their raw data, the
 * others (failed, added, removed, too few rounds) as they are. Throws NoRawData for a measured row without it.
 */
function rejudgeRows(rows, options) {
    const all = [];
    const rounds = [];
    const out = rows.map((row) => {
        if (row.ratio === undefined || ['failed', 'added', 'removed'].includes(row.verdict))
            return { ...row };
        const { measured, paired } = measureAgain(row, options);
        all.push(measured);
        if (!paired)
            rounds.push(measured);
        return measured.row;
    });
    // One family over both methods; classify reads only a paired row's noise floor (rounds rows have none).
    classify(all, options);
    markTooNoisy(rounds, options);
    return out;
}

;// CONCATENATED MODULE: ./src/judge/merge-reports.ts
// One report from the reports of several jobs (`shard: i/n` across a matrix; `mode: merge`, or `comment` given
// several folders): the parts are checked to fit together (merge-checks.ts), every row is judged again from its
// raw data with ONE Benjamini–Hochberg correction over all rows of all parts (rejudge.ts), then geomeans and the
// overall verdict as a single run would. So the merged verdicts are those of one job that measured everything:
// a part's own verdicts (judged with its share of the rows only) are not trusted, only its data. Pure.





/** The parts do not make one report: exit 2, with every reason. */
class MergeError extends EnvironmentError {
    constructor(problems) {
        super(`cannot merge the reports: ${problems.join('; ')}`);
        this.name = 'MergeError';
    }
}
const STOP_SEVERITY = ['decided', 'max-rounds', 'time-budget'];
/** Interpreters in the order the parts name them; one that some part found wins over a part's missing one. */
function mergeInterpreters(reports) {
    const byLabel = new Map();
    for (const i of reports.flatMap((r) => r.interpreters))
        if (!byLabel.has(i.label) || (byLabel.get(i.label).error && !i.error))
            byLabel.set(i.label, i);
    return [...byLabel.values()];
}
/** Rows in a single run's order: interpreter, then suite as the parts list them, then name. */
function ordered(rows, labels) {
    const suites = [...new Set(rows.map((r) => r.suite))];
    const rank = (r) => [labels.indexOf(r.interpreter), suites.indexOf(r.suite)];
    return [...rows].sort((a, b) => {
        const [x, y] = [rank(a), rank(b)];
        return x[0] - y[0] || x[1] - y[1] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    });
}
/** Interpreter comparisons by label, their rows from every part, each label judged as its own family (as in a run). */
function mergeCross(reports, settings) {
    const byLabel = new Map();
    for (const c of reports.flatMap((r) => r.cross)) {
        const known = byLabel.get(c.label);
        byLabel.set(c.label, known ? { ...known, rows: [...known.rows, ...c.rows], error: known.error ?? c.error } : { ...c, rows: [...c.rows] });
    }
    return [...byLabel.values()].map((c) => {
        const rows = rejudgeRows(c.rows, settings);
        return { ...c, rows, geomean: geomeanOf(rows, 1 - settings.alpha) };
    });
}
function mergePaired(reports) {
    const parts = reports.map((r) => r.paired).filter((p) => p !== undefined);
    if (!parts.length)
        return undefined;
    const most = (f) => Math.max(...parts.map(f));
    const startupSeconds = parts.reduce((s, p) => s + p.startupSeconds, 0);
    const parallel = most((p) => p.parallel ?? 0);
    return {
        pairs: most((p) => p.pairs),
        burstMs: parts[0].burstMs,
        startupSeconds,
        minPairs: parts[0].minPairs,
        maxPairs: most((p) => p.maxPairs),
        ...(parallel ? { parallel } : {}),
    };
}
/**
 * The merged report. `settings`: the threshold and alpha the verdicts are judged with; every part must have
 * been judged with them too. Throws MergeError when the parts don't fit together or a row lacks its raw data.
 */
function mergeReports(reports, settings) {
    if (!reports.length)
        throw new MergeError(['no reports were given']);
    const problems = [...agreementProblems(reports, settings), ...shardProblems(reports), ...duplicateProblems(reports)];
    if (problems.length)
        throw new MergeError(problems);
    const interpreters = mergeInterpreters(reports);
    const labels = interpreters.map((i) => i.label);
    let rows;
    let cross;
    try {
        rows = ordered(rejudgeRows(reports.flatMap((r) => r.rows), settings), labels);
        cross = mergeCross(reports, settings);
    }
    catch (e) {
        if (e instanceof NoRawData)
            throw new MergeError([e.message]);
        throw e;
    }
    const first = reports[0];
    const paired = mergePaired(reports);
    const merged = {
        ...first,
        threshold: settings.threshold,
        alpha: settings.alpha,
        rounds: Math.max(...reports.map((r) => r.rounds)),
        stopReason: STOP_SEVERITY[Math.max(...reports.map((r) => STOP_SEVERITY.indexOf(r.stopReason)))],
        // The parts ran side by side: the merged run took as long as its slowest part.
        elapsedSeconds: Math.max(...reports.map((r) => r.elapsedSeconds)),
        interpreters,
        rows,
        cross,
        verdict: overallVerdict(rows),
        geomeans: geomeansByInterpreter(rows, labels, 1 - settings.alpha),
        merged: { parts: reports.length, shards: Math.max(...reports.map((r) => r.shard?.count ?? 1)) },
    };
    delete merged.shard;
    if (paired)
        merged.paired = paired;
    return merged;
}
/**
 * The entry of `mode: merge` (and of `mode: comment` given several report folders): the reports read from the
 * folders (by the untrusted-folder reader, report/read-report-json.ts), merged with the threshold and alpha
 * they were judged with. Throws MergeError (exit 2) when they don't fit together.
 */
function mergeFolders(reports) {
    if (!reports.length)
        throw new MergeError(['no report folders were given']);
    return mergeReports(reports, { threshold: reports[0].threshold, alpha: reports[0].alpha });
}

;// CONCATENATED MODULE: ./src/report/commit-status.ts



/** `py-perf-guard`, or `py-perf-guard (<comment-key>)` so matrix legs or several steps keep statuses of their own. */
function statusContext(commentKey) {
    return commentKey ? `py-perf-guard (${markerSafe(commentKey)})` : 'py-perf-guard';
}
const STATE = { 0: 'success', 1: 'failure', 2: 'error' };
/** The headline as one line: the verdict and its counts, or why the check failed. */
function commit_status_headline(report, outcome) {
    if (!report)
        return `could not run: ${outcome.message ?? 'no report'}`;
    const counts = countVerdicts(report.rows);
    if (report.verdict === 'pass' && outcome.exitCode === 0) {
        const measured = report.rows.length;
        // As the comment's headline: "found" only when every row was decided.
        if (counts.inconclusive)
            return `no regression detected · ${counts.inconclusive} of ${measured} inconclusive`;
        return `no regression found (${measured} benchmark${measured === 1 ? '' : 's'}${counts.improvement ? `, ${counts.improvement} faster` : ''})`;
    }
    return outcome.message ?? `verdict ${report.verdict}`;
}
function verdictStatus(report, outcome, env, commentKey) {
    // The footer's run link: the same checked runner variables, GHES's own server URL.
    const targetUrl = runUrl(runContext(env, undefined));
    return { state: STATE[outcome.exitCode], context: statusContext(commentKey), description: commit_status_headline(report, outcome), ...(targetUrl ? { targetUrl } : {}) };
}

;// CONCATENATED MODULE: ./src/report/json-fields.ts
// Reading untrusted JSON field by field: each accessor checks one field's type and bounds and, when it does
// not hold, throws an Error naming the field by its path (`benchmarks[3].ratio`). Pure.
class JsonFieldError extends Error {
    field;
    constructor(field, expected, got) {
        super(`field '${field}' must be ${expected} (it is ${json_fields_describe(got)})`);
        this.field = field;
        this.name = 'JsonFieldError';
    }
}
function json_fields_describe(v) {
    if (v === undefined)
        return 'missing';
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return `an array of ${v.length}`;
    if (typeof v === 'string')
        return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    if (typeof v === 'object')
        return 'an object';
    return `${typeof v} ${String(v).slice(0, 40)}`;
}
const isObject = (v) => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
/** Bounds that keep a forged file from making rendering or recomputing slow. */
const LIMITS = { text: 4000, list: 100_000 };
/** One JSON object and where it sits in the file. */
class Fields {
    o;
    path;
    constructor(o, path) {
        this.o = o;
        this.path = path;
    }
    static of(value, path) {
        if (!isObject(value))
            throw new JsonFieldError(path || '(top level)', 'an object', value);
        return new Fields(value, path);
    }
    at(key) {
        return this.path ? `${this.path}.${key}` : key;
    }
    has(key) {
        return this.o[key] !== undefined && this.o[key] !== null;
    }
    raw(key) {
        return this.o[key];
    }
    str(key, max = LIMITS.text) {
        const v = this.o[key];
        if (typeof v !== 'string' || v.length > max)
            throw new JsonFieldError(this.at(key), `a string of at most ${max} characters`, v);
        return v;
    }
    optStr(key, max = LIMITS.text) {
        return this.has(key) ? this.str(key, max) : undefined;
    }
    num(key, min = -Infinity, max = Infinity) {
        const v = this.o[key];
        if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
            throw new JsonFieldError(this.at(key), `a finite number${min > -Infinity || max < Infinity ? ` from ${min} to ${max}` : ''}`, v);
        return v;
    }
    optNum(key, min = -Infinity, max = Infinity) {
        return this.has(key) ? this.num(key, min, max) : undefined;
    }
    int(key, min = 0, max = Number.MAX_SAFE_INTEGER) {
        const v = this.num(key, min, max);
        if (!Number.isInteger(v))
            throw new JsonFieldError(this.at(key), 'a whole number', v);
        return v;
    }
    optInt(key, min = 0, max = Number.MAX_SAFE_INTEGER) {
        return this.has(key) ? this.int(key, min, max) : undefined;
    }
    bool(key) {
        const v = this.o[key];
        if (typeof v !== 'boolean')
            throw new JsonFieldError(this.at(key), 'true or false', v);
        return v;
    }
    choice(key, choices) {
        const v = this.o[key];
        if (typeof v !== 'string' || !choices.includes(v))
            throw new JsonFieldError(this.at(key), `one of ${choices.join(', ')}`, v);
        return v;
    }
    optChoice(key, choices) {
        return this.has(key) ? this.choice(key, choices) : undefined;
    }
    obj(key) {
        return Fields.of(this.o[key], this.at(key));
    }
    optObj(key) {
        return this.has(key) ? this.obj(key) : undefined;
    }
    /** An array of objects, each read by `read`. */
    list(key, read, max = LIMITS.list) {
        const v = this.o[key];
        if (!Array.isArray(v) || v.length > max)
            throw new JsonFieldError(this.at(key), `an array of at most ${max} items`, v);
        return v.map((item, i) => read(Fields.of(item, `${this.at(key)}[${i}]`)));
    }
    /** An array of finite numbers (raw measurements: pair estimates, samples). */
    numbers(key, max = LIMITS.list, min = -Infinity) {
        const v = this.o[key];
        if (!Array.isArray(v) || v.length > max)
            throw new JsonFieldError(this.at(key), `an array of at most ${max} numbers`, v);
        v.forEach((x, i) => {
            if (typeof x !== 'number' || !Number.isFinite(x) || x < min)
                throw new JsonFieldError(`${this.at(key)}[${i}]`, 'a finite number', x);
        });
        return v;
    }
    /** `[low, high]`, two finite numbers with low ≤ high. */
    interval(key) {
        const v = this.numbers(key, 2);
        if (v.length !== 2 || v[0] > v[1])
            throw new JsonFieldError(this.at(key), 'two numbers [low, high]', this.o[key]);
        return [v[0], v[1]];
    }
}

;// CONCATENATED MODULE: ./src/report/read-report-json.ts


const VERDICTS = ['regression', 'improvement', 'unchanged', 'inconclusive', 'added', 'removed', 'failed'];
const MEMORY_VERDICTS = ['regression', 'improvement', 'unchanged', 'inconclusive'];
const read_report_json_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function commit(f, key) {
    const c = f.obj(key);
    const sha = c.str('sha', 64);
    if (!read_report_json_SHA.test(sha))
        throw new JsonFieldError(`${c.path}.sha`, 'a commit sha (40 or 64 hex digits)', sha);
    return { ref: c.str('ref', 256), sha };
}
function sideSummary(f, key) {
    const s = f.optObj(key);
    return s ? { median: s.num('median', 0), n: s.int('n') } : undefined;
}
function profileCall(f, key) {
    const c = f.optObj(key);
    return c ? { ncalls: c.num('ncalls', 0), tottime: c.num('tottime'), cumtime: c.num('cumtime') } : null;
}
function profile(p) {
    if (p.has('error'))
        return { error: p.str('error') };
    return {
        ...(p.has('base') ? { base: p.str('base') } : {}),
        ...(p.has('head') ? { head: p.str('head') } : {}),
        ...(p.has('iterations') ? { iterations: p.int('iterations') } : {}),
        top: p.has('top')
            ? p.list('top', (d) => ({ function: d.str('function'), base: profileCall(d, 'base'), head: profileCall(d, 'head'), tottimeDelta: d.num('tottime_delta') }), 100)
            : [],
    };
}
/** The pair-level figures of a `method: paired` row (judge-types.ts), from which its verdict is recomputed. */
function pairedFields(f) {
    return {
        method: 'paired',
        pairs: f.int('pairs'),
        duels: f.int('duels'),
        pairEstimates: f.numbers('pair_estimates', 10_000, 0),
        ...(f.has('noise_floor') ? { noiseFloor: f.num('noise_floor', 0) } : {}),
        ...(f.has('burst_ms') ? { burstMs: f.num('burst_ms', 0) } : {}),
        ...(f.has('clock') ? { clock: f.choice('clock', ['wall', 'cpu']) } : {}),
    };
}
function rowFromJson(f) {
    const verdict = f.choice('verdict', VERDICTS);
    const method = f.optChoice('method', ['rounds', 'paired']) ?? 'rounds';
    const row = {
        suite: f.str('suite'),
        name: f.str('name'),
        interpreter: f.str('interpreter', 200),
        verdict,
        ...(f.has('ratio') ? { ratio: f.num('ratio', 0) } : {}),
        ...(f.has('ci') ? { ci: f.interval('ci') } : {}),
        ...(f.has('p') ? { p: f.num('p', 0, 1) } : {}),
        ...(f.has('q') ? { q: f.num('q', 0, 1) } : {}),
        ...(f.has('base') ? { base: sideSummary(f, 'base') } : {}),
        ...(f.has('head') ? { head: sideSummary(f, 'head') } : {}),
        ...(method === 'paired' ? pairedFields(f) : {}),
        ...(f.has('noise') ? { noise: f.num('noise', 0) } : {}),
        ...(f.has('too_noisy') ? { tooNoisy: f.bool('too_noisy') } : {}),
        ...(f.has('slow_rounds_set_aside') ? { slowRounds: readSides(f.obj('slow_rounds_set_aside'), (s, k) => s.int(k)) } : {}),
        ...(f.has('warmup_iterations') ? { warmup: f.int('warmup_iterations') } : {}),
        ...(f.has('profile') ? { profile: profile(f.obj('profile')) } : {}),
        ...(f.has('import_growth')
            ? { imports: f.list('import_growth', (g) => ({ module: g.str('module', 300), base: g.num('base', 0), head: g.num('head', 0) }), 100) }
            : {}),
        ...(f.has('memory') ? { memory: memory(f.obj('memory')) } : {}),
        ...(f.has('samples') ? { samples: samples(f.obj('samples')) } : {}),
    };
    if (verdict === 'failed') {
        row.error = f.str('error');
        if (f.has('failed_on'))
            row.failedOn = f.choice('failed_on', ['base', 'head', 'both', 'setup']);
    }
    return row;
}
function readSides(f, read) {
    return { base: read(f, 'base'), head: read(f, 'head') };
}
function samples(f) {
    const times = (s, k) => s.numbers(k, undefined, 0);
    return { ...readSides(f, times), ...(f.has('all') ? { all: readSides(f.obj('all'), times) } : {}) };
}
function memory(m) {
    return {
        base: m.num('base_bytes', 0),
        head: m.num('head_bytes', 0),
        ratio: m.num('ratio', 0),
        verdict: m.choice('verdict', MEMORY_VERDICTS),
        exact: m.bool('exact'),
    };
}
function interpreter(f) {
    const label = f.str('spec', 200);
    if (f.has('error'))
        return { label, error: f.str('error') };
    return { label, version: f.str('version', 100), implementation: f.str('implementation', 100), path: f.optStr('path') ?? '(not recorded)' };
}
function described(f) {
    const label = f.str('spec', 200);
    return f.has('version')
        ? { label, version: f.str('version', 100), implementation: f.optStr('implementation', 100) ?? '', path: '(not recorded)' }
        : { label, error: 'missing' };
}
function comparison(f, reason) {
    const from = described(f.obj('from'));
    const to = described(f.obj('to'));
    const g = f.optObj('geomean');
    return {
        reason,
        from,
        to,
        label: `${from.label} → ${to.label}`,
        ...(f.has('detected')
            ? { changes: f.list('detected', (c) => ({ source: c.str('source', 300), old: c.str('old', 100), new: c.str('new', 100) }), 50) }
            : {}),
        rows: f.list('benchmarks', rowFromJson),
        ...(g ? { geomean: { ratio: g.num('ratio', 0), ci: g.interval('ci'), benchmarks: g.int('benchmarks') } } : {}),
        ...(f.has('error') ? { error: f.str('error') } : {}),
    };
}
function configChange(f) {
    const value = (key) => {
        const v = f.raw(key);
        if (v === null || v === undefined)
            return undefined;
        // a TOML value: rendered through showTomlValue and escaped; bounded so it stays a short line
        if (JSON.stringify(v).length > 1000)
            throw new JsonFieldError(`${f.path}.${key}`, 'a TOML value of at most 1000 characters of JSON', v);
        return v;
    };
    const base = value('base');
    const head = value('head');
    return { key: f.str('key', 100), ...(base !== undefined ? { base } : {}), ...(head !== undefined ? { head } : {}), overridden: f.bool('overridden') };
}
/** Reads a parsed report file; throws an Error naming the first field that does not hold. */
function readReportJson(value) {
    const f = Fields.of(value, '');
    if (f.raw('schema') !== 1)
        throw new JsonFieldError('schema', '1', f.raw('schema'));
    const verdict = f.choice('verdict', ['pass', 'regression', 'error']);
    if (f.has('error') && !f.has('settings')) {
        return { error: f.str('error'), ...(f.has('base') ? { base: commit(f, 'base') } : {}), ...(f.has('head') ? { head: commit(f, 'head') } : {}) };
    }
    const s = f.obj('settings');
    const method = s.optChoice('method', ['rounds', 'paired']) ?? 'rounds';
    const report = buildReport({
        base: commit(f, 'base'),
        head: commit(f, 'head'),
        threshold: s.num('threshold', 0, 10),
        alpha: s.num('alpha', 0, 1),
        statistic: s.choice('statistic', ['min', 'median', 'mean']),
        slowRounds: s.choice('slow_rounds', ['drop', 'keep']),
        minRounds: s.int('min_rounds'),
        maxRounds: s.int('max_rounds'),
        rounds: s.int('rounds'),
        method,
        ...(s.has('pairs')
            ? {
                paired: {
                    pairs: s.int('pairs'),
                    minPairs: s.int('min_pairs'),
                    maxPairs: s.int('max_pairs'),
                    burstMs: s.num('burst_ms', 0),
                    startupSeconds: s.num('worker_startup_seconds', 0),
                    ...(s.has('parallel') ? { parallel: s.int('parallel') } : {}),
                },
            }
            : {}),
        stopReason: s.choice('stop_reason', ['decided', 'max-rounds', 'time-budget']),
        elapsedSeconds: s.num('elapsed_seconds', 0),
        interpreters: f.list('interpreters', interpreter, 50),
        rows: f.list('benchmarks', rowFromJson),
        cross: [
            ...(f.has('upgrade') ? [comparison(f.obj('upgrade'), 'upgrade')] : []),
            ...(f.has('interpreter_comparisons') ? f.list('interpreter_comparisons', (c) => comparison(c, 'compare-interpreters'), 50) : []),
        ],
        configChanges: f.has('config_changes') ? f.list('config_changes', configChange, 100) : [],
    });
    // The verdict is the rows' (judge/verdicts.ts): a file whose verdict says otherwise was edited.
    if (report.verdict !== verdict)
        throw new JsonFieldError('verdict', `"${report.verdict}", the verdict of its benchmarks`, verdict);
    const shard = s.optObj('shard');
    if (!shard)
        return { report };
    const count = shard.int('count', 1, 1000);
    return { report: { ...report, shard: { index: shard.int('index', 1, count), count } } };
}

;// CONCATENATED MODULE: ./src/report/load-folder.ts
// One report folder read back for mode: comment: its files within their size limits (io/report-folder.ts),
// parsed and checked field by field (read-report-json.ts, folder-event.ts). comment.md is never read: the
// comment is rendered again from the checked report.




/** Why a folder is not published: exit 2, naming the folder; never a partial publish. */
function refuseFolder(dir, reason) {
    return new EnvironmentError(`the report folder ${dir} is refused: ${reason}`);
}
function load_folder_parse(dir, name, limit) {
    try {
        return JSON.parse(readFolderFile(dir, name, limit));
    }
    catch (e) {
        throw refuseFolder(dir, e instanceof SyntaxError ? `${name} is not valid JSON (${e.message})` : e.message);
    }
}
function loadReportFolder(dir) {
    const report = load_folder_parse(dir, FOLDER_FILES.report, FOLDER_LIMITS.report);
    const event = load_folder_parse(dir, FOLDER_FILES.event, FOLDER_LIMITS.event);
    try {
        return { dir, read: readReportJson(report), event: readFolderEvent(event) };
    }
    catch (e) {
        const message = e.message;
        throw refuseFolder(dir, message.startsWith('event.json') ? message : `report.json: ${message}`);
    }
}

;// CONCATENATED MODULE: ./src/report/publish-error-comment.ts


async function commentRunError(deps, settings, prNumber, message) {
    if (!deps.comments || prNumber === undefined)
        return;
    const plan = commentPlan({ number: prNumber }, deps.env, deps.io.getInput('github-token'), settings);
    if (!plan.post)
        return;
    try {
        const outcome = await upsertComment(deps.comments(plan), plan.marker, `${plan.marker}\n${errorMarkdown(message)}`, settings.comment, false);
        if (outcome.action === 'skipped')
            return;
        deps.io.info(`PR comment ${outcome.action}: ${outcome.url}`);
        deps.io.setOutput('comment-url', outcome.url);
    }
    catch (e) {
        deps.io.warning(explainCommentError(e));
    }
}

;// CONCATENATED MODULE: ./src/report/verify-folder.ts
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
const verify_folder_short = (sha) => sha.slice(0, 12);
/** The trusted run from the comment job's event: workflow_run, or a PR event (a later job of the measuring workflow). */
function trustedRun(eventName, event) {
    if (eventName === 'workflow_run') {
        const run = event?.workflow_run;
        if (typeof run?.head_sha !== 'string')
            return 'the workflow_run event has no workflow_run.head_sha';
        const headRepository = run.head_repository?.full_name ?? event?.repository?.full_name;
        if (typeof headRepository !== 'string')
            return 'the workflow_run event has no workflow_run.head_repository.full_name';
        const prNumbers = Array.isArray(run.pull_requests) ? run.pull_requests.map((p) => p?.number).filter(Number.isInteger) : [];
        return { headSha: run.head_sha, headRepository, prNumbers };
    }
    const pr = event?.pull_request;
    if (pr && typeof pr.head?.sha === 'string') {
        return { headSha: pr.head.sha, headRepository: pr.head.repo?.full_name ?? event?.repository?.full_name ?? '', prNumbers: [pr.number] };
    }
    return `mode: comment publishes the report of another run: run it on workflow_run (or in a later job of a pull_request workflow), not on ${eventName || 'this event'}`;
}
/** Why the folder must not be published on this repository and run, or undefined when its claims hold. */
function folderMismatch(folder, measuredHead, repository, run) {
    if (!same(folder.repository, repository))
        return `its event.json names the repository ${folder.repository}, but this run is in ${repository}`;
    if (folder.headSha !== run.headSha)
        return `its event.json names head ${verify_folder_short(folder.headSha)}, but the triggering run tested ${verify_folder_short(run.headSha)}`;
    if (!same(folder.headRepository, run.headRepository))
        return `its event.json names the head repository ${folder.headRepository}, but the triggering run came from ${run.headRepository}`;
    if (measuredHead && measuredHead !== folder.headSha && measuredHead !== folder.mergeSha)
        return `its report.json measured head ${verify_folder_short(measuredHead)}, which is neither the PR's head ${verify_folder_short(folder.headSha)} nor the merge event.json names`;
    if (folder.prNumber !== null && run.prNumbers.length > 0 && !run.prNumbers.includes(folder.prNumber))
        return `its event.json names PR #${folder.prNumber}, but the triggering run was for PR #${run.prNumbers.join(', #')}`;
    return undefined;
}
/** Why the PR the folder names is not the PR the triggering run tested, or undefined when it is. */
function pullMismatch(pull, repository, run) {
    if (!same(pull.baseRepository, repository))
        return `PR #${pull.number} belongs to ${pull.baseRepository}, not ${repository}`;
    if (pull.headSha !== run.headSha)
        return `PR #${pull.number}'s head is ${verify_folder_short(pull.headSha)}, but the triggering run tested ${verify_folder_short(run.headSha)} (another PR's report, or the PR has moved on since)`;
    if (!same(pull.headRepository, run.headRepository))
        return `PR #${pull.number}'s head comes from ${pull.headRepository}, but the triggering run came from ${run.headRepository}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/workspace/github-event.ts
// The webhook payload of the workflow run (GITHUB_EVENT_PATH), or undefined outside Actions.

function readEvent(env) {
    try {
        return env.GITHUB_EVENT_PATH ? JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8')) : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/run-comment.ts
// mode: comment: publish a report folder that a measuring job wrote (often a fork's PR, whose own token could
// not comment). Runs no PR code: no checkout, worktree, venv or child process. The folder is untrusted: read
// within size limits, checked field by field, its PR proven against this run's event and the API, and the
// comment rendered again from the checked JSON. Then outputs, summary, comment, and a commit status on the head
// sha with the verdict; the exit code follows the verdict. A forged or mismatched folder: exit 2, nothing posted.













const INPUT_NAMES = ['report-dir', 'comment', 'comment-key', 'fail-on-regression', 'fail-on-upgrade-regression'];
/** The PR the folder is for, proven: its head is the commit the triggering run tested, from the same repository. */
async function provePullRequest(folder, run, repository, pulls) {
    const measuredHead = 'report' in folder.read ? folder.read.report.head.sha : folder.read.head?.sha;
    const mismatch = folderMismatch(folder.event, measuredHead, repository, run);
    if (mismatch)
        throw refuseFolder(folder.dir, mismatch);
    const number = folder.event.prNumber;
    if (number === null)
        return undefined;
    if (!pulls)
        throw new EnvironmentError(`input 'github-token' is empty: mode: comment needs a token to look up PR #${number} and to comment on it`);
    const pull = await pulls.getPull(number).catch((e) => {
        const status = e.status;
        if (status === 404)
            throw refuseFolder(folder.dir, `its event.json names PR #${number}, which does not exist in ${repository}`);
        throw new EnvironmentError(`looking up PR #${number} failed${status ? ` (HTTP ${status})` : ''}: ${e.message}`);
    });
    const wrong = pullMismatch(pull, repository, run);
    if (wrong)
        throw refuseFolder(folder.dir, wrong);
    return number;
}
/** The folders a `report-dir` entry names (itself, or the artifacts' sub-folders of a download), each read and checked. */
function readFolders(workspace, given) {
    const dirs = expandReportDirs((0,external_node_path_namespaceObject.resolve)(workspace, given));
    if (!dirs.length)
        throw new ConfigError("input 'report-dir'", given, 'a folder that exists: where actions/download-artifact put the report folder');
    return dirs.map(loadReportFolder);
}
/** One report to publish. Several folders (the shards of a matrix) are merged into one: one BH correction over all rows. */
function oneReport(folders) {
    const reports = folders.map((f) => {
        if (!('report' in f.read))
            throw new EnvironmentError(`the measuring run could not run: ${f.read.error}`);
        return f.read.report;
    });
    return reports.length > 1 ? mergeFolders(reports) : reports[0];
}
async function setStatus(deps, pulls, sha, status) {
    if (!pulls)
        return;
    try {
        await pulls.setStatus(sha, status);
        deps.io.info(`commit status ${status.context}: ${status.state} on ${sha.slice(0, 12)}`);
    }
    catch (e) {
        const code = e.status;
        const hint = code === 403 || code === 404 ? ' (grant the workflow `permissions: statuses: write`)' : '';
        deps.io.warning(`setting the commit status failed${code ? ` (HTTP ${code})` : ''}: ${e.message}${hint}`);
    }
}
async function runComment(deps) {
    const { io, env } = deps;
    const secret = (s) => io.setSecret(s);
    const token = io.getInput('github-token');
    if (token)
        io.setSecret(token);
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    const pulls = token && owner && repo && deps.pulls ? deps.pulls({ owner, repo, token }) : undefined;
    let settings;
    let run;
    try {
        settings = parseCommentSettings(Object.fromEntries(INPUT_NAMES.map((n) => [n, io.getInput(n)])));
        const trusted = trustedRun(env.GITHUB_EVENT_NAME, readEvent(env));
        if (typeof trusted === 'string')
            throw new EnvironmentError(trusted);
        run = trusted;
        const folders = settings.reportDirs.flatMap((d) => readFolders(deps.workspace, d));
        // Every folder proven on its own, and all for the same PR: one comment, one status.
        const prs = new Set();
        for (const folder of folders)
            prs.add(await provePullRequest(folder, run, repository, pulls));
        if (prs.size > 1)
            throw new EnvironmentError(`input 'report-dir' holds report folders of different PRs (#${[...prs].join(', #')})`);
        const [prNumber] = prs;
        io.info(`report folder${folders.length > 1 ? 's' : ''} ${folders.map((f) => f.dir).join(', ')}: ${prNumber ? `PR #${prNumber}, ` : ''}head ${run.headSha} from ${run.headRepository}, proven`);
        const failed = folders.find((f) => !('report' in f.read));
        if (failed && !('report' in failed.read)) {
            const message = redactAndRegister(`the measuring run could not run: ${failed.read.error}`, secret);
            await commentRunError(deps, settings, prNumber, message);
            throw new EnvironmentError(message);
        }
        const read = oneReport(folders);
        // Redacted again: the folder's author may not have redacted anything.
        const report = redactAndRegister(read, secret);
        const outcome = decideOutcome(report, settings);
        const reportPath = reportPathFor(deps, settings.commentKey);
        await publishReport({ ...deps, comments: prNumber ? deps.comments : undefined }, settings, report, outcome.outputs, reportPath, { number: prNumber });
        io.setOutput('report-dir', folders[0].dir);
        await setStatus(deps, pulls, run.headSha, verdictStatus(report, outcome, env, settings.commentKey));
        return { exitCode: outcome.exitCode, message: outcome.message, report };
    }
    catch (e) {
        const outcome = e instanceof RunError ? outcomeOfRunError(e) : { exitCode: 2, message: `py-perf-guard could not run: ${e?.message ?? String(e)}` };
        const message = redactAndRegister(outcome.message ?? '', secret);
        const key = settings?.commentKey ?? io.getInput('comment-key');
        await publishError(deps, message, reportPathFor(deps, key));
        // The head sha is the trusted run's, never the folder's: a refused folder still marks that commit.
        if (run)
            await setStatus(deps, pulls, run.headSha, verdictStatus(undefined, { exitCode: 2, message, outputs: { verdict: 'error' } }, env, key));
        return { exitCode: 2, message };
    }
}

;// CONCATENATED MODULE: ./src/workspace/pyproject.ts
// Reads a project's [tool.py-perf-guard] table from its pyproject.toml (I/O: one file).





function readPyprojectTable(projectDir) {
    const path = (0,external_node_path_namespaceObject.join)(projectDir, 'pyproject.toml');
    if (!(0,external_node_fs_namespaceObject.existsSync)(path))
        return {};
    try {
        const doc = parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
        return { table: doc.tool?.['py-perf-guard'] };
    }
    catch (e) {
        return { error: describeTomlError(e) };
    }
}
/** The PR's changes to the table: base worktree's against the table this run's settings came from. */
function pyprojectChanges(baseProjectDir, settingsProjectDir, givenInputs) {
    const base = readPyprojectTable(baseProjectDir);
    const head = readPyprojectTable(settingsProjectDir);
    const changes = diffConfigTables(base.table, head.table, givenInputs);
    return base.error
        ? { changes, warning: `base's pyproject.toml is not valid TOML (${base.error}): every [tool.py-perf-guard] key of head is listed as new` }
        : { changes };
}

;// CONCATENATED MODULE: ./src/suites/suite-check.ts
// Every suite checked in both worktrees right after checkout, before any venv: a suite path that exists on
// neither side is a configuration error (exit 2); a suite file broken on one side is logged here, and its rows
// fail on that side (measure.ts: on head they block, on base only they are reported).


/** Reads and parses each suite in each worktree (I/O: the files). */
function checkSuites(suites, projectDirs) {
    return suites.map((suite) => ({ suite, sides: { base: prepareSuite(suite, projectDirs.base), head: prepareSuite(suite, projectDirs.head) } }));
}
/** Pure: what the checks mean for the run. */
function suiteProblems(checks, settings) {
    const missing = (p) => 'missing' in p;
    const gone = checks.find((c) => missing(c.sides.base) && missing(c.sides.head));
    const fatal = gone
        ? new ConfigError(settings.suitesSource, gone.suite.path, `a suite that exists on base or head, relative to working-directory ${JSON.stringify(settings.workingDirectory)} (it is on neither)`)
        : undefined;
    const broken = [];
    for (const c of checks) {
        for (const side of ['head', 'base']) {
            const p = c.sides[side];
            if ('error' in p)
                broken.push(`suite ${c.suite.path} is broken on ${side}${side === 'head' ? ' (its benchmarks fail on head)' : ' (reported, not blocking)'}: ${p.error}`);
        }
    }
    return { fatal, broken };
}

;// CONCATENATED MODULE: ./src/suites/checkout-checks.ts
// Right after the worktrees exist, before any venv: the suites on both commits (suite-check.ts) and the
// PR's changes to [tool.py-perf-guard] (config-changes.ts). Throws ConfigError (exit 2) when a suite is on
// neither commit; logs broken suite files; returns the config changes for the report.



function checkCheckouts(io, settings, projectDirs, settingsProjectDir) {
    const suites = suiteProblems(checkSuites(settings.suites, projectDirs), settings);
    if (suites.fatal)
        throw suites.fatal;
    for (const line of suites.broken)
        io.warning(line);
    const given = new Set(SETTING_NAMES.filter((n) => io.getInput(n).trim()));
    const config = pyprojectChanges(projectDirs.base, settingsProjectDir, given);
    if (config.warning)
        io.warning(config.warning);
    if (config.changes.length)
        io.info(`the PR changes [tool.py-perf-guard]: ${config.changes.map((c) => c.key).join(', ')}`);
    return config.changes;
}

;// CONCATENATED MODULE: ./src/workspace/commits.ts

const DEEPEN_STEPS = [50, 250, 1000];
async function fetchFromOrigin(git, refs, depth) {
    if (!(await git.hasRemote('origin')))
        return false;
    const shallow = await git.isShallow();
    const depthArgs = shallow ? [`--depth=${depth ?? 1}`] : [];
    return (await git.fetch([...depthArgs, 'origin', ...refs])) !== null;
}
/** The sha of a commit-ish, fetching it from origin if the checkout lacks it. */
async function ensureCommit(git, ref, what) {
    const local = await git.resolveCommit(ref);
    if (local)
        return local;
    if (await fetchFromOrigin(git, [ref])) {
        for (const candidate of [ref, `origin/${ref}`, 'FETCH_HEAD']) {
            const sha = await git.resolveCommit(candidate);
            if (sha)
                return sha;
        }
    }
    throw new EnvironmentError(`${what} is ${JSON.stringify(ref)}: expected a commit, branch or tag of this repository (not found, and not fetchable from origin)`);
}
/** First parent from the commit object itself, which a shallow clone keeps even when the parent is missing. */
async function firstParent(git, sha) {
    const object = await git.exec(['cat-file', 'commit', sha]);
    const parent = /^parent ([0-9a-f]{40,64})$/m.exec(object)?.[1];
    if (!parent)
        throw new EnvironmentError(`head commit ${sha.slice(0, 12)} has no parent to compare with: set input 'base'`);
    return ensureCommit(git, parent, `first parent of ${sha.slice(0, 12)}`);
}
/** merge-base, deepening a shallow clone step by step until the histories meet. */
async function mergeBaseDeepening(git, a, b) {
    let found = await git.mergeBase(a, b);
    for (const depth of DEEPEN_STEPS) {
        if (found || !(await git.isShallow()))
            break;
        await fetchFromOrigin(git, [a, b], depth);
        found = await git.mergeBase(a, b);
    }
    if (!found && (await git.isShallow())) {
        await git.fetch(['--unshallow', 'origin']);
        found = await git.mergeBase(a, b);
    }
    if (!found)
        throw new EnvironmentError(`no merge base between ${a.slice(0, 12)} and ${b.slice(0, 12)}: set input 'base'`);
    return found;
}
async function resolveCommits(git, request) {
    const headRef = request.head ?? 'HEAD';
    const headSha = await ensureCommit(git, headRef, request.head ? "input 'head'" : 'the checked-out commit');
    const pr = request.event?.pull_request;
    const headName = request.head ?? pr?.head?.ref ?? 'HEAD';
    const head = { ref: headName, sha: headSha };
    if (request.base) {
        return { head, base: { ref: request.base, sha: await ensureCommit(git, request.base, "input 'base'") }, how: "input 'base'" };
    }
    if (pr?.base?.sha && !request.head) {
        const baseRef = pr.base.ref ?? pr.base.sha;
        if (pr.head?.sha === headSha) {
            const prBase = await ensureCommit(git, pr.base.sha, 'pull_request.base.sha');
            return { head, base: { ref: baseRef, sha: await mergeBaseDeepening(git, prBase, headSha) }, how: 'merge-base of the PR head and its base branch' };
        }
        return { head, base: { ref: baseRef, sha: await firstParent(git, headSha) }, how: "first parent of GitHub's merge commit" };
    }
    return { head, base: { ref: `${headName}^`, sha: await firstParent(git, headSha) }, how: 'first parent of head' };
}

;// CONCATENATED MODULE: ./src/workspace/find-interpreters.ts
// Phase: every listed interpreter spec → a found or missing interpreter; at least one must be usable.




async function findInterpreters(deps, settings, headProjectDir) {
    const places = searchPlacesFromEnv(deps.env);
    const found = [];
    for (const label of settings.interpreters) {
        const spec = parseInterpreterSpec(label);
        if (!spec)
            throw new ConfigError("input 'interpreters'", label, 'a version such as 3.12, pypy3 or pypy3.10, an absolute path, or auto');
        const info = spec.kind === 'auto' ? await resolveAuto(deps.run, headProjectDir, places) : await resolveSpec(deps.run, label, spec, places);
        if (isFound(info) && found.some((f) => f.path === info.path))
            continue; // `auto` may name one listed too
        found.push(info);
        deps.io.info(isFound(info) ? `${info.label}: ${info.implementation} ${info.version} at ${info.path}` : `${info.label}: ${info.error}`);
    }
    if (!found.some(isFound))
        throw new EnvironmentError(`no interpreter usable: ${found.map((f) => f.error).join('; ')}`);
    return found;
}

;// CONCATENATED MODULE: ./src/workspace/git-network.ts

const NETWORK_TIMEOUT_MS = 2 * 60 * 1000;
/** Waits before the second and the third try. */
const RETRY_DELAYS_MS = [1000, 3000];
const CREDENTIALS_FAILURE = /could not read (Username|Password)|Authentication failed|terminal prompts disabled|HTTP Basic: Access denied|Permission denied \(publickey\)|returned error: 40[13]\b/i;
/** The remote answered, and the answer is no: another try would get the same. */
const DEFINITE_ANSWER = /couldn't find remote ref|not our ref|unadvertised object/i;
const CREDENTIALS_HINT = "the checkout has no credentials for origin: keep actions/checkout's `persist-credentials: true` (its default), " +
    'or check out the whole history with `fetch-depth: 0` so that nothing needs fetching';
/** The stderr of a failed git call, told apart: a credentials failure, or something worth another try. Pure. */
function isCredentialsFailure(stderr) {
    return CREDENTIALS_FAILURE.test(stderr);
}
/** git's `fatal:` line says what went wrong; the lines after it are advice. */
function reason(text) {
    const lines = text.trim().split('\n');
    return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[lines.length - 1] ?? '';
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs one network git call (`call` gets the arguments and a timeout) until it succeeds, at most
 * 1 + RETRY_DELAYS_MS.length times. Returns stdout, or null when every try failed.
 */
async function withRetries(args, call, log) {
    const tries = RETRY_DELAYS_MS.length + 1;
    const what = `git ${args.filter((a) => a !== '--quiet').join(' ')}`;
    for (let i = 0; i < tries; i++) {
        const r = await call(args, NETWORK_TIMEOUT_MS);
        if (r.code === 0)
            return r.stdout.trim();
        const why = r.timedOut ? `timed out after ${NETWORK_TIMEOUT_MS / 1000}s` : reason(r.stderr || r.stdout);
        if (isCredentialsFailure(r.stderr))
            throw new EnvironmentError(`${what} failed: ${why}: ${CREDENTIALS_HINT}`);
        const last = i === tries - 1 || DEFINITE_ANSWER.test(r.stderr);
        log(`${what}: try ${i + 1} of ${tries} failed (${why})${last ? '' : `; trying again in ${RETRY_DELAYS_MS[i] / 1000}s`}`);
        if (last)
            break;
        await sleep(RETRY_DELAYS_MS[i]);
    }
    return null;
}

;// CONCATENATED MODULE: ./src/workspace/git.ts

class GitError extends Error {
    constructor(args, stderr) {
        super(`git ${args.join(' ')} failed: ${stderr.trim().split('\n').slice(-2).join(' ')}`);
        this.name = 'GitError';
    }
}
class Git {
    run;
    cwd;
    env;
    log;
    constructor(run, cwd, 
    /** The children's allow-listed environment (child-env.ts), from the seam; git needs nothing more. */
    env, log = () => undefined) {
        this.run = run;
        this.cwd = cwd;
        this.env = env;
        this.log = log;
    }
    /** The same repository with more environment (a temporary index: working-tree.ts). */
    withEnv(extra) {
        return new Git(this.run, this.cwd, { ...this.env, ...extra }, this.log);
    }
    async exec(args) {
        const r = await this.run('git', args, { cwd: this.cwd, env: { ...this.env, GIT_TERMINAL_PROMPT: '0' } });
        if (r.code !== 0)
            throw new GitError(args, r.stderr || r.stdout);
        return r.stdout.trim();
    }
    async tryExec(args) {
        try {
            return await this.exec(args);
        }
        catch (e) {
            if (e instanceof GitError)
                return null;
            throw e;
        }
    }
    topLevel() {
        return this.exec(['rev-parse', '--show-toplevel']);
    }
    /** The full sha of a commit-ish, or null when it is not in the repository. */
    resolveCommit(ref) {
        return this.tryExec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    async isShallow() {
        return (await this.exec(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    async hasRemote(name) {
        return (await this.exec(['remote'])).split('\n').includes(name);
    }
    /** Parents of a commit as the local history knows them (none at a shallow boundary). */
    async parents(sha) {
        const line = await this.exec(['rev-list', '--parents', '-n', '1', sha]);
        return line.split(/\s+/).slice(1);
    }
    mergeBase(a, b) {
        return this.tryExec(['merge-base', a, b]);
    }
    /** Network: a timeout, three tries, and a credentials failure explained (git-network.ts). */
    fetch(args) {
        const env = { ...this.env, GIT_TERMINAL_PROMPT: '0' };
        return withRetries(['fetch', '--no-tags', '--quiet', ...args], (a, timeoutMs) => this.run('git', a, { cwd: this.cwd, env, timeoutMs }), this.log);
    }
    async addWorktree(dir, sha) {
        await this.exec(['worktree', 'add', '--detach', '--force', dir, sha]);
    }
    async removeWorktree(dir) {
        await this.tryExec(['worktree', 'remove', '--force', dir]);
        await this.tryExec(['worktree', 'prune']);
    }
}

;// CONCATENATED MODULE: ./src/workspace/load-settings.ts
// Phase 1: the inputs (through Io) and the project's [tool.py-perf-guard] table → Settings. An invalid
// pyproject.toml stops the run (exit 2): ignoring it would run with settings the project did not choose.




function loadSettings(deps) {
    const inputs = {};
    for (const name of [...SETTING_NAMES, ...WORKFLOW_ONLY_NAMES])
        inputs[name] = deps.io.getInput(name);
    const projectRoot = (0,external_node_path_namespaceObject.resolve)(deps.workspace, inputs['working-directory'] || '.');
    const pyproject = readPyprojectTable(projectRoot);
    if (pyproject.error) {
        throw new EnvironmentError(`${(0,external_node_path_namespaceObject.join)(inputs['working-directory'] || '.', 'pyproject.toml')} is not valid TOML (${pyproject.error}): fix it, py-perf-guard reads its [tool.py-perf-guard] table`);
    }
    return parseConfig(inputs, pyproject.table);
}

;// CONCATENATED MODULE: ./src/workspace/pip-cache-key.ts
// The key of pip's cache: OS, architecture, the interpreters' versions and a hash of what decides the installs
// (the dependency files on both commits and the install command). Pure: the caller reads the files.

/** The files, in each project folder, that decide what pip installs. */
const DEPENDENCY_FILE = /^(requirements[^/]*\.txt|pyproject\.toml|setup\.cfg|setup\.py)$/;
const pip_cache_key_safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, '_');
/** The exact key, and the prefix that restores the latest cache of the same OS and interpreters on a miss. */
function pipCacheKey(p) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    for (const f of [...p.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))
        hash.update(`${f.name}\0${f.text}\0`);
    hash.update(`install\0${p.install}`);
    const prefix = `py-perf-guard-pip-${pip_cache_key_safe(p.os)}-${pip_cache_key_safe(p.arch)}-${[...new Set(p.interpreters)].sort().map(pip_cache_key_safe).join('_')}-`;
    return { key: prefix + hash.digest('hex').slice(0, 32), restoreKeys: [prefix] };
}

;// CONCATENATED MODULE: ./src/workspace/pip-cache.ts
// `cache: pip`: before the venvs are built, restore pip's cache into one folder that every install uses
// (PIP_CACHE_DIR in the project's processes' environment); the post step saves it. Any failure is a warning:
// the installs then simply download again.




function dependencyFiles(projectDirs) {
    return Object.entries(projectDirs).flatMap(([side, dir]) => (0,external_node_fs_namespaceObject.existsSync)(dir)
        ? (0,external_node_fs_namespaceObject.readdirSync)(dir)
            .filter((f) => DEPENDENCY_FILE.test(f))
            .map((f) => ({ name: `${side}/${f}`, text: (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(dir, f), 'utf8') }))
        : []);
}
/** Whether the cache is used: `pip` asks for it; `auto` uses it where the runner has the cache service. */
function wanted(deps, settings) {
    if (settings.cache === 'off' || !deps.cache || !deps.env.RUNNER_TEMP)
        return false;
    if (deps.cache.available())
        return true;
    if (settings.cache === 'pip')
        deps.io.warning("input 'cache' is pip, but this runner has no cache service (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL); installing without it");
    return false;
}
async function restorePipCache(deps, settings, interpreters, projectDirs) {
    if (!wanted(deps, settings))
        return;
    try {
        const dir = deps.env.PIP_CACHE_DIR || (0,external_node_path_namespaceObject.join)(deps.env.RUNNER_TEMP, 'py-perf-guard-pip-cache');
        const { key, restoreKeys } = pipCacheKey({
            os: deps.env.RUNNER_OS ?? process.platform,
            arch: deps.env.RUNNER_ARCH ?? process.arch,
            interpreters: interpreters.filter(isFound).map((i) => `${i.implementation}-${i.version}`),
            files: dependencyFiles(projectDirs),
            install: settings.install ?? '(default)',
        });
        const restoredKey = await deps.io.group('Restore pip cache', () => deps.cache.restore(dir, key, restoreKeys));
        deps.io.info(restoredKey ? `pip cache: restored ${restoredKey}${restoredKey === key ? '' : ` (for ${key})`}` : `pip cache: no cache for ${key} yet`);
        // The installs start from childEnv, which every later process reads (confineDeps made it for this run).
        if (deps.childEnv)
            deps.childEnv.PIP_CACHE_DIR = dir;
        deps.cache.remember({ dir, key, ...(restoredKey ? { restoredKey } : {}) });
    }
    catch (e) {
        deps.io.warning(`pip cache: restoring failed, installing without it: ${e.message ?? String(e)}`);
    }
}

;// CONCATENATED MODULE: ./src/workspace/stale-worktrees.ts
// A run killed outright (SIGKILL, a runner that lost power) leaves its worktrees registered in the repository.
// At start: forget those whose py-perf-guard temp folder is gone, so that they neither pile up nor block
// `git worktree add` on the same path.

/** Worktree paths from `git worktree list --porcelain` that a py-perf-guard run made and that no longer exist. Pure but for existsSync. */
function staleRunWorktrees(porcelain, exists = external_node_fs_namespaceObject.existsSync) {
    return porcelain
        .split('\n')
        .filter((l) => l.startsWith('worktree '))
        .map((l) => l.slice('worktree '.length))
        .filter((p) => /[\\/]py-perf-guard-[^\\/]+[\\/](base|head)$/.test(p) && !exists(p));
}
async function pruneStaleWorktrees(git, log) {
    const list = await git.tryExec(['worktree', 'list', '--porcelain']);
    const stale = list ? staleRunWorktrees(list) : [];
    if (!stale.length)
        return;
    await git.tryExec(['worktree', 'prune']);
    log(`pruned ${stale.length} stale worktree(s) left by an earlier, killed run: ${stale.join(', ')}`);
}

;// CONCATENATED MODULE: ./src/workspace/trigger-check.ts
// Which commit runs under a trigger that holds a write token (pull_request_target, workflow_run). Pure.
// There the default checkout is the base branch, not the PR: comparing it with its parent would call the base
// branch's last commit "the PR's result". And running the PR's code there hands it the write token and the
// repository's secrets, so that needs the workflow owner's explicit `trust-pr-code: true`.
/** Parents from `git cat-file commit <sha>`, which a shallow clone keeps even when the parents are missing. */
function parseParents(commitObject) {
    return [...commitObject.matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]);
}
const trigger_check_short = (sha) => (sha ? sha.slice(0, 12) : '(none)');
const RISK = "py-perf-guard would run it (install, build, benchmarks) in a job that holds a write token and the repository's secrets, " +
    'so any PR, also from a fork, could push commits, poison caches or read those secrets';
function prCodeUnderTarget(pr, what, trusted) {
    const where = `on pull_request_target the checkout is PR #${pr.number ?? '?'}'s code (${what})`;
    if (trusted)
        return { ok: true, warning: `${where}; running it because trust-pr-code is true` };
    return {
        ok: false,
        message: `${where}, and ${RISK}: run on pull_request instead (a fork's PR then gets a read-only token and the result is advisory), ` +
            "or set input 'trust-pr-code' to true if only trusted people can open PRs here (README, Security)",
    };
}
function pullRequestTarget(f) {
    const pr = f.event?.pull_request ?? {};
    const prHead = pr.head?.sha;
    if (!prHead)
        return { ok: false, message: 'on pull_request_target the event has no pull_request.head.sha: cannot tell whether the checkout is the PR' };
    if (f.headSha === prHead)
        return prCodeUnderTarget(pr, `its head ${trigger_check_short(prHead)}`, f.trustPrCode);
    if (f.headParents.length >= 2 && f.headParents[1] === prHead)
        return prCodeUnderTarget(pr, `GitHub's merge ${trigger_check_short(f.headSha)} of its head ${trigger_check_short(prHead)}`, f.trustPrCode);
    const which = f.headFromInput ? `input 'head' (${trigger_check_short(f.headSha)})` : `the checkout (${trigger_check_short(f.headSha)})`;
    return {
        ok: false,
        message: `on pull_request_target ${which} is neither PR #${pr.number ?? '?'}'s head ${trigger_check_short(prHead)} nor GitHub's merge of it ` +
            "(by default this trigger checks out the base branch, and its last commit would be reported as the PR's result): " +
            'check out the PR with actions/checkout `ref: ${{ github.event.pull_request.head.sha }}` and set trust-pr-code (README, Security), or run on pull_request',
    };
}
function workflowRun(f) {
    const run = f.event?.workflow_run ?? {};
    const expected = run.head_sha;
    if (!expected)
        return { ok: false, message: 'on workflow_run the event has no workflow_run.head_sha: cannot tell which commit the triggering run tested' };
    if (f.headSha !== expected) {
        const which = f.headFromInput ? `input 'head' (${trigger_check_short(f.headSha)})` : `the checkout (${trigger_check_short(f.headSha)})`;
        return {
            ok: false,
            message: `on workflow_run ${which} is not the commit the triggering run tested (workflow_run.head_sha ${trigger_check_short(expected)}): check out actions/checkout \`ref: \${{ github.event.workflow_run.head_sha }}\``,
        };
    }
    // A fork's commit under workflow_run runs with this repository's write token, like pull_request_target.
    const from = run.head_repository?.full_name;
    const self = f.event?.repository?.full_name;
    if (from && self && from !== self && !f.trustPrCode) {
        return {
            ok: false,
            message: `on workflow_run the checkout ${trigger_check_short(f.headSha)} comes from the fork ${from}, and ${RISK}: measure on pull_request and only publish here, or set input 'trust-pr-code' to true (README, Security)`,
        };
    }
    return from && self && from !== self
        ? { ok: true, warning: `on workflow_run running ${from}'s commit ${trigger_check_short(f.headSha)} because trust-pr-code is true` }
        : { ok: true };
}
function decideTrigger(f) {
    if (f.eventName === 'pull_request_target')
        return pullRequestTarget(f);
    if (f.eventName === 'workflow_run')
        return workflowRun(f);
    return { ok: true };
}

;// CONCATENATED MODULE: ./src/workspace/trigger-guard.ts


async function guardTrigger(io, git, env, event, settings, headSha) {
    if (env.GITHUB_EVENT_NAME !== 'pull_request_target' && env.GITHUB_EVENT_NAME !== 'workflow_run')
        return;
    const headParents = parseParents(await git.exec(['cat-file', 'commit', headSha]));
    const decision = decideTrigger({
        eventName: env.GITHUB_EVENT_NAME,
        event,
        headSha,
        headParents,
        headFromInput: Boolean(settings.head),
        trustPrCode: settings.trustPrCode,
    });
    if (!decision.ok)
        throw new EnvironmentError(decision.message);
    if (decision.warning)
        io.warning(decision.warning);
}

;// CONCATENATED MODULE: ./src/workspace/working-tree.ts
// `head: WORKTREE`: the working tree as it is (uncommitted changes and untracked files that are not ignored)
// as a commit object of its own, so that it can be checked out beside base like any commit. The user's index,
// stash, refs and files are not touched: a temporary index starts from HEAD's tree, takes `git add -A`, and
// becomes a tree and an unreferenced commit on top of HEAD (git's gc removes it in time).




const WORKTREE = 'WORKTREE';
const IDENTITY = {
    GIT_AUTHOR_NAME: 'py-perf-guard',
    GIT_AUTHOR_EMAIL: 'py-perf-guard@localhost',
    GIT_COMMITTER_NAME: 'py-perf-guard',
    GIT_COMMITTER_EMAIL: 'py-perf-guard@localhost',
};
async function commitWorkingTree(git, tempDir = (0,external_node_os_namespaceObject.tmpdir)()) {
    const parent = await git.resolveCommit('HEAD');
    if (!parent)
        throw new EnvironmentError(`input 'head' is "${WORKTREE}": expected a repository with a commit to compare the working tree against (HEAD has none yet)`);
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(tempDir, 'py-perf-guard-index-'));
    try {
        const staged = git.withEnv({ GIT_INDEX_FILE: (0,external_node_path_namespaceObject.join)(dir, 'index'), ...IDENTITY });
        const top = await git.topLevel();
        await staged.exec(['read-tree', parent]);
        // From the top, so the whole tree is taken whatever folder the project is in; ignored files stay out.
        await staged.exec(['-C', top, 'add', '-A', '--', '.']);
        const tree = await staged.exec(['write-tree']);
        const sha = await staged.exec(['commit-tree', tree, '-p', parent, '-m', 'py-perf-guard: the working tree (uncommitted)']);
        return { sha, parent, ref: `working tree (uncommitted) on top of ${parent.slice(0, 12)}` };
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/workspace/worktrees.ts
// The base and head checkouts side by side (git worktrees) in one temporary folder, removed after the run.




async function createWorktrees(git, commits, relProject, baseTemp) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(baseTemp, 'py-perf-guard-'));
    // A cancelled run (SIGINT/SIGTERM) removes the worktrees too (lifecycle.ts).
    addCleanup(dir, () => removeWorkspaceSync(git.cwd, dir));
    const worktrees = [];
    const projectDirs = {};
    for (const side of SIDES) {
        const tree = (0,external_node_path_namespaceObject.join)(dir, side);
        await git.addWorktree(tree, commits[side].sha);
        worktrees.push(tree);
        projectDirs[side] = (0,external_node_path_namespaceObject.join)(tree, relProject);
    }
    return { dir, projectDirs, worktrees };
}
async function removeWorktrees(git, ws) {
    for (const tree of ws.worktrees)
        await git.removeWorktree(tree);
    (0,external_node_fs_namespaceObject.rmSync)(ws.dir, { recursive: true, force: true });
    releaseCleanup(ws.dir);
}

;// CONCATENATED MODULE: ./src/run.ts
// The run, phase by phase: settings → commits → worktrees → interpreters → environments and units →
// rounds → verdicts → explanations → report → publishing → outcome. Everything outside comes in through
// ShellDeps (io/seam.ts), so the action, the CLI and the tests share this one path.





































async function runShell(outer) {
    const { io } = outer;
    const now = outer.now ?? Date.now;
    const startedAt = now();
    const secret = (s) => io.setSecret(s);
    const token = io.getInput('github-token');
    if (token)
        io.setSecret(token);
    let ws;
    let git;
    // Known as far as the run got, for the report of a run that stops early.
    let reportPath;
    let commits;
    try {
        const mode = parseMode(io.getInput('mode'));
        if (mode === 'comment' || mode === 'merge')
            return await runComment(outer);
        const settings = loadSettings(outer);
        reportPath = reportPathFor(outer, settings.commentKey);
        redactAndRegister(settings.install ?? '', secret); // the runner then masks an index URL's password wherever pip echoes it
        const deps = confineDeps(outer, settings.passEnv, token);
        const projectDir = (0,external_node_path_namespaceObject.resolve)(deps.workspace, settings.workingDirectory);
        git = new Git(deps.run, projectDir, deps.childEnv, (l) => io.info(l));
        const top = await git.topLevel().catch(() => {
            throw new EnvironmentError(`input 'working-directory' is ${JSON.stringify(settings.workingDirectory)}: expected a folder inside a git repository (check out the repository first)`);
        });
        // git names the real path; a workspace reached through a symlink is compared by its real path too.
        const relProject = (0,external_node_path_namespaceObject.relative)((0,external_node_fs_namespaceObject.realpathSync)(top), (0,external_node_fs_namespaceObject.realpathSync)(projectDir));
        await pruneStaleWorktrees(git, (l) => io.info(l));
        const event = readEvent(deps.env);
        // Before any of the PR's code runs (and before base is chosen): under a write-token trigger, is head the PR, may it run?
        // `head: WORKTREE`: the working tree as it is, committed aside (the user's index and refs untouched).
        const workingTree = settings.head === WORKTREE ? await commitWorkingTree(git, deps.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)()) : undefined;
        const head = workingTree?.sha ?? settings.head;
        const localHead = await git.resolveCommit(head ?? 'HEAD');
        if (localHead)
            await guardTrigger(io, git, deps.env, event, settings, localHead);
        commits = await io.group('Choose commits', async () => {
            const c = await resolveCommits(git, { base: settings.base, head, event });
            if (workingTree)
                [c.head.ref, c.base.ref] = [workingTree.ref, settings.base ?? 'HEAD'];
            io.info(`base ${c.base.sha} (${c.base.ref}; ${c.how}), head ${c.head.sha} (${c.head.ref})`);
            return c;
        });
        if (!localHead)
            await guardTrigger(io, git, deps.env, event, settings, commits.head.sha);
        ws = await createWorktrees(git, commits, relProject, deps.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)());
        const configChanges = checkCheckouts(io, settings, ws.projectDirs, projectDir);
        const interpreters = await io.group('Find interpreters', () => findInterpreters(deps, settings, ws.projectDirs.head));
        await restorePipCache(deps, settings, interpreters, ws.projectDirs);
        // From here on every process is held to what is left of the time budget (time-budget.ts).
        const budget = new TimeBudget(settings.timeBudgetSeconds, now, startedAt);
        const timed = { ...deps, run: budget.wrap(deps.run) };
        const built = await buildUnits(timed, settings, interpreters, ws);
        const planned = await planCross(timed, settings, interpreters, ws, relProject);
        const crossUnits = await buildCrossUnits(timed, settings, planned, ws, built);
        const crashed = crashedUnits();
        const logRound = roundsLogger(deps.env);
        const progress = progressReporter(outer.progress, (l) => io.info(l), () => (now() - startedAt) / 1000, settings.timeBudgetSeconds);
        // method: paired measures the units it can serve, the interpreter comparisons too (head on one interpreter
        // against head on the other as a worker pair); the rest (import-time, a fixture API the plugin doesn't
        // know, a suite missing or broken on a side) goes to rounds.
        const paired = settings.method === 'paired'
            ? await io.group('Paired measurement (base and head workers, lock-step bursts)', () => runPaired([...built.units, ...crossUnits], {
                ...settings,
                limits: settings.pairLimits,
                budgetLeft: () => budget.leftSeconds(),
                now,
                log: (l) => logUntrusted(io, l), // a worker's error lines quote the PR's code's output
                notice: (l) => (io.notice ?? io.info)(l),
                progress: progress.pairs,
            }))
            : undefined;
        const roundUnits = paired ? paired.fallback : [...built.units, ...crossUnits];
        const measured = await io.group('Benchmark rounds (base and head interleaved)', () => runRounds(roundUnits, {
            ...settings,
            budgetSeconds: budget.leftSeconds(),
            budgetCut: () => budget.exhausted,
            now,
            log: (l) => io.info(l),
            runRound: runSuiteRound,
            onRound: (e) => (crashed.onRound(e), logRound?.(e)),
            progress: progress.rounds(settings.maxRounds),
        }));
        progress.done();
        const stopReason = budget.exhausted ? 'time-budget' : worstStop(measured.stopReason, paired?.stopReason);
        const later = laterPasses(settings, stopReason);
        if (later.note)
            io.warning(later.note);
        const crossLabels = new Set(planned.map((c) => c.label));
        const own = measured.comparisons.filter((c) => !crossLabels.has(c.interpreter));
        const pairedOwn = (paired?.comparisons ?? []).filter((c) => !crossLabels.has(c.interpreter));
        const explainable = built.units.filter((u) => !crashed.has(u));
        // One Benjamini–Hochberg family over the rows of both methods (a unit paired could not serve went to rounds).
        const judged = judgeRun(own, pairedOwn, settings);
        const explained = await explainRows(timed, later.settings, judged, [...own, ...pairedOwn.map(() => ({ breakdown: undefined }))], explainable, ws, reportPath);
        const counted = later.settings.instructions
            ? await io.group('Instruction counts (valgrind callgrind, base and head)', () => instructionsPass(timed, later.settings, explained, explainable))
            : undefined;
        const rows = counted?.rows ?? explained;
        // Where the report leaves the core: from here on (JSON, summary, comment, exit message) it carries no credentials.
        const report = redactAndRegister(buildReport({
            base: commits.base,
            head: commits.head,
            threshold: settings.threshold,
            alpha: settings.alpha,
            statistic: settings.statistic,
            slowRounds: settings.slowRounds,
            minRounds: settings.minRounds,
            maxRounds: settings.maxRounds,
            rounds: measured.rounds,
            method: settings.method,
            ...(paired
                ? { paired: { pairs: paired.pairs, burstMs: paired.burstMs, startupSeconds: paired.startupSeconds, ...paired.limits, parallel: paired.parallel } }
                : {}),
            stopReason,
            elapsedSeconds: measured.elapsedSeconds + (paired?.elapsedSeconds ?? 0),
            interpreters,
            rows,
            cross: judgeInterpreterComparisons(planned, measured.comparisons, settings, paired?.comparisons),
            configChanges,
            ...(settings.shard ? { shard: settings.shard } : {}),
            ...(counted ? { instructions: counted.setup } : {}),
        }), secret);
        const outcome = decideOutcome(report, settings);
        // measure: no comment; auto on a fork's PR: its read-only token could not comment, so don't try (the notice says how).
        const forkSkipped = mode === 'auto' && forkTokenIsReadOnly(deps.env.GITHUB_EVENT_NAME, event) && settings.comment !== 'never';
        await publishReport(mode === 'measure' || forkSkipped ? { ...deps, comments: undefined } : deps, settings, report, outcome.outputs, reportPath, event);
        publishFolder(deps, report, { dir: reportDirFor(deps, settings.commentKey), event, forkSkipped });
        return { exitCode: outcome.exitCode, message: outcome.message, report };
    }
    catch (e) {
        // Bad input or environment (exit 2), or a bug: the verdict `error` and a report saying why still go out.
        const expected = e instanceof RunError;
        const outcome = expected
            ? outcomeOfRunError(e)
            : { exitCode: 2, message: `py-perf-guard could not run: ${e?.message ?? String(e)}`, outputs: { verdict: 'error' } };
        const message = redactAndRegister(outcome.message ?? '', secret);
        if (!expected && e?.stack)
            io.info(redactAndRegister(e.stack, secret));
        await publishError(outer, message, reportPath ?? reportPathFor(outer, io.getInput('comment-key')), commits);
        publishFolderError(outer, message, { dir: reportDirFor(outer, io.getInput('comment-key')), event: readEvent(outer.env), forkSkipped: false }, commits ?? {});
        return { exitCode: outcome.exitCode, message };
    }
    finally {
        if (ws && git)
            await removeWorktrees(git, ws);
    }
}

;// CONCATENATED MODULE: ./src/cli.ts
// The local CLI: the same shell as the action, reporting to the terminal instead of GitHub.















async function main() {
    let args;
    try {
        args = parseCliArgs(process.argv.slice(2));
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        process.stderr.write(`error: ${e.message}\nUsage: py-perf-guard [--base REF] [--head REF|WORKTREE] [--suites SUITE]... [OPTION]... (see --help)\n`);
        return 2;
    }
    if (args.help) {
        process.stdout.write(`${helpText(Math.min(process.stdout.columns || 100, 120))}\n`);
        return 0;
    }
    if (args.version) {
        process.stdout.write(`py-perf-guard ${actionVersion() ?? '(unknown version)'}\n`);
        return 0;
    }
    const unsupported = unsupportedPlatform();
    if (unsupported) {
        process.stderr.write(`error: ${unsupported}\n`);
        return 2;
    }
    // A person at a terminal reads text; a pipe or a file gets markdown, as 1.0 printed, so scripts keep working.
    const format = args.format ?? (process.stdout.isTTY ? 'text' : 'markdown');
    // The live status line only where a person watches stderr; elsewhere a line per round, like the action's log.
    const status = process.stderr.isTTY ? new StatusLine(process.stderr) : undefined;
    const err = (line) => (status ? status.print(`${line}\n`) : process.stderr.write(`${line}\n`));
    let markdown = '';
    const io = {
        getInput: (name) => args.inputs[name] ?? '',
        info: (m) => err(m),
        warning: (m) => err(`warning: ${m}`),
        notice: (m) => err(`notice: ${m}`),
        error: (m, at) => void (at || err(`error: ${m}`)), // annotations are for GitHub's diff view
        group: async (name, fn) => {
            err(`== ${name}`);
            return fn();
        },
        setOutput: () => undefined,
        setSecret: () => undefined,
        writeSummary: async (text) => void (markdown += text),
    };
    // Outside Actions there is no event: base/head come from the arguments or HEAD^/HEAD.
    const env = { ...process.env, GITHUB_EVENT_PATH: '', GITHUB_EVENT_NAME: '' };
    // Without --json the report goes to a folder of our own (mode 0700), never a fixed name in the shared temp
    // folder, where another user could read it or plant a symlink; its path is printed below.
    const privateDir = args.json ? undefined : (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'py-perf-guard-'));
    const reportPath = privateDir ? (0,external_node_path_namespaceObject.join)(privateDir, 'report.json') : (0,external_node_path_namespaceObject.resolve)(args.json);
    // A run stopped by a signal writes no report: then its private folder goes too.
    if (privateDir)
        addCleanup(privateDir, () => (0,external_node_fs_namespaceObject.existsSync)(reportPath) || (0,external_node_fs_namespaceObject.rmSync)(privateDir, { recursive: true, force: true }));
    const result = await runShell({ io, run: processRunner(env), env, workspace: process.cwd(), reportPath, progress: status });
    status?.done();
    if (format === 'markdown')
        process.stdout.write(markdown);
    else if (format === 'json' && (0,external_node_fs_namespaceObject.existsSync)(reportPath))
        process.stdout.write((0,external_node_fs_namespaceObject.readFileSync)(reportPath, 'utf8'));
    else if (format === 'text' && result.report) {
        const plot = (r) => forestPlot(r.rows, { threshold: r.threshold, confidence: formatPercent(1 - r.alpha) });
        process.stdout.write(renderText(result.report, { colour: colourEnabled({ isTTY: Boolean(process.stdout.isTTY), env: process.env }), plot, width: process.stdout.columns }));
    }
    if ((0,external_node_fs_namespaceObject.existsSync)(reportPath))
        process.stderr.write(`report: ${reportPath}\n`);
    if (result.message)
        process.stderr.write(`${result.exitCode === 0 ? 'note' : 'error'}: ${result.message}\n`);
    return result.exitCode;
}
installSignalHandlers((line) => process.stderr.write(`${line}\n`));
main().then((code) => (process.exitCode = code), (error) => {
    process.stderr.write(`error: py-perf-guard could not run: ${error.message}\n`);
    process.exitCode = 2;
});

