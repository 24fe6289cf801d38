#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
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
        name: 'comment',
        default: 'always',
        kind: 'choice',
        choices: ['always', 'on-regression', 'never'],
        pyproject: true,
        doc: '`always`, `on-regression` (create only on a regression, but keep an existing comment current), `never`',
    },
    { name: 'comment-key', default: '', kind: 'text', pyproject: true, doc: 'extra key of the comment marker, for several py-perf-guard steps in one job' },
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
        name: 'slow-rounds',
        default: 'drop',
        kind: 'choice',
        choices: ['drop', 'keep'],
        pyproject: true,
        doc: "`drop`: size the change (ratio, CI) without the rounds whose whole suite ran in a slow mode (≥1.25× the side's fast quartile); the test still uses every round. `keep`: every round for both",
    },
    {
        name: 'method',
        default: 'rounds',
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
    { name: 'memory-regressions', doc: 'count of rows whose peak memory per call grew by `memory-threshold` or more' },
    { name: 'report-json', doc: 'absolute path of the JSON report (below `RUNNER_TEMP`)' },
    { name: 'comment-url', doc: 'URL of the PR comment, whenever one was created or updated' },
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
        timeBudgetSeconds: budget,
        failOnRegression: flag(raw, 'fail-on-regression'),
        comment: oneOf(raw, 'comment'),
        commentKey: raw['comment-key'].text,
        workingDirectory,
        statistic: oneOf(raw, 'statistic'),
        slowRounds: oneOf(raw, 'slow-rounds'),
        failOnUpgradeRegression: flag(raw, 'fail-on-upgrade-regression'),
        compareInterpreters: flag(raw, 'compare-interpreters'),
        profile: oneOf(raw, 'profile'),
        memory: flag(raw, 'memory'),
        memoryThreshold: boundedPercentage(raw['memory-threshold'], '10%', '0.1'),
        passEnv: parsePassEnv(inputs['pass-env'] ?? ''),
        trustPrCode: required(parseBoolean((inputs['trust-pr-code'] ?? '').trim() || 'false'), { text: inputs['trust-pr-code'] ?? '', source: "input 'trust-pr-code'" }, 'true or false'),
    };
}

;// CONCATENATED MODULE: ./src/config/cli-args.ts
// Command-line arguments of the local CLI → the same named inputs the action reads. Pure.


const CLI_USAGE = `Usage: py-perf-guard --base <ref> --head <ref> [--suites <line>]… [--interpreters <list>] [--json <file>]
       [--<input-name> <value>]…   (every input of action.yml: --threshold 5%, --min-rounds 10, --install "pip install -e .", …)
Run inside the Python project's git repository. Prints the report (markdown) on stdout, progress on stderr.
Exit status: 0 pass, 1 regression or failures of head, 2 bad input or nothing measurable.`;
function parseCliArgs(argv) {
    const inputs = {};
    const result = { inputs, help: false };
    const known = [...SETTING_NAMES, ...WORKFLOW_ONLY_NAMES, 'json'];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            result.help = true;
            continue;
        }
        const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
        if (!m || !known.includes(m[1]))
            throw new ConfigError('command-line argument', arg, `one of ${known.map((k) => `--${k}`).join(', ')} (see --help)`);
        const name = m[1];
        let value = m[2];
        if (value === undefined) {
            if (i + 1 >= argv.length)
                throw new ConfigError(`option --${name}`, '', 'a value after it');
            value = argv[++i];
        }
        if (name === 'json')
            result.json = value;
        else if (name === 'suites' && inputs.suites)
            inputs.suites += `\n${value}`;
        else
            inputs[name] = value;
    }
    return result;
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
/** The lines that say what went wrong: `ERROR:`/`Error` lines when the tool printed some (pip does, among warnings), else the last lines. */
function errorLines(text) {
    const errors = text.split('\n').filter((l) => /^(ERROR|error)\b|^\w*Error\b/.test(l.trim()));
    return errors.length ? errors.slice(-2).join('\n') : lastLines(text);
}
function describeFailure(result, what, timeoutMs) {
    if (result.timedOut)
        return `${what} timed out after ${Math.round((timeoutMs ?? 0) / 1000)}s`;
    const tail = errorLines(result.stderr) || errorLines(result.stdout);
    return `${what} exited with ${result.code === null ? 'no exit code' : `code ${result.code}`}${tail ? `: ${tail}` : ''}`;
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
    const rows = [];
    const measured = [];
    for (const c of comparisons) {
        const row = { suite: c.suite, name: c.name, interpreter: c.interpreter, verdict: 'inconclusive', base: summary(c.base), head: summary(c.head) };
        if (c.warmup)
            row.warmup = c.warmup;
        if (c.slowRounds)
            row.slowRounds = c.slowRounds;
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
    // Two one-sided families, each controlled at α over every comparison of the run (verdict-rule.ts).
    applyVerdictRule(measured, options);
    measured.forEach(({ row: r }) => {
        if (r.verdict === 'inconclusive') {
            // Standard error of a median ≈ 1.25·σ/√n per side; two sides → the ratio's ≈ 1.77·noise/√n. When that
            // alone is wider than the threshold band, more rounds of this size can't settle it: say it's noise.
            const n = Math.min(r.base.n, r.head.n);
            if ((1.96 * 1.77 * (r.noise ?? 0)) / Math.sqrt(n) > options.threshold)
                r.tooNoisy = true;
        }
    });
    return rows;
}
/** The order verdicts are listed in, most urgent first: counts, tables and sections all follow it. */
const VERDICT_ORDER = ['regression', 'failed', 'improvement', 'inconclusive', 'added', 'removed', 'unchanged'];
/** Rows that are this PR's failures: crashing only on head, or an interpreter that could not be set up. */
function isBlockingFailure(row) {
    return row.verdict === 'failed' && (row.failedOn === 'head' || row.failedOn === 'setup');
}
/** Overall: regression if any row regressed; else error if a row failed on head or nothing was measured; else pass. */
function overallVerdict(rows) {
    if (rows.some((r) => r.verdict === 'regression' || r.memory?.verdict === 'regression'))
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

;// CONCATENATED MODULE: ./src/judge/interpreter-comparison.ts


function crossLabel(from, to) {
    return `${from} → ${to}`;
}
/** Rows per interpreter comparison, judged as their own family (they don't dilute the PR's own FDR control). */
function judgeInterpreterComparisons(cross, comparisons, options) {
    return cross.map((c) => {
        const rows = judge(comparisons.filter((x) => x.interpreter === c.label), options);
        return { ...c, rows, geomean: geomeanOf(rows, 1 - options.alpha) };
    });
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

;// CONCATENATED MODULE: ./src/judge/outcome.ts


const MAX_NAMED = 5;
function outputsOf(report) {
    const counts = countVerdicts(report.rows);
    return {
        verdict: report.verdict,
        regressions: counts.regression,
        improvements: counts.improvement,
        failures: counts.failed,
        'memory-regressions': report.rows.filter((r) => r.memory?.verdict === 'regression').length,
    };
}
function upgradeMessage(report) {
    const slower = report.cross.filter((c) => c.reason === 'upgrade').flatMap((c) => c.rows.filter((r) => r.verdict === 'regression'));
    if (!slower.length)
        return undefined;
    const names = slower.map((r) => `${r.name} (${formatChangeSize(r.ratio ?? 1)} slower on ${r.interpreter})`);
    return `the interpreter upgrade slows ${names.length} benchmark(s): ${names.slice(0, MAX_NAMED).join(', ')} (fail-on-upgrade-regression)`;
}
function regressionMessage(report) {
    const names = [
        ...report.rows.filter((r) => r.verdict === 'regression').map((r) => `${r.name} on ${r.interpreter} (${formatChangeSize(r.ratio ?? 1)} slower)`),
        ...report.rows
            .filter((r) => r.memory?.verdict === 'regression')
            .map((r) => `${r.name} on ${r.interpreter} (${formatChangeSize(r.memory.ratio)} more peak memory)`),
    ];
    return `${names.length} benchmark(s) regressed: ${names.slice(0, MAX_NAMED).join(', ')}${names.length > MAX_NAMED ? ', …' : ''}`;
}
function errorMessage(report) {
    const failed = report.rows.filter(isBlockingFailure);
    if (!failed.length)
        return 'nothing could be measured';
    return `${failed.length} benchmark(s) failed: ${failed
        .slice(0, 3)
        .map((r) => `${r.name} on ${r.interpreter}: ${r.error}`)
        .join('; ')}`;
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
    explainRegression: (row, breakdown) => ({ imports: importGrowth(breakdown.base, breakdown.head, row.name.replace(/^import /, '')) }),
};

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

;// CONCATENATED MODULE: ./src/suites/pytest-benchmark/python-sources.generated.ts
// Generated by .ci/embed-python.mjs from the .py files in this folder: edit those, not this.
const PYTHON_SOURCES = {
    "py_perf_guard_outcomes.py": "# A pytest plugin (Python source, written to a temp folder and loaded with -p) that records which\n# tests failed and why, and pytest's rootdir: pytest-benchmark's JSON lists only the benchmarks that passed.\n# It also answers pytest-benchmark's machine-info hook without py-cpuinfo, whose probe costs ~1.3 s of a\n# ~1.8 s round: every round is a fresh process, so that cost would be paid hundreds of times.\n\nimport json\nimport os\nimport platform\n\nimport pytest\n\n_failures = []\n_collect_errors = []\n\n\ndef _message(report):\n    crash = getattr(getattr(report, \"longrepr\", None), \"reprcrash\", None)\n    if crash is not None and getattr(crash, \"message\", None):\n        return crash.message\n    text = getattr(report, \"longreprtext\", \"\") or str(report.longrepr)\n    lines = [line.strip() for line in text.splitlines() if line.strip()]\n    return lines[-1] if lines else \"failed\"\n\n\n@pytest.hookimpl(tryfirst=True)\ndef pytest_benchmark_generate_machine_info(config):\n    return {\"node\": platform.node(), \"processor\": platform.processor(), \"machine\": platform.machine(),\n            \"python_implementation\": platform.python_implementation(), \"python_version\": platform.python_version(),\n            \"python_compiler\": platform.python_compiler(), \"system\": platform.system(), \"release\": platform.release(),\n            \"cpu\": {}}\n\n\n_memory = {}\n\n\n@pytest.hookimpl(hookwrapper=True)\ndef pytest_runtest_call(item):\n    # PY_PERF_GUARD_MEMORY: peak traced memory of the test call (pytest-benchmark disabled: one call).\n    if not os.environ.get(\"PY_PERF_GUARD_MEMORY\") or \"benchmark\" not in getattr(item, \"fixturenames\", ()):\n        yield\n        return\n    import tracemalloc\n    tracemalloc.start()\n    before = tracemalloc.get_traced_memory()[0]\n    tracemalloc.reset_peak()\n    yield\n    _memory[item.nodeid] = tracemalloc.get_traced_memory()[1] - before\n    tracemalloc.stop()\n\n\ndef pytest_collection_modifyitems(config, items):\n    # In the memory pass only benchmarks run (--benchmark-only can't be combined with --benchmark-disable).\n    if os.environ.get(\"PY_PERF_GUARD_MEMORY\"):\n        items[:] = [i for i in items if \"benchmark\" in getattr(i, \"fixturenames\", ())]\n\n\ndef pytest_runtest_logreport(report):\n    if report.failed:\n        _failures.append({\"nodeid\": report.nodeid, \"when\": report.when, \"message\": _message(report)})\n\n\ndef pytest_collectreport(report):\n    if report.failed:\n        _collect_errors.append({\"nodeid\": report.nodeid, \"message\": _message(report)})\n\n\ndef pytest_sessionfinish(session, exitstatus):\n    path = os.environ.get(\"PY_PERF_GUARD_OUTCOMES\")\n    if path:\n        with open(path, \"w\") as f:\n            json.dump({\"rootdir\": str(session.config.rootpath), \"failures\": _failures,\n                       \"collect_errors\": _collect_errors, \"exitstatus\": int(exitstatus), \"memory\": _memory}, f)\n",
};

;// CONCATENATED MODULE: ./src/suites/pytest-benchmark/outcomes-plugin.ts
// The pytest plugin loaded with -p (failures, rootdir, tracemalloc peaks, a cheap machine-info hook):
// its source is py_perf_guard_outcomes.py beside this file, where it says what it does;
// .ci/embed-python.mjs embeds it at build time so the bundle stays one file.

const PYTEST_PLUGIN_MODULE = 'py_perf_guard_outcomes';
const PYTEST_PLUGIN_SOURCE = PYTHON_SOURCES['py_perf_guard_outcomes.py'];

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
            result.failures.set(n, f.when === 'call' ? f.message : `${f.when}: ${f.message}`);
    }
    for (const c of outcomes?.collect_errors ?? []) {
        const prefix = name(c.nodeid);
        result.brokenPrefixes.push({ prefix, error: `collecting ${prefix}: ${c.message}` });
    }
    if (result.samples.size === 0 && result.failures.size === 0 && result.brokenPrefixes.length === 0) {
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
    harness: { [`${PYTEST_PLUGIN_MODULE}.py`]: PYTEST_PLUGIN_SOURCE },
    prepare: (suite, projectDir) => (suiteFileIn(suite, projectDir) ? { state: undefined } : { missing: true }),
    runRound: (ctx) => runPytestBenchmarkRound(ctx),
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
async function runSuiteRound(ctx, prepared) {
    (0,external_node_fs_namespaceObject.mkdirSync)(ctx.scratchDir, { recursive: true });
    if ('error' in prepared)
        return emptyRound(prepared.error);
    if ('missing' in prepared)
        return emptyRound();
    return driverFor(ctx.suite.kind).runRound(ctx, prepared.state);
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

;// CONCATENATED MODULE: ./src/measure/unit-rows.ts
const SIDES = ['base', 'head'];
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
    for (const side of SIDES)
        for (const n of [...outcomes[side].measured, ...outcomes[side].failures.keys()])
            names.add(n);
    // A file that failed to import on one side: its benchmarks as the other side knows them, else the file.
    for (const side of SIDES) {
        for (const b of outcomes[side].brokenPrefixes)
            if (![...names].some((n) => n.startsWith(`${b.prefix}::`)))
                names.add(b.prefix);
    }
    if (names.size === 0)
        knownNames.forEach((n) => names.add(n));
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
                if (result.suiteError)
                    active[i] = false;
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
        }
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
    const skipped = [settings.memory && 'memory', settings.profile !== 'none' && 'profile'].filter(Boolean);
    return {
        settings: { ...settings, memory: false, profile: 'none' },
        note: skipped.length
            ? `time budget spent: the ${skipped.join(' and ')} pass${skipped.length > 1 ? 'es are' : ' is'} skipped; the verdicts so far are published`
            : undefined,
    };
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

;// CONCATENATED MODULE: ./src/judge/paired/adaptive.ts
// Adaptive pairs: after each worker pair, judge; benchmarks whose verdict is still open get the next pair.
// Open = inconclusive, or a regression still to be confirmed (as 1.0's measure.ts: a regression is not a
// reason to stop early, it must still hold at the last pair). The coordinator stops at maxPairs or its
// time budget. Defaults from the replay on the shared paired duels (bench/replay-paired.mjs, bench/README).

/**
 * 6: below it no 95% distribution-free interval of a median exists (2/2⁵ > 5%), so nothing can be `unchanged`.
 * 20: at 16, a +10–25% change on a benchmark with a far-off pair was missed in ~1% of simulated runs (3–4 of its
 * 16 pairs drawn from that pair); at 20 none was, A/A rows `unchanged` 99.7% (bench/README, "Paired method").
 */
const PAIRED_DEFAULTS = { minPairs: 6, maxPairs: 20 };
/** Keys (`interpreter\0suite\0name`) of the rows that need another pair. */
function openBenchmarks(rows) {
    const open = rows.filter((r) => r.verdict === 'inconclusive' || r.verdict === 'regression');
    return new Set(open.map((r) => pairedKey(r)));
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
function needsAnotherPair(rows, pairsDone, limits) {
    if (pairsDone < limits.minPairs)
        return true;
    return pairsDone < limits.maxPairs && openBenchmarks(rows).size > 0;
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
        row.warmup = c.warmup;
    const floor = noiseFloor(c.calibration ?? []);
    if (floor !== undefined)
        row.noiseFloor = floor;
    return row;
}
function measure(centres, row, options) {
    const e = pairedEstimate(centres, 1 - options.alpha);
    const p = e.ratio >= 1 ? e.pSlower : e.pFaster;
    return { row: { ...row, ratio: e.ratio, ci: e.ci, p, noise: e.spread }, pSlower: e.pSlower, pFaster: e.pFaster };
}
function judgePaired(comparisons, options) {
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
    classify(measured, options);
    return rows;
}
/** Sets each measured row's q and verdict: 1.0's rule (verdict-rule.ts), the bar raised by a noise floor. */
function classify(measured, options) {
    const upper = 1 + options.threshold;
    const bars = measured.map((m) => 1 + effectiveThreshold(options.threshold, m.row.noiseFloor));
    applyVerdictRule(measured.map((m, i) => ({ ...m, bar: bars[i] })), options);
    measured.forEach((m, i) => {
        if (bars[i] > upper)
            m.row.tooNoisy = true;
    });
}

;// CONCATENATED MODULE: ./src/io/worker-process.ts
// The seam for long-lived child processes (the paired workers): started with pipes on stdin and stdout,
// read a line at a time with a timeout, killed with their whole process group (a pytest worker's children
// too). Injected like RunProcess, so the coordinator's tests can drive fake workers.


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
const startProcess = (command, args, options = {}) => {
    let child;
    if (isStopping())
        return neverStarted('not started: the run is being stopped');
    try {
        // detached: the worker leads its own process group, so kill() reaches whatever it started. Its env is the
        // side's (allow-listed, child-env.ts), never this process's own, which holds the runner's tokens.
        child = (0,external_node_child_process_namespaceObject.spawn)(command, args, { cwd: options.cwd, env: options.env ?? {}, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    }
    catch (e) {
        return neverStarted(e.message);
    }
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
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        const parts = (partial + chunk).split('\n');
        partial = parts.pop() ?? '';
        lines.push(...parts);
        notify();
    });
    child.stdout.on('end', () => {
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
    child.stdin.on('error', () => undefined);
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
            if (!exitedNow && child.stdin.writable)
                child.stdin.write(`${line}\n`);
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
    };
};

;// CONCATENATED MODULE: ./src/measure/paired/python-sources.generated.ts
// Generated by .ci/embed-python.mjs from the .py files in this folder: edit those, not this.
const paired_python_sources_generated_PYTHON_SOURCES = {
    "py_perf_guard_paired_protocol.py": "# The line protocol of py-perf-guard's paired workers (stdlib only, Python 3.9+ and PyPy).\n#\n# One JSON object per line. The worker sends events ({\"event\": \"hello\" | \"at\" | \"end\" | \"done\", ...}) and\n# replies; the coordinator sends requests ({\"op\": \"calibrate\" | \"burst\" | \"next\" | \"skip\" | \"quit\", ...}).\n# The protocol runs on private duplicates of fds 0 and 1: fd 1 is pointed at stderr and fd 0 at /dev/null,\n# so whatever the benchmarks print or read can't corrupt it.\nimport json\nimport os\nimport sys\nimport time\nimport traceback\n\n\n_ALLOWED_CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, \"sched_getaffinity\") else []\n\n\ndef pin(k):\n    \"\"\"Runs this worker on the k-th CPU it may use (both workers of a pair get the same k, so a CPU that is slow\n    for a while slows both sides of every duel alike), or on all of them again for k None. The CPUs pinned to.\"\"\"\n    if not _ALLOWED_CPUS:\n        return []\n    cpus = set(_ALLOWED_CPUS) if k is None else {_ALLOWED_CPUS[k % len(_ALLOWED_CPUS)]}\n    os.sched_setaffinity(0, cpus)\n    return sorted(cpus)\n\n\nclass Channel:\n    def __init__(self):\n        sys.stdout.flush()\n        self._out = os.fdopen(os.dup(1), \"w\", buffering=1, encoding=\"utf-8\")\n        self._in = os.fdopen(os.dup(0), \"r\", encoding=\"utf-8\")\n        os.dup2(2, 1)\n        null = os.open(os.devnull, os.O_RDONLY)\n        os.dup2(null, 0)\n        os.close(null)\n\n    def send(self, **message):\n        self._out.write(json.dumps(message) + \"\\n\")\n\n    def receive(self):\n        \"\"\"The next request; `quit` (or the coordinator gone) ends the process at once.\"\"\"\n        line = self._in.readline()\n        request = json.loads(line) if line.strip() else {\"op\": \"quit\"}\n        if request.get(\"op\") == \"quit\":\n            sys.stdout.flush()\n            sys.stderr.flush()\n            os._exit(0)\n        return request\n\n\ndef describe(error):\n    \"\"\"The error line of an exception, as pytest's summary shows it: `ZeroDivisionError: division by zero`.\"\"\"\n    return \"\".join(traceback.format_exception_only(type(error), error)).strip().splitlines()[-1]\n\n\ndef calibrate(burst, target):\n    \"\"\"Calls per burst so that one burst of `burst(n)` (wall seconds, CPU seconds) lasts about `target` seconds.\"\"\"\n    n = 1\n    t = burst(n)[0]\n    while t < target / 2 and n < 1 << 40:\n        n *= 10 if t < target / 50 else 2\n        t = burst(n)[0]\n    # The best of three at the final n: one preempted burst must not shrink every burst of the unit.\n    t = min(t, burst(n)[0], burst(n)[0])\n    return max(1, int(round(n * target / t))) if t > 0 else n\n\n\nclass Benchmark:\n    \"\"\"Serves one benchmark: `burst(n)` times n back-to-back calls and returns (wall seconds, CPU seconds).\n\n    Both clocks are read, so the coordinator can compare either: the CPU time of the worker's thread leaves\n    out the time the worker was preempted, which on a loaded machine is most of a burst's noise.\n    \"\"\"\n\n    def __init__(self, burst, per_call=False):\n        self.burst = burst\n        # Each call timed on its own (pedantic): the clock reads sit inside every call's timed region.\n        self.per_call = per_call\n        self.error = None\n\n    def answer(self, request):\n        \"\"\"The reply to a calibrate or burst request; an exception in the benchmark is an error reply.\"\"\"\n        try:\n            if request[\"op\"] == \"calibrate\":\n                reply = {\"n\": calibrate(self.burst, request[\"target\"])}\n                if self.per_call:\n                    reply[\"per_call\"] = True\n                return reply\n            if request[\"op\"] == \"pin\":\n                return {\"cpus\": pin(request.get(\"cpu\"))}\n            if request[\"op\"] == \"burst\":\n                blocked = waits() if waits else 0\n                wall, cpu = self.burst(request[\"n\"])\n                reply = {\"seconds\": wall, \"cpu\": cpu}\n                if waits:\n                    reply[\"waits\"] = waits() - blocked\n                return reply\n            return {\"error\": \"unknown request %r\" % request.get(\"op\")}\n        except Exception as e:\n            self.error = e\n            return {\"error\": describe(e)}\n\n    def serve(self, channel):\n        \"\"\"Answers requests until `next` or `skip`, which it returns.\"\"\"\n        while True:\n            request = channel.receive()\n            if request.get(\"op\") in (\"next\", \"skip\"):\n                return request[\"op\"]\n            channel.send(**self.answer(request))\n\n\ndef both_clocks(run, n, wall_clock=time.perf_counter):\n    \"\"\"(wall, CPU) seconds of `run(n)`, for bursts timed as a whole.\"\"\"\n    cpu = time.thread_time()\n    wall = wall_clock()\n    run(n)\n    return wall_clock() - wall, time.thread_time() - cpu\n\n\ntry:\n    import resource\n\n    _WHO = getattr(resource, \"RUSAGE_THREAD\", resource.RUSAGE_SELF)\n\n    def waits():\n        \"\"\"Voluntary context switches so far: the times the worker blocked (sleep, I/O, a lock, another thread).\"\"\"\n        return resource.getrusage(_WHO).ru_nvcsw\nexcept ImportError:\n    waits = None\n",
    "py_perf_guard_paired_pytest.py": "# py-perf-guard's paired pytest plugin (stdlib and pytest only, Python 3.9+ and PyPy), loaded with\n#   python -m pytest SUITE -p no:benchmark -p py_perf_guard_paired_pytest --continue-on-collection-errors\n# It stands in for pytest-benchmark: its `benchmark` fixture serves the coordinator's requests (the protocol\n# module) for the test that calls it, then returns the function's result so the test finishes normally.\n# Only tests that use the fixture run, in collection order. See src/paired/README.md for what is honoured.\nimport gc\nimport importlib\nimport platform\nfrom time import perf_counter, thread_time\n\nimport pytest\n\nfrom py_perf_guard_paired_protocol import Benchmark, Channel, both_clocks, describe\n\n# Made at import: `-p` loads this module before pytest starts capturing fds 0 and 1.\n_channel = Channel()\n_listed = set()\n_collect_errors = []\n_fixtures = {}\n_outcomes = {}\n_hello_sent = []\n_options = {\"timer\": None, \"disable_gc\": False}\n\nUNSUPPORTED = \"py-perf-guard paired mode does not support\"\n\n_FLAGS = [\"disable-gc\", \"skip\", \"disable\", \"enable\", \"only\", \"autosave\", \"save-data\", \"verbose\", \"quiet\"]\n_OPTIONAL_VALUE = [\"warmup\", \"compare\", \"netrc\"]\n_REPEATABLE = [\"histogram\", \"csv\", \"cprofile-dump\"]\n_VALUED = [\"min-time\", \"max-time\", \"min-rounds\", \"timer\", \"calibration-precision\", \"warmup-iterations\", \"save\",\n           \"json\", \"cprofile\", \"cprofile-loops\", \"cprofile-top\", \"storage\", \"sort\", \"group-by\", \"columns\", \"name\",\n           \"time-unit\"]\n\n\ndef pytest_addoption(parser):\n    # pytest-benchmark's options, so that a suite line written for it still parses; see the README for\n    # the two that are honoured (--benchmark-disable-gc, --benchmark-timer).\n    group = parser.getgroup(\"benchmark\", \"benchmark (py-perf-guard paired stand-in)\")\n    for name in _FLAGS:\n        group.addoption(\"--benchmark-\" + name, action=\"store_true\", default=False)\n    for name in _OPTIONAL_VALUE:\n        group.addoption(\"--benchmark-\" + name, nargs=\"?\", const=\"on\", default=None)\n    for name in _REPEATABLE:\n        group.addoption(\"--benchmark-\" + name, action=\"append\", nargs=\"?\", const=\"on\", default=[])\n    for name in _VALUED:\n        group.addoption(\"--benchmark-\" + name, default=None)\n    group.addoption(\"--benchmark-compare-fail\", action=\"append\", nargs=\"+\", default=[])\n\n\ndef pytest_addhooks(pluginmanager):\n    # A conftest that implements pytest-benchmark's hooks must still load with pytest-benchmark switched off.\n    try:\n        from pytest_benchmark import hookspec\n    except ImportError:\n        return\n    pluginmanager.add_hookspecs(hookspec)\n\n\ndef pytest_configure(config):\n    config.addinivalue_line(\"markers\", \"benchmark(**kwargs): pytest-benchmark options (ignored in paired mode)\")\n    timer = config.getoption(\"benchmark_timer\")\n    if timer:\n        module, _, attribute = timer.rpartition(\".\")\n        _options[\"timer\"] = getattr(importlib.import_module(module or \"time\"), attribute)\n    _options[\"disable_gc\"] = config.getoption(\"benchmark_disable_gc\")\n\n\ndef _timer():\n    return _options[\"timer\"] or perf_counter\n\n\ndef pytest_collection_modifyitems(config, items):\n    dropped = [i for i in items if \"benchmark\" not in getattr(i, \"fixturenames\", ())]\n    if dropped:\n        config.hook.pytest_deselected(items=dropped)\n        items[:] = [i for i in items if \"benchmark\" in getattr(i, \"fixturenames\", ())]\n\n\ndef _error_line(report):\n    crash = getattr(getattr(report, \"longrepr\", None), \"reprcrash\", None)\n    if crash is not None and getattr(crash, \"message\", None):\n        return crash.message.strip().splitlines()[0]\n    # A collection error's text ends with pytest's \"E   Error: ...\" lines.\n    lines = [line.strip() for line in str(getattr(report, \"longreprtext\", \"\") or report.longrepr).splitlines()]\n    last = ([line for line in lines if line] or [\"failed\"])[-1]\n    return last[1:].strip() if last.startswith(\"E \") else last\n\n\ndef pytest_collectreport(report):\n    if report.failed:\n        _collect_errors.append({\"nodeid\": report.nodeid, \"message\": _error_line(report)})\n\n\ndef _hello(session):\n    if _hello_sent:\n        return\n    _hello_sent.append(True)\n    names = [item.nodeid for item in session.items]\n    _listed.update(names)\n    _channel.send(event=\"hello\", kind=\"pytest\", rootdir=str(session.config.rootpath), benchmarks=names,\n                  collect_errors=_collect_errors, implementation=platform.python_implementation(),\n                  version=platform.python_version())\n\n\ndef pytest_collection_finish(session):\n    _hello(session)\n\n\ndef pytest_sessionfinish(session, exitstatus):\n    _hello(session)\n    _channel.send(event=\"done\", exitstatus=int(exitstatus))\n\n\ndef pytest_runtest_logreport(report):\n    if report.nodeid not in _listed:\n        return\n    entry = _outcomes.setdefault(report.nodeid, {\"outcome\": \"passed\"})\n    if report.failed and entry[\"outcome\"] != \"failed\":\n        line = _error_line(report)\n        entry.update(outcome=\"failed\", error=line if report.when == \"call\" else \"%s: %s\" % (report.when, line))\n        if UNSUPPORTED in line:\n            entry[\"unsupported\"] = True\n    elif report.skipped and entry[\"outcome\"] == \"passed\":\n        entry[\"outcome\"] = \"skipped\"\n    if report.when == \"teardown\":\n        _fixtures.pop(report.nodeid, None)\n        _channel.send(event=\"end\", name=report.nodeid, **_outcomes.pop(report.nodeid))\n\n\nclass FixtureAlreadyUsed(Exception):\n    pass\n\n\nclass UnsupportedApi(AttributeError):\n    pass\n\n\nclass PairedBenchmarkFixture:\n    \"\"\"The `benchmark` fixture: `__call__` and `pedantic` as pytest-benchmark's, timed by the coordinator.\"\"\"\n\n    def __init__(self, item):\n        self._nodeid = item.nodeid\n        self.name = item.name\n        self.fullname = item.nodeid\n        self.extra_info = {}\n        self.group = None\n        self.disabled = False\n        self.announced = False  # the `at` event is sent\n        self.done = False  # the coordinator moved on (`next`/`skip` consumed)\n        self.pending = None  # a request read by the re-run loop, for this run of the test\n        self.used = False  # called in this run of the test\n\n    def __getattr__(self, attribute):\n        if attribute.startswith(\"_\"):\n            raise AttributeError(attribute)\n        raise UnsupportedApi(\"%s benchmark.%s\" % (UNSUPPORTED, attribute))\n\n    def __call__(self, function_to_benchmark, *args, **kwargs):\n        result = []\n\n        def calls(n):\n            for _ in range(n):\n                value = function_to_benchmark(*args, **kwargs)\n            result[:] = [value]\n\n        def burst(n):\n            return both_clocks(calls, n, _timer())\n\n        return self._serve(burst, result, lambda: function_to_benchmark(*args, **kwargs), single_shot=False)\n\n    def pedantic(self, target, args=(), kwargs=None, setup=None, teardown=None, rounds=1, warmup_rounds=0,\n                 iterations=1):\n        for what, value, least in ((\"iterations\", iterations, 1), (\"rounds\", rounds, 1),\n                                   (\"warmup_rounds\", warmup_rounds, 0)):\n            if not isinstance(value, int) or value < least:\n                raise ValueError(\"benchmark.pedantic: %s must be a whole number >= %d, not %r\" % (what, least, value))\n        if setup is not None and iterations > 1:\n            raise ValueError(\"benchmark.pedantic: iterations > 1 can't be combined with a setup function\")\n        kwargs = kwargs or {}\n        result = []\n\n        def arguments():\n            made = setup() if setup is not None else None\n            if made:\n                if args or kwargs:\n                    raise TypeError(\"benchmark.pedantic: setup returned arguments and args/kwargs were given too\")\n                return made\n            return args, kwargs\n\n        def burst(n):\n            # setup and teardown run around every call, outside the timed region\n            timer = _timer()\n            wall = cpu = 0.0\n            for _ in range(n):\n                call_args, call_kwargs = arguments()\n                cpu_start = thread_time()\n                start = timer()\n                value = target(*call_args, **call_kwargs)\n                wall += timer() - start\n                cpu += thread_time() - cpu_start\n                if teardown is not None:\n                    teardown(*call_args, **call_kwargs)\n            result[:] = [value]\n            return wall, cpu\n\n        def call_once():\n            call_args, call_kwargs = arguments()\n            return target(*call_args, **call_kwargs)\n\n        single = setup is None and rounds == 1 and iterations == 1 and warmup_rounds == 0\n        return self._serve(burst, result, call_once, single_shot=single, per_call=True)\n\n    def _serve(self, burst, result, call_once, single_shot, per_call=False):\n        if self.used:\n            raise FixtureAlreadyUsed(\"the benchmark fixture can be used only once per test\")\n        self.used = True\n        collector_was_on = gc.isenabled()\n        if _options[\"disable_gc\"]:\n            gc.disable()\n        try:\n            served = Benchmark(burst, per_call)\n            if not self.announced:\n                self.announced = True\n                _channel.send(event=\"at\", name=self._nodeid)\n            if not single_shot:\n                return self._finish(served.serve(_channel), served, result, call_once)\n            # Single shot: one timed call per run of the test; the re-run loop below runs the test again.\n            request, self.pending = self.pending or _timed_request(), None\n            if request.get(\"op\") in (\"next\", \"skip\"):\n                return self._finish(request[\"op\"], served, result, call_once)\n            if request.get(\"op\") == \"calibrate\":\n                served.answer({\"op\": \"burst\", \"n\": 1})\n                reply = {\"error\": describe(served.error)} if served.error else {\"n\": 1, \"fixed\": True, \"per_call\": True}\n            else:\n                reply = served.answer({\"op\": \"burst\", \"n\": 1})\n            _channel.send(**reply)\n            if served.error is not None:\n                raise served.error\n            return result[0]\n        finally:\n            if collector_was_on:\n                gc.enable()\n\n    def _finish(self, op, served, result, call_once):\n        self.done = True\n        if served.error is not None:\n            raise served.error\n        if op == \"skip\":\n            pytest.skip(\"py-perf-guard: not measured in this worker pair\")\n        return result[0] if result else call_once()\n\n\ndef _timed_request():\n    \"\"\"The next request that needs the benchmark run (a burst, a calibration) or ends it; `pin` is answered here,\n    so a single-shot test is not run again for it.\"\"\"\n    while True:\n        request = _channel.receive()\n        if request.get(\"op\") != \"pin\":\n            return request\n        _channel.send(**Benchmark(None).answer(request))\n\n\n@pytest.fixture\ndef benchmark(request):\n    fixture = PairedBenchmarkFixture(request.node)\n    _fixtures[request.node.nodeid] = fixture\n    return fixture\n\n\n@pytest.hookimpl(hookwrapper=True)\ndef pytest_runtest_call(item):\n    # Runs a single-shot benchmark's test again for each burst the coordinator asks for; in every case,\n    # reads requests up to this benchmark's `next`/`skip`, so that none is left for the next benchmark.\n    outcome = yield\n    fixture = _fixtures.get(item.nodeid)\n    if fixture is None or not fixture.announced:\n        return\n    failure = outcome.excinfo[1] if outcome.excinfo else None\n    while not fixture.done:\n        request = _timed_request()\n        if request.get(\"op\") in (\"next\", \"skip\"):\n            fixture.done = True\n        elif failure is not None:\n            _channel.send(error=describe(failure))\n        else:\n            fixture.pending, fixture.used = request, False\n            try:\n                item.runtest()\n            except BaseException as e:\n                failure = e\n                if fixture.pending is not None:\n                    fixture.pending = None\n                    _channel.send(error=describe(e))\n    if failure is not None and outcome.excinfo is None:\n        outcome.force_exception(failure)\n",
    "py_perf_guard_paired_timeit.py": "# py-perf-guard's paired timeit worker (stdlib only, Python 3.9+ and PyPy).\n#\n#   python py_perf_guard_paired_timeit.py SPEC.json\n#\n# SPEC is the timeit harness's spec ({\"setup\", \"benchmarks\": [{\"name\", \"stmt\", \"setup\", \"gc\"}]}). Each\n# benchmark's setup runs once; bursts are `timeit.Timer(stmt).timeit(n)` on that namespace, with the\n# collector off unless the benchmark asks for it (as `python -m timeit`). The benchmarks are served in the\n# spec's order; a benchmark whose setup fails is reported as failed and passed over.\nimport json\nimport os\nimport platform\nimport sys\nimport timeit\n\nfrom py_perf_guard_paired_protocol import Benchmark, Channel, both_clocks, describe\n\n\ndef setup_source(bench, spec):\n    return \"\\n\".join(s for s in (spec.get(\"setup\") or \"\", bench.get(\"setup\") or \"\") if s.strip())\n\n\ndef make_timer(bench, spec):\n    namespace = {\"__name__\": \"__py_perf_guard__\"}\n    exec(compile(setup_source(bench, spec) or \"pass\", \"<setup>\", \"exec\"), namespace)\n    # Timer.timeit turns the collector off; its setup runs inside the timed function, before the clock starts.\n    return timeit.Timer(bench[\"stmt\"], \"__import__('gc').enable()\" if bench.get(\"gc\") else \"pass\", globals=namespace)\n\n\ndef main():\n    channel = Channel()\n    with open(sys.argv[1]) as f:\n        spec = json.load(f)\n    sys.path.insert(0, os.getcwd())\n    channel.send(event=\"hello\", kind=\"timeit\", benchmarks=[b[\"name\"] for b in spec[\"benchmarks\"]],\n                 implementation=platform.python_implementation(), version=platform.python_version())\n    for bench in spec[\"benchmarks\"]:\n        name = bench[\"name\"]\n        try:\n            timer = make_timer(bench, spec)\n        except Exception as e:\n            channel.send(event=\"end\", name=name, outcome=\"failed\", error=describe(e))\n            continue\n        # Timer.timeit's own clock is perf_counter too; both clocks here also cover its (constant) loop set-up.\n        served = Benchmark(lambda n, timeit=timer.timeit: both_clocks(timeit, n))\n        channel.send(event=\"at\", name=name)\n        served.serve(channel)\n        if served.error is not None:\n            channel.send(event=\"end\", name=name, outcome=\"failed\", error=describe(served.error))\n        else:\n            channel.send(event=\"end\", name=name, outcome=\"passed\")\n    channel.send(event=\"done\")\n    while True:\n        channel.receive()\n\n\nmain()\n",
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
const other = (side) => (side === 'base' ? 'head' : 'base');
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
        if (name !== null && !lists[other(side)].includes(name))
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
    duels: 20,
    burstMs: 5,
    clock: 'auto',
    pinCpu: true,
    soloBursts: 5,
    startTimeoutMs: 120_000,
    requestTimeoutMs: 30_000,
};

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
async function calibrate(client, name, options) {
    const r = await client.request({ op: 'calibrate', target: options.burstMs / 1000 }, `the calibration of ${name}`);
    if (r.error !== undefined)
        throw new BenchmarkError(client.side, r.error);
    if (typeof r.n !== 'number' || !(r.n >= 1))
        throw new BenchmarkError(client.side, `the worker calibrated ${name} to ${JSON.stringify(r.n)} calls`);
    return { n: Math.round(r.n), fixed: Boolean(r.fixed), perCall: Boolean(r.per_call) };
}
/** Seconds per call of one burst of n calls on both clocks (a clock that says 0 is read as 1 ns, so log ratios stay finite). */
async function timedBurst(client, name, n) {
    const r = await client.request({ op: 'burst', n }, `a burst of ${n} calls of ${name}`);
    if (r.error !== undefined)
        throw new BenchmarkError(client.side, r.error);
    if (typeof r.seconds !== 'number' || !Number.isFinite(r.seconds))
        throw new BenchmarkError(client.side, `the worker timed ${name} as ${JSON.stringify(r.seconds)}`);
    const cpu = typeof r.cpu === 'number' && Number.isFinite(r.cpu) ? r.cpu : r.seconds;
    return { wall: Math.max(r.seconds, 1e-9) / n, cpu: Math.max(cpu, 1e-9) / n, ...(typeof r.waits === 'number' ? { waits: r.waits } : {}) };
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
/** Bursts per side, unpinned, that decide the 'auto' clock before the benchmark's first duel. */
const PROBE_BURSTS = 4;
async function probeClock(clients, order, name, n, perCall) {
    const times = { base: [], head: [] };
    for (const side of order) {
        await pin(clients[side], null);
        for (let i = 0; i < PROBE_BURSTS; i++)
            times[side].push(await timedBurst(clients[side], name, n));
    }
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
async function agreeOnCalls(clients, order, name, options) {
    const c = {};
    for (const side of order)
        c[side] = await calibrate(clients[side], name, options);
    const fixed = c.base.fixed || c.head.fixed;
    return { n: fixed ? 1 : Math.max(1, Math.round(Math.sqrt(c.base.n * c.head.n))), fixed, perCall: c.base.perCall || c.head.perCall };
}
/** Runs the benchmark's share of this pair; returns how each side should leave it. */
async function duelBenchmark(clients, order, name, result, options, pairIndex) {
    const now = options.now ?? Date.now;
    try {
        let entry = result.benchmarks.get(name);
        if (!entry) {
            let agreed = await agreeOnCalls(clients, order, name, options);
            // A JIT makes the code faster as it warms: calibrate again once it has settled.
            if (options.jit && !agreed.fixed) {
                for (const side of order)
                    await warmUp(clients[side], name, agreed.n, true, now);
                agreed = await agreeOnCalls(clients, order, name, options);
            }
            const clock = options.clock === 'auto' ? await probeClock(clients, order, name, agreed.n, agreed.perCall) : options.clock;
            entry = { pairs: [], clock, baseBurst: [], headBurst: [], baseCpu: [], headCpu: [], calls: agreed.n, ...(agreed.fixed ? { singleShot: true } : {}) };
            result.benchmarks.set(name, entry);
        }
        const cpu = options.pinCpu && entry.clock === 'cpu' ? pairIndex : null;
        for (const side of order)
            await pin(clients[side], cpu);
        for (const side of order) {
            const dropped = await warmUp(clients[side], name, entry.calls, options.jit, now);
            if (options.jit)
                entry.warmup = Math.max(entry.warmup ?? 0, dropped);
        }
        // Kept only once the pair's duels are complete, so every pair in the result has the same weight.
        const times = { base: [], head: [] };
        for (let k = 0; k < options.duels; k++) {
            for (const side of k % 2 === 0 ? ['base', 'head'] : ['head', 'base'])
                times[side].push(await timedBurst(clients[side], name, entry.calls));
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
        const solo = { side: client.side, burst: [], calls: n };
        for (let i = 0; i < options.soloBursts; i++)
            solo.burst.push(await burst(client, name, n));
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

;// CONCATENATED MODULE: ./src/measure/paired/worker-client.ts
// One worker as the coordinator sees it: events and replies of the line protocol over a LongLivedProcess.
// A worker that exits, times out or writes something that isn't the protocol throws WorkerGone, and is killed.

class WorkerGone extends Error {
    side;
    constructor(side, message) {
        super(message);
        this.side = side;
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
    gone = false;
    constructor(side, process, requestTimeoutMs, 
    /** Maps a name as the worker reports it (a pytest node id) to the benchmark's name. */
    nameOf = (raw) => raw) {
        this.side = side;
        this.process = process;
        this.requestTimeoutMs = requestTimeoutMs;
        this.nameOf = nameOf;
    }
    setNames(nameOf) {
        this.nameOf = nameOf;
    }
    name(raw) {
        return this.nameOf(raw);
    }
    async fail(message) {
        this.gone = true;
        this.process.kill();
        // Give a crashed worker a moment to finish writing its traceback.
        const exit = await Promise.race([this.process.exited, new Promise((r) => setTimeout(() => r(null), 1000))]);
        const tail = lastLines(this.process.stderrTail());
        const how = exit === null ? '' : exit.signal ? ` (signal ${exit.signal})` : ` (exit code ${exit.code})`;
        throw new WorkerGone(this.side, `${message}${how}${tail ? `: ${tail}` : ''}`);
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
    /** The next event; the first one, `hello`, may take the worker's start-up time. */
    async event(timeoutMs = this.requestTimeoutMs, waitingFor = 'the move to its next benchmark') {
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
    async request(req, what) {
        this.process.send(JSON.stringify(req));
        const m = await this.message(this.requestTimeoutMs, what);
        if (typeof m.event === 'string')
            return this.fail(`${this.side} worker sent an event where a reply was expected: ${JSON.stringify(m)}`);
        return m;
    }
    /** Leaves the current benchmark: `next` returns from the fixture normally, `skip` without calling it. */
    async leave(how) {
        this.process.send(JSON.stringify({ op: how }));
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

;// CONCATENATED MODULE: ./src/measure/paired/pair.ts



const pair_SIDES = ['base', 'head'];
/** Starts both workers and reads their hellos; a side that fails to start fails the suite on that side. */
async function startPair(input, order) {
    const { options, result } = input;
    const clients = {};
    for (const side of order) {
        const l = input.launch[side];
        clients[side] = new WorkerClient(side, input.start(l.command, l.args, { cwd: l.cwd, env: l.env }), options.requestTimeoutMs);
    }
    const hellos = {};
    const errors = await Promise.all(order.map(async (side) => {
        try {
            const e = await clients[side].event(options.startTimeoutMs, 'its start (loading the suite)');
            if (e.event !== 'hello')
                return `${side} worker started with ${JSON.stringify(e)} instead of its hello`;
            hellos[side] = e;
            const names = input.launch[side].names?.(e);
            if (names)
                clients[side].setNames(names);
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
        const otherList = lists[side === 'base' ? 'head' : 'base'];
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
    const order = index % 2 === 0 ? ['base', 'head'] : ['head', 'base'];
    const started = now();
    const pair = await startPair(input, order);
    if (!pair)
        return false;
    result.startupSeconds += (now() - started) / 1000;
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
                    ? await duelBenchmark(clients, order, step.name, result, options, index)
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
        const side = e.side;
        track(side);
        const lost = lostBenchmark(clients[side], lists[side], lastEnded[side]);
        if (lost !== undefined)
            recordFailure(result, lost, side, e.message);
        options.log?.(`paired: pair ${index + 1} ended early: ${e.message}`);
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
    /** Runs the next pair on `want` (null: every benchmark). */
    async nextPair(want, label) {
        const { result, options } = this;
        if (await runPair({ index: this.index, launch: this.launch, start: this.deps.start ?? startProcess, options, want, result }))
            result.pairsRun++;
        this.index++;
        result.elapsedSeconds = (this.now() - this.started) / 1000;
        options.log?.(`paired ${label}: pair ${this.index} done, ${result.elapsedSeconds.toFixed(1)}s`);
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
                c.warmup = b.warmup;
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
    const open = (u) => ({ suite: u.suite, sides: { base: sideSetup(u, 'base'), head: sideSetup(u, 'head') } });
    let sessions = served.map((u) => new PairedSession(open(u), { ...engine, jit: Boolean(u.sides.head.ctx?.jit) }, options.deps));
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
            calibrations.push(s.result);
        }
    }
    let want = served.map(() => null);
    let limits;
    let rows = [];
    let pairs = 0;
    let lastPairSeconds = served.map(() => 0);
    const judgeAll = () => judgePaired(allPairedComparisons(served, sessions.map((s) => s.result), calibrations), options);
    rounds: while (stopReason === 'decided') {
        const todo = served.map((_, i) => i).filter((i) => want[i] === null || want[i].size > 0);
        if (todo.length === 0)
            break;
        if (limits && pairs >= limits.maxPairs) {
            stopReason = 'max-rounds';
            break;
        }
        for (const i of todo) {
            // Stop adding pairs when the next one would not fit in what is left of the budget (its last took that long).
            if (options.budgetLeft() <= lastPairSeconds[i]) {
                options.log(`paired: the time budget is spent after ${pairs} pair(s); the verdicts use the pairs so far`);
                stopReason = 'time-budget';
                break rounds;
            }
            const t = options.now();
            await sessions[i].nextPair(want[i], `${served[i].suite.path} on ${served[i].interpreter}`);
            lastPairSeconds[i] = (options.now() - t) / 1000;
        }
        pairs++;
        // A unit the engine cannot serve after all goes to rounds as a whole.
        const keep = served.map((u, i) => {
            const why = fallbackReason(u, sessions[i].result);
            if (why) {
                options.notice(why);
                fallback.push(u);
            }
            return !why;
        });
        const kept = (list) => list.filter((_, i) => keep[i]);
        [served, sessions, calibrations, want, lastPairSeconds] = [kept(served), kept(sessions), kept(calibrations), kept(want), kept(lastPairSeconds)];
        rows = judgeAll();
        limits ??= pairLimits(rows.length, options.alpha, options.limits);
        const stillOpen = openBenchmarks(rows);
        want = served.map((u) => (pairs < limits.minPairs ? null : openNames(u, stillOpen, rows)));
    }
    if (served.length && !rows.length)
        rows = judgeAll();
    const burstMs = options.engine?.burstMs ?? types_DEFAULT_PAIRED_OPTIONS.burstMs;
    const comparisons = allPairedComparisons(served, sessions.map((s) => s.result), calibrations);
    const clocks = new Map(served.flatMap((u, i) => [...sessions[i].result.benchmarks].map(([name, b]) => [pairedKey({ interpreter: u.interpreter, suite: u.suite.path, name }), b.clock])));
    for (const r of rows) {
        r.burstMs = burstMs;
        const clock = clocks.get(pairedKey(r));
        if (clock)
            r.clock = clock;
    }
    const startupSeconds = sessions.reduce((s, x) => s + x.result.startupSeconds, 0);
    const used = limits ?? pairLimits(rows.length, options.alpha, options.limits);
    return { units: served, comparisons, rows, fallback, pairs, stopReason, elapsedSeconds: elapsed(), startupSeconds, burstMs, limits: used };
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
    const out = {};
    for (const side of sides) {
        out[side] = await deps.io.group(`Set up ${interpreter.label} (${interpreter.implementation} ${interpreter.version}) for ${side}`, async () => {
            try {
                return await prepareEnvironment(deps.run, {
                    interpreterPath: interpreter.path,
                    venvDir: (0,external_node_path_namespaceObject.join)(ws.dir, 'venvs', `${key}-${side}`),
                    projectDir: ws.projectDirs[side],
                    install: settings.install,
                    needsPytestBenchmark,
                    baseEnv: deps.childEnv ?? {},
                    log: (line) => deps.io.info(line),
                    logOutput: (text) => logUntrusted(deps.io, text),
                });
            }
            catch (e) {
                if (!(e instanceof SetupError))
                    throw e;
                // The message ends with the install's stderr: mask what it may quote before it reaches the log.
                deps.io.warning(`${interpreter.label} on ${side}: ${redactAndRegister(e.message, (s) => deps.io.setSecret(s))}`);
                return { error: e.message };
            }
        });
    }
    return out;
}
function units_sideSetup(deps, settings, ws, interpreter, env, suite, projectDir, harnessDir, scratch) {
    if ('error' in env)
        return { error: env.error };
    return {
        error: driverFor(suite.kind).needsPytestBenchmark ? env.pytestBenchmarkError : undefined,
        prepared: prepareSuite(suite, projectDir),
        ctx: {
            run: deps.run,
            python: env.python,
            env: env.env,
            projectDir,
            suite,
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
            units.push({ interpreter: interpreter.label, suite, sides, setupError: bothFailed });
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
            units.push({ interpreter: c.label, suite, sides });
        }
    }
    return units;
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
        ...(r.warmup ? { warmup_iterations: r.warmup } : {}),
        ...(r.profile ? { profile: profileToJson(r.profile) } : {}),
        ...(r.imports ? { import_growth: r.imports } : {}),
        ...(r.memory
            ? { memory: { base_bytes: r.memory.base, head_bytes: r.memory.head, ratio: r.memory.ratio, verdict: r.memory.verdict, exact: r.memory.exact } }
            : {}),
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
                }
                : {}),
            min_rounds: report.minRounds,
            max_rounds: report.maxRounds,
            stop_reason: report.stopReason,
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
        if (error.status === 403)
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

;// CONCATENATED MODULE: ./src/report/comment.ts
// The one sticky PR comment: found again by its hidden marker, edited in place, created only once.

/**
 * `always`: create or update. `on-regression`: create only on a regression, but keep an existing comment
 * current (a fixed PR must not keep showing an old regression). `never`: leave comments alone.
 */
async function upsertComment(client, marker, body, mode, regressed) {
    if (mode === 'never')
        return { action: 'skipped', reason: "input 'comment' is never" };
    const me = await client.identity();
    // Only our own marker comment: someone else's copy of the marker is left alone and we post our own.
    const existing = (await client.list()).find((c) => (c.body ?? '').startsWith(marker) && isWrittenBy(c.user, me));
    if (existing) {
        const updated = await client.update(existing.id, body);
        return { action: 'updated', url: updated.html_url };
    }
    if (mode === 'on-regression' && !regressed)
        return { action: 'skipped', reason: 'no regression and no earlier comment' };
    const created = await client.create(body);
    return { action: 'created', url: created.html_url };
}
/** Why a comment call failed, in words a user can act on. */
function explainCommentError(error) {
    const status = error.status;
    const message = error.message ?? String(error);
    if (status === 403 || status === 404) {
        return (`the token may not write PR comments (HTTP ${status}: ${message}). On pull requests from forks GITHUB_TOKEN is read-only; ` +
            'the job summary and outputs still carry the result. Grant `permissions: pull-requests: write`, or use a workflow_run workflow to comment.');
    }
    return `commenting failed${status ? ` (HTTP ${status})` : ''}: ${message}`;
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
/** Text for a markdown table cell or a line of prose, in one pass. Line breaks become spaces. */
function escapeMarkdown(text, maxLength = 300) {
    let t = text.replace(/[\r\n\t]+/g, ' ').trim();
    if (t.length > maxLength)
        t = t.slice(0, maxLength - 1) + '…';
    let out = '';
    for (const c of t)
        out += REPLACEMENTS[c] ?? (BACKSLASHED.has(c) ? `\\${c}` : c);
    return out;
}
/** Keeps only characters that cannot end or confuse an HTML comment (used inside the hidden marker). */
function markerSafe(text) {
    return text.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 100);
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

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Renders a Report as GitHub markdown for the PR comment and the job summary. Pure.
// Order: overall verdict, regressions, failures, improvements, then everything else folded.








const MARKER_PREFIX = '<!-- py-perf-guard';
/** The hidden marker that finds this job's comment again; matrix legs differ by job id and comment-key. */
function commentMarker(job, key) {
    return `${MARKER_PREFIX} job=${markerSafe(job)} key=${markerSafe(key)} -->`;
}
const HEADLINE = {
    pass: '✅ **py-perf-guard: no performance regression**',
    regression: '❌ **py-perf-guard: performance regression**',
    error: '⚠️ **py-perf-guard: some benchmarks could not be measured**',
};
function countsLine(rows) {
    const counts = countVerdicts(rows);
    const parts = VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v}`);
    return parts.length ? parts.join(' · ') : 'no benchmarks';
}
function benchmarkCell(row, multipleSuites) {
    return multipleSuites ? `${escapeMarkdown(row.suite)} › ${escapeMarkdown(row.name)}` : escapeMarkdown(row.name);
}
function measuredTable(rows, multipleSuites, confidence) {
    const lines = [
        `| Benchmark | Interpreter | Verdict | Change | ${confidence} CI | p (adj.) | Base | Head | Rounds |`,
        '|---|---|---|---:|---|---:|---:|---:|---:|',
    ];
    for (const r of rows) {
        const change = r.ratio !== undefined ? `${formatChange(r.ratio)} (${formatRatio(r.ratio)})` : '–';
        const ci = r.ci ? `${r.ci[0].toFixed(3)}–${r.ci[1].toFixed(3)}×` : '–';
        const p = r.q !== undefined ? formatP(r.q) : '–';
        const base = r.base ? formatSeconds(r.base.median) : '–';
        const head = r.head ? formatSeconds(r.head.median) : '–';
        const slow = r.slowRounds ? ` (${r.slowRounds.base}/${r.slowRounds.head} slow)` : '';
        const n = isPairedRow(r) ? (r.pairs ? `${r.pairs}×${Math.round(r.duels / r.pairs)}` : '–') : `${r.base?.n ?? 0}/${r.head?.n ?? 0}${slow}`;
        const floor = isPairedRow(r) ? r.noiseFloor : undefined;
        const verdict = r.tooNoisy ? `${r.verdict} (noise ${floor !== undefined ? 'floor ' : ''}±${formatPercent(floor ?? r.noise ?? 0)})` : r.verdict;
        lines.push(`| ${benchmarkCell(r, multipleSuites)} | ${escapeMarkdown(r.interpreter)} | ${verdict} | ${change} | ${ci} | ${p} | ${base} | ${head} | ${n} |`);
    }
    return lines;
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
    const title = `<details><summary>Profile of ${escapeMarkdown(r.name)} on ${escapeMarkdown(r.interpreter)}: where the time went</summary>`;
    if (r.profile.error)
        return [title, '', escapeMarkdown(r.profile.error, 400), '', '</details>', ''];
    const lines = [title, '', '| Function | Calls base → head | Own time base → head | Δ own time | Cumulative base → head |', '|---|---:|---:|---:|---:|'];
    const calls = (n) => (n === undefined ? '–' : Number(n.toPrecision(4)).toString());
    for (const d of r.profile.top ?? []) {
        const delta = `${d.tottimeDelta >= 0 ? '+' : '−'}${formatSeconds(Math.abs(d.tottimeDelta))}`;
        const fn = `${escapeMarkdown(d.function, 120)}${!d.base ? ' (new)' : !d.head ? ' (gone)' : ''}`;
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
        `<details><summary>${escapeMarkdown(r.name)} on ${escapeMarkdown(r.interpreter)}: the imports that grew</summary>`,
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
function memorySection(rows, multipleSuites) {
    const measured = rows.filter((r) => r.memory);
    if (!measured.length)
        return [];
    const changed = measured.filter((r) => r.memory.verdict === 'regression' || r.memory.verdict === 'improvement');
    const table = (list) => [
        '| Benchmark | Interpreter | Memory | Peak per call, base → head | Change |',
        '|---|---|---|---:|---:|',
        ...list.map((r) => {
            const m = r.memory;
            const change = Number.isFinite(m.ratio) ? formatChange(m.ratio) : 'new';
            return `| ${benchmarkCell(r, multipleSuites)} | ${escapeMarkdown(r.interpreter)} | ${m.verdict}${m.exact ? '' : ' (varies)'} | ${formatBytes(m.base)} → ${formatBytes(m.head)} | ${change} |`;
        }),
    ];
    const regressions = changed.filter((r) => r.memory.verdict === 'regression').length;
    const out = [
        {
            kind: 'text',
            lines: [`#### Peak memory (${regressions} ${regressions === 1 ? 'regression' : 'regressions'}, ${changed.length - regressions} improved)`, ''],
        },
    ];
    if (changed.length)
        out.push(tableBlock(PRIORITY.memoryChanged, [], table(changed), ['']));
    out.push(tableBlock(PRIORITY.memoryAll, [`<details><summary>Peak memory of all ${measured.length} benchmarks</summary>`, ''], table(measured), [
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
const PRIORITY = { regressions: 0, failed: 1, improvements: 2, memoryChanged: 3, cross: 4, memoryAll: 5, rest: 6 };
function renderMarkdown(report, options = {}) {
    const multipleSuites = new Set(report.rows.map((r) => r.suite)).size > 1;
    const confidence = formatPercent(1 - report.alpha);
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
    out.push(`${HEADLINE[report.verdict]} — ${countsLine(report.rows)}`, '');
    out.push(`\`${report.base.sha.slice(0, 7)}\` (base) → \`${report.head.sha.slice(0, 7)}\` (head) · ${interpretersLine(report)} · ` +
        `${stopLine(report)} · threshold ${formatPercent(report.threshold)}, false-discovery rate ${formatPercent(report.alpha)}`, '');
    out.push(...configChangesSection(report.configChanges ?? []));
    const geomeans = geomeanLine(report);
    if (geomeans)
        out.push(geomeans, '');
    for (const c of report.cross)
        out.push(crossSummaryLine(c), '');
    if (regressions.length) {
        blocks.push(tableBlock(PRIORITY.regressions, [`#### Regressions (${regressions.length})`, ''], measuredTable(regressions, multipleSuites, confidence), ['']));
        for (const r of regressions) {
            blocks.push({ kind: 'optional', rank: 1, what: 'profile table', lines: profileSection(r) });
            blocks.push({ kind: 'optional', rank: 2, what: 'import-growth table', lines: importSection(r) });
        }
    }
    if (failed.length) {
        const blocking = failed.filter(isBlockingFailure).length;
        const note = blocking === failed.length ? '' : ` — ${blocking} caused by this PR`;
        blocks.push(tableBlock(PRIORITY.failed, [`#### Failed (${failed.length}${note})`, ''], failedTable(failed, multipleSuites), ['']));
    }
    if (improvements.length)
        blocks.push(tableBlock(PRIORITY.improvements, [`#### Improvements (${improvements.length})`, ''], measuredTable(improvements, multipleSuites, confidence), ['']));
    blocks.push(...memorySection(report.rows, multipleSuites));
    for (const c of report.cross)
        blocks.push(...crossSection(c, (before, rows, after) => tableBlock(PRIORITY.cross, before, measuredTable(rows, multipleSuites, confidence), after)));
    const everyRow = [...report.rows, ...report.cross.flatMap((c) => c.rows)];
    const warmups = everyRow.map((r) => r.warmup ?? 0).filter((w) => w > 0);
    const warmupNote = warmups.length
        ? ` JIT warm-up: ${Math.min(...warmups)}–${Math.max(...warmups)} timed iterations per round dropped before measuring (PyPy).`
        : '';
    const slowNote = everyRow.some((r) => r.slowRounds)
        ? ` Rounds = base/head rounds kept for the ratio and CI; (x/y slow): processes that ran their whole suite in a slow mode of the machine (≥${SLOW_ROUND_FACTOR}× that side's fast quartile), set aside there (p uses every round).`
        : '';
    const pairedRows = everyRow.filter(isPairedRow);
    const floors = pairedRows.flatMap((r) => (r.noiseFloor !== undefined ? [r.noiseFloor] : []));
    const floorNote = floors.length
        ? ` Noise floor (a base-against-base pair, \`calibrate\`): ${formatPercent(Math.min(...floors))}–${formatPercent(Math.max(...floors))}; a change must clear it too.`
        : '';
    const pairedNote = pairedRows.length
        ? ` Paired rows (\`method: paired\`): head time / base time; each duel times a ~${pairedRows[0].burstMs ?? 5} ms burst of base and of head back to back; per worker pair the median duel ratio, the ratio their median, its CI the order-statistic interval, p a one-sided sign test over the pairs; Rounds = worker pairs × duels per pair.${floorNote}`
        : '';
    const measuredCount = report.rows.filter((r) => r.ratio !== undefined).length;
    const roundsNote = everyRow.some((r) => !isPairedRow(r) && r.ratio !== undefined)
        ? `Ratio = head time / base time, per-round ${escapeMarkdown(report.statistic)} of each fresh process; ${confidence} bootstrap CI of the ratio of medians; p = one-sided Mann-Whitney U.`
        : '';
    const footer = [
        '',
        `<sub>${[roundsNote, pairedNote.trim(), `p adjusted (Benjamini–Hochberg) over ${plural(measuredCount, 'comparison')}.${warmupNote}${slowNote}`].filter(Boolean).join(' ')}</sub>`,
    ];
    const labels = report.interpreters.map((i) => i.label);
    if (rest.length) {
        // With several interpreters: every benchmark once, a column per interpreter (the matrix); else the rows.
        const table = labels.length > 1 ? matrixTable(report.rows, labels, multipleSuites) : measuredTable(rest, multipleSuites, confidence);
        const summary = labels.length > 1 ? `All benchmarks × interpreters (besides the above: ${countsLine(rest)})` : `${rest.length} other: ${countsLine(rest)}`;
        blocks.push(tableBlock(PRIORITY.rest, [`<details><summary>${summary}</summary>`, ''], table, ['', '</details>']));
    }
    text(...footer);
    return fitBlocks(blocks, options.budget ?? COMMENT_BUDGET);
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
        ['memory-regressions', outputs?.['memory-regressions'] ?? 0],
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
/** Whether there is a PR to comment on, with what token and marker. */
function commentPlan(event, env, token, settings) {
    const issueNumber = Number(event?.pull_request?.number ?? event?.number ?? NaN);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (settings.comment === 'never' || !Number.isInteger(issueNumber) || !owner || !repo)
        return { post: false };
    if (!token)
        return { post: false, warning: "no github-token, so no PR comment (input 'github-token' is empty)" };
    return { post: true, owner, repo, issueNumber, token, marker: commentMarker(env.GITHUB_JOB ?? 'job', settings.commentKey) };
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
    await step(io, 'writing the job summary', () => io.writeSummary(renderMarkdown(report, { budget: SUMMARY_BUDGET })));
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
        const outcome = await upsertComment(client, plan.marker, renderMarkdown(report, { marker: plan.marker }), settings.comment, report.verdict === 'regression');
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

;// CONCATENATED MODULE: ./src/model/side.ts
const side_SIDES = ['base', 'head'];

;// CONCATENATED MODULE: ./src/workspace/worktrees.ts
// The base and head checkouts side by side (git worktrees) in one temporary folder, removed after the run.




async function createWorktrees(git, commits, relProject, baseTemp) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(baseTemp, 'py-perf-guard-'));
    // A cancelled run (SIGINT/SIGTERM) removes the worktrees too (lifecycle.ts).
    addCleanup(dir, () => removeWorkspaceSync(git.cwd, dir));
    const worktrees = [];
    const projectDirs = {};
    for (const side of side_SIDES) {
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
        const localHead = await git.resolveCommit(settings.head ?? 'HEAD');
        if (localHead)
            await guardTrigger(io, git, deps.env, event, settings, localHead);
        commits = await io.group('Choose commits', async () => {
            const c = await resolveCommits(git, { base: settings.base, head: settings.head, event });
            io.info(`base ${c.base.sha} (${c.base.ref}; ${c.how}), head ${c.head.sha} (${c.head.ref})`);
            return c;
        });
        if (!localHead)
            await guardTrigger(io, git, deps.env, event, settings, commits.head.sha);
        ws = await createWorktrees(git, commits, relProject, deps.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)());
        const configChanges = checkCheckouts(io, settings, ws.projectDirs, projectDir);
        const interpreters = await io.group('Find interpreters', () => findInterpreters(deps, settings, ws.projectDirs.head));
        // From here on every process is held to what is left of the time budget (time-budget.ts).
        const budget = new TimeBudget(settings.timeBudgetSeconds, now, startedAt);
        const timed = { ...deps, run: budget.wrap(deps.run) };
        const built = await buildUnits(timed, settings, interpreters, ws);
        const planned = await planCross(timed, settings, interpreters, ws, relProject);
        const crossUnits = await buildCrossUnits(timed, settings, planned, ws, built);
        const crashed = crashedUnits();
        const logRound = roundsLogger(deps.env);
        // method: paired measures the units it can serve; the rest (import-time, a fixture API the plugin doesn't
        // know, a suite missing or broken on a side) and, for now, the interpreter comparisons go to rounds.
        const paired = settings.method === 'paired'
            ? await io.group('Paired measurement (base and head workers, lock-step bursts)', () => runPaired(built.units, {
                ...settings,
                limits: settings.pairLimits,
                budgetLeft: () => budget.leftSeconds(),
                now,
                log: (l) => logUntrusted(io, l), // a worker's error lines quote the PR's code's output
                notice: (l) => (io.notice ?? io.info)(l),
            }))
            : undefined;
        const roundUnits = paired ? [...paired.fallback, ...crossUnits] : [...built.units, ...crossUnits];
        const measured = await io.group('Benchmark rounds (base and head interleaved)', () => runRounds(roundUnits, {
            ...settings,
            budgetSeconds: budget.leftSeconds(),
            budgetCut: () => budget.exhausted,
            now,
            log: (l) => io.info(l),
            runRound: runSuiteRound,
            onRound: (e) => (crashed.onRound(e), logRound?.(e)),
        }));
        const stopReason = budget.exhausted ? 'time-budget' : worstStop(measured.stopReason, paired?.stopReason);
        const later = laterPasses(settings, stopReason);
        if (later.note)
            io.warning(later.note);
        const crossLabels = new Set(planned.map((c) => c.label));
        const own = measured.comparisons.filter((c) => !crossLabels.has(c.interpreter));
        const explainable = built.units.filter((u) => !crashed.has(u));
        const judged = [...judge(own, settings), ...(paired?.rows ?? [])];
        const rows = await explainRows(timed, later.settings, judged, [...own, ...(paired?.rows ?? []).map(() => ({ breakdown: undefined }))], explainable, ws, reportPath);
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
            ...(paired ? { paired: { pairs: paired.pairs, burstMs: paired.burstMs, startupSeconds: paired.startupSeconds, ...paired.limits } } : {}),
            stopReason,
            elapsedSeconds: measured.elapsedSeconds + (paired?.elapsedSeconds ?? 0),
            interpreters,
            rows,
            cross: judgeInterpreterComparisons(planned, measured.comparisons, settings),
            configChanges,
        }), secret);
        const outcome = decideOutcome(report, settings);
        await publishReport(deps, settings, report, outcome.outputs, reportPath, event);
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
        if (!(e instanceof ConfigError))
            throw e;
        process.stderr.write(`error: ${e.message}\n${CLI_USAGE}\n`);
        return 2;
    }
    if (args.help) {
        process.stdout.write(`${CLI_USAGE}\n`);
        return 0;
    }
    const unsupported = unsupportedPlatform();
    if (unsupported) {
        process.stderr.write(`error: ${unsupported}\n`);
        return 2;
    }
    const io = {
        getInput: (name) => args.inputs[name] ?? '',
        info: (m) => process.stderr.write(`${m}\n`),
        warning: (m) => process.stderr.write(`warning: ${m}\n`),
        notice: (m) => process.stderr.write(`notice: ${m}\n`),
        error: (m) => process.stderr.write(`error: ${m}\n`),
        group: async (name, fn) => {
            process.stderr.write(`== ${name}\n`);
            return fn();
        },
        setOutput: () => undefined,
        setSecret: () => undefined,
        writeSummary: async (markdown) => {
            process.stdout.write(markdown);
        },
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
    const result = await runShell({ io, run: processRunner(env), env, workspace: process.cwd(), reportPath });
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

