import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CVD_MATRICES, colourDifference, parseColor, type Deficiency } from '../helpers/contrast';
import { EVENT_TYPES, eventTypes, type EventType } from '../../src/lib/data/event-types';
import { STATIC_MARK_SCALE } from '../../src/lib/map/static-map';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css'), 'utf8');

/** The event colours of the first `:root {…}` block after `marker` (light: start of file; dark: the media query). */
function eventColours(marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  const block = css.slice(css.indexOf(':root {', start), css.indexOf('}', css.indexOf(':root {', start)));
  return Object.fromEntries([...block.matchAll(/--ev-([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const schemes = { light: eventColours(''), dark: eventColours('prefers-color-scheme: dark') };
const deficiencies = [undefined, ...(Object.keys(CVD_MATRICES) as Deficiency[])];
const pairs = eventTypes.flatMap((a, i) => eventTypes.slice(i + 1).map((b) => [a, b] as const));
/** Smallest colour difference (CIE76) between two event types, with or without a deficiency. */
const MIN_DIFFERENCE = 9;
/** Types a reader must never confuse, held to a larger difference. */
const NEVER_CONFUSED: readonly (readonly [EventType, EventType])[] = [
  ['air-strike', 'artillery'],
  ['clash', 'strike-on-civilians'],
];
const STRICT_DIFFERENCE = 15;

/** Extent of a symbol in px, from its path's coordinates and its circle. */
function symbolSize(type: EventType): number {
  const s = EVENT_TYPES[type].symbol as { d?: string; circle?: number };
  const nums = (s.d ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  return Math.max(2 * (s.circle ?? 0), Math.max(...nums.map(Math.abs), 0) * 2);
}

describe.each(Object.entries(schemes))('%s event colours', (_name, colours) => {
  it.each(deficiencies.map((d) => [d ?? 'normal vision', d] as const))('stay apart under %s', (_label, d) => {
    for (const [a, b] of pairs) {
      const diff = colourDifference(parseColor(colours[a]!), parseColor(colours[b]!), d);
      const strict = NEVER_CONFUSED.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
      expect(diff, `${a} vs ${b}`).toBeGreaterThanOrEqual(strict ? STRICT_DIFFERENCE : MIN_DIFFERENCE);
    }
  });
});

describe('event symbols', () => {
  it('differ by shape for every pair of types, not only by colour', () => {
    const shapes = eventTypes.map((t) => JSON.stringify(EVENT_TYPES[t].symbol));
    expect(new Set(shapes).size).toBe(eventTypes.length);
  });

  it('do not share a shape family: clash and strike on civilians are not both crosses', () => {
    const civ = EVENT_TYPES['strike-on-civilians'].symbol;
    expect(civ.inner).not.toMatch(/M-?\d+(\.\d+)?,-?\d+(\.\d+)?L/);
  });

  it.each(eventTypes)('%s is at least 12 px across on screen, live and on a static map on a phone', (t) => {
    // The live map draws symbols at 1 unit a pixel; a static map is 640 units wide, shown 358 px wide on a 390 px phone.
    expect(symbolSize(t)).toBeGreaterThanOrEqual(12);
    expect(symbolSize(t) * STATIC_MARK_SCALE * (358 / 640)).toBeGreaterThanOrEqual(12);
  });
});
