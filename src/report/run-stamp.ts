// The hidden stamp at the end of our comment: which head commit (and run) wrote it. A run that finishes late,
// after a newer push started a newer run, reads it to see that the comment already shows the newer head.
// Only our own comments are read (comment-identity.ts), so a stamp cannot be planted by someone else.

export interface RunStampValue {
  head: string;
  runId?: string;
  attempt?: string;
}

const STAMP = /<!-- py-perf-guard-run head=([0-9a-f]{7,64}) run=(\d*) attempt=(\d*) -->/;

export function runStamp(s: RunStampValue): string {
  return `<!-- py-perf-guard-run head=${s.head} run=${s.runId ?? ''} attempt=${s.attempt ?? ''} -->`;
}

/** The stamp of a comment body, or undefined for a comment written before stamps (1.0) or without one. */
export function parseRunStamp(body: string | null | undefined): RunStampValue | undefined {
  const m = STAMP.exec(body ?? '');
  if (!m) return undefined;
  return { head: m[1], ...(m[2] ? { runId: m[2] } : {}), ...(m[3] ? { attempt: m[3] } : {}) };
}
