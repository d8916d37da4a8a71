/** Step 1 of the base map: the source layers as features for mapshaper, each tagged with its country or unit. */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { COUNTRIES } from './names';
import type { RawInputs } from './tarballs';
import { collection, touchesClipBox, type Props } from './features';

/** Source names by HASC code, to check the normalisation table against the data. */
export function sourceNames(topo: Topology, object: string): Map<string, string | null> {
  const fc = feature(topo, topo.objects[object]!) as FeatureCollection<Geometry, { name?: string | null }>;
  return new Map(fc.features.map((f) => [String(f.id), f.properties?.name ?? null]));
}

/** Step 1: the layers handed to mapshaper. */
export function prepareInputs(raw: RawInputs) {
  const countries = (feature(raw.countries, raw.countries.objects.countries!) as FeatureCollection<Geometry>).features
    .filter((f) => touchesClipBox(f.geometry))
    .map(
      (f): Feature<Geometry, Props> => ({
        type: 'Feature',
        properties: { cid: COUNTRIES[String(f.id)]?.id ?? `unknown-${String(f.id)}` },
        geometry: f.geometry,
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
  return { countries: collection(countries), mmr: collection(mmr), chn: collection(chn) };
}
