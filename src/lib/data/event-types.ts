/**
 * Every kind of dated event, in legend order, with its map symbol (its reader-facing name is in each language's chrome
 * strings, src/lib/i18n/). Its colour is the CSS custom property --ev-<type> (light and dark) with a rule .ev--<type> in
 * src/styles/global.css; tests/unit/event-types.test.ts checks that every type has all of these. Adding a type means
 * an entry here, its name in every locale (src/lib/i18n/), its colour in global.css, and a line in content/README.md.
 */

/** One event type's entry. */
export interface EventTypeSpec {
  /** The map symbol, centred on 0,0 and about 14 px across: shapes differ by type as well as colours. */
  symbol: { d?: string; circle?: number; inner?: string };
}

/** The event types, in the order of the map's key. */
export const EVENT_TYPES = {
  'strike-on-civilians': { symbol: { circle: 6.5, inner: 'M-3,-3L3,3M3,-3L-3,3' } },
  'air-strike': { symbol: { d: 'M-7,-5.5H7L0,7Z' } },
  artillery: { symbol: { d: 'M0,-7L7,0L0,7L-7,0Z' } },
  'base-seized': { symbol: { d: 'M-6,-6H6V6H-6Z' } },
  clash: {
    symbol: { d: 'M-6.5,-3.5L-3.5,-6.5L0,-3L3.5,-6.5L6.5,-3.5L3,0L6.5,3.5L3.5,6.5L0,3L-3.5,6.5L-6.5,3.5L-3,0Z' },
  },
  statement: { symbol: { d: 'M-7,-6H7V3H-1L-5,7V3H-7Z' } },
  coup: { symbol: { d: 'M-3.5,-6.5H3.5L7,0L3.5,6.5H-3.5L-7,0Z' } },
} as const satisfies Record<string, EventTypeSpec>;

/** A kind of dated event. */
export type EventType = keyof typeof EVENT_TYPES;

/** The event types' ids, in legend order (for the data schema's enum). */
export const eventTypes = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];
