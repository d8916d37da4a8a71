/** Lays out step N's map in pixels for a viewport: a function of the model, N and the viewport only. */
import type { LayoutModel, ModelPlace } from './map-model';
import { applyTransform, fitTransform, type Padding, type Transform } from './projection';
import { labelBox, overlaps, placeLabels, type Box } from './label-placement';
import { freeBounds, placeEvents, type Site } from './event-layout';
import type { LayoutOptions, MapLayout, PlaceMark, TextMark } from './layout-types';
import { insetFor, paddingClearOfInset, type Inset } from './inset';
import { lineBoxes } from './line-boxes';
import { FRAME_INSET, placeScaleBar, placedScaleBarBox, shapeLabels, shapeNameBox } from './frame-marks';
import { APPROX_RING_RADIUS, COVERED_RING_RADIUS } from './mark-parts';

export type { Inset };
export type * from './layout-types';

/** Marks' scale on the static maps (640 units wide, shown as narrow as 390 px): text and symbols stay ≥ 12 px. */
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
  return p.labelSide
    ? labelBox(p.x, p.y, p.name, p.labelSide, PLACE_FONT * p.scale, p.labelPush, p.highlighted)
    : undefined;
}

/**
 * Marks of step `index` under a given transform (the client passes in-between transforms while animating).
 * `options.padding` is the part of the viewport other things cover (date, key, cards), outside the frame where names
 * and the scale bar go; `options.reserved` are boxes no mark may sit under (the date, the key, the cards; the locator inset is added here).
 */
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
    // 8 px round the inset: label widths are estimates, and a word of wide letters runs longer.
    ...(inset ? [[inset.x - 8, inset.y - 8, inset.x + inset.width + 8, inset.y + inset.height + 8] as Box] : []),
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
      // A ring round a symbol on the spot is wider: any place with events may get one.
      const ring = siteMap.has(c.p.id) ? COVERED_RING_RADIUS : APPROX_RING_RADIUS;
      const r = (c.p.approximate ? ring + 1 : 4) * scale;
      return [c.p.id, [c.x - r, c.y - r, c.x + r, c.y + r]];
    }),
  );
  const bounds = freeBounds(covers, width, height);
  const taken: Box[] = [...covers, ...dots.values()];

  const { events, leaders, callouts, inCallout, coveredPlaces } = placeEvents(
    sites,
    { taken, bounds, dots, scale, latestDay, hl },
    (id) => placeById.get(id),
  );

  // A tunnel shows (drawn and named) only where its section is in focus.
  const shownSegments = model.segments.filter((s) =>
    s.tunnel ? hl.segments.includes(s.tunnel.of) : state.segments.includes(s.id),
  );
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
      bold: c.highlighted,
    })),
    taken,
    width,
    height,
    PLACE_FONT * scale,
    // Place names keep clear of the railway where they can (area names may cross it: they lie under the line).
    shownSegments.flatMap((s) => lineBoxes(s.xy.map(px))),
    covers,
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

  // A tunnel is named at its middle; the stylesheet sets the name 12 px off to the left, ending there.
  const tunnels: TextMark[] = [];
  for (const s of shownSegments) {
    if (!s.tunnel) continue;
    const [x, y] = px(s.tunnel.at);
    tunnels.push({ key: s.id, text: s.tunnel.name, kind: 'tunnel', xy: s.tunnel.at, x, y });
    occupied.push([x - 12 - s.tunnel.name.length * 7, y - 11, x - 12, y + 4]);
  }

  // The scale bar takes a free corner of the frame.
  const p = options.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const frame: Box = [
    p.left + FRAME_INSET,
    p.top + FRAME_INSET,
    width - p.right - FRAME_INSET,
    height - p.bottom - FRAME_INSET,
  ];
  const scaleBar = placeScaleBar(transform, width, height, frame, occupied);
  occupied.push(placedScaleBarBox(scaleBar));

  // Country, state and sea names give way to anything the step is about, and to one another (in the table's order);
  // with the shapes at hand, countries and highlighted areas are named inside their visible parts (frame-marks.ts)
  // before the fixed names, which then give way.
  const nameBox = (m: TextMark): Box => {
    const w = m.text.length * 13 * 0.68 * scale;
    return [m.x - w / 2, m.y - 11 * scale, m.x + w / 2, m.y + 4 * scale];
  };
  const fixed = model.labels
    .filter((l) => state.span >= l.minSpan && state.span < l.maxSpan && !(model.shapes && l.kind === 'country'))
    .map((l): TextMark => {
      const [x, y] = px(l.xy);
      return { key: `${l.text}@${l.xy.join()}`, text: l.text, kind: l.kind, xy: l.xy, x, y };
    })
    // Whole, in the frame: what the date, the key or the cards cover, or the map's edge cuts, is no place for a name.
    .filter((m) => {
      const b = nameBox(m);
      return b[0] >= frame[0] - FRAME_INSET && b[2] <= frame[2] + FRAME_INSET && b[1] >= frame[1] && b[3] <= frame[3];
    })
    .filter((m) => !occupied.some((b) => overlaps(b, nameBox(m))));
  const areaName = (id: string) => model.areaNames?.[id]?.toUpperCase();
  const namesArea = (m: TextMark) => hl.areas.some((id) => areaName(id) === m.text);
  const unnamed = hl.areas.filter((id) => !fixed.some((m) => m.text === areaName(id)));
  const inShapes = shapeLabels(model, unnamed, transform, frame, [
    ...occupied,
    ...fixed.filter(namesArea).map(nameBox),
  ]);
  const shapeBoxes = inShapes.map((m) => shapeNameBox(m.x, m.y, m.text, m.kind as 'country' | 'area'));
  // Fixed names that meet a placed name, or an earlier fixed name, give way.
  const kept: TextMark[] = [];
  for (const m of fixed) {
    const b = nameBox(m);
    if (namesArea(m) || (!shapeBoxes.some((s) => overlaps(s, b)) && !kept.some((k) => overlaps(nameBox(k), b))))
      kept.push(m);
  }
  const labels = [...kept, ...inShapes, ...tunnels];

  return {
    index,
    width,
    height,
    transform,
    areas: hl.areas,
    segments: shownSegments.map((s) => ({ ...s, highlighted: hl.segments.includes(s.tunnel?.of ?? s.id) })),
    places,
    events: events.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key)),
    leaders,
    callouts,
    labels,
    inset,
    scaleBar,
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
  return layoutAt(model, index, stepTransform(model, index, width, height, padding), width, height, {
    ...options,
    ...(padding ? { padding } : {}),
  });
}
