import { describe, it, expect } from 'vitest';
import {
  BASE_WIDTH,
  baseProjection,
  fitTransform,
  projectBounds,
  applyTransform,
  visibleRect,
  pad,
  clampToExtent,
  type Rect,
  type Transform,
} from '../../src/lib/map/projection';
import { MAP_EXTENT } from '../../src/lib/geo/extent';
import { NAMED_VIEWS } from '../../src/lib/geo/named-views';
import { boundsOfPositions, MIN_SPAN } from '../../src/lib/map/geo-bounds';

const close = (a: number, b: number, eps = 1e-6) => Math.abs(a - b) <= eps;

describe('baseProjection', () => {
  it('maps the map extent onto BASE_WIDTH units, north up', () => {
    const p = baseProjection();
    const [x0, y0, x1, y1] = projectBounds(p, MAP_EXTENT);
    expect(close(x0, 0, 1e-6)).toBe(true);
    expect(close(x1, BASE_WIDTH, 1e-6)).toBe(true);
    expect(y0).toBeLessThan(y1);
    // Laiza is north of Muse, so it is higher on the map (smaller y).
    expect(p([97.5633, 24.76])![1]).toBeLessThan(p([97.9047, 23.9792])![1]);
  });
});

describe('fitTransform', () => {
  it('fits a rectangle into the viewport and centres it', () => {
    const t = fitTransform([100, 100, 300, 200], 400, 400);
    expect(t.k).toBe(2);
    const [ax, ay] = applyTransform(t, [100, 100]);
    const [bx, by] = applyTransform(t, [300, 200]);
    expect([ax, bx]).toEqual([0, 400]);
    expect([ay, by]).toEqual([100, 300]);
  });

  it('keeps padding clear, e.g. the card that covers the bottom of a phone map', () => {
    const padding = { top: 10, right: 10, bottom: 200, left: 10 };
    const t = fitTransform([0, 0, 100, 100], 390, 500, padding);
    const [ax, ay] = applyTransform(t, [0, 0]);
    const [bx, by] = applyTransform(t, [100, 100]);
    expect(ay).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(by).toBeLessThanOrEqual(300 + 1e-9);
    expect(ax).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(bx).toBeLessThanOrEqual(380 + 1e-9);
    expect(close(by - ay, 290) || close(bx - ax, 370)).toBe(true);
  });

  it('shows every named view whole in wide and tall viewports', () => {
    const p = baseProjection();
    for (const [name, { bounds: b }] of Object.entries(NAMED_VIEWS)) {
      for (const [w, h] of [
        [1280, 800],
        [390, 500],
        [640, 560],
      ] as const) {
        const rect = projectBounds(p, b);
        const t = fitTransform(rect, w, h, pad(16));
        const [vx0, vy0, vx1, vy1] = visibleRect(t, w, h);
        expect(vx0, `${name} ${w}x${h}`).toBeLessThanOrEqual(rect[0] + 1e-6);
        expect(vy0, `${name} ${w}x${h}`).toBeLessThanOrEqual(rect[1] + 1e-6);
        expect(vx1, `${name} ${w}x${h}`).toBeGreaterThanOrEqual(rect[2] - 1e-6);
        expect(vy1, `${name} ${w}x${h}`).toBeGreaterThanOrEqual(rect[3] - 1e-6);
      }
    }
  });
});

describe('boundsOfPositions', () => {
  it('grows a single point to the minimum span around it', () => {
    const [w, s, e, n] = boundsOfPositions([[97.5, 24.7]])!;
    expect(close(e - w, MIN_SPAN)).toBe(true);
    expect(close(n - s, MIN_SPAN)).toBe(true);
    expect(close((w + e) / 2, 97.5)).toBe(true);
  });

  it('pads a wide set of positions by the margin on each side', () => {
    const [w, , e] = boundsOfPositions(
      [
        [96, 21],
        [102, 25],
      ],
      0.1,
    )!;
    expect(close(w, 96 - 0.6)).toBe(true);
    expect(close(e, 102 + 0.6)).toBe(true);
  });

  it('returns undefined for no positions', () => {
    expect(boundsOfPositions([])).toBeUndefined();
  });
});

describe('clampToExtent: no camera shows beyond the data', () => {
  const extent: Rect = [0, 0, 1000, 800];
  const inside = (t: Transform, w: number, h: number) => {
    const [x0, y0, x1, y1] = visibleRect(t, w, h);
    return x0 >= -1e-9 && y0 >= -1e-9 && x1 <= 1000 + 1e-9 && y1 <= 800 + 1e-9;
  };

  it('leaves a view that shows only data as it is', () => {
    const t = { k: 2, x: -300, y: -200 };
    expect(clampToExtent(t, extent, 400, 300)).toEqual(t);
  });

  it('zooms a view wider than the data in to the data, about the same centre where it can', () => {
    const t = { k: 0.5, x: 0, y: 0 }; // 1600 × 1000 units in an 800 × 500 viewport
    const c = clampToExtent(t, extent, 800, 500);
    expect(c.k).toBeCloseTo(0.8);
    expect(inside(c, 800, 500)).toBe(true);
  });

  it('shifts a view that runs past an edge back inside, at the same zoom', () => {
    const t = { k: 1, x: 100, y: -700 }; // shows x −100…300, y 700…1000
    const c = clampToExtent(t, extent, 400, 300);
    expect(c.k).toBe(1);
    expect(inside(c, 400, 300)).toBe(true);
    expect(visibleRect(c, 400, 300)).toEqual([0, 500, 400, 800]);
  });
});
