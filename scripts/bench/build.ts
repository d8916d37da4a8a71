/** Builds for the benchmark: the site (timed, with the real `astro build`) and the comparison page (esbuild). */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { astroBin } from '../lib/astro-bin';

/** The outcome of the site build. */
export interface SiteBuild {
  outDir: string;
  seconds: number;
}

/** Runs `astro build` for the project at `root` into `outDir` and times it; throws with Astro's output if it fails. */
export async function buildSite(root: string, outDir: string): Promise<SiteBuild> {
  const astro = astroBin(root);
  const started = performance.now();
  const child = spawn(process.execPath, [astro, 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    // Served at / here, whatever BASE_PATH the shell has.
    env: { ...process.env, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  // A build that hangs must not hang the benchmark: give up after five minutes.
  const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`astro build failed (exit ${code}) after ${seconds.toFixed(1)} s:\n${output}`);
  return { outDir, seconds };
}

/** Versions of what the comparison page is made of. */
export interface ComparisonBuild {
  outDir: string;
  maplibre: string;
  scrollama: string;
}

/** Bundles bench/comparison/ with esbuild into `outDir` (minified ESM, CSS alongside, maplibre's worker copied). */
export async function buildComparison(root: string, outDir: string): Promise<ComparisonBuild> {
  const src = join(root, 'bench', 'comparison');
  const require = createRequire(join(root, 'package.json'));
  // esbuild comes with vite (Astro's bundler); it is not a direct dependency of the project.
  const { build } = (await import('esbuild')) as typeof import('esbuild');
  mkdirSync(outDir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: { main: join(src, 'main.ts') },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: outDir,
    logLevel: 'warning',
    legalComments: 'none',
  });
  copyFileSync(join(src, 'index.html'), join(outDir, 'index.html'));
  const maplibreDir = dirname(require.resolve('maplibre-gl/package.json'));
  // Served as .js so the static server sends a JavaScript MIME type (module workers need one).
  copyFileSync(join(maplibreDir, 'dist', 'maplibre-gl-worker.mjs'), join(outDir, 'maplibre-gl-worker.js'));
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return { outDir, maplibre: version('maplibre-gl'), scrollama: version('scrollama') };
}
