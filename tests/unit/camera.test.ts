import { describe, expect, it } from 'vitest';
import { smoothZoom } from '../../src/lib/map/smooth-zoom';
import {
  chooseCover,
  coverPlan,
  crossfade,
  layerMatrix,
  toTransform,
  toView,
  viewportPlan,
  type View,
} from '../../src/lib/map/camera';
import { applyTransform, type Transform } from '../../src/lib/map/projection';

const W = 640;
const H = 400;
const path = (from: Transform, to: Transform, n = 24): View[] => {
  const zoom = smoothZoom(toView(from, W, H), toView(to, W, H));
  return Array.from({ length: n + 1 }, (_, i) => zoom(i / n) as View);
};
/** Where a base point lands on screen when a layer drawn with `drawn` is shown through layerMatrix for camera `t`. */
const onScreen = (drawn: Transform, t: Transform, p: [number, number]) => {
  const { s, x, y } = layerMatrix(drawn, t);
  const [lx, ly] = applyTransform(drawn, p);
  return [lx * s + x, ly * s + y];
};

describe('camera moves as layer transforms', () => {
  it('views and transforms convert both ways', () => {
    const t = { k: 0.37, x: -120.5, y: 42 };
    const back = toTransform(toView(t, W, H), W, H);
    expect(back.k).toBeCloseTo(t.k, 12);
    expect(back.x).toBeCloseTo(t.x, 9);
    expect(back.y).toBeCloseTo(t.y, 9);
  });

  it('a layer drawn for one camera, moved by layerMatrix, puts every point where the other camera would', () => {
    const drawn = { k: 0.2, x: 30, y: -80 };
    const t = { k: 1.3, x: -900, y: -400 };
    for (const p of [
      [0, 0],
      [1234, 567],
      [4000, 2500],
    ] as [number, number][]) {
      const [sx, sy] = onScreen(drawn, t, p);
      const [ex, ey] = applyTransform(t, p);
      expect(sx).toBeCloseTo(ex, 9);
      expect(sy).toBeCloseTo(ey, 9);
    }
    expect(layerMatrix(t, t)).toEqual({ s: 1, x: 0, y: 0 });
  });

  it('the cover of a move shows every view of it, and is drawn no finer than its widest view', () => {
    const from = { k: 1.2, x: -4000, y: -2000 };
    const to = { k: 0.15, x: 20, y: -60 };
    const views = path(from, to);
    const plan = coverPlan(views, W, H, 100);
    expect(plan.drawn.k).toBeCloseTo(Math.min(...views.map((v) => W / v[2])), 9);
    for (const v of views) {
      const t = toTransform(v, W, H);
      // The viewport's corners, as base points, fall inside the layer's picture.
      for (const [px, py] of [
        [0, 0],
        [W, 0],
        [0, H],
        [W, H],
      ] as [number, number][]) {
        const base: [number, number] = [(px - t.x) / t.k, (py - t.y) / t.k];
        const [lx, ly] = applyTransform(plan.drawn, base);
        expect(lx).toBeGreaterThanOrEqual(-1e-6);
        expect(ly).toBeGreaterThanOrEqual(-1e-6);
        expect(lx).toBeLessThanOrEqual(plan.width + 1e-6);
        expect(ly).toBeLessThanOrEqual(plan.height + 1e-6);
      }
    }
  });

  it('a cover that would be too large is drawn coarser instead', () => {
    const views: View[] = [
      [0, 0, 640],
      [20000, 0, 640],
    ];
    const plan = coverPlan(views, W, H, 4);
    expect(plan.width * plan.height).toBeLessThanOrEqual(4 * W * H * 1.01);
    expect(plan.drawn.k).toBeLessThan(1);
  });

  it('a zoom in is covered by the picture being left, a zoom out by the arriving one, a long pan by its own', () => {
    const wide = { k: 0.1, x: 0, y: 0 };
    const close = toTransform([3200, 2000, W / 1.5], W, H);
    expect(chooseCover(path(wide, close), wide, close, W, H)).toBe('leaving');
    expect(chooseCover(path(close, wide), close, wide, W, H)).toBe('arriving');
    const left = toTransform([1000, 2000, W], W, H);
    const right = toTransform([5000, 2000, W], W, H);
    expect(chooseCover(path(left, right), left, right, W, H)).toBe('own');
  });

  it('the picture left fades out before the arriving one fades in, and the move ends on the arriving one alone', () => {
    expect(crossfade(0)).toEqual({ leaving: 1, arriving: 0 });
    expect(crossfade(0.5)).toEqual({ leaving: 0, arriving: 0 });
    expect(crossfade(1)).toEqual({ leaving: 0, arriving: 1 });
    expect(viewportPlan({ k: 2, x: 1, y: 2 }, 100.2, 50)).toEqual({
      drawn: { k: 2, x: 1, y: 2 },
      width: 101,
      height: 50,
    });
  });
});
