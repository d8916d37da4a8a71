import { describe, it, expect } from 'vitest';
import { geoIdentity } from 'd3-geo';
import { compactPath } from '../../src/lib/map/compact-path';

/** Absolute vertices of a path written by compactPath (M, l with implicit repeats, z). */
function vertices(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const cmd of d.match(/[Mlz][^Mlz]*/g) ?? []) {
    const nums = (cmd.slice(1).match(/-?\d+/g) ?? []).map(Number);
    if (cmd[0] === 'M') rings.push([[nums[0]!, nums[1]!]]);
    if (cmd[0] === 'l') {
      const ring = rings[rings.length - 1]!;
      for (let i = 0; i < nums.length; i += 2) {
        const [x, y] = ring[ring.length - 1]!;
        ring.push([x + nums[i]!, y + nums[i + 1]!]);
      }
    }
  }
  return rings;
}

describe('compactPath', () => {
  const identity = geoIdentity();

  it('writes relative, rounded coordinates that add back up to the rounded absolute points', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [10.4, 20.6],
        [13.2, 18.9],
        [13.4, 15.2],
        [9.6, 15.5],
      ],
    };
    const d = compactPath(identity, line);
    expect(d).toBe('M10 21l3-2 0-4-3 1');
    expect(vertices(d)).toEqual([
      [
        [10, 21],
        [13, 19],
        [13, 15],
        [10, 16],
      ],
    ]);
  });

  it('drops points that rounding merges and closes polygon rings', () => {
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10.2, 0.1],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    const d = compactPath(identity, polygon);
    expect(d.endsWith('z')).toBe(true);
    expect(vertices(d)[0]).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
  });
});
