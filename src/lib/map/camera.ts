/**
 * Camera moves planned for compositing: the base map is drawn once into a layer and the move only scales and
 * translates that picture, so no frame has to redraw the map's paths.
 */
import { visibleRect, type Transform } from './projection';

/** [centre x, centre y, width] of a view in base units: what smoothZoom (smooth-zoom.ts) interpolates. */
export type View = [number, number, number];

/** The view a transform shows in a `width`×`height` viewport. */
export function toView(t: Transform, width: number, height: number): View {
  return [(width / 2 - t.x) / t.k, (height / 2 - t.y) / t.k, width / t.k];
}

/** The transform that shows `view` in a `width`×`height` viewport. */
export function toTransform([cx, cy, vw]: View, width: number, height: number): Transform {
  const k = width / vw;
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}

/** A layer's picture: the transform its paths are drawn with, and its size in pixels. */
export interface LayerPlan {
  drawn: Transform;
  width: number;
  height: number;
  /** Pixels of soft edge on the left and right, and on the top and bottom (viewportPlan). */
  margin?: readonly [number, number];
}

/** Largest layer drawn for a move, in viewports: beyond it the picture gets coarser rather than bigger. */
export const MAX_LAYER_AREA = 4;

/**
 * A layer that covers every view of a move: the union of their rectangles, drawn at the scale of the widest view
 * (so that nothing is drawn finer than it will be shown), coarser when that picture would exceed `maxArea` viewports.
 */
export function coverPlan(views: readonly View[], width: number, height: number, maxArea = MAX_LAYER_AREA): LayerPlan {
  if (views.length === 0) throw new Error('coverPlan needs at least one view');
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  let k = Infinity;
  for (const v of views) {
    const t = toTransform(v, width, height);
    const [a, b, c, d] = visibleRect(t, width, height);
    x0 = Math.min(x0, a);
    y0 = Math.min(y0, b);
    x1 = Math.max(x1, c);
    y1 = Math.max(y1, d);
    k = Math.min(k, t.k);
  }
  const area = (x1 - x0) * (y1 - y0) * k * k;
  if (area > maxArea * width * height) k *= Math.sqrt((maxArea * width * height) / area);
  return {
    drawn: { k, x: -x0 * k, y: -y0 * k },
    width: Math.ceil((x1 - x0) * k),
    height: Math.ceil((y1 - y0) * k),
  };
}

/**
 * A layer drawn at scale 1 for one camera: the viewport, plus `margin` (a share of its width and height) on every side.
 * The margin is the layer's soft edge (map-layers.ts): while the layer is smaller than the screen during a move, it
 * blends into the picture under it instead of ending in a hard seam; at rest it lies outside the viewport.
 */
export function viewportPlan(t: Transform, width: number, height: number, margin = 0): LayerPlan {
  const mx = Math.round(width * margin);
  const my = Math.round(height * margin);
  return {
    drawn: { k: t.k, x: t.x + mx, y: t.y + my },
    width: Math.ceil(width) + 2 * mx,
    height: Math.ceil(height) + 2 * my,
    ...(margin ? { margin: [mx, my] as const } : {}),
  };
}

/** The scale and offset (CSS, origin top left) that make a layer drawn with `drawn` show the camera `t`. */
export function layerMatrix(drawn: Transform, t: Transform): { s: number; x: number; y: number } {
  const s = t.k / drawn.k;
  return { s, x: t.x - s * drawn.x, y: t.y - s * drawn.y };
}

/** The CSS transform for layerMatrix, rounded to keep style strings short and stable. */
export function layerCss(drawn: Transform, t: Transform): string {
  const { s, x, y } = layerMatrix(drawn, t);
  const r = (v: number, d: number) => Math.round(v * d) / d;
  return `matrix(${r(s, 1e5)},0,0,${r(s, 1e5)},${r(x, 100)},${r(y, 100)})`;
}

/** Opacity of the layer being left (1 → 0 over the first 40% of the move) and of the arriving one (0 → 1 over the last 40%). */
export function crossfade(u: number): { leaving: number; arriving: number } {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return { leaving: clamp(1 - u / 0.4), arriving: clamp((u - 0.6) / 0.4) };
}

/** What covers the viewport throughout a move: the picture being left (a zoom in), the arriving one (a zoom out), or a cover of its own. */
export type CoverChoice = 'leaving' | 'arriving' | 'own';

/** Picks the cheapest cover: a picture that already shows every view of the path needs no third one drawn. */
export function chooseCover(
  views: readonly View[],
  from: Transform,
  to: Transform,
  width: number,
  height: number,
): CoverChoice {
  const inside = (t: Transform) => {
    // Half a pixel of slack at the picture's own scale.
    const e = 0.5 / t.k;
    const [r0, r1, r2, r3] = visibleRect(t, width, height);
    const [x0, y0, x1, y1] = [r0 - e, r1 - e, r2 + e, r3 + e];
    return views.every((v) => {
      const [cx, cy, vw] = v;
      const vh = (vw * height) / width;
      return cx - vw / 2 >= x0 && cx + vw / 2 <= x1 && cy - vh / 2 >= y0 && cy + vh / 2 <= y1;
    });
  };
  if (inside(from)) return 'leaving';
  if (inside(to)) return 'arriving';
  return 'own';
}
