/**
 * Every kind of dated event, in legend order, with its map symbol (its reader-facing name is in each language's chrome
 * strings, src/lib/i18n/). Its colour is the CSS custom property --ev-<type> (light and dark) with a rule .ev--<type> in
 * src/styles/global.css; tests/unit/event-types.test.ts checks that every type has all of these. Adding a type means
 * an entry here, its name in every locale (src/lib/i18n/), its colour in global.css, and a line in content/README.md.
 */

/** One event type's entry. */
export interface EventTypeSpec {
  /** The map symbol, centred on 0,0 and 16 to 17 px across (at least 12 px on screen at every size): shapes differ by type as well as colours. */
  symbol: { d?: string; circle?: number; inner?: string };
  /** Not a located event (a statement): drawn on the map only when the event says a source places it (`located`). */
  onMapOnlyIfLocated?: boolean;
}

/** The event types, in the order of the map's key. */
export const EVENT_TYPES = {
  'strike-on-civilians': {
    symbol: { circle: 7.6, inner: 'M-2.6,0a2.6,2.6 0 1,0 5.2,0a2.6,2.6 0 1,0 -5.2,0' },
  },
  'air-strike': { symbol: { d: 'M-8.5,-6.5H8.5L0,8.5Z' } },
  artillery: { symbol: { d: 'M0,-8.5L8.5,0L0,8.5L-8.5,0Z' } },
  'base-seized': { symbol: { d: 'M-7.6,-7.6H7.6V7.6H-7.6Z' } },
  clash: {
    symbol: { d: 'M-8,-4L-4,-8L0,-4L4,-8L8,-4L4,0L8,4L4,8L0,4L-4,8L-8,4L-4,0Z' },
  },
  statement: { symbol: { d: 'M-8,-7H8V3.5H-1L-5.5,8V3.5H-8Z' }, onMapOnlyIfLocated: true },
  coup: { symbol: { d: 'M-4,-7.5H4L8,0L4,7.5H-4L-8,0Z' } },
} as const satisfies Record<string, EventTypeSpec>;

/** A kind of dated event. */
export type EventType = keyof typeof EVENT_TYPES;

/** The event types' ids, in legend order (for the data schema's enum). */
export const eventTypes = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];
