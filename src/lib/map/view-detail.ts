/** Simplifies the base map for the views the story uses: nowhere finer than about a pixel at the closest view showing it. */
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import type { Bounds } from '../geo/extent';

/** A part of the map and the most pixels per degree any step draws it at. */
export interface DetailZone {
  bounds: Bounds;
  pxPerDegree: number;
}

/** The largest map the layout draws (a wide desktop screen), in pixels. */
export const MAX_VIEWPORT = { width: 1400, height: 1100 } as const;

/**
 * Smallest triangle, in square pixels at the closest view, that simplification keeps: a point it drops moves the line
 * by at most about 3 px there. Screenshots at 2 and 6 could not be told apart, nor at 12 and 15; 15 pays for
 * OpenStreetMap's far more detailed border in the close views (data/SOURCES.md) within the page's weight budget and
 * keeps every place 100 m inside its own country (tests/unit/places-in-country.test.ts).
 */
export const MIN_AREA_PX = 15;

/**
 * The same for rivers, whose small bends matter less than a border's: a point dropped moves a river by at most about
 * 4 px at the closest view showing it.
 */
export const RIVER_MIN_AREA_PX = 300;

/** Myanmar's lines at full detail; its neighbours' (the backdrop) keep a point only if it matters 8 times more. */
export const BACKDROP = { focus: 'mm', factor: 8 } as const;

/**
 * Pixels per degree outside every zone: that part of the map shows only at the edges of a phone held upright, whose
 * whole-region view draws about 30 px per degree (the data reaches that far so that no frame shows where it ends), and
 * mostly under the step card: kept a little coarser than that.
 */
export const OUTSIDE_PX_PER_DEGREE = 20;

const secant = (lat: number) => 1 / Math.cos((lat * Math.PI) / 180);

/** Shapes (width / height) of the map areas the layouts produce, from a phone in portrait to a wide desktop. */
export const ASPECTS = { min: 0.6, max: 2.2 } as const;

/**
 * Detail zones for a list of views: what each view can show (its extent, widened or heightened to the most extreme
 * map shapes), with the pixels per degree of longitude it reaches on the largest viewport.
 */
export function detailZones(views: readonly Bounds[], viewport = MAX_VIEWPORT): DetailZone[] {
  return views.map(([w, s, e, n]) => {
    const midLat = (s + n) / 2;
    const width = e - w;
    // In Mercator a degree of latitude is sec(lat) times as tall as a degree of longitude is wide.
    const height = (n - s) * secant(midLat);
    const pxPerDegree = Math.min(viewport.width / width, viewport.height / height);
    const shownWidth = Math.max(width, height * ASPECTS.max);
    const shownHeight = Math.max(height, width / ASPECTS.min) / secant(midLat);
    const dx = (shownWidth - width) / 2;
    const dy = (shownHeight - (n - s)) / 2;
    return { bounds: [w - dx, s - dy, e + dx, n + dy] as Bounds, pxPerDegree };
  });
}

/** Most pixels per degree at which any zone shows [lon, lat]; `floor` where no zone does. */
export function pxPerDegreeAt(zones: readonly DetailZone[], lon: number, lat: number, floor: number): number {
  let best = floor;
  for (const z of zones) {
    const [w, s, e, n] = z.bounds;
    if (lon >= w && lon <= e && lat >= s && lat <= n && z.pxPerDegree > best) best = z.pxPerDegree;
  }
  return best;
}

/**
 * Visvalingam simplification weighted by the zoom each point is seen at: a triangle's area is measured in square
 * pixels at the closest view that shows its middle point. Arcs stay shared, so borders stay consistent.
 */
export function simplifyForViews<T extends Topology>(
  topology: T,
  zones: readonly DetailZone[],
  minAreaPx = MIN_AREA_PX,
  background?: Backdrop,
): T {
  const floor = Math.min(OUTSIDE_PX_PER_DEGREE, ...zones.map((z) => z.pxPerDegree));
  const weight = (t: number[][]) => {
    const [a, b, c] = t as [number[], number[], number[]];
    const area = Math.abs((a[0]! - c[0]!) * (b[1]! - a[1]!) - (a[0]! - b[0]!) * (c[1]! - a[1]!)) / 2;
    const k = pxPerDegreeAt(zones, b[0]!, b[1]!, floor);
    return area * k * k * secant(b[1]!);
  };
  const pre = presimplify(topology as unknown as Topology<Objects<object>>, weight);
  if (background) {
    // Lines of the countries around the story are backdrop: they keep a point only if it matters `factor` times more.
    const focus = focusArcs(topology, background.focus);
    pre.arcs.forEach((arc, i) => {
      if (focus.has(i)) return;
      for (const p of arc) if (Number.isFinite(p[2])) p[2] = p[2]! / background.factor;
    });
  }
  return simplify(pre, minAreaPx) as unknown as T;
}

/** How much less detail the backdrop keeps than the focus country's borders, coasts and state lines. */
export interface Backdrop {
  /** The focus country's id ("mm"). */
  focus: string;
  factor: number;
}

/** Indices of the arcs that draw country `id` and its admin-1 units. */
export function focusArcs(topology: Topology, id: string): Set<number> {
  const out = new Set<number>();
  const walk = (a: unknown): void => {
    if (typeof a === 'number') out.add(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach(walk);
  };
  for (const o of Object.values(topology.objects)) {
    const geoms =
      'geometries' in o ? (o.geometries as { properties?: { id?: string; country?: string }; arcs?: unknown }[]) : [];
    for (const g of geoms) if (g.properties?.id === id || g.properties?.country === id) walk(g.arcs);
  }
  return out;
}
