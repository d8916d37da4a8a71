/** Step 2 of the base map: one planar partition of the clip box's land into countries and admin-1 units. */
import mapshaper from 'mapshaper';
import type { FeatureCollection, Geometry } from 'geojson';
import type { RawInputs } from './tarballs';
import { CLIP_BBOX, OSM_BOXES } from './settings';
import { toText, type Props } from './features';
import { prepareInputs } from './inputs';

/** Step 2: one planar partition of the clip box's land into countries and admin-1 units. */
export async function partition(raw: RawInputs): Promise<FeatureCollection<Geometry, Props>> {
  const inputs = prepareInputs(raw);
  const bbox = CLIP_BBOX.join(',');
  const commands = [
    '-i countries.json osm.json mmr.json chn.json combine-files',
    `-clip bbox=${bbox} target=countries,mmr,chn`,
    // Country outlines: OpenStreetMap's around the Myanmar–China border and Kyaukphyu (OSM_BOXES), Natural Earth's elsewhere.
    ...OSM_BOXES.flatMap((box, i) => [
      `-erase bbox=${box.join(',')} target=countries`,
      `-clip bbox=${box.join(',')} target=osm + name=osm${i}`,
    ]),
    `-merge-layers target=countries,${OSM_BOXES.map((_, i) => `osm${i}`).join(',')} name=countries`,
    // Flat overlay of the three layers: each piece knows its country and the admin-1 units covering it.
    '-union target=countries,mmr,chn name=pieces',
    `-each "unit = cid == 'mm' ? (mm_unit || null) : cid == 'cn' ? (cn_unit || null) : (cid || null)"`,
    // Pieces of Myanmar / China that no unit of the same country covers take the unit of the
    // neighbouring piece with the longest shared border (per country, so never across a border).
    `-filter "cid == 'mm'" + name=pieces_mm`,
    '-data-fill field=unit',
    '-target pieces',
    `-filter "cid == 'cn'" + name=pieces_cn`,
    '-data-fill field=unit',
    '-target pieces',
    // Other countries stay whole; pieces outside every country (sea) are dropped.
    `-filter "!!cid && cid != 'mm' && cid != 'cn'"`,
    '-merge-layers target=pieces,pieces_mm,pieces_cn name=units force',
    '-dissolve unit copy-fields=cid name=units',
    '-o format=geojson gj2008 units.json',
  ].join(' ');
  const out = await mapshaper.applyCommands(commands, {
    'countries.json': inputs.countries,
    'osm.json': inputs.osm,
    'mmr.json': inputs.mmr,
    'chn.json': inputs.chn,
  });
  return JSON.parse(toText(out['units.json'], 'units.json')) as FeatureCollection<Geometry, Props>;
}
