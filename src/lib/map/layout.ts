/** Lays out step N's map in pixels for a viewport: a function of the model, N and the viewport only. */
import type { LayoutModel, ModelEvent, ModelPlace, ModelSegment } from './map-model';
import { applyTransform, fitTransform, type Padding, type Transform } from './projection';
import { labelBox, overlaps, placeLabels, type Box, type Side } from './label-placement';
import { insetFor, paddingClearOfInset, type Inset } from './inset';

export type { Inset };

/** A place dot and its label, in pixels. */
export interface PlaceMark extends ModelPlace {
  x: number;
  y: number;
  highlighted: boolean;
  /** Where the label sits, or undefined when it would cover another (only for places the step did not name). */
  labelSide: Side | undefined;
}

/** An event symbol, in pixels. */
export interface EventMark extends ModelEvent {
  x: number;
  y: number;
  /** Offset, in pixels, from the event's spot (events at one spot sit side by side, above it). */
  dx: number;
  dy: number;
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
  /** The locator: where the inset sits (pixels) and what it shows (base units); only on close views. */
  inset: Inset | undefined;
}

/** Distance, in pixels, between the symbols of events at the same spot. */
export const EVENT_SPREAD = 15;

/** Event symbols sit this far above their spot, so the place's dot and label stay visible. */
export const EVENT_LIFT = 14;

/** Half the size of an event symbol, in pixels. */
const SYMBOL_HALF = 7.5;

/** Pixels of slack around the viewport within which marks are still drawn. */
const MARGIN = 24;

/** The transform that fits step `index`'s view into the viewport, clear of `padding` and of the locator inset. */
export function stepTransform(
  model: LayoutModel,
  index: number,
  width: number,
  height: number,
  padding?: Padding,
): Transform {
  return fitTransform(
    model.states[index]!.rect,
    width,
    height,
    paddingClearOfInset(model, index, width, height, padding),
  );
}

/**
 * Marks of step `index` under a given transform. `covered`: boxes (pixels) that the map's overlays cover (the date and
 * the key); no mark is drawn there, nor under the locator inset.
 */
export function layoutAt(
  model: LayoutModel,
  index: number,
  transform: Transform,
  width: number,
  height: number,
  covered: readonly Box[] = [],
): MapLayout {
  const state = model.states[index]!;
  const px = (xy: readonly [number, number]) => applyTransform(transform, xy);
  const inset = insetFor(model, index, transform, width, height);
  const hidden = inset
    ? [...covered, [inset.x, inset.y, inset.x + inset.width, inset.y + inset.height] as Box]
    : covered;
  const inView = (x: number, y: number, m = MARGIN) =>
    x >= -m &&
    x <= width + m &&
    y >= -m &&
    y <= height + m &&
    !hidden.some(([a, b, c, d]) => x >= a && x <= c && y >= b && y <= d);
  const hl = state.highlight;

  // Events at one spot sit side by side above it, oldest on the left.
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
      events.push({ ...e, x: x + dx, y: y - EVENT_LIFT, dx, dy: -EVENT_LIFT, highlighted: hl.events.includes(e.id) });
    });
  }
  const shownEvents = events.filter((m) => inView(m.x, m.y));

  // Places the step names, then the places of the events it shows (so every symbol says where it is).
  const eventPlaces = new Set(model.eventPlaces ? state.events.map((id) => model.eventPlaces[id]).filter(Boolean) : []);
  const placeCandidates = model.places
    .filter((p) => state.places.includes(p.id) || eventPlaces.has(p.id))
    .map((p) => {
      const [x, y] = px(p.xy);
      return { p, x, y, named: state.places.includes(p.id), highlighted: hl.places.includes(p.id) };
    })
    .filter((c) => inView(c.x, c.y))
    .sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || Number(b.named) - Number(a.named));
  const obstacles: Box[] = [
    // No label goes under the locator inset.
    ...(inset ? [[inset.x - 2, inset.y - 2, inset.x + inset.width + 2, inset.y + inset.height + 2] as Box] : []),
    ...shownEvents.map((e): Box => [e.x - SYMBOL_HALF, e.y - SYMBOL_HALF, e.x + SYMBOL_HALF, e.y + SYMBOL_HALF]),
    ...placeCandidates.map((c): Box => [c.x - 4, c.y - 4, c.x + 4, c.y + 4]),
  ];
  const sides = placeLabels(
    placeCandidates.map((c) => ({ x: c.x, y: c.y, text: c.p.name, preferred: c.p.side, required: c.named })),
    obstacles,
    width,
    height,
  );
  const places = placeCandidates.map(
    (c, i): PlaceMark => ({ ...c.p, x: c.x, y: c.y, highlighted: c.highlighted, labelSide: sides[i] }),
  );
  const placed: Box[] = [
    ...obstacles,
    ...places.flatMap((p) => (p.labelSide ? [labelBox(p.x, p.y, p.name, p.labelSide)] : [])),
  ];

  // Country, state and sea names give way to anything the step is about.
  const labels = model.labels
    .filter((l) => state.span >= l.minSpan && state.span < l.maxSpan)
    .map((l): TextMark => {
      const [x, y] = px(l.xy);
      return { key: `${l.text}@${l.xy.join()}`, text: l.text, kind: l.kind, xy: l.xy, x, y };
    })
    .filter((m) => inView(m.x, m.y, -12))
    .filter((m) => {
      const w = m.text.length * 13 * 0.68;
      const box: Box = [m.x - w / 2, m.y - 11, m.x + w / 2, m.y + 4];
      return !placed.some((b) => overlaps(b, box));
    });

  return {
    index,
    width,
    height,
    transform,
    areas: hl.areas,
    segments: model.segments
      .filter((s) => state.segments.includes(s.id))
      .map((s) => ({ ...s, highlighted: hl.segments.includes(s.id) })),
    places,
    events: shownEvents,
    labels,
    inset,
  };
}

/** Step `index`'s map, fitted to the viewport. */
export function layoutStep(
  model: LayoutModel,
  index: number,
  width: number,
  height: number,
  padding?: Padding,
  covered?: readonly Box[],
): MapLayout {
  return layoutAt(model, index, stepTransform(model, index, width, height, padding), width, height, covered);
}
