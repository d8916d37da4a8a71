import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { loadSite } from '../../src/node/story-render';
import { baseProjection } from '../../src/lib/map/projection';
import { BASE_WIDTH } from '../../src/lib/map/projection';
import { MAP_EXTENT } from '../../src/lib/geo/extent';
import type { AreaProperties, RegionTopology } from '../../src/lib/geo/region-topology';
import { ROOT } from '../helpers/build-site';

/**
 * Every place, and every event at its place, lies inside its own country and admin-1 unit, at least MIN_CLEARANCE
 * from their borders, in the prepared base map and in every simplification of it the pages draw; and in the drawn
 * paths too (Myanmar's outline, which also draws the emphasised border).
 */
const MIN_CLEARANCE = 100; // metres

/** Admin-1 names in the gazetteer that Natural Earth does not have, and the unit that holds them there. */
const ADMIN_ALIASES: Record<string, string> = {
  // Natural Earth has no separate union territory: Naypyidaw is part of Mandalay Region in it (data/SOURCES.md).
  'Naypyidaw Union Territory': 'Mandalay Region',
};

const site = loadSite(ROOT);
const raw = JSON.parse(readFileSync(join(ROOT, 'data/geo/region.topo.json'), 'utf8')) as RegionTopology;
const variants: [string, RegionTopology][] = [
  ['prepared file', raw],
  ['base map as drawn', site.shipped.base],
  ...[...site.shipped.areas].map(([id, t]): [string, RegionTopology] => [`outline of highlighted ${id}`, t]),
];

type Shape = Feature<Polygon | MultiPolygon, { id: string; name: string }>;
const rings = (f: Shape): Position[][] =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();

/** Shortest distance in metres from [lon, lat] to any segment of `lines` (equirectangular around the point). */
function metresTo(lines: readonly (readonly Position[])[], [lon, lat]: readonly number[]): number {
  const kx = 111_320 * Math.cos((lat! * Math.PI) / 180);
  const ky = 110_574;
  let best = Infinity;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = [(line[i - 1]![0]! - lon!) * kx, (line[i - 1]![1]! - lat!) * ky];
      const [bx, by] = [(line[i]![0]! - lon!) * kx, (line[i]![1]! - lat!) * ky];
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

const points = [
  ...site.data.places.map((p) => ({
    label: `place ${p.id}`,
    at: p.geometry.coordinates,
    country: p.properties.country,
    admin: p.properties.admin,
  })),
  ...site.data.events.flatMap((e) => {
    const place = site.data.places.find((p) => p.id === e.properties.place);
    return place
      ? [
          {
            label: `event ${e.id}`,
            at: e.geometry.coordinates,
            country: place.properties.country,
            admin: place.properties.admin,
          },
        ]
      : [];
  }),
];

describe.each(variants)('in the %s', (_, topo) => {
  const countries = feature(topo, topo.objects.countries).features as Shape[];
  const units = (
    feature(topo, topo.objects.admin1).features as Feature<Polygon | MultiPolygon, AreaProperties>[]
  ).filter((f) => f.properties.country === 'mm' || f.properties.country === 'cn');

  it.each(points)('$label lies in its country, at least 100 m from its border', ({ at, country }) => {
    const inside = countries.filter((f) => geoContains(f, at as [number, number])).map((f) => f.properties.id);
    expect(inside).toEqual([country]);
    const own = countries.find((f) => f.properties.id === country)!;
    expect(metresTo(rings(own), at)).toBeGreaterThanOrEqual(MIN_CLEARANCE);
  });

  it.each(points)('$label lies in the admin-1 unit it names, at least 100 m from its edge', ({ at, admin }) => {
    const unit = units.find(
      (u) => `${admin}`.includes(u.properties.name) || ADMIN_ALIASES[admin] === u.properties.name,
    );
    expect(unit, `no unit named in "${admin}"`).toBeDefined();
    const inside = units.filter((u) => geoContains(u, at as [number, number])).map((u) => u.properties.name);
    expect(inside).toEqual([unit!.properties.name]);
    expect(metresTo(rings(unit as unknown as Shape), at)).toBeGreaterThanOrEqual(MIN_CLEARANCE);
  });
});

/** The rings of a compact SVG path ("M x y l dx dy … z", whole units), in base units. */
function pathRings(d: string): Position[][] {
  const out: Position[][] = [];
  let ring: Position[] = [];
  let x = 0;
  let y = 0;
  for (const m of d.matchAll(/([MlLz])([^MlLz]*)/g)) {
    const nums = (m[2]!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    if (m[1] === 'M') {
      if (ring.length) out.push(ring);
      [x, y] = [nums[0]!, nums[1]!];
      ring = [[x, y]];
    } else if (m[1] === 'l') {
      for (let i = 0; i < nums.length; i += 2) {
        x += nums[i]!;
        y += nums[i + 1]!;
        ring.push([x, y]);
      }
    } else if (m[1] === 'z') ring.push(ring[0]!);
  }
  if (ring.length) out.push(ring);
  return out;
}

/** Even-odd point in rings. */
function insideRings(rs: readonly Position[][], [px, py]: readonly number[]): boolean {
  let inside = false;
  for (const r of rs) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = [r[i]![0]!, r[i]![1]!];
      const [xj, yj] = [r[j]![0]!, r[j]![1]!];
      if (yi > py! !== yj > py! && px! < ((xj - xi) * (py! - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

describe('the drawn border agrees', () => {
  const projection = baseProjection();
  const path = (id: string) => pathRings(site.base.countries.find((c) => c.id === id)!.d);
  const myanmar = path('mm');
  const china = path('cn');
  const zone = pathRings(site.base.borderZone);
  /** Metres per base unit at a latitude (Mercator is conformal: the same on both axes). */
  const unitMetres = (lat: number) =>
    ((MAP_EXTENT[2] - MAP_EXTENT[0]) / BASE_WIDTH) * 111_320 * Math.cos((lat * Math.PI) / 180);

  it.each(points)('$label is drawn on its own side of the border, at least 100 m from it', ({ at, country }) => {
    const xy = projection(at as [number, number])!;
    expect(insideRings(myanmar, xy)).toBe(country === 'mm');
    // China shows wherever its fill or the band in its fill is not under Myanmar.
    if (country === 'cn') expect(insideRings(china, xy) || insideRings(zone, xy)).toBe(true);
    const ground = (a: Position) => projection.invert!(a as [number, number])!;
    const nearest = metresTo(
      myanmar.map((r) => r.map(ground)),
      at,
    );
    expect(nearest, `about ${Math.round(nearest / unitMetres(at[1]!))} base units`).toBeGreaterThanOrEqual(
      MIN_CLEARANCE,
    );
  });
});
