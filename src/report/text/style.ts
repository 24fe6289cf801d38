// Colour for the terminal report: only for a terminal, and as the user's environment asks (no-color.org,
// FORCE_COLOR as Node and chalk read it). Pure: the entry passes its stream's isTTY and its environment.
import { type Verdict } from '../../model/row.js';

export interface ColourContext {
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

/** FORCE_COLOR (any value but `0`/`false`) wins, then NO_COLOR (any non-empty value), then: a terminal, not TERM=dumb. */
export function colourEnabled({ isTTY, env }: ColourContext): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return isTTY && env.TERM !== 'dumb';
}

export type Tone = 'red' | 'green' | 'yellow' | 'cyan' | 'dim' | 'bold';

const SGR: Record<Tone, [number, number]> = { red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22] };

export const VERDICT_TONE: Record<Verdict, Tone | undefined> = {
  regression: 'red',
  failed: 'red',
  improvement: 'green',
  unchanged: 'dim',
  inconclusive: 'yellow',
  added: 'cyan',
  removed: 'cyan',
};

/** Wraps text in a tone, or leaves it as it is when colour is off. */
export type Paint = (text: string, tone: Tone | undefined) => string;

export function painter(colour: boolean): Paint {
  return (text, tone) => (colour && tone && text ? `\u001b[${SGR[tone][0]}m${text}\u001b[${SGR[tone][1]}m` : text);
}

/**
 * Text from the user's repository for one terminal line: no control characters (an escape sequence in a
 * benchmark's name or a test's output must not move the cursor or recolour the terminal), line breaks as spaces.
 */
export function plain(text: string, maxLength = 300): string {
  let t = text
    .replace(/[\r\n\t]+/g, ' ')
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .trim();
  if ([...t].length > maxLength) t = [...t].slice(0, maxLength - 1).join('') + '…';
  return t;
}
