/** Lays out a map state's marks (places, events, labels) in pixels for a given viewport. */
import type { GeoProjection } from 'd3-geo';
import type { MapState } from './map-state';
import type { StoryData } from '../data/cross-check';
import type { EventType, PlaceKind, SegmentStatus } from '../data/schemas';
import { AREA_LABELS } from './area-labels';
import { applyTransform, fitTransform, projectBounds, type Padding, type Transform } from './projection';

/** A place dot with its label. */
export interface PlaceMark {
  id: string;
  name: string;
  kind: PlaceKind;
  approximate: boolean;
  side: 'left' | 'right' | 'top' | 'bottom';
  x: number;
  y: number;
  highlighted: boolean;
}

/** An event symbol. */
export interface EventMark {
  id: string;
  type: EventType;
  date: string;
  x: number;
  y: number;
  highlighted: boolean;
}

/** A drawn corridor segment (its path lives in the shared defs). */
export interface SegmentMark {
  id: string;
  status: SegmentStatus;
  approximate: boolean;
  highlighted: boolean;
}

/** A country, state or water label. */
export interface TextMark {
  text: string;
  kind: 'country' | 'area' | 'water';
  x: number;
  y: number;
}

/** A map state laid out for one viewport. */
export interface MapLayout {
  width: number;
  height: number;
  transform: Transform;
  areas: string[];
  segments: SegmentMark[];
  places: PlaceMark[];
  events: EventMark[];
  labels: TextMark[];
}

/** Distance, in pixels, between symbols of events at the same spot. */
export const EVENT_SPREAD = 15;

/** Lays out `state` in a `width`×`height` viewport, keeping `padding` clear of what the step is about. */
export function layoutMap(
  state: MapState,
  data: StoryData,
  projection: GeoProjection,
  width: number,
  height: number,
  padding?: Padding,
): MapLayout {
  const transform = fitTransform(projectBounds(projection, state.bounds), width, height, padding);
  const toPx = (c: readonly number[]) => applyTransform(transform, projection([c[0]!, c[1]!])!);
  const inView = ([x, y]: readonly number[]) => x! >= -20 && x! <= width + 20 && y! >= -20 && y! <= height + 20;
  const hl = state.highlight;

  const places = data.places
    .filter((p) => state.places.includes(p.id))
    .map((p): PlaceMark => {
      const [x, y] = toPx(p.geometry.coordinates);
      return {
        id: p.id, name: p.properties.name, kind: p.properties.kind, approximate: p.properties.approximate,
        side: p.properties.labelSide ?? 'right', x, y, highlighted: hl.places.includes(p.id),
      };
    })
    .filter((m) => inView([m.x, m.y]));

  // Events at the same spot sit side by side, oldest on the left.
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const groups = new Map<string, string[]>();
  for (const id of state.events) {
    const e = byId.get(id);
    if (!e) continue;
    const key = e.geometry.coordinates.map((v) => v.toFixed(3)).join(',');
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const events: EventMark[] = [];
  for (const ids of groups.values()) {
    ids.forEach((id, i) => {
      const e = byId.get(id)!;
      const [x, y] = toPx(e.geometry.coordinates);
      events.push({
        id, type: e.properties.type, date: e.properties.date,
        x: x + (i - (ids.length - 1) / 2) * EVENT_SPREAD, y, highlighted: hl.events.includes(id),
      });
    });
  }

  const span = state.bounds[2] - state.bounds[0];
  const labels = AREA_LABELS.filter((l) => span >= l.minSpan && span < l.maxSpan)
    .map((l): TextMark => {
      const [x, y] = toPx(l.at);
      return { text: l.text, kind: l.kind, x, y };
    })
    .filter((m) => m.x > 10 && m.x < width - 10 && m.y > 10 && m.y < height - 10);

  return {
    width, height, transform,
    areas: hl.areas,
    segments: data.segments.filter((s) => state.segments.includes(s.id)).map((s) => ({
      id: s.id, status: s.properties.status, approximate: s.properties.approximate, highlighted: hl.segments.includes(s.id),
    })),
    places,
    events: events.filter((m) => inView([m.x, m.y])),
    labels,
  };
}
