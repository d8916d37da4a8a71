import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import { hasCachedSources } from '../../scripts/geo/tarballs';
import { CLIP_BBOX } from '../../scripts/geo/settings';
import type {
  AreaProperties as AreaProps,
  CountryProperties as CountryProps,
  RegionTopology as Region,
} from '../../src/lib/geo/region-topology';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILE = join(ROOT, 'data', 'geo', 'region.topo.json');
/** [west, south, east, north] the base map is clipped to. */
const CLIP = CLIP_BBOX;

const text = readFileSync(FILE, 'utf8');
const topo = JSON.parse(text) as Region;
const countries = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
const admin1 = feature(topo, topo.objects.admin1) as FeatureCollection<Polygon | MultiPolygon, AreaProps>;

function polygons(f: Feature<Polygon | MultiPolygon>): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

function arcsOf(geoms: GeometryObject[]): Set<number> {
  const set = new Set<number>();
  const walk = (a: unknown): void => {
    if (typeof a === 'number') set.add(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach(walk);
  };
  for (const g of geoms) walk((g as { arcs?: unknown }).arcs);
  return set;
}

const countryGeoms = (id: string) =>
  topo.objects.countries.geometries.filter((g) => (g.properties as CountryProps | undefined)?.id === id);
const areaGeoms = (country: string) =>
  topo.objects.admin1.geometries.filter((g) => (g.properties as AreaProps | undefined)?.country === country);

describe('data/geo/region.topo.json', () => {
  it('has the countries and admin1 objects with the required ids', () => {
    expect(Object.keys(topo.objects).sort()).toEqual(['admin1', 'countries', 'rivers']);
    const riverIds = topo.objects.rivers.geometries.map((g) => (g.properties as { id: string }).id);
    expect(riverIds).toEqual(['irrawaddy', 'nmai', 'salween', 'shweli']);
    const countryIds = countries.features.map((f) => f.properties.id);
    for (const id of ['mm', 'cn', 'in', 'bd', 'la', 'th']) expect(countryIds).toContain(id);
    const areaIds = admin1.features.map((f) => f.properties.id);
    for (const id of ['mm-kachin', 'mm-shan', 'mm-sagaing', 'mm-mandalay', 'mm-rakhine', 'cn-yunnan']) {
      expect(areaIds).toContain(id);
    }
    // all of Myanmar's seven states and seven regions
    expect(admin1.features.filter((f) => f.properties.country === 'mm')).toHaveLength(14);
  });

  it('has non-empty names and unique ids', () => {
    for (const f of countries.features) {
      expect(f.properties.id).toMatch(/^[a-z]{2}$/);
      expect(f.properties.name.trim()).not.toBe('');
    }
    for (const f of admin1.features) {
      expect(f.properties.id).toMatch(new RegExp(`^${f.properties.country}-[a-z]+(-[a-z]+)*$`));
      expect(f.properties.name.trim()).not.toBe('');
      expect(['mm', 'cn']).toContain(f.properties.country);
      expect(['State', 'Region', 'Union Territory', 'Province', 'Autonomous Region', 'Municipality']).toContain(
        f.properties.type,
      );
    }
    const ids = (fc: FeatureCollection<Geometry, { id: string }>) => fc.features.map((f) => f.properties.id);
    expect(new Set(ids(countries)).size).toBe(countries.features.length);
    expect(new Set(ids(admin1)).size).toBe(admin1.features.length);
    expect(admin1.features.find((f) => f.properties.id === 'mm-kachin')?.properties.name).toBe('Kachin State');
    expect(admin1.features.find((f) => f.properties.id === 'mm-shan')?.properties.name).toBe('Shan State');
    expect(admin1.features.find((f) => f.properties.id === 'cn-yunnan')?.properties.name).toBe('Yunnan');
  });

  it('keeps every feature inside the clip box', () => {
    const [w, s, e, n] = CLIP;
    for (const f of [...countries.features, ...admin1.features]) {
      const points = polygons(f).flat(2);
      expect(points.length).toBeGreaterThan(3);
      const xs = points.map((p) => p[0]!);
      const ys = points.map((p) => p[1]!);
      expect(Math.min(...xs), f.properties.id).toBeGreaterThanOrEqual(w - 1e-9);
      expect(Math.max(...xs), f.properties.id).toBeLessThanOrEqual(e + 1e-9);
      expect(Math.min(...ys), f.properties.id).toBeGreaterThanOrEqual(s - 1e-9);
      expect(Math.max(...ys), f.properties.id).toBeLessThanOrEqual(n + 1e-9);
    }
  });

  it('has no inverted rings (d3 winding)', () => {
    for (const f of [...countries.features, ...admin1.features]) {
      const area = geoArea(f);
      expect(area, f.properties.id).toBeGreaterThan(0);
      expect(area, f.properties.id).toBeLessThan(2 * Math.PI);
      for (const coordinates of polygons(f)) {
        expect(geoArea({ type: 'Polygon', coordinates }), f.properties.id).toBeLessThan(2 * Math.PI);
      }
    }
  });

  it.each(['mm', 'cn'])('tiles country %s exactly with its admin-1 units (no gaps, no overlaps)', (cid) => {
    const countryArea = countryGeoms(cid).reduce((sum, g) => sum + geoArea(feature(topo, g) as Feature), 0);
    const units = areaGeoms(cid);
    const unionArea = geoArea(merge(topo, units as Parameters<typeof merge>[1]));
    const sumArea = units.reduce((sum, g) => sum + geoArea(feature(topo, g) as Feature), 0);
    expect(countryArea).toBeGreaterThan(0);
    // union of the units equals the country: no gaps, no slivers outside
    expect(Math.abs(unionArea - countryArea) / countryArea).toBeLessThan(1e-6);
    // sum of the units equals their union: no overlaps
    expect(Math.abs(sumArea - unionArea) / unionArea).toBeLessThan(1e-6);
  });

  it('draws the Myanmar–China border with one set of arcs shared by countries and admin1', () => {
    const mm = arcsOf(countryGeoms('mm'));
    const cn = arcsOf(countryGeoms('cn'));
    const border = [...mm].filter((a) => cn.has(a)).sort((a, b) => a - b);
    expect(border.length).toBeGreaterThan(0);
    const mmAreas = arcsOf(areaGeoms('mm'));
    const cnAreas = arcsOf(areaGeoms('cn'));
    const areaBorder = [...mmAreas].filter((a) => cnAreas.has(a)).sort((a, b) => a - b);
    expect(areaBorder).toEqual(border);
    // and every country's outline is made of admin-1 arcs where it has admin-1 units
    for (const a of mm) expect(mmAreas.has(a)).toBe(true);
    for (const a of cn) expect(cnAreas.has(a)).toBe(true);
  });
});

const rebuild = process.env.GEO_REBUILD === '1';
const canRebuild = rebuild || hasCachedSources();

describe('scripts/prepare-geo.ts', () => {
  it.skipIf(!canRebuild)(
    'rebuilds the committed file byte for byte (skipped without .cache/geo-sources; GEO_REBUILD=1 fetches)',
    async () => {
      const { loadRawInputs } = await import('../../scripts/geo/tarballs');
      const { buildRegionTopology } = await import('../../scripts/prepare-geo');
      const raw = await loadRawInputs({ allowFetch: rebuild });
      const { text: rebuilt } = await buildRegionTopology(raw);
      expect(rebuilt === text, 'data/geo/region.topo.json differs from a fresh build: run `npm run data`').toBe(true);
    },
    // Reading OpenStreetMap's 168 MB of countries takes most of it.
    300_000,
  );
});
