/** Step 3 of the base map: simplify with a fixed setting, round to the grid, repair what rounding broke. */
import mapshaper from 'mapshaper';
import type { FeatureCollection, Geometry } from 'geojson';
import { GRID, MIN_PART_AREA, SIMPLIFY } from './settings';
import { toText, type Props } from './features';

/** Step 3: simplify with a fixed setting, round to the grid, repair what rounding broke. */
export async function generalise(
  units: FeatureCollection<Geometry, Props>,
): Promise<FeatureCollection<Geometry, Props>> {
  const commands = [
    '-i units.json',
    `-simplify ${SIMPLIFY}`,
    `-snap precision=${GRID}`,
    '-clean',
    // Cleaning the finer OpenStreetMap outlines adds a few crossing points off the grid: round and clean once more.
    `-snap precision=${GRID}`,
    '-clean',
    // Rounding can cut a hair-thin tip off a unit; such detached parts below MIN_PART_AREA
    // go to the neighbour with the longest shared border (tiny islands with none are dropped).
    '-explode',
    `-each "if (this.area < ${MIN_PART_AREA}) unit = null"`,
    '-data-fill field=unit',
    '-filter "!!unit"',
    `-each "cid = unit.indexOf('MM.') === 0 ? 'mm' : unit.indexOf('CN.') === 0 ? 'cn' : unit"`,
    '-dissolve unit copy-fields=cid',
    '-o format=geojson gj2008 units.json',
  ].join(' ');
  const out = await mapshaper.applyCommands(commands, { 'units.json': units });
  return JSON.parse(toText(out['units.json'], 'units.json')) as FeatureCollection<Geometry, Props>;
}
