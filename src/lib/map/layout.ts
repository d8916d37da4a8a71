/** Lays out step N's map in pixels for a viewport: a function of the model, N and the viewport only. */
import type { LayoutModel, ModelEvent, ModelPlace, ModelSegment } from './map-model';
import { applyTransform, fitTransform, type Padding, type Transform } from './projection';
import { labelBox, overlaps, placeLabels, type Box, type Side } from './label-placement';
import {
  CALLOUT_FONT,
  CALLOUT_ROW,
  SYMBOL_STEP,
  clusters,
  placeCallout,
  siteCandidates,
  takeFirstFree,
} from './mark-placement';
import { insetFor, paddingClearOfInset, type Inset } from './inset';
import { APPROX_RING_RADIUS } from './mark-parts';

export type { Inset };

/** A place dot and its label, in pixels. */
export interface PlaceMark extends ModelPlace {
  x: number;
  y: number;
  highlighted: boolean;
  /** Where the label sits, or undefined when it would cover another or is listed in a callout. */
  labelSide: Side | undefined;
  /** Pixels the label sits beyond its usual offset (clear of a symbol on the spot, or of a neighbour). */
  labelPush: number;
  /** A lone event symbol sits on the spot: no dot, and the uncertainty ring goes round the symbol. */
  covered: boolean;
  /** Size of the marks relative to the live map's (see STATIC_MARK_SCALE). */
  scale: number;
}

/** An event symbol, in pixels. */
export interface EventMark extends ModelEvent {
  /** Unique per mark: an event with several places has one mark at each. */
  key: string;
  x: number;
  y: number;
  /** Offset, in pixels, from the spot (`xy`) of the place the mark stands for. */
  dx: number;
  dy: number;
  highlighted: boolean;
  /** From an earlier day than the step's latest events: drawn quieter. */
  past: boolean;
  scale: number;
}

/** A leader line from a spot to symbols or a name set apart from it, in pixels. */
export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A callout box listing a cluster's sites: each row its symbols and its place's name. */
export interface CalloutMark {
  box: Box;
  names: { text: string; x: number; y: number; highlighted: boolean }[];
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
  leaders: Leader[];
  callouts: CalloutMark[];
  labels: TextMark[];
  /** The locator: where the inset sits (pixels) and what it shows (base units); only on close views. */
  inset: Inset | undefined;
  scale: number;
}

/** Options of a layout: the marks' scale, and boxes over the map that marks must keep clear of (date, key, card). */
export interface LayoutOptions {
  scale?: number;
  reserved?: readonly Box[];
}

/**
 * Marks' scale on the static maps, drawn 640 units wide and shown as narrow as a phone (390 px): text at 20 units
 * stays 12 px there and symbols stay above 12 px.
 */
export const STATIC_MARK_SCALE = 20 / 14;

/** Pixels of slack around the viewport within which marks are still drawn. */
const MARGIN = 24;

/** Font size of place names, in pixels at scale 1. */
const PLACE_FONT = 14;

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

/** The box of a place's label as placed. */
export function placeLabelBox(p: PlaceMark): Box | undefined {
  return p.labelSide ? labelBox(p.x, p.y, p.name, p.labelSide, PLACE_FONT * p.scale, p.labelPush) : undefined;
}

interface Site {
  place: string;
  xy: readonly [number, number];
  x: number;
  y: number;
  marks: ModelEvent[];
  highlighted: boolean;
  latest: string;
}

/** Marks of step `index` under a given transform (the client passes in-between transforms while animating). */
export function layoutAt(
  model: LayoutModel,
  index: number,
  transform: Transform,
  width: number,
  height: number,
  options: LayoutOptions = {},
): MapLayout {
  const scale = options.scale ?? 1;
  const state = model.states[index]!;
  const px = (xy: readonly [number, number]) => applyTransform(transform, xy);
  const inset = insetFor(model, index, transform, width, height);
  const covers: Box[] = [
    ...(options.reserved ?? []),
    ...(inset ? [[inset.x - 2, inset.y - 2, inset.x + inset.width + 2, inset.y + inset.height + 2] as Box] : []),
  ];
  const hidden = (x: number, y: number) => covers.some((b) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]);
  const inView = (x: number, y: number, m = MARGIN) =>
    x >= -m && x <= width + m && y >= -m && y <= height + m && !hidden(x, y);
  const hl = state.highlight;
  const placeById = new Map(model.places.map((p) => [p.id, p]));

  // The events at one place make a site, drawn at the place's spot; its symbols share a row.
  const shown = new Set(state.events);
  const marks = model.events.filter((e) => shown.has(e.id));
  const latestDay =
    marks
      .map((e) => e.date)
      .sort()
      .at(-1) ?? '';
  const siteMap = new Map<string, Site>();
  for (const e of marks) {
    const xy = placeById.get(e.place)?.xy ?? e.xy;
    const [x, y] = px(xy);
    const site = siteMap.get(e.place) ?? { place: e.place, xy, x, y, marks: [], highlighted: false, latest: '' };
    site.marks.push(e);
    site.highlighted ||= hl.events.includes(e.id);
    if (e.date > site.latest) site.latest = e.date;
    siteMap.set(e.place, site);
  }
  // The step's subject first, then the newest.
  const sites = [...siteMap.values()]
    .filter((s) => inView(s.x, s.y))
    .sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || b.latest.localeCompare(a.latest));

  // Places the step names, then the places of the events it shows (so every symbol says where it is).
  const placeCandidates = model.places
    .filter((p) => state.places.includes(p.id) || siteMap.has(p.id))
    .map((p) => {
      const [x, y] = px(p.xy);
      return { p, x, y, named: state.places.includes(p.id), highlighted: hl.places.includes(p.id) };
    })
    .filter((c) => inView(c.x, c.y))
    .sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || Number(b.named) - Number(a.named));
  // Each place's dot, or its uncertainty ring, is an obstacle for every other mark.
  const dots = new Map(
    placeCandidates.map((c): [string, Box] => {
      const r = (c.p.approximate ? APPROX_RING_RADIUS + 1 : 4) * scale;
      return [c.p.id, [c.x - r, c.y - r, c.x + r, c.y + r]];
    }),
  );
  const bounds: Box = [2, 2, width - 2, height - 2];
  const taken: Box[] = [...covers, ...dots.values()];

  const events: EventMark[] = [];
  const leaders: Leader[] = [];
  const callouts: CalloutMark[] = [];
  const inCallout = new Set<string>();
  const coveredPlaces = new Set<string>();
  const eventMark = (site: Site, e: ModelEvent, cx: number, cy: number): EventMark => {
    const highlighted = hl.events.includes(e.id);
    return {
      ...e,
      xy: site.xy,
      key: `${e.id}@${e.place}`,
      x: cx,
      y: cy,
      dx: cx - site.x,
      dy: cy - site.y,
      highlighted,
      past: !highlighted && e.date < latestDay,
      scale,
    };
  };
  // A leader from just outside the spot to the nearest point of `box`, when the box stands off the spot.
  const lead = (site: Site, [x0, y0, x1, y1]: Box) => {
    const x2 = Math.min(Math.max(site.x, x0), x1);
    const y2 = Math.min(Math.max(site.y, y0), y1);
    const d = Math.hypot(x2 - site.x, y2 - site.y);
    if (d > 8 * scale)
      leaders.push({
        x1: site.x + ((x2 - site.x) * 5 * scale) / d,
        y1: site.y + ((y2 - site.y) * 5 * scale) / d,
        x2,
        y2,
      });
  };

  // Sites packed together go into a callout; the others take a spot on or beside their place, else a callout too.
  const crowded: number[][] = [];
  for (const group of clusters(
    sites.map((s) => ({ x: s.x, y: s.y, count: s.marks.length })),
    scale,
  )) {
    const site = sites[group[0]!]!;
    const n = site.marks.length;
    const row =
      group.length === 1 &&
      takeFirstFree(
        siteCandidates(
          { ...site, count: n },
          scale,
          dots.get(site.place),
          placeById.get(site.place)?.kind !== 'capital',
        ),
        taken,
        bounds,
        false,
        dots.get(site.place),
      );
    if (!row) {
      crowded.push(group);
      continue;
    }
    const [cx, cy] = [(row[0] + row[2]) / 2, (row[1] + row[3]) / 2];
    if (Math.hypot(cx - site.x, cy - site.y) < 0.5 && n === 1) coveredPlaces.add(site.place);
    site.marks.forEach((e, k) => events.push(eventMark(site, e, cx + (k - (n - 1) / 2) * SYMBOL_STEP * scale, cy)));
    lead(site, row);
  }
  for (const group of crowded) {
    const members = group.map((i) => sites[i]!);
    const name = (s: Site) => placeById.get(s.place)?.name ?? '';
    const { box, rows } = placeCallout(
      members.map((s) => ({ x: s.x, y: s.y, count: s.marks.length, name: name(s) })),
      taken,
      bounds,
      scale,
    );
    const names: CalloutMark['names'] = [];
    for (const row of rows) {
      const site = members[row.site]!;
      inCallout.add(site.place);
      site.marks.forEach((e, k) => events.push(eventMark(site, e, row.symbolX + k * SYMBOL_STEP * scale, row.y)));
      const half = (CALLOUT_ROW * scale) / 2;
      lead(site, [box[0], row.y - half, box[2], row.y + half]);
      const highlighted = site.highlighted || hl.places.includes(site.place);
      names.push({ text: name(site), x: row.textX, y: row.y + CALLOUT_FONT * scale * 0.35, highlighted });
    }
    callouts.push({ box, names });
  }
  // Labels keep off the leader lines too.
  for (const l of leaders)
    for (let t = 0.1; t < 1; t += 0.1) {
      const [x, y] = [l.x1 + (l.x2 - l.x1) * t, l.y1 + (l.y2 - l.y1) * t];
      taken.push([x - 1, y - 1, x + 1, y + 1]);
    }

  // A lone symbol on its spot replaces the place's dot: the label steps out around it (and its ring).
  const push = (p: ModelPlace) => (p.approximate ? 8 : 5.5) * scale;
  const labelled = placeCandidates.filter((c) => !inCallout.has(c.p.id));
  const labelSpots = placeLabels(
    labelled.map((c) => ({
      x: c.x,
      y: c.y,
      text: c.p.name,
      preferred: c.p.side,
      required: c.named,
      push: coveredPlaces.has(c.p.id) ? push(c.p) : 0,
    })),
    taken,
    width,
    height,
    PLACE_FONT * scale,
  );
  const spotOf = new Map(labelled.map((c, i) => [c.p.id, labelSpots[i]]));
  const places = placeCandidates.map(
    (c): PlaceMark => ({
      ...c.p,
      x: c.x,
      y: c.y,
      highlighted: c.highlighted,
      labelSide: spotOf.get(c.p.id)?.side,
      labelPush: spotOf.get(c.p.id)?.push ?? 0,
      covered: coveredPlaces.has(c.p.id),
      scale,
    }),
  );
  const occupied: Box[] = [
    ...taken,
    ...places.flatMap((p): Box[] => {
      const b = placeLabelBox(p);
      return b ? [b] : [];
    }),
  ];

  // Country, state and sea names give way to anything the step is about, and to one another (in the table's order).
  const labels = model.labels
    .filter((l) => state.span >= l.minSpan && state.span < l.maxSpan)
    .map((l): TextMark => {
      const [x, y] = px(l.xy);
      return { key: `${l.text}@${l.xy.join()}`, text: l.text, kind: l.kind, xy: l.xy, x, y };
    })
    .filter((m) => inView(m.x, m.y, -12))
    .filter((m) => {
      const w = m.text.length * 13 * 0.68 * scale;
      const box: Box = [m.x - w / 2, m.y - 11 * scale, m.x + w / 2, m.y + 4 * scale];
      if (occupied.some((b) => overlaps(b, box))) return false;
      occupied.push(box);
      return true;
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
    events: events.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key)),
    leaders,
    callouts,
    labels,
    inset,
    scale,
  };
}

/** Step `index`'s map, fitted to the viewport. */
export function layoutStep(
  model: LayoutModel,
  index: number,
  width: number,
  height: number,
  padding?: Padding,
  options?: LayoutOptions,
): MapLayout {
  return layoutAt(model, index, stepTransform(model, index, width, height, padding), width, height, options);
}
