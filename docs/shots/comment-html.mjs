// A PR comment's markdown as GitHub shows it: rendered with marked (GitHub-flavoured: tables, raw HTML blocks
// left as HTML, so markdown inside <summary> stays literal, as on github.com) inside a comment box styled with
// github-markdown-css, the body 780 px wide (a comment on a PR's conversation page at the default layout).
// Usage: node comment-html.mjs <comment.md> <out.html>
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { marked } from 'marked';
import { MEASURE_SCRIPT } from './chromium.mjs';

export const COMMENT_WIDTH = 780;
const CSS = readFileSync(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8');

export function commentPage(markdown) {
  const body = marked.parse(markdown, { gfm: true, breaks: false, async: false });
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}
html,body{margin:0;background:#fff}
.comment{margin:16px;width:${COMMENT_WIDTH + 32}px;border:1px solid #d1d9e0;border-radius:6px;font-family:-apple-system,"Segoe UI","Noto Sans","Liberation Sans",sans-serif}
.head{background:#f6f8fa;border-bottom:1px solid #d1d9e0;border-radius:6px 6px 0 0;padding:8px 16px;font-size:14px;color:#59636e}
.head b{color:#1f2328}.head span{border:1px solid #d1d9e0;border-radius:2em;padding:0 6px;font-size:12px;margin:0 4px}
.markdown-body{padding:16px;width:${COMMENT_WIDTH}px;font-family:inherit}
</style>${MEASURE_SCRIPT}</head><body><div class="comment" data-frame><div class="head"><b>github-actions</b><span>bot</span>commented</div>
<div class="markdown-body">${body}</div></div></body></html>`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output] = process.argv.slice(2);
  writeFileSync(output, commentPage(readFileSync(input, 'utf8')));
}
