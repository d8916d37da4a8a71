import { describe, expect, it } from 'vitest';
import { geoDistance } from 'd3-geo';
import { baseProjection, fitTransform, projectBounds, type Transform } from '../../src/lib/map/projection';
import { NAMED_VIEWS } from '../../src/lib/geo/named-views';
import { EARTH_RADIUS_KM, KM_PER_MILE, latitudeAt, niceBelow, pxPerKm, scaleBarFor } from '../../src/lib/map/scale-bar';
import { placeScaleBar, placedScaleBarBox } from '../../src/lib/map/frame-marks';
import { SIDES, labelBox, labelRoom, type Box } from '../../src/lib/map/label-placement';

const projection = baseProjection();

/** Ground distance in km between two pixel points of a map under `t`, through the real projection. */
function groundKm(t: Transform, [x0, y0]: [number, number], [x1, y1]: [number, number]): number {
  const a = projection.invert!([(x0 - t.x) / t.k, (y0 - t.y) / t.k])!;
  const b = projection.invert!([(x1 - t.x) / t.k, (y1 - t.y) / t.k])!;
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

const frames = [
  { width: 640, height: 560 },
  { width: 736, height: 800 },
  { width: 358, height: 360 },
];

describe('scale bar', () => {
  it('reads latitudes as the base projection draws them', () => {
    for (const lat of [15.5, 20, 24.3, 28.5]) {
      const [, y] = projection([97, lat])!;
      expect(latitudeAt(y)).toBeCloseTo(lat, 6);
    }
  });

  it('rounds down to 1, 2 or 5 × 10ⁿ', () => {
    expect([0.5, 1, 1.9, 2, 4.99, 5, 9.9, 10, 37, 120, 999].map(niceBelow)).toEqual([
      0, 1, 1, 2, 2, 5, 5, 10, 20, 100, 500,
    ]);
  });

  it.each(Object.entries(NAMED_VIEWS))(
    '%s view: both bars measure their round distance on the ground',
    (_name, view) => {
      for (const { width, height } of frames) {
        const t = fitTransform(projectBounds(projection, view.bounds), width, height);
        const bar = scaleBarFor(t, width, height, 100);
        const cx = width / 2 - bar.kmPx / 2;
        const cy = height / 2;
        // Measured along the view's middle parallel, through d3-geo's projection and great-circle distance.
        expect(groundKm(t, [cx, cy], [cx + bar.kmPx, cy]) / bar.km).toBeCloseTo(1, 2);
        expect(groundKm(t, [cx, cy], [cx + bar.miPx, cy]) / (bar.mi * KM_PER_MILE)).toBeCloseTo(1, 2);
        // Round numbers no longer than asked, and not much shorter.
        for (const [n, px] of [
          [bar.km, bar.kmPx],
          [bar.mi, bar.miPx],
        ] as const) {
          expect(niceBelow(n)).toBe(n);
          expect(px).toBeLessThanOrEqual(100);
          expect(px).toBeGreaterThan(100 / 2.5 - 1e-9);
        }
      }
    },
  );

  it('gets longer in kilometres per pixel towards the equator (Mercator)', () => {
    const t = { k: 0.2, x: 0, y: 0 };
    const [, yNorth] = projection([97, 28])!;
    const [, ySouth] = projection([97, 16])!;
    expect(pxPerKm(t, yNorth)).toBeGreaterThan(pxPerKm(t, ySouth));
  });
});

describe('placeScaleBar', () => {
  const t = fitTransform(projectBounds(projection, NAMED_VIEWS.region.bounds), 640, 560);
  const frame: Box = [0, 0, 640, 560];
  const corner = (b: Box) => `${b[0] < 320 ? 'left' : 'right'} ${b[1] < 280 ? 'top' : 'bottom'}`;
  const at = (marks: Box[], room: Box[] = []) =>
    corner(placedScaleBarBox(placeScaleBar(t, 640, 560, frame, marks, room)));
  const bottomLeft: Box = [0, 470, 200, 560];
  const bottomRight: Box = [440, 470, 640, 560];

  it('takes the first corner that covers no mark: bottom left, then bottom right, then top left', () => {
    expect(at([])).toBe('left bottom');
    expect(at([bottomLeft])).toBe('right bottom');
    expect(at([bottomLeft, bottomRight])).toBe('left top');
  });

  it('leaves the room of a name still to be placed when another corner covers as few marks', () => {
    expect(at([], [bottomLeft])).toBe('right bottom');
    expect(at([], [bottomLeft, bottomRight])).toBe('left top');
    // Marks come first: the room for a name never sends the bar onto a mark.
    expect(at([bottomRight, [0, 0, 200, 100]], [bottomLeft])).toBe('left bottom');
  });

  it('a name may take the room round its point on any side', () => {
    const room = labelRoom(100, 100, 'Kyaukphyu', 20);
    for (const side of SIDES) {
      const b = labelBox(100, 100, 'Kyaukphyu', side, 20);
      expect(room[0] <= b[0] && room[1] <= b[1] && room[2] >= b[2] && room[3] >= b[3], side).toBe(true);
    }
  });
});
