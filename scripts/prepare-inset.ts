/**
 * Builds data/geo/inset.geo.json, what the locator inset draws south of the base map (which stops at 13.5°N), so that
 * it shows the whole of Myanmar down to its southern tip near 10°N: land and Myanmar from Natural Earth 1:110m
 * (world-atlas, the pinned tarball the base map uses), clipped to INSET_SOUTH.
 *
 *   npx tsx scripts/prepare-inset.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import mapshaper from 'mapshaper';
import { ensureTarball, ROOT, WORLD_ATLAS } from './geo/tarballs';
import { extractFromTgz } from './geo/tar';
import { INSET_SOUTH } from '../src/lib/geo/inset-bounds';

/** Natural Earth's ISO 3166-1 numeric code of Myanmar. */
const MYANMAR = '104';
/** Output, committed with the site. */
const OUTPUT = join(ROOT, 'data', 'geo', 'inset.geo.json');

const round = (p: Position): Position => [Math.round(p[0]! * 100) / 100, Math.round(p[1]! * 100) / 100];

/** Rounds every coordinate of a geometry to 0.01° (about a kilometre: a tenth of a pixel in the inset). */
function rounded(g: Geometry): Geometry {
  const walk = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number' ? round(c as Position) : (c as unknown[]).map(walk);
  return { ...g, coordinates: walk((g as { coordinates: unknown }).coordinates) } as Geometry;
}

const tgz = ensureTarball(WORLD_ATLAS, true, console.log);
const files = await extractFromTgz(tgz, ['package/countries-110m.json', 'package/land-110m.json']);
const countries = JSON.parse(files.get('package/countries-110m.json')!.toString('utf8')) as Topology;
const land = JSON.parse(files.get('package/land-110m.json')!.toString('utf8')) as Topology;
const collection = countries.objects.countries as GeometryCollection;
const named = (id: string) => (feature(countries, collection) as FeatureCollection).features.find((f) => f.id === id);
const layers: [string, Geometry][] = [
  ['land', (feature(land, land.objects.land!) as FeatureCollection).features[0]!.geometry],
  ['myanmar', named(MYANMAR)!.geometry],
];
/** `g` clipped to INSET_SOUTH by mapshaper. */
async function clipped(g: Geometry): Promise<Geometry> {
  const input = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: g }] };
  const result = await mapshaper.applyCommands(
    `-i in.json -clip bbox=${INSET_SOUTH.join(',')} -o format=geojson gj2008 out.json`,
    { 'in.json': input },
  );
  const out = result['out.json'];
  // Features without properties come back as a GeometryCollection.
  const gc = JSON.parse(typeof out === 'string' ? out : new TextDecoder().decode(out)) as { geometries: Geometry[] };
  return gc.geometries[0]!;
}
const out: FeatureCollection = {
  type: 'FeatureCollection',
  features: await Promise.all(
    layers.map(
      async ([id, g]): Promise<Feature> => ({
        type: 'Feature',
        id,
        properties: {},
        geometry: rounded(await clipped(g)),
      }),
    ),
  ),
};
writeFileSync(OUTPUT, `${JSON.stringify(out)}\n`);
console.log(`wrote ${OUTPUT}`);
