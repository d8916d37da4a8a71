/** The legend for a map state: only the symbols that state shows, so it follows the chapter. */
import type { LayoutModel } from './model-types';
import type { SegmentStatus } from '../data/schemas';
import { eventTypes } from '../data/event-types';
import type { ChromeStrings } from '../i18n/locale';

/** One legend entry: a symbol key and its label. */
export interface LegendItem {
  /** `event:<type>`, `segment:<status>` (`:approx` added when its route is approximate), `place:approximate`, `place` or `area`. */
  key: string;
  label: string;
}

const STATUS_ORDER: readonly SegmentStatus[] = ['operating', 'under-construction', 'proposed'];

/** Legend entries for step `index`, in a fixed order. */
export function legendFor(model: LayoutModel, index: number, t: ChromeStrings): LegendItem[] {
  const state = model.states[index]!;
  const items: LegendItem[] = [];
  if (state.highlight.areas.length) items.push({ key: 'area', label: t.legend.area });
  const shownPlaces = model.places.filter(
    (p) => state.places.includes(p.id) || state.events.some((e) => model.eventPlaces[e] === p.id),
  );
  if (shownPlaces.some((p) => !p.approximate)) items.push({ key: 'place', label: t.legend.place });
  if (shownPlaces.some((p) => p.approximate))
    items.push({ key: 'place:approximate', label: t.legend.placeApproximate });
  // A tunnel has no entry: its name on the map says what it is.
  const sections = model.segments.filter((s) => !s.tunnel && state.segments.includes(s.id));
  for (const s of STATUS_ORDER) {
    const these = sections.filter((g) => g.status === s);
    if (!these.length) continue;
    // A section being built whose route is known only by its ends is drawn paler, and its key says why.
    if (s === 'under-construction' && these.every((g) => g.approximate))
      items.push({ key: `segment:${s}:approx`, label: t.legend.railway(t.railway.underConstructionApprox) });
    else items.push({ key: `segment:${s}`, label: t.legend.railway(t.segmentStatus[s]) });
  }
  // Only events in or near the view: a coup in the capital is not in the key of a close-up of the border.
  const [x0, y0, x1, y1] = state.rect;
  const mx = (x1 - x0) / 4;
  const my = (y1 - y0) / 4;
  const near = (xy: readonly [number, number]) =>
    xy[0] >= x0 - mx && xy[0] <= x1 + mx && xy[1] >= y0 - my && xy[1] <= y1 + my;
  const types = new Set(model.events.filter((e) => state.events.includes(e.id) && near(e.xy)).map((e) => e.type));
  for (const type of eventTypes) {
    if (types.has(type))
      items.push({ key: `event:${type}`, label: t.eventTypes[type].replace(/^./, (c) => c.toUpperCase()) });
  }
  return items;
}
