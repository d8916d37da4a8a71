/** Checks the generalised units before they become a topology: all named, all on the grid, no crossings. */
import mapshaper from 'mapshaper';
import type { FeatureCollection, Geometry } from 'geojson';
import { ADMIN1, COUNTRIES } from './names';
import { GRID } from './settings';
import { planarBounds, type Props } from './features';

/** Throws on a unit without a name in scripts/geo/names.ts, a coordinate off the grid, or crossing segments. */
export function assertValid(units: FeatureCollection<Geometry, Props>): void {
  // every unit known and assigned
  const unassigned = units.features.filter((f) => !f.properties.unit || !f.properties.cid);
  if (unassigned.length) {
    const where = unassigned.map((f) => JSON.stringify(planarBounds(f.geometry))).join('; ');
    throw new Error(`${unassigned.length} piece(s) of land could not be given a unit: ${where}`);
  }
  const knownCountries = new Set(Object.values(COUNTRIES).map((c) => c.id));
  for (const f of units.features) {
    const { cid, unit } = f.properties as { cid: string; unit: string };
    if (!knownCountries.has(cid))
      throw new Error(`country ${cid} falls in the clip box but has no entry in scripts/geo/names.ts`);
    if ((cid === 'mm' || cid === 'cn') && !ADMIN1[unit]) {
      throw new Error(`admin-1 unit ${unit} falls in the clip box but has no entry in scripts/geo/names.ts`);
    }
  }
  // every coordinate on the grid, so quantization moves nothing
  let offGrid = 0;
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      for (const v of c as number[]) {
        const k = v / GRID;
        if (Math.abs(k - Math.round(k)) > 1e-6) offGrid++;
      }
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  units.features.forEach((f) => walk(f.geometry && 'coordinates' in f.geometry ? f.geometry.coordinates : []));
  if (offGrid) throw new Error(`${offGrid} coordinate(s) are off the ${GRID}° grid after rounding and cleaning`);
  // no crossing or overlapping segments
  const dataset = mapshaper.internal.importGeoJSON(units, {});
  const crossings = mapshaper.internal.findSegmentIntersections(dataset.arcs).length;
  if (crossings) throw new Error(`${crossings} segment intersection(s) after generalisation`);
}
