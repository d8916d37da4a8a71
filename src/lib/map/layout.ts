/** Lays out step N's map in pixels for a viewport: a function of the model, N and the viewport only. */
import type { MapModel, ModelEvent, ModelPlace, ModelSegment } from './map-model';
import { applyTransform, fitTransform, type Padding, type Transform } from './projection';

/** A place dot and its label, in pixels. */
export interface PlaceMark extends ModelPlace {
  x: number;
  y: number;
  highlighted: boolean;
}

/** An event symbol, in pixels. */
export interface EventMark extends ModelEvent {
  x: number;
  y: number;
  /** Horizontal offset, in pixels, from the event's spot (events at one spot sit side by side). */
  dx: number;
  highlighted: boolean;
}

/** A drawn corridor segment. */
export interface SegmentMark extends ModelSegment {
  highlighted: boolean;
}

/** A country, area or water label, in pixels. */
export interface TextMark {
  key: string;
  text: string;
  kind: 'country' | 'area' | 'water';
  xy: readonly [number, number];
  x: number;
  y: number;
}

/** One step's map laid out for one viewport. */
export interface MapLayout {
  index: number;
  width: number;
  height: number;
  transform: Transform;
  areas: string[];
  segments: SegmentMark[];
  places: PlaceMark[];
  events: EventMark[];
  labels: TextMark[];
}

/** Distance, in pixels, between the symbols of events at the same spot. */
export const EVENT_SPREAD = 15;

/** Pixels of slack around the viewport within which marks are still drawn. */
const MARGIN = 24;

/** The transform that fits step `index`'s view into the viewport. */
export function stepTransform(model: MapModel, index: number, width: number, height: number, padding?: Padding): Transform {
  return fitTransform(model.states[index]!.rect, width, height, padding);
}

/** Marks of step `index` under a given transform (the client passes in-between transforms while animating). */
export function layoutAt(model: MapModel, index: number, transform: Transform, width: number, height: number): MapLayout {
  const state = model.states[index]!;
  const px = (xy: readonly [number, number]) => applyTransform(transform, xy);
  const inView = (x: number, y: number, m = MARGIN) => x >= -m && x <= width + m && y >= -m && y <= height + m;
  const hl = state.highlight;

  const places = model.places
    .filter((p) => state.places.includes(p.id))
    .map((p): PlaceMark => {
      const [x, y] = px(p.xy);
      return { ...p, x, y, highlighted: hl.places.includes(p.id) };
    })
    .filter((m) => inView(m.x, m.y));

  // Events at one spot sit side by side, oldest on the left.
  const byId = new Map(model.events.map((e) => [e.id, e]));
  const groups = new Map<string, ModelEvent[]>();
  for (const id of state.events) {
    const e = byId.get(id);
    if (e) groups.set(e.xy.join(), [...(groups.get(e.xy.join()) ?? []), e]);
  }
  const events: EventMark[] = [];
  for (const group of groups.values()) {
    group.forEach((e, i) => {
      const [x, y] = px(e.xy);
      const dx = (i - (group.length - 1) / 2) * EVENT_SPREAD;
      events.push({ ...e, x: x + dx, y, dx, highlighted: hl.events.includes(e.id) });
    });
  }

  const labels = model.labels
    .filter((l) => state.span >= l.minSpan && state.span < l.maxSpan)
    .map((l): TextMark => {
      const [x, y] = px(l.xy);
      return { key: `${l.text}@${l.xy.join()}`, text: l.text, kind: l.kind, xy: l.xy, x, y };
    })
    .filter((m) => inView(m.x, m.y, -12));

  return {
    index, width, height, transform,
    areas: hl.areas,
    segments: model.segments.filter((s) => state.segments.includes(s.id)).map((s) => ({ ...s, highlighted: hl.segments.includes(s.id) })),
    places,
    events: events.filter((m) => inView(m.x, m.y)),
    labels,
  };
}

/** Step `index`'s map, fitted to the viewport. */
export function layoutStep(model: MapModel, index: number, width: number, height: number, padding?: Padding): MapLayout {
  return layoutAt(model, index, stepTransform(model, index, width, height, padding), width, height);
}
