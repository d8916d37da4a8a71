import { describe, expect, it } from 'vitest';
import { interpolateZoom } from 'd3-interpolate';
import { smoothZoom } from '../../src/lib/map/smooth-zoom';
import type { View } from '../../src/lib/map/camera';

/** Moves of every kind: pan and zoom together, zoom in, zoom out, a pure pan, a pure zoom, no move at all. */
const moves: [View, View][] = [
  [
    [320, 280, 640],
    [180, 120, 90],
  ],
  [
    [100, 100, 400],
    [105, 98, 60],
  ],
  [
    [50, 400, 80],
    [300, 200, 700],
  ],
  [
    [0, 0, 300],
    [500, -200, 300],
  ],
  [
    [200, 200, 500],
    [200, 200, 50],
  ],
  [
    [10, 20, 30],
    [10, 20, 30],
  ],
];

describe('smoothZoom', () => {
  it.each(moves)('follows d3-interpolate’s interpolateZoom along the move from %j to %j', (from, to) => {
    const ours = smoothZoom(from, to);
    const d3 = interpolateZoom(from, to);
    expect(ours.duration).toBeCloseTo(d3.duration, 6);
    for (let i = 0; i <= 20; i++) {
      const [x, y, w] = ours(i / 20);
      const [dx, dy, dw] = d3(i / 20);
      expect(x).toBeCloseTo(dx, 6);
      expect(y).toBeCloseTo(dy, 6);
      expect(w).toBeCloseTo(dw, 6);
    }
  });

  it('starts and ends on the two views', () => {
    const [from, to] = moves[0]!;
    const z = smoothZoom(from, to);
    z(0).forEach((v, i) => expect(v).toBeCloseTo(from[i]!, 9));
    z(1).forEach((v, i) => expect(v).toBeCloseTo(to[i]!, 9));
  });
});
