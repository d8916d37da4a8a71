/** The compact, projected model of a story's map: every feature in base units and every step's state. */
import type { GeoProjection } from 'd3-geo';
import type { Place, PlaceKind } from '../data/schemas';
import { EVENT_TYPES, type EventTypeSpec } from '../data/event-types';
import type { StoryData } from '../data/story-data';
import { AREA_LABELS } from './area-labels';
import { INSET_BOUNDS } from '../geo/inset-bounds';
import { projectBounds, type Rect } from './projection';
import type { StateText } from './describe';
import type { MapModel, XY } from './model-types';
import type { MapState } from './map-state';

export type {
  LayoutModel,
  MapModel,
  ModelEvent,
  ModelLabel,
  ModelPlace,
  ModelSegment,
  ModelState,
  XY,
} from './model-types';
import { eventsUpTo } from '../text/dates';
import { legendFor } from './legend';
import type { ChromeStrings } from '../i18n/locale';

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Id of a section's tunnel, as the map model and the page's shared paths name it. */
export const tunnelSegmentId = (sectionId: string): string => `${sectionId}-tunnel`;

/**
 * A town or city whose position is known to within this many km is drawn as located: its dot falls inside the
 * built-up area. Camps, bases and villages placed only by township keep their uncertainty ring.
 */
export const LOCATED_TOWN_KM = 5;

const TOWN_KINDS: ReadonlySet<PlaceKind> = new Set(['capital', 'state-capital', 'city', 'town', 'port']);

/** True when a place is drawn as approximate (hollow dot and uncertainty ring). */
export function drawnApproximate(p: Place): boolean {
  const { approximate, kind, precisionKm } = p.properties;
  return approximate && !(TOWN_KINDS.has(kind) && precisionKm !== undefined && precisionKm <= LOCATED_TOWN_KM);
}

/** Projects the story data and states once, into base units. */
export function buildMapModel(
  data: StoryData,
  states: readonly MapState[],
  projection: GeoProjection,
  texts: readonly StateText[],
  t: ChromeStrings,
  areaNames: ReadonlyMap<string, string> = new Map(),
): MapModel {
  const xy = (c: readonly number[]): XY => {
    const [x, y] = projection([c[0]!, c[1]!])!;
    return [r1(x), r1(y)];
  };
  const placeAt = new Map(data.places.map((p) => [p.id, p.geometry.coordinates]));
  const model: MapModel = {
    places: data.places.map((p) => ({
      id: p.id,
      name: p.properties.name,
      kind: p.properties.kind,
      approximate: drawnApproximate(p),
      side: p.properties.labelSide ?? 'right',
      xy: xy(p.geometry.coordinates),
    })),
    events: data.events
      .filter((e) => e.properties.located || !(EVENT_TYPES[e.properties.type] as EventTypeSpec).onMapOnlyIfLocated)
      .flatMap((e) =>
        [e.properties.place, ...(e.properties.alsoAt ?? [])].map((place, i) => ({
          id: e.id,
          type: e.properties.type,
          date: e.properties.date,
          place,
          // The event's own place at its own coordinates; each other place at that place's.
          xy: xy(i === 0 ? e.geometry.coordinates : (placeAt.get(place) ?? e.geometry.coordinates)),
        })),
      ),
    // A tunnel comes just before its section, so that it is drawn under the line.
    segments: data.segments.flatMap((s) => {
      const section = {
        id: s.id,
        status: s.properties.status,
        approximate: s.properties.approximate,
        xy: s.geometry.coordinates.map(xy),
      };
      const tn = s.properties.tunnel;
      if (!tn) return [section];
      const tunnel = { ...section, id: tunnelSegmentId(s.id), approximate: tn.approximate, xy: tn.line.map(xy) };
      const name = tn.name + (tn.approximate ? t.railway.approximateSuffix : '');
      const [a, b] = [tn.line[0]!, tn.line[1]!];
      const at = xy([(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2]);
      return [{ ...tunnel, tunnel: { of: s.id, name, at } }, section];
    }),
    labels: AREA_LABELS.map((l) => ({
      text: t.mapNames[l.text] ?? l.text,
      kind: l.kind,
      xy: xy(l.at),
      minSpan: l.minSpan,
      maxSpan: l.maxSpan,
    })),
    states: states.map((s) => ({
      ...s,
      rect: projectBounds(projection, s.bounds).map(r1) as unknown as Rect,
      span: s.bounds[2] - s.bounds[0],
    })),
    region: projectBounds(projection, INSET_BOUNDS).map(r1) as unknown as Rect,
    texts: [...texts],
    dateLabels: states.map((s) => (s.until ? eventsUpTo(s.until, t) : undefined)),
    legends: [],
    countryNames: { ...t.mapFrame.countries },
    areaNames: Object.fromEntries(
      [...new Set(states.flatMap((s) => s.highlight.areas))].flatMap((id) => {
        const name = areaNames.get(id);
        return name ? [[id, name]] : [];
      }),
    ),
  };
  model.legends = model.states.map((_, i) => legendFor(model, i, t).map((l) => l.key));
  return model;
}
