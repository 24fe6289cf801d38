// Number formatting for the report and the run's messages. Pure.

/** Seconds per call with a unit suited to its size and 3 significant digits: 1.23 µs, 45.6 ms. */
export function formatSeconds(seconds: number): string {
  const abs = Math.abs(seconds);
  const [scale, unit] = abs < 1e-6 ? [1e9, 'ns'] : abs < 1e-3 ? [1e6, 'µs'] : abs < 1 ? [1e3, 'ms'] : [1, 's'];
  return `${Number((seconds * scale).toPrecision(3))} ${unit}`;
}

/** Bytes with a binary unit and 3 significant digits: 512 B, 1.5 KiB, 390 KiB, 2.1 MiB. */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  const [scale, unit] = abs >= 2 ** 20 ? [2 ** 20, 'MiB'] : abs >= 1024 ? [1024, 'KiB'] : [1, 'B'];
  return `${Number((bytes / scale).toPrecision(3))} ${unit}`;
}

/** A ratio head/base as a signed percentage: 1.234 → +23.4%, 0.8 → −20.0%. */
export function formatChange(ratio: number): string {
  const pct = (ratio - 1) * 100;
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '±';
  return `${sign}${formatChangeSize(ratio)}`;
}

/** The size of a change without its sign, for prose such as `23.4% slower`: 1.234 → 23.4%, 0.8 → 20.0%. */
export function formatChangeSize(ratio: number): string {
  return `${Math.abs((ratio - 1) * 100).toFixed(1)}%`;
}

export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(3)}×`;
}

export function formatP(p: number): string {
  if (p < 1e-4) return '<0.0001';
  return p < 0.01 ? p.toPrecision(2) : p.toFixed(2);
}

export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return s ? `${m}m ${s}s` : `${m}m`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
