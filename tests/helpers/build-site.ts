/** Runs the real `astro build` (once per test run for the default build) and reads files from its output. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { astroBin } from '../../scripts/lib/astro-bin';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The `astro` command of this project. */
export const ASTRO = astroBin(ROOT);

/** The outcome of one build. */
export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Vitest puts its own import.meta.env into process.env (BASE_URL=/, MODE=test, DEV=1, SSR=1, NODE_ENV=test …); a child
 * `astro build` would read them as the site's own (BASE_URL "/" whatever the base path, DEV true). Builds leave them out.
 */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST|VITEST_.*)$/;

/** The environment of `npm run build`: this process's, without vitest's variables. */
export function buildEnv(extra: Record<string, string> = {}): Record<string, string> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k, v]) => v !== undefined && !VITEST_ENV.test(k)),
  ) as Record<string, string>;
  return { ...inherited, ...extra, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
}

/** Runs `astro build` for `root` into `outDir`, with extra environment variables and CLI args. */
export function runBuild(opts: {
  root?: string;
  outDir: string;
  env?: Record<string, string>;
  args?: string[];
}): BuildResult {
  const r = spawnSync(
    process.execPath,
    [ASTRO, 'build', '--root', opts.root ?? ROOT, '--outDir', opts.outDir, ...(opts.args ?? [])],
    {
      cwd: opts.root ?? ROOT,
      env: buildEnv(opts.env),
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir: opts.outDir };
}

/** A build made once per test run into tests/.tmp/<name> and shared by the test files that ask for it. */
export function sharedBuild(name: string, env: Record<string, string>): string {
  const outDir = join(ROOT, 'tests', '.tmp', name);
  const stampFile = join(outDir, '.test-stamp');
  const stamp = inject('runStamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return outDir;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const r = runBuild({ outDir, env });
  if (r.status !== 0)
    throw new Error(
      `astro build (${Object.entries(env)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}) failed:\n${r.output}`,
    );
  writeFileSync(stampFile, stamp);
  return outDir;
}

/** The default build of the site (at the root of https://example.org). */
export function defaultBuild(): string {
  return sharedBuild('dist', { SITE_URL: 'https://example.org', BASE_PATH: '/' });
}

/** The site and sub-path of the sub-path build. */
export const SUB_PATH = { site: 'https://news.example.org', base: '/graphics/kachin/' } as const;

/** The site built for a sub-path (SUB_PATH). */
export function subPathBuild(): string {
  return sharedBuild('dist-base-path', { SITE_URL: SUB_PATH.site, BASE_PATH: SUB_PATH.base });
}

/** Reads a built file as text. */
export function readBuilt(outDir: string, file: string): string {
  return readFileSync(join(outDir, file), 'utf8');
}
