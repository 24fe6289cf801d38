// The screenshot pipeline's pure parts (docs/shots): a terminal capture's ANSI colours become styled HTML and
// nothing else of the escapes survives; a comment's markdown renders as GitHub renders it (tables; markdown
// left literal inside an HTML block, which is why the comment must escape for HTML there).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/git-repo.js';

const dir = mkdtempSync(join(tmpdir(), 'ppg-shots-'));
function render(script: string, input: string, ...args: string[]): string {
  writeFileSync(join(dir, 'in'), input);
  execFileSync('node', [join(REPO_ROOT, 'docs', 'shots', script), join(dir, 'in'), join(dir, 'out.html'), ...args]);
  return readFileSync(join(dir, 'out.html'), 'utf8');
}
const pre = (html: string) => /<pre>([\s\S]*)<\/pre>/.exec(html)![1];

describe('ansi-html.mjs', () => {
  it('turns SGR colours and weights into styled spans, closing them on reset', () => {
    const html = pre(render('ansi-html.mjs', '\x1b[1;31mregression\x1b[0m ok \x1b[38;5;46mx\x1b[39m \x1b[38;2;1;2;3my\x1b[0m\n', '80'));
    expect(html).toBe(
      '<span style="color:#ff7b72;font-weight:bold">regression</span> ok <span style="color:rgb(0,255,0)">x</span> <span style="color:rgb(1,2,3)">y</span>',
    );
  });

  it('drops cursor, title and charset escapes, and escapes HTML', () => {
    const html = pre(render('ansi-html.mjs', '\x1b]0;title\x07\x1b[2K\x1b[1Gtest_a.py::<b>&\x1b(B\n\n\n', '80'));
    expect(html).toBe('test_a.py::&lt;b&gt;&amp;');
  });

  it('sets the terminal width in characters and a frame the shot is cut to', () => {
    const html = render('ansi-html.mjs', 'x', '100');
    expect(html).toContain('width:100ch');
    expect(html).toContain('data-frame');
  });
});

describe('comment-html.mjs', () => {
  it('renders tables, and leaves markdown escapes literal inside HTML blocks as GitHub does', () => {
    const md = '| a | b |\n|---|---|\n| x\\_y | 2 |\n\n<details><summary>Profile of x\\_y</summary>\n\nbody\n\n</details>\n';
    const html = render('comment-html.mjs', md);
    expect(html).toMatch(/<td>x_y<\/td>/);
    expect(html).toContain('<summary>Profile of x\\_y</summary>');
    expect(html).toMatch(/\.markdown-body\{padding:16px;width:780px/);
  });
});
