import { installFailure } from '../../src/workspace/python-env.js';
import { MASK, redactAndRegister, redactDeep, redactText } from '../../src/text/redact.js';

const GHP = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const PYPI = 'pypi-AgEIcHlwaS5vcmcCJGI4YmFhNjI0LTc3ZDctNGVhNi1iZjM2LWE0ZWYxNDg5ZTE0ZQACKlszLCJmMjNjZmY2Ny1';
const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJyZXBvOm8vcjpwdWxsX3JlcXVlc3QifQ.c2lnbmF0dXJlLXBhcnQtaGVyZQ';

describe('redactText', () => {
  it.each([
    ['https://__token__:SECRETVALUE@example.invalid/simple', `https://${MASK}@example.invalid/simple`, ['SECRETVALUE']],
    ['pip: --index-url=https://user:p%40ss@pypi.example/simple failed', `pip: --index-url=https://${MASK}@pypi.example/simple failed`, ['p%40ss']],
    ['git+ssh://deploy:hunter2@git.example/x.git', `git+ssh://${MASK}@git.example/x.git`, ['hunter2']],
    ['"http://a:b@h"', `"http://${MASK}@h"`, ['b']],
    ['https://u:p@ss@host/x', `https://${MASK}@host/x`, ['p@ss']],
    [`https://${GHP}@github.com/o/r.git`, `https://${MASK}@github.com/o/r.git`, [GHP]],
    ['https://x-access-token0123456789abcdef@github.com/', `https://${MASK}@github.com/`, ['x-access-token0123456789abcdef']],
  ])('masks the credentials of %p', (text, expected, found) => expect(redactText(text)).toEqual({ text: expected, found }));

  it.each([
    ['ssh://git@github.com/o/r.git'],
    ['https://user@example.com/'],
    ['mailto me at a@b.example'],
    ['https://example.com/a@b'],
    ['nothing to see: ghp_short, pypi-server, eyJ.x.y'],
  ])('leaves %p alone', (text) => expect(redactText(text)).toEqual({ text, found: [] }));

  it.each([
    [GHP],
    ['ghs_' + 'x'.repeat(36)],
    ['gho_' + 'Y'.repeat(36)],
    ['ghu_' + '1'.repeat(36)],
    ['ghr_' + 'a1'.repeat(18)],
    ['github_pat_11ABCDEFG0abcdefghijkl_MNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ'],
    [PYPI],
    [JWT],
  ])('masks the token %p wherever it stands', (token) => {
    expect(redactText(`error: token ${token} was refused`)).toEqual({ text: `error: token ${MASK} was refused`, found: [token] });
    expect(redactText(`Authorization: Bearer ${token}\n`).text).toBe(`Authorization: Bearer ${MASK}\n`);
  });

  it('finds each secret once', () => expect(redactText(`${GHP} and ${GHP}`).found).toEqual([GHP]));
});

describe('redactDeep', () => {
  it('redacts every string of a report-like value and keeps the rest', () => {
    const report = {
      verdict: 'error',
      rows: [{ name: 'b', ratio: 1.2, error: 'install failed (exit 1): https://__token__:SECRETVALUE@example.invalid/simple', tags: [`t ${JWT}`] }],
      interpreters: [{ label: '3.12', error: undefined }],
      geomeans: new Map([['3.12', { ratio: 1, note: PYPI }]]),
    };
    const { value, found } = redactDeep(report);
    expect(JSON.stringify({ ...value, geomeans: [...value.geomeans] })).not.toMatch(/SECRETVALUE|eyJhbGci|pypi-AgE/);
    expect(value.rows[0]).toEqual({ name: 'b', ratio: 1.2, error: `install failed (exit 1): https://${MASK}@example.invalid/simple`, tags: [`t ${MASK}`] });
    expect(value.geomeans.get('3.12')).toEqual({ ratio: 1, note: MASK });
    expect(found.sort()).toEqual(['SECRETVALUE', JWT, PYPI].sort());
    expect(report.rows[0].error).toContain('SECRETVALUE'); // a copy: the input is untouched
  });

  it('registers what it redacts', () => {
    const secrets: string[] = [];
    expect(redactAndRegister(`see https://u:pw123@h/`, (s) => secrets.push(s))).toBe(`see https://${MASK}@h/`);
    expect(secrets).toEqual(['pw123']);
  });
});

describe('installFailure', () => {
  const result = (stderr: string, code: number | null = 1, timedOut = false) => ({ code, stdout: 'Collecting nothing\n', stderr, timedOut });
  it('says install failed with the exit code and the last lines of stderr, never the command', () => {
    expect(installFailure(result('WARNING: retrying\nERROR: Could not find a version that satisfies the requirement nothing\nERROR: No matching distribution found for nothing\n'), 1000)).toBe(
      'install failed (exit 1): WARNING: retrying\nERROR: Could not find a version that satisfies the requirement nothing\nERROR: No matching distribution found for nothing',
    );
    expect(installFailure(result('', 2), 1000)).toBe('install failed (exit 2): Collecting nothing');
  });
  it('says when it timed out', () => expect(installFailure(result('', null, true), 90_000)).toBe('install timed out after 90s'));
});
