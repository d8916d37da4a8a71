import { describe, expect, it } from 'vitest';
import { geoIdentity } from 'd3-geo';
import { compactPath } from '../../src/lib/map/compact-path';
import { pathRings } from '../../src/lib/map/map-shapes';

describe('pathRings', () => {
  it('reads back the rings compactPath writes, one per polygon part', () => {
    const square = [
      [10, 10],
      [110, 10],
      [110, -60],
      [10, -60],
      [10, 10],
    ];
    const triangle = [
      [200, 0],
      [260, 5],
      [230, 90],
      [200, 0],
    ];
    const d = compactPath(geoIdentity(), { type: 'MultiPolygon', coordinates: [[square], [triangle]] });
    const rings = pathRings(d);
    expect(rings).toHaveLength(2);
    // Every vertex comes back (a ring may start anywhere along itself).
    const points = rings.map((r) => new Set(r.flatMap((v, i) => (i % 2 ? [] : [`${v},${r[i + 1]}`]))));
    for (const [x, y] of square) expect(points[0]!.has(`${x},${y}`)).toBe(true);
    for (const [x, y] of triangle) expect(points[1]!.has(`${x},${y}`)).toBe(true);
  });
});
