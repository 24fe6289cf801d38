import * as core from '@actions/core';
import { jest } from '@jest/globals';
import { logUntrusted, untrustedLogger, wrapUntrusted } from '../../src/io/untrusted-log.js';

/** The workflow commands a runner would act on in these log lines, honouring stop-commands blocks as it does. */
function commandsSeen(log: string): string[] {
  const seen: string[] = [];
  let stoppedBy: string | null = null;
  for (const line of log.split(/\r?\n/)) {
    if (stoppedBy !== null) {
      if (line === `::${stoppedBy}::`) stoppedBy = null;
      continue;
    }
    const m = /^::([A-Za-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'stop-commands') stoppedBy = m[2];
    else seen.push(line);
  }
  return seen;
}

const HOSTILE = 'Collecting nothing\n::set-output name=x::y\n::add-mask::\n::set-env name=PATH::/evil\n::error::forged';

describe('untrusted output in the log', () => {
  it('is wrapped in a stop-commands block that ends with its token', () => {
    expect(wrapUntrusted('a\n::add-mask::b', 'tok')).toBe('::stop-commands::tok\na\n::add-mask::b\n::tok::');
  });

  it("through the action's core.info issues no command, and plain info would have", () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: any) => {
      written.push(String(chunk));
      return true;
    });
    try {
      untrustedLogger((m) => core.info(m))(HOSTILE);
      const wrapped = written.join('');
      written.length = 0;
      core.info(HOSTILE);
      const plain = written.join('');
      expect(wrapped).toContain('::set-output name=x::y');
      expect(commandsSeen(wrapped)).toEqual([]);
      expect(commandsSeen(plain)).toEqual(['::set-output name=x::y', '::add-mask::', '::set-env name=PATH::/evil', '::error::forged']);
    } finally {
      spy.mockRestore();
    }
  });

  it('uses a fresh random token per block, so the output cannot close the block', () => {
    const lines: string[] = [];
    const log = untrustedLogger((m) => lines.push(m));
    log('x');
    log('y');
    const tokens = lines.map((l) => /^::stop-commands::([0-9a-f]{32})\n/.exec(l)?.[1]);
    expect(tokens[0]).toBeDefined();
    expect(tokens[0]).not.toBe(tokens[1]);
  });

  it("goes to the Io's untrusted channel, or to info where there is none (CLI)", () => {
    const calls: string[] = [];
    logUntrusted({ info: (m) => calls.push(`info ${m}`), untrusted: (t) => calls.push(`untrusted ${t}`) }, 'a');
    logUntrusted({ info: (m) => calls.push(`info ${m}`) }, 'b');
    expect(calls).toEqual(['untrusted a', 'info b']);
  });
});
