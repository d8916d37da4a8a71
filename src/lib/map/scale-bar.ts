/**
 * The scale bar: how many pixels a round number of kilometres and of miles spans at the centre of a view, in the
 * story's Mercator (base units, see projection.ts), computed in closed form so the browser needs no d3-geo for it.
 */
import { MAP_EXTENT } from '../geo/extent';
import { BASE_WIDTH, type Transform } from './projection';
import type { SvgPart } from './mark-parts';
import { mapFrameStrings } from '../i18n/map-frame-strings';

/** Mean Earth radius in km (the radius d3-geo's geoDistance results are usually scaled by). */
export const EARTH_RADIUS_KM = 6371.0088;

/** Kilometres in a statute mile. */
export const KM_PER_MILE = 1.609344;

/** Base units per radian of longitude: the base projection's scale (MAP_EXTENT's width fitted to BASE_WIDTH). */
export const BASE_SCALE = BASE_WIDTH / (((MAP_EXTENT[2] - MAP_EXTENT[0]) * Math.PI) / 180);

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Latitude (degrees) at base-unit height `y` (the base projection puts MAP_EXTENT's north edge at y = 0). */
export function latitudeAt(y: number): number {
  const m = mercatorY(MAP_EXTENT[3]) - y / BASE_SCALE;
  return ((2 * Math.atan(Math.exp(m)) - Math.PI / 2) * 180) / Math.PI;
}

/** Pixels per kilometre along the parallel at base-unit height `y`, under transform `t`. */
export function pxPerKm(t: Transform, y: number): number {
  return (t.k * BASE_SCALE) / (EARTH_RADIUS_KM * Math.cos((latitudeAt(y) * Math.PI) / 180));
}

/** The largest 1, 2 or 5 × 10ⁿ not above `max` (0 below 1). */
export function niceBelow(max: number): number {
  if (!(max >= 1)) return 0;
  const p = 10 ** Math.floor(Math.log10(max));
  return [5, 2, 1].map((m) => m * p).find((v) => v <= max)!;
}

/** A scale bar's two round lengths and the pixels each spans. */
export interface ScaleBar {
  km: number;
  kmPx: number;
  mi: number;
  miPx: number;
}

/** Longest a scale bar may be, in pixels, for a map `width` pixels wide. */
export function maxBarPx(width: number): number {
  return Math.min(120, Math.max(50, width * 0.22));
}

/** The scale bar for transform `t` at the centre of a `width`×`height` map: round km and miles, each at most maxPx. */
export function scaleBarFor(t: Transform, width: number, height: number, maxPx = maxBarPx(width)): ScaleBar {
  const perKm = pxPerKm(t, (height / 2 - t.y) / t.k);
  const km = niceBelow(maxPx / perKm);
  const mi = niceBelow(maxPx / (perKm * KM_PER_MILE));
  return { km, kmPx: km * perKm, mi, miPx: mi * perKm * KM_PER_MILE };
}

/** Width of a scale bar label in pixels (11 px digits and letters). */
const labelWidth = (text: string) => text.length * 6.4;

/** The box a scale bar covers, in pixels, around its origin (the left end of its line): [x0, y0, x1, y1]. */
export function scaleBarBox(bar: ScaleBar, strings = mapFrameStrings.en): readonly [number, number, number, number] {
  const w = Math.max(bar.kmPx, bar.miPx);
  const x0 = Math.min(
    bar.kmPx - labelWidth(`${bar.km} ${strings.km}`),
    bar.miPx - labelWidth(`${bar.mi} ${strings.mi}`),
  );
  return [Math.min(-4, x0 - 2), -19, w + 4, 19];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The scale bar's SVG parts around its origin: one line with a km tick and label above it, a mile tick and label below. */
export function scaleBarParts(bar: ScaleBar, strings = mapFrameStrings.en): SvgPart[] {
  const w = r1(Math.max(bar.kmPx, bar.miPx));
  const tick = (x: number, y: number, h: number): SvgPart => ({
    tag: 'rect',
    attrs: { x: r1(x - 0.75), y, width: 1.5, height: h },
  });
  return [
    { tag: 'rect', attrs: { x: -0.75, y: -0.75, width: w + 1.5, height: 1.5 } },
    tick(0, -6, 12),
    tick(bar.kmPx, -6, 6),
    tick(bar.miPx, 0, 6),
    { tag: 'text', attrs: { x: r1(bar.kmPx), y: -9 }, text: `${bar.km} ${strings.km}` },
    { tag: 'text', attrs: { x: r1(bar.miPx), y: 17 }, text: `${bar.mi} ${strings.mi}` },
  ];
}
