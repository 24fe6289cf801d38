// Timeouts kill the whole process group, and a grandchild holding our pipes does not keep us waiting.
import { execFileSync } from 'node:child_process';
import { runProcess } from '../../src/io/process.js';

function running(pattern: string): boolean {
  try {
    return execFileSync('pgrep', ['-f', pattern], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false; // pgrep exits 1 when nothing matches
  }
}

describe('runProcess timeouts', () => {
  it('returns soon after a 1 s timeout on a child that sleeps 8 s', async () => {
    // `; true` keeps bash from exec'ing sleep in its place: sleep is then a grandchild, as in a real script.
    const start = Date.now();
    const r = await runProcess('bash', ['-c', 'sleep 8; true'], { timeoutMs: 1000 });
    expect(r.timedOut).toBe(true);
    expect(r.code).toBeNull();
    expect(Date.now() - start).toBeLessThan(4000);
  });

  it('kills a grandchild that holds the pipes, and returns soon', async () => {
    // A distinctive duration, so that pgrep finds only this test's sleeps.
    const start = Date.now();
    const r = await runProcess('bash', ['-c', 'sleep 31.4159 & sleep 31.4159'], { timeoutMs: 1000 });
    expect(r.timedOut).toBe(true);
    expect(Date.now() - start).toBeLessThan(5000);
    await new Promise((res) => setTimeout(res, 300));
    expect(running('sleep 31.4159')).toBe(false);
  });

  it('does not wait for a background grandchild after the child exits', async () => {
    const start = Date.now();
    const r = await runProcess('bash', ['-c', 'echo hello; sleep 27.1828 & exit 3']);
    expect(r).toMatchObject({ code: 3, stdout: 'hello\n', timedOut: false });
    expect(Date.now() - start).toBeLessThan(4000);
    await new Promise((res) => setTimeout(res, 300));
    expect(running('sleep 27.1828')).toBe(false);
  });

  it('still captures output and exit codes', async () => {
    const r = await runProcess('bash', ['-c', 'echo out; echo err >&2; exit 5']);
    expect(r).toEqual({ code: 5, stdout: 'out\n', stderr: 'err\n', timedOut: false });
    const missing = await runProcess('/nonexistent/command', []);
    expect(missing.code).toBeNull();
    expect(missing.stderr).toMatch(/ENOENT/);
  });
});
