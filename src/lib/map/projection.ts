/** The story's one projection, and fitting a geographic extent into a viewport. */
import { geoMercator, type GeoProjection } from 'd3-geo';
import { MAP_EXTENT, type Bounds } from '../geo/extent';

/** Width, in base units, that MAP_EXTENT spans: one unit is about 165 m, the precision of the prepared geodata. */
export const BASE_WIDTH = 8000;

/** A rectangle in base units: [x0, y0, x1, y1]. */
export type Rect = readonly [number, number, number, number];

/** Space to keep clear around the fitted extent, in pixels (e.g. for a text card). */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A uniform scale and translation from base units to pixels: px = base * k + [x, y]. */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

/** Mercator fitted so that MAP_EXTENT spans BASE_WIDTH units; all base geometry is projected once with it. */
export function baseProjection(): GeoProjection {
  const [w, s, e, n] = MAP_EXTENT;
  return geoMercator().fitWidth(BASE_WIDTH, {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
    ],
  });
}

/** Projects geographic bounds to a base-unit rectangle (Mercator keeps them axis-aligned). */
export function projectBounds(projection: GeoProjection, [w, s, e, n]: Bounds): Rect {
  const [x0, y1] = projection([w, s])!;
  const [x1, y0] = projection([e, n])!;
  return [x0, y0, x1, y1];
}

/** Uniform padding on every side. */
export function pad(all: number): Padding {
  return { top: all, right: all, bottom: all, left: all };
}

/**
 * Fits `rect` into a `width`×`height` viewport, keeping `padding` clear and centring it in the rest.
 * The whole rectangle always shows; the other axis shows more around it.
 */
export function fitTransform(rect: Rect, width: number, height: number, padding: Padding = pad(0)): Transform {
  const [x0, y0, x1, y1] = rect;
  const availW = Math.max(1, width - padding.left - padding.right);
  const availH = Math.max(1, height - padding.top - padding.bottom);
  const k = Math.min(availW / Math.max(x1 - x0, 1e-9), availH / Math.max(y1 - y0, 1e-9));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return {
    k,
    x: padding.left + availW / 2 - cx * k,
    y: padding.top + availH / 2 - cy * k,
  };
}

/** A rectangle rounded inwards to tenths of a unit, for the model file: every point of the result lies inside `r`. */
export function dataExtent(r: Rect): Rect {
  return [Math.ceil(r[0] * 10) / 10, Math.ceil(r[1] * 10) / 10, Math.floor(r[2] * 10) / 10, Math.floor(r[3] * 10) / 10];
}

/**
 * `t` changed as little as possible so that a `width`×`height` viewport shows nothing outside `extent`: zoomed in until
 * the viewport fits inside it, then shifted back inside. A frame wider than the data (a whole-region view beside the
 * text) gives up some of its margins rather than show where the base map ends.
 */
export function clampToExtent(t: Transform, extent: Rect, width: number, height: number): Transform {
  const [e0, e1, e2, e3] = extent;
  const k = Math.max(t.k, width / (e2 - e0), height / (e3 - e1));
  // Zoomed about the viewport's centre, then kept within [viewport edge − extent edge].
  const cx = (width / 2 - t.x) / t.k;
  const cy = (height / 2 - t.y) / t.k;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return {
    k,
    x: clamp(width / 2 - cx * k, width - e2 * k, -e0 * k),
    y: clamp(height / 2 - cy * k, height - e3 * k, -e1 * k),
  };
}

/** Applies a transform to a base-unit point. */
export function applyTransform(t: Transform, [x, y]: readonly [number, number]): [number, number] {
  return [x * t.k + t.x, y * t.k + t.y];
}

/** The base-unit rectangle a transform shows in a viewport. */
export function visibleRect(t: Transform, width: number, height: number): Rect {
  return [-t.x / t.k, -t.y / t.k, (width - t.x) / t.k, (height - t.y) / t.k];
}

/** Rounds a transform for compact, stable SVG attributes. */
export function roundTransform(t: Transform): Transform {
  return { k: Math.round(t.k * 1e5) / 1e5, x: Math.round(t.x * 10) / 10, y: Math.round(t.y * 10) / 10 };
}
