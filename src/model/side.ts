// The two sides of every comparison: base and head commits, or old and new interpreter on head.
export type Side = 'base' | 'head';

export const SIDES: readonly Side[] = ['base', 'head'];

export function otherSide(side: Side): Side {
  return side === 'base' ? 'head' : 'base';
}
