// The real CLI bundle (built from this source) on a real terminal (a pty from `script`) and through a pipe:
// text with colour and a live status line on the terminal, markdown and a progress line per round when piped,
// NO_COLOR and FORCE_COLOR honoured, --version.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCliBundle, collect, quickRunArgs } from '../helpers/cli-bundle.js';
import { makeRepo, REPO_ROOT, removeDir, tempDir } from '../helpers/git-repo.js';
import { pythonPath } from '../helpers/python.js';

const SUITE = `[[benchmark]]\nname = "sum_of_squares"\nstmt = "sum(i * i for i in range(300))"\n`;
const ESC = '\u001b';

let root: string;
let repo: string;
let cli: string;
beforeAll(() => {
  root = tempDir();
  cli = buildCliBundle(root);
  // the bundle reads its version from the package.json above it, as from a clone or an npm install
  copyFileSync(join(REPO_ROOT, 'package.json'), join(root, 'package.json'));
  repo = join(root, 'project');
  makeRepo(repo, { 'bench/micro.toml': SUITE }, { 'README.md': 'head\n' });
}, 180_000);
afterAll(() => removeDir(root));

const RUN = () => quickRunArgs(pythonPath('3.12'));

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: root, TERM: 'xterm-256color', ...extra };
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The CLI with stdin, stdout and stderr on a pty, as a person at a terminal runs it: what the terminal got. */
async function onTerminal(args: string[], extra: Record<string, string> = {}) {
  const command = [process.execPath, cli, ...args].map(quote).join(' ');
  const r = await collect('script', ['-qec', command, '/dev/null'], { cwd: repo, env: env(extra) });
  return { code: r.code, screen: r.stdout.replace(/\r\n/g, '\n') };
}

describe('the CLI on a terminal and through a pipe', () => {
  it('piped: markdown on stdout as 1.0 printed it, no colour, a progress line per round on stderr', async () => {
    const r = await collect(process.execPath, [cli, ...RUN()], { cwd: repo, env: env() });
    expect(r.code).toBe(0);
    // 2 rounds of an untouched benchmark: decided or not, the headline says which
    expect(r.stdout).toMatch(/^(✅ \*\*py-perf-guard: no regression found\*\*|❔ \*\*py-perf-guard: no regression detected · 1 of 1 inconclusive\*\*)/);
    expect(r.stdout).toContain('sum\\_of\\_squares');
    expect(r.stdout + r.stderr).not.toContain(ESC);
    expect(r.stderr).toMatch(/^rounds 1\/2 · verdicts not judged yet · \d+:\d\d of 20:00$/m);
    expect(r.stderr).toMatch(/^rounds 2\/2 · (1 decided, 0 open|0 decided, 1 open) · \d+:\d\d of 20:00$/m);
  }, 300_000);

  it('on a terminal: the text report with coloured verdicts, plain names, and a status line rewritten in place then cleared', async () => {
    const { code, screen } = await onTerminal(RUN());
    expect(code).toBe(0);
    expect(screen).toMatch(
      new RegExp(`${ESC}\\[(32mpy-perf-guard: no regression found|33mpy-perf-guard: no regression detected · 1 of 1 inconclusive)${ESC}\\[39m`),
    );
    expect(screen).toMatch(new RegExp(`sum_of_squares +[^ ]+ +${ESC}\\[(2munchanged|33minconclusive)`));
    expect(screen).not.toContain('\\_');
    expect(screen).not.toContain('**');
    // the status line: drawn with \r and erase-line, rewritten in place, and cleared before the report
    expect(screen).toMatch(new RegExp(`\\r${ESC}\\[2Krounds 1/2 \\(round 2: 1/2 suite runs\\)`));
    expect(screen).toMatch(new RegExp(`\\r${ESC}\\[2Krounds 2/2 · \\d decided, \\d open`));
    expect(screen).not.toMatch(/^rounds 2\/2 · \d decided/m); // never a line of its own on a terminal
    // the one-line summary, its verdict words coloured
    // eslint-disable-next-line no-control-regex
    expect(screen.replace(/\u001b\[\d+m/g, '')).toMatch(/^✓ pass: (1 unchanged|1 inconclusive) · 1 row on 1 interpreter · threshold 50% · \d+s$/m);
  }, 300_000);

  it('on a terminal with NO_COLOR: the text report without colour; piped with FORCE_COLOR and --format text: with colour', async () => {
    const { screen } = await onTerminal([...RUN(), '--profile', 'none'], { NO_COLOR: '1' });
    expect(screen).toMatch(/py-perf-guard: no regression (found|detected · 1 of 1 inconclusive)/);
    expect(screen).not.toMatch(new RegExp(`${ESC}\\[(3\\d|2|1)m`));
    const forced = await collect(process.execPath, [cli, ...RUN(), '--format', 'text'], { cwd: repo, env: env({ FORCE_COLOR: '1' }) });
    expect(forced.stdout).toMatch(new RegExp(`${ESC}\\[(2munchanged|33minconclusive)`));
    expect(forced.stdout).not.toContain('**');
  }, 300_000);

  it('--version and --help need no repository', async () => {
    const version = await onTerminal(['--version']);
    expect(version.screen.trim()).toMatch(/^py-perf-guard \d+\.\d+\.\d+/);
    const help = await collect(process.execPath, [cli, '--help'], { cwd: repo, env: env() });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--head TEXT');
    const typo = await collect(process.execPath, [cli, '--treshold', '5%'], { cwd: repo, env: env() });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('error: unknown option --treshold: did you mean --threshold?');
  }, 60_000);
});
