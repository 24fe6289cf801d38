// The pure part of failure causes; real pytest output is in __tests__/integration/failure-cause.test.ts.
import { causeText, failureCause, withKnownFix } from '../../src/text/failure-cause.js';

describe('failureCause', () => {
  it("keeps pip's ERROR lines among its warnings (no known fix)", () => {
    const pip =
      'WARNING: Retrying...\nERROR: Could not find a version that satisfies the requirement nosuchpkg\nERROR: No matching distribution found for nosuchpkg\n';
    expect(failureCause(pip)).toEqual({
      lines: ['ERROR: Could not find a version that satisfies the requirement nosuchpkg', 'ERROR: No matching distribution found for nosuchpkg'],
    });
  });

  it('names the plugin of an unknown pytest-cov option', () => {
    const out = 'ERROR: usage: python -m pytest [options] [file_or_dir] [file_or_dir] [...]\npython -m pytest: error: unrecognized arguments: --cov=foo\n';
    const cause = failureCause(out);
    expect(cause.lines).toEqual(['error: unrecognized arguments: --cov=foo']);
    expect(cause.fix).toMatch(/^`--cov` is an option of pytest-cov, which is not installed: add pytest-cov to `install`/);
  });

  it('explains pytest-benchmark turned off by an active xdist', () => {
    const out =
      "ERROR: Can't have both --benchmark-only and --benchmark-disable options. Note that --benchmark-disable is automatically activated if xdist is on, or if `statistics` is not available.\n";
    expect(failureCause(out).fix).toContain('pytest-xdist is active, and pytest-benchmark turns itself off under it: add `-n0`');
  });

  it('finds nothing in output without a cause, and causeText is then empty', () => {
    expect(failureCause('collected 3 items\n\n3 passed\n')).toEqual({ lines: [] });
    expect(causeText('just some output')).toBe('');
  });

  it('adds a known fix to a message once, and leaves other messages alone', () => {
    const once = withKnownFix("ModuleNotFoundError: No module named 'yaml.loader'");
    expect(once).toContain('(fix: the module `yaml` is not installed');
    expect(withKnownFix(once)).toBe(once);
    expect(withKnownFix('ZeroDivisionError: division by zero')).toBe('ZeroDivisionError: division by zero');
  });
});
