import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { arcLines, bandRing, sharedArcs, simplifyLine, withCoarseArcs } from '../../src/lib/map/subject-border';

describe('simplifyLine', () => {
  it('keeps the ends and drops points within the tolerance', () => {
    const line = [
      [0, 0],
      [1, 0.05],
      [2, -0.05],
      [3, 0],
    ] as const;
    expect(simplifyLine(line, 0.1)).toEqual([
      [0, 0],
      [3, 0],
    ]);
  });

  it('keeps a point farther than the tolerance', () => {
    const line = [
      [0, 0],
      [1, 1],
      [2, 0],
    ] as const;
    expect(simplifyLine(line, 0.5)).toEqual(line);
  });
});

describe('bandRing', () => {
  it('surrounds a line at the given distance on both sides, closed', () => {
    const ring = bandRing(
      [
        [0, 0],
        [10, 0],
      ],
      2,
    );
    expect(ring).toEqual([
      [0, 2],
      [10, 2],
      [10, -2],
      [0, -2],
      [0, 2],
    ]);
  });
});

describe('sharedArcs and withCoarseArcs', () => {
  // Two squares side by side sharing arc 1 (a wiggly vertical line), quantized with a transform.
  const topo = {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { id: 'mm' } },
          { type: 'Polygon', arcs: [[2, ~1]], properties: { id: 'cn' } },
        ],
      },
    },
    arcs: [
      // 10,10 → 0,10 → 0,0 → 10,0
      [
        [10, 10],
        [-10, 0],
        [0, -10],
        [10, 0],
      ],
      // 10,0 → 11,5 → 10,10 (the shared border)
      [
        [10, 0],
        [1, 5],
        [-1, 5],
      ],
      // 10,10 → 20,10 → 20,0 → 10,0
      [
        [10, 10],
        [10, 0],
        [0, -10],
        [-10, 0],
      ],
    ],
  } as unknown as Topology;

  it('finds the arc the two countries share', () => {
    expect([...sharedArcs(topo, 'mm', 'cn')]).toEqual([1]);
  });

  it('decodes the arcs and coarsens only the shared one', () => {
    const coarse = withCoarseArcs(topo, new Set([1]), 2);
    expect(coarse.transform).toBeUndefined();
    expect(arcLines(coarse, new Set([1]))).toEqual([
      [
        [10, 0],
        [10, 10],
      ],
    ]);
    expect(arcLines(coarse, new Set([0]))).toEqual([
      [
        [10, 10],
        [0, 10],
        [0, 0],
        [10, 0],
      ],
    ]);
  });
});
