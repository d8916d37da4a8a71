/**
 * Event symbols laid out for one step: the events at one place make a site, drawn at the place's spot; sites packed
 * together go into a callout, the others take a spot on or beside their place (see mark-placement.ts).
 */
import type { ModelEvent, ModelPlace } from './model-types';
import type { Box } from './label-placement';
import type { CalloutMark, EventMark, Leader } from './layout-types';
import type { MapState } from './map-state';
import { APPROX_RING_RADIUS, COVERED_RING_RADIUS } from './mark-parts';
import {
  CALLOUT_FONT,
  CALLOUT_ROW,
  SYMBOL_STEP,
  clusters,
  placeCallout,
  siteCandidates,
  takeFirstFree,
} from './mark-placement';

/** The events at one place, with the place's spot in base units and in pixels. */
export interface Site {
  place: string;
  xy: readonly [number, number];
  x: number;
  y: number;
  marks: ModelEvent[];
  highlighted: boolean;
  latest: string;
}

/** What the events are placed against: boxes already taken (extended here), the map's bounds, places' dots. */
export interface EventContext {
  taken: Box[];
  bounds: Box;
  dots: ReadonlyMap<string, Box>;
  scale: number;
  /** The step's latest event date: earlier events are drawn quieter. */
  latestDay: string;
  hl: MapState['highlight'];
}

/** The placed events, their leader lines and callouts, and which places they list or cover. */
export interface PlacedEvents {
  events: EventMark[];
  leaders: Leader[];
  callouts: CalloutMark[];
  /** Places named in a callout (their own label is left out). */
  inCallout: Set<string>;
  /** Places whose spot a lone symbol covers (no dot; the label steps out around it). */
  coveredPlaces: Set<string>;
}

/**
 * The step's events grouped by place into sites (at the place's spot, `px` giving pixels), with the sites in view
 * (`inView`) in priority order (the step's subject first, then the newest) and the latest event date.
 */
export function eventSites(
  events: readonly ModelEvent[],
  place: (id: string) => ModelPlace | undefined,
  hl: MapState['highlight'],
  px: (xy: readonly [number, number]) => [number, number],
  inView: (x: number, y: number) => boolean,
): { siteMap: Map<string, Site>; sites: Site[]; latestDay: string } {
  const siteMap = new Map<string, Site>();
  let latestDay = '';
  for (const e of events) {
    const xy = place(e.place)?.xy ?? e.xy;
    const [x, y] = px(xy);
    const site = siteMap.get(e.place) ?? { place: e.place, xy, x, y, marks: [], highlighted: false, latest: '' };
    site.marks.push(e);
    site.highlighted ||= hl.events.includes(e.id);
    if (e.date > site.latest) site.latest = e.date;
    if (e.date > latestDay) latestDay = e.date;
    siteMap.set(e.place, site);
  }
  const sites = [...siteMap.values()]
    .filter((s) => inView(s.x, s.y))
    .sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || b.latest.localeCompare(a.latest));
  return { siteMap, sites, latestDay };
}

/**
 * Each shown place's dot, or its uncertainty ring, as a box (pixels, marks `scale` times their size): an obstacle for
 * every other mark. A ring round a place with events is wider, as a symbol may stand on the spot.
 */
export function dotBoxes(
  places: readonly { p: ModelPlace; x: number; y: number }[],
  sites: ReadonlyMap<string, Site>,
  scale: number,
): Map<string, Box> {
  return new Map(
    places.map((c): [string, Box] => {
      const ring = sites.has(c.p.id) ? COVERED_RING_RADIUS : APPROX_RING_RADIUS;
      const r = (c.p.approximate ? ring + 1 : 4) * scale;
      return [c.p.id, [c.x - r, c.y - r, c.x + r, c.y + r]];
    }),
  );
}

/** Places `sites`, in priority order, against `ctx`; `place` looks a place up by id. */
export function placeEvents(
  sites: readonly Site[],
  ctx: EventContext,
  place: (id: string) => ModelPlace | undefined,
): PlacedEvents {
  const { taken, bounds, dots, scale, latestDay, hl } = ctx;
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
        siteCandidates({ ...site, count: n }, scale, dots.get(site.place), place(site.place)?.kind !== 'capital'),
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
    const name = (s: Site) => place(s.place)?.name ?? '';
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

  return { events, leaders, callouts, inCallout, coveredPlaces };
}

/**
 * Where callouts and moved symbols may go: the map less 2 px, between the bands kept for the date, key and card
 * (the `covers` as wide as the map).
 */
export function freeBounds(covers: readonly Box[], width: number, height: number): Box {
  const bands = covers.filter((b) => b[0] <= 0 && b[2] >= width);
  return [
    2,
    Math.max(2, ...bands.filter((b) => b[1] <= 0).map((b) => b[3])),
    width - 2,
    Math.min(height - 2, ...bands.filter((b) => b[3] >= height).map((b) => b[1])),
  ];
}
