/** The legend for a map state: only the symbols that state shows, so it follows the chapter. */
import type { LayoutModel } from './model-types';
import type { SegmentStatus } from '../data/schemas';
import { EVENT_TYPES, eventTypes } from '../data/event-types';
import { SEGMENT_STATUS_NAMES } from './describe';
import { marksStrings } from '../i18n/marks-strings';

/** One legend entry: a symbol key and its label. */
export interface LegendItem {
  /** `event:<type>`, `segment:<status>`, `place:capital`, `place:approximate`, `place` or `area`. */
  key: string;
  label: string;
}

const STATUS_ORDER: readonly SegmentStatus[] = ['operating', 'under-construction', 'proposed'];

/** Legend entries for step `index`, in a fixed order. */
export function legendFor(model: LayoutModel, index: number): LegendItem[] {
  const state = model.states[index]!;
  const items: LegendItem[] = [];
  if (state.highlight.areas.length) items.push({ key: 'area', label: 'State or province in focus' });
  // Only places and events in or near the view: a coup in the capital is not in the key of a close-up of the border.
  const [x0, y0, x1, y1] = state.rect;
  const mx = (x1 - x0) / 4;
  const my = (y1 - y0) / 4;
  const near = (xy: readonly [number, number]) =>
    xy[0] >= x0 - mx && xy[0] <= x1 + mx && xy[1] >= y0 - my && xy[1] <= y1 + my;
  const shownEvents = model.events.filter((e) => state.events.includes(e.id) && near(e.xy));
  const eventPlaces = new Set(shownEvents.map((e) => e.place));
  const shownPlaces = model.places.filter((p) => (state.places.includes(p.id) || eventPlaces.has(p.id)) && near(p.xy));
  if (shownPlaces.some((p) => p.kind === 'capital'))
    items.push({ key: 'place:capital', label: marksStrings.en.capital });
  if (shownPlaces.some((p) => !p.approximate && p.kind !== 'capital'))
    items.push({ key: 'place', label: 'Town or city' });
  if (shownPlaces.some((p) => p.approximate)) items.push({ key: 'place:approximate', label: 'Approximate location' });
  const statuses = new Set(model.segments.filter((s) => state.segments.includes(s.id)).map((s) => s.status));
  for (const s of STATUS_ORDER)
    if (statuses.has(s)) items.push({ key: `segment:${s}`, label: `Railway ${SEGMENT_STATUS_NAMES[s]}` });
  const types = new Set(shownEvents.map((e) => e.type));
  for (const t of eventTypes) {
    if (types.has(t))
      items.push({ key: `event:${t}`, label: EVENT_TYPES[t].name.replace(/^./, (c) => c.toUpperCase()) });
  }
  return items;
}
