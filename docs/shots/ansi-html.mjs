// A terminal's captured text with its ANSI colours (tmux capture-pane -e) as an HTML page that looks like a
// terminal window: SGR codes become styled spans (16 colours, 256 colours, truecolor, bold, dim, italic,
// underline, inverse); every other escape sequence is dropped. Usage: node ansi-html.mjs <in.ansi> <out.html> <columns>
import { readFileSync, writeFileSync } from 'node:fs';
import { MEASURE_SCRIPT } from './chromium.mjs';

// The xterm palette as GitHub's dark theme shows it, so the picture reads on github.com.
const PALETTE = ['#484f58', '#ff7b72', '#3fb950', '#d29922', '#58a6ff', '#bc8cff', '#39c5cf', '#b1bac4'];
const BRIGHT = ['#6e7681', '#ffa198', '#56d364', '#e3b341', '#79c0ff', '#d2a8ff', '#56d4dd', '#ffffff'];
const FG = '#e6edf3';
const BG = '#0d1117';

function color256(n) {
  if (n < 8) return PALETTE[n];
  if (n < 16) return BRIGHT[n - 8];
  if (n >= 232) return `rgb(${8 + 10 * (n - 232)},${8 + 10 * (n - 232)},${8 + 10 * (n - 232)})`;
  const c = n - 16;
  const level = (v) => (v === 0 ? 0 : 55 + 40 * v);
  return `rgb(${level(Math.floor(c / 36))},${level(Math.floor(c / 6) % 6)},${level(c % 6)})`;
}

/** Applies one SGR parameter list to the current style. */
function applySgr(style, params) {
  const p = params.length ? params : [0];
  for (let i = 0; i < p.length; i++) {
    const n = p[i];
    if (n === 0) Object.assign(style, { fg: undefined, bg: undefined, bold: false, dim: false, italic: false, underline: false, inverse: false });
    else if (n === 1) style.bold = true;
    else if (n === 2) style.dim = true;
    else if (n === 3) style.italic = true;
    else if (n === 4) style.underline = true;
    else if (n === 7) style.inverse = true;
    else if (n === 22) style.bold = style.dim = false;
    else if (n === 23) style.italic = false;
    else if (n === 24) style.underline = false;
    else if (n === 27) style.inverse = false;
    else if (n >= 30 && n <= 37) style.fg = PALETTE[n - 30];
    else if (n >= 90 && n <= 97) style.fg = BRIGHT[n - 90];
    else if (n >= 40 && n <= 47) style.bg = PALETTE[n - 40];
    else if (n >= 100 && n <= 107) style.bg = BRIGHT[n - 100];
    else if (n === 39) style.fg = undefined;
    else if (n === 49) style.bg = undefined;
    else if ((n === 38 || n === 48) && p[i + 1] === 5) {
      style[n === 38 ? 'fg' : 'bg'] = color256(p[i + 2]);
      i += 2;
    } else if ((n === 38 || n === 48) && p[i + 1] === 2) {
      style[n === 38 ? 'fg' : 'bg'] = `rgb(${p[i + 2]},${p[i + 3]},${p[i + 4]})`;
      i += 4;
    }
  }
}

function css(style) {
  const [fg, bg] = style.inverse ? [style.bg ?? BG, style.fg ?? FG] : [style.fg, style.bg];
  const rules = [];
  if (fg) rules.push(`color:${fg}`);
  if (bg) rules.push(`background:${bg}`);
  if (style.bold) rules.push('font-weight:bold');
  if (style.dim) rules.push('opacity:.6');
  if (style.italic) rules.push('font-style:italic');
  if (style.underline) rules.push('text-decoration:underline');
  return rules.join(';');
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ANSI text → HTML spans. */
export function ansiToHtml(text) {
  const style = {};
  let html = '';
  let open = false;
  // SGR sequences, other CSI sequences, OSC sequences (to BEL or ST), and lone escapes.
  // eslint-disable-next-line no-control-regex -- escape sequences are what this parses
  const re = /\x1b\[([0-9;:]*)m|\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Za-z0-9]|\x1b./g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    html += escapeHtml(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] === undefined) continue;
    applySgr(
      style,
      m[1]
        .split(/[;:]/)
        .filter((s) => s !== '')
        .map(Number),
    );
    if (open) html += '</span>';
    const rules = css(style);
    open = rules !== '';
    if (open) html += `<span style="${rules}">`;
  }
  html += escapeHtml(text.slice(last));
  return open ? `${html}</span>` : html;
}

/** A whole page: a window frame with a title, the text at `columns` characters wide. */
export function terminalPage(text, columns, title) {
  const body = ansiToHtml(text.replace(/\s+$/, ''));
  return `<!doctype html><html><head><meta charset="utf-8"><style>
html,body{margin:0;background:#010409}
.window{margin:16px;border-radius:8px;overflow:hidden;background:${BG};box-shadow:0 0 0 1px #30363d;display:inline-block}
.bar{background:#161b22;color:#8b949e;font:12px "DejaVu Sans",sans-serif;padding:7px 12px;border-bottom:1px solid #30363d}
.bar i{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:6px;vertical-align:-1px}
pre{margin:0;padding:12px 14px 16px;color:${FG};font:13px/1.4 "DejaVu Sans Mono",monospace;width:${columns}ch;white-space:pre;overflow:hidden}
</style>${MEASURE_SCRIPT}</head><body><div class="window" data-frame><div class="bar"><i style="background:#ff5f56"></i><i style="background:#ffbd2e"></i><i style="background:#27c93f"></i> ${escapeHtml(title)}</div><pre>${body}</pre></div></body></html>`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output, columns] = process.argv.slice(2);
  writeFileSync(output, terminalPage(readFileSync(input, 'utf8'), Number(columns), 'py-perf-guard on the demo project'));
}
