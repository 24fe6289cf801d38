import { parseCliArgs, suggestOption, UsageError } from '../../src/config/cli-args.js';
import { helpText } from '../../src/config/cli-help.js';
import { INPUTS } from '../../src/config/inputs.js';

describe('parseCliArgs', () => {
  it('maps options to inputs, joins repeated --suites, keeps --json and --format apart', () => {
    const args = parseCliArgs([
      '--base',
      'main',
      '--head=HEAD',
      '--suites',
      'timeit: a.toml',
      '--suites',
      'pytest-benchmark: b/',
      '--json',
      'out.json',
      '--min-rounds',
      '4',
      '--format',
      'json',
    ]);
    expect(args).toEqual({
      inputs: { base: 'main', head: 'HEAD', suites: 'timeit: a.toml\npytest-benchmark: b/', 'min-rounds': '4' },
      json: 'out.json',
      format: 'json',
      help: false,
      version: false,
    });
  });

  it('takes a value that starts with dashes as the value of its option', () => {
    expect(parseCliArgs(['--install', '--not-an-option']).inputs.install).toBe('--not-an-option');
  });

  it.each([
    [['--treshold', '5%'], 'unknown option --treshold: did you mean --threshold?'],
    [['--treshold=5%'], 'unknown option --treshold: did you mean --threshold?'],
    [['--bsae', 'main'], 'unknown option --bsae: did you mean --base?'],
    [['--interpeters', '3.12'], 'unknown option --interpeters: did you mean --interpreters?'],
    [['--fromat', 'text'], 'unknown option --fromat: did you mean --format?'],
    [['--fail-on-regresion', 'false'], 'unknown option --fail-on-regresion: did you mean --fail-on-regression?'],
    [['--colour'], 'unknown option --colour (see --help)'],
    [['-x'], 'unknown option -x (see --help)'],
    [['main'], 'unexpected argument "main": every value follows its option (--base main)'],
    [['--base'], 'option --base needs a value (--base VALUE or --base=VALUE)'],
    [['--format', 'html'], 'option --format is "html": expected one of text, markdown, json'],
  ])('rejects %p: %s', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('recognises --help, -h, --version, -V', () => {
    expect(parseCliArgs(['--help']).help).toBe(true);
    expect(parseCliArgs(['-h']).help).toBe(true);
    expect(parseCliArgs(['--version']).version).toBe(true);
    expect(parseCliArgs(['-V']).version).toBe(true);
  });

  it('suggests the only option a prefix names, and nothing for a word far from all', () => {
    expect(suggestOption('compare')).toBe('compare-interpreters');
    expect(suggestOption('memory-t')).toBe('memory-threshold');
    expect(suggestOption('zzzzzz')).toBeUndefined();
  });
});

describe('helpText', () => {
  const help = helpText(100);

  it('lists every input of the table (but the token) with its default, and the CLI options', () => {
    for (const input of INPUTS) {
      if (input.name === 'github-token') expect(help).not.toContain('--github-token');
      else expect(help).toMatch(new RegExp(`^  --${input.name}\\b`, 'm'));
    }
    for (const option of ['--format text|markdown|json', '--json FILE', '-h, --help', '-V, --version', 'WORKTREE']) expect(help).toContain(option);
    expect(help.replace(/\s+/g, ' ')).toContain('[default: 5%]');
    expect(help).toContain('--statistic min|median|mean');
  });

  it('is plain text within the width: no markdown code spans, no README-only pointers', () => {
    expect(help).not.toContain('`');
    expect(help).not.toContain('see below');
    for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});
