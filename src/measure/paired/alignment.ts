// Lock-step alignment of the two workers' benchmark lists: given where each worker is (both go through
// their lists in collection order), what the coordinator does next. Pure: lists and positions in, a step out.
import { otherSide as other } from '../../model/side.js';
import { type Side } from './types.js';
import { type Position } from './worker-client.js';

export type Step =
  /** Both workers are at the same benchmark. */
  | { kind: 'duel'; name: string }
  /** A benchmark that exists on this side only (added or removed). */
  | { kind: 'solo'; side: Side; name: string }
  /** This side moves past its benchmark untimed: the other side has passed it already (or never reaches it). */
  | { kind: 'pass'; side: Side; name: string }
  | { kind: 'end' };

export function nextStep(position: Record<Side, Position>, lists: Record<Side, readonly string[]>): Step {
  const at = (side: Side) => ('at' in position[side] ? (position[side] as { at: string }).at : null);
  const base = at('base');
  const head = at('head');
  if (base === null && head === null) return { kind: 'end' };
  if (base !== null && base === head) return { kind: 'duel', name: base };
  for (const side of ['base', 'head'] as const) {
    const name = at(side);
    if (name !== null && !lists[other(side)].includes(name)) return { kind: 'solo', side, name };
  }
  // Both names are on both sides from here on.
  if (head === null) return { kind: 'pass', side: 'base', name: base! };
  if (base === null) return { kind: 'pass', side: 'head', name: head };
  if (lists.head.indexOf(base) < lists.head.indexOf(head)) return { kind: 'pass', side: 'base', name: base };
  if (lists.base.indexOf(head) < lists.base.indexOf(base)) return { kind: 'pass', side: 'head', name: head };
  // The two orders cross (tests reordered): one of the two is lost for this pair.
  return { kind: 'pass', side: 'base', name: base };
}

/** Names on head only (added) and on base only (removed), each in its side's order. */
export function addedAndRemoved(lists: Record<Side, readonly string[]>): { added: string[]; removed: string[] } {
  const base = new Set(lists.base);
  const head = new Set(lists.head);
  return { added: lists.head.filter((n) => !base.has(n)), removed: lists.base.filter((n) => !head.has(n)) };
}
