/** Lays out step N's map in pixels for a viewport: a function of the model, N and the viewport only. */
import type { LayoutModel, ModelPlace } from './map-model';
import { applyTransform, clampToExtent, fitTransform, type Padding, type Transform } from './projection';
import { labelBox, labelRoom, placeLabels, type Box } from './label-placement';
import { dotBoxes, eventSites, freeBounds, placeEvents } from './event-layout';
import type { LayoutOptions, MapLayout, PlaceMark } from './layout-types';
import { insetFor, paddingClearOfInset, type Inset } from './inset';
import { lineBoxes } from './line-boxes';
import { placeRiverLabels, riverLabelBox } from './river-labels';
import { frameBox, frameNames, placeScaleBar, placedScaleBarBox, tunnelNameBox, tunnelNames } from './frame-marks';

export type { Inset };
export type * from './layout-types';

/** Pixels of slack around the viewport within which marks are still drawn. */
const MARGIN = 24;

/** Font size of place names, in pixels at scale 1. */
const PLACE_FONT = 14;

/**
 * The transform that fits step `index`'s view into the viewport, clear of `padding` and of the locator inset, and shows
 * no more than the base map's data.
 */
export function stepTransform(
  model: LayoutModel,
  index: number,
  width: number,
  height: number,
  padding?: Padding,
): Transform {
  const fit = fitTransform(
    model.states[index]!.rect,
    width,
    height,
    paddingClearOfInset(model, index, width, height, padding),
  );
  return model.extent ? clampToExtent(fit, model.extent, width, height) : fit;
}

/** The box of a place's label as placed. */
export function placeLabelBox(p: PlaceMark): Box | undefined {
  return p.labelSide
    ? labelBox(p.x, p.y, p.name, p.labelSide, PLACE_FONT * p.scale, p.labelPush, p.highlighted)
    : undefined;
}

/**
 * Marks of step `index` under a given transform, in a `width`×`height` viewport (the arguments of layoutPhases, run to
 * its end).
 * `options.padding` is the part of the viewport other things cover (date, key, cards), outside the frame where names
 * and the scale bar go; `options.reserved` are boxes no mark may sit under (the date, the key, the cards; the locator inset is added here).
 */
export function layoutAt(...args: Parameters<typeof layoutPhases>): MapLayout {
  const phases = layoutPhases(...args);
  for (;;) {
    const next = phases.next();
    if (next.done) return next.value;
  }
}

/**
 * layoutAt in phases (events, place names, frame names): each `next()` runs one, and the last returns the layout. The
 * live map computes the steps it is not showing a phase at a time in idle moments, so none makes a long task.
 */
export function* layoutPhases(
  model: LayoutModel,
  index: number,
  transform: Transform,
  width: number,
  height: number,
  options: LayoutOptions = {},
): Generator<void, MapLayout, void> {
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
  const shown = new Set(state.events);

  const { siteMap, sites, latestDay } = eventSites(
    model.events.filter((e) => shown.has(e.id)),
    (id) => placeById.get(id),
    hl,
    px,
    inView,
  );

  // Places the step names, then the places of the events it shows (so every symbol says where it is).
  const placeCandidates = model.places
    .filter((p) => state.places.includes(p.id) || siteMap.has(p.id))
    .map((p) => {
      const [x, y] = px(p.xy);
      return { p, x, y, named: state.places.includes(p.id), highlighted: hl.places.includes(p.id) };
    })
    .filter((c) => inView(c.x, c.y))
    .sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || Number(b.named) - Number(a.named));
  const dots = dotBoxes(placeCandidates, siteMap, scale);
  const bounds = freeBounds(covers, width, height);
  const taken: Box[] = [...covers, ...dots.values()];

  // The scale bar takes a corner of the frame clear of the sites and dots, before anything that can move (callouts,
  // names) is placed: those then keep clear of it.
  const frame = frameBox(width, height, options.padding);
  const siteBoxes = sites.map((s): Box => [s.x - 12 * scale, s.y - 12 * scale, s.x + 12 * scale, s.y + 12 * scale]);
  // Round each place to be named, the room its name may take on any side.
  const room = placeCandidates
    .filter((c) => c.named)
    .map((c) => labelRoom(c.x, c.y, c.p.name, PLACE_FONT * scale, c.highlighted));
  const scaleBar = placeScaleBar(transform, width, height, frame, [...taken, ...siteBoxes], room);
  taken.push(placedScaleBarBox(scaleBar));

  const { events, leaders, callouts, inCallout, coveredPlaces } = placeEvents(
    sites,
    { taken, bounds, dots, scale, latestDay, hl },
    (id) => placeById.get(id),
  );
  yield;

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

  const tunnels = tunnelNames(shownSegments, px);
  occupied.push(...tunnels.map(tunnelNameBox));

  yield;
  const rivers = model.riverLabels
    ? placeRiverLabels(model.riverLabels, model.riverNames ?? {}, transform, width, height, occupied, scale)
    : [];
  occupied.push(...rivers.map((r) => riverLabelBox(r, scale)));
  const labels = [...frameNames(model, state, transform, frame, occupied, scale), ...tunnels];

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
    rivers,
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
