// Shoots an HTML page to a PNG in headless Chromium (Debian's package), as tall as the page: a first pass
// (--dump-dom) reads the height the page's own script writes into <html data-height>, the second takes the
// screenshot at that size. Each pass gets a fresh profile and no network of its own (no updates, sync, QUIC).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const BROWSER = process.env.CHROMIUM ?? 'chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--force-color-profile=srgb',
];

/** The script a page includes so that the first pass can read its height. */
export const MEASURE_SCRIPT = `<script>addEventListener('load', () => {
  const root = document.documentElement, frame = document.querySelector('[data-frame]') ?? document.body;
  const box = frame.getBoundingClientRect(), style = getComputedStyle(frame);
  root.dataset.height = Math.ceil(Math.max(root.getBoundingClientRect().height, box.bottom + parseFloat(style.marginBottom || '0')));
  root.dataset.width = Math.ceil(box.right + parseFloat(style.marginRight || '0'));
});</script>`;

function chromium(args) {
  const profile = mkdtempSync(join(tmpdir(), 'ppg-chromium-'));
  try {
    return execFileSync(BROWSER, [...FLAGS, `--user-data-dir=${profile}`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Renders `htmlFile` at `width` CSS pixels (`'auto'`: as wide as the page's `[data-frame]` element) × `scale`
 * device pixels into `pngFile`; returns the size used.
 */
export function shoot(htmlFile, pngFile, width, scale = 2) {
  const url = pathToFileURL(htmlFile).href;
  const dom = chromium([`--window-size=${width === 'auto' ? 1600 : width},800`, '--virtual-time-budget=5000', '--dump-dom', url]);
  let height = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
  if (!(height > 0)) throw new Error(`${htmlFile}: the page did not report its height (include MEASURE_SCRIPT)`);
  if (width === 'auto') width = Number(/data-width="(\d+)"/.exec(dom)?.[1]);
  // Below ~150 px high, headless Chromium paints only the top of a scaled page: keep the window taller.
  height = Math.max(height, 200);
  chromium([`--window-size=${width},${height}`, `--force-device-scale-factor=${scale}`, '--virtual-time-budget=5000', `--screenshot=${pngFile}`, url]);
  return { width, height };
}
