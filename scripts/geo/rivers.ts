/**
 * The base map's rivers: Natural Earth 1:10m centrelines by name, and the Shweli (which Natural Earth lacks) as a line
 * through the middles of OpenStreetMap's river-area pieces between Namhkam and Muse. Clipped, simplified and rounded
 * like the land.
 */
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Position } from 'geojson';
import { RIVERS } from './names';
import { CLIP_BBOX, GRID, SHWELI_BOX, SIMPLIFY } from './settings';
import { toText, type Props } from './features';
import type { RawInputs } from './tarballs';

/** Middle (mean vertex) of each polygon of `areas` whose middle lies in `box`. */
function middlesIn(areas: MultiPolygon, [w, s, e, n]: readonly number[]): Position[] {
  return areas.coordinates
    .map((poly) => {
      const ring = poly[0]!.slice(0, -1);
      const x = ring.reduce((a, p) => a + p[0]!, 0) / ring.length;
      const y = ring.reduce((a, p) => a + p[1]!, 0) / ring.length;
      return [x, y];
    })
    .filter(([x, y]) => x! >= w! && x! <= e! && y! >= s! && y! <= n!);
}

/**
 * A line through `points` in the order of their position along their main axis (the stretch must be roughly straight,
 * as the Shweli is between Namhkam and Muse).
 */
export function chainAlongAxis(points: readonly Position[]): LineString {
  const mx = points.reduce((a, p) => a + p[0]!, 0) / points.length;
  const my = points.reduce((a, p) => a + p[1]!, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const [x, y] of points) {
    sxx += (x! - mx) ** 2;
    sxy += (x! - mx) * (y! - my);
    syy += (y! - my) ** 2;
  }
  const angle = Math.atan2(2 * sxy, sxx - syy) / 2;
  const along = (p: Position) => (p[0]! - mx) * Math.cos(angle) + (p[1]! - my) * Math.sin(angle);
  return { type: 'LineString', coordinates: [...points].sort((a, b) => along(a) - along(b)) };
}

/** The rivers as line features `{ rid }`, clipped to the box, simplified and on the grid; one feature per river. */
export async function prepareRivers(
  raw: Pick<RawInputs, 'neRivers' | 'osmRivers'>,
): Promise<FeatureCollection<Geometry, Props>> {
  const byName = new Map(RIVERS.flatMap((r) => r.sourceNames.map((n) => [n, r.id] as const)));
  const lines: Feature<Geometry, Props>[] = raw.neRivers.features.flatMap((f) => {
    const rid = byName.get(String(f.properties.name));
    return rid ? [{ type: 'Feature', properties: { rid }, geometry: f.geometry }] : [];
  });
  const middles = middlesIn(raw.osmRivers, SHWELI_BOX);
  if (middles.length < 5) throw new Error(`only ${middles.length} river-area piece(s) of the Shweli in ${SHWELI_BOX}`);
  lines.push({ type: 'Feature', properties: { rid: 'shweli' }, geometry: chainAlongAxis(middles) });
  const missing = RIVERS.filter((r) => !lines.some((l) => l.properties.rid === r.id));
  if (missing.length) throw new Error(`rivers not found in the sources: ${missing.map((r) => r.id).join(', ')}`);
  const commands = [
    '-i rivers.json',
    `-clip bbox=${CLIP_BBOX.join(',')}`,
    `-simplify ${SIMPLIFY}`,
    `-snap precision=${GRID}`,
    '-dissolve rid',
    '-o format=geojson gj2008 rivers.json',
  ].join(' ');
  const out = await mapshaper.applyCommands(commands, {
    'rivers.json': { type: 'FeatureCollection', features: lines },
  });
  const result = JSON.parse(toText(out['rivers.json'], 'rivers.json')) as FeatureCollection<Geometry, Props>;
  result.features.sort((a, b) => (a.properties.rid! < b.properties.rid! ? -1 : 1));
  return result;
}
