import { parseCliArgs } from '../../src/config/cli-args.js';

describe('parseCliArgs', () => {
  it('maps options to inputs, joins repeated --suites, keeps --json apart', () => {
    const args = parseCliArgs(['--base', 'main', '--head=HEAD', '--suites', 'timeit: a.toml', '--suites', 'pytest-benchmark: b/', '--json', 'out.json', '--min-rounds', '4']);
    expect(args).toEqual({
      inputs: { base: 'main', head: 'HEAD', suites: 'timeit: a.toml\npytest-benchmark: b/', 'min-rounds': '4' },
      json: 'out.json',
      help: false,
    });
  });

  it.each([
    [['--bsae', 'main'], `command-line argument is "--bsae": expected one of --suites`],
    [['main'], 'command-line argument is "main"'],
    [['--base'], 'option --base is "": expected a value after it'],
  ])('rejects %p', (argv, message) => expect(() => parseCliArgs(argv)).toThrow(message));

  it('recognises --help', () => expect(parseCliArgs(['--help']).help).toBe(true));
});
