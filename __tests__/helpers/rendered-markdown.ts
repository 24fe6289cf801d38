// Markdown as a reader sees it: rendered to HTML by a real CommonMark/GFM renderer (markdown-it, with the raw
// HTML GitHub allows in comments), then reduced to the visible text.
import MarkdownIt from 'markdown-it';

const renderer = new MarkdownIt({ html: true, linkify: false });

export function renderHtml(markdown: string): string {
  return renderer.render(markdown);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text a browser shows for this HTML: tags dropped, entities decoded, zero-width spaces removed. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (NAMED[e] ?? all),
    )
    .replace(/\u200b/g, '');
}
