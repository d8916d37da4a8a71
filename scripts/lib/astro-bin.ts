/** Where the `astro` command of a project lives, read from the installed package's own `bin` entry. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The script behind `npx astro` in `root`'s node_modules (its path moved between majors: astro.js, then bin/astro.mjs). */
export function astroBin(root: string): string {
  const dir = join(root, 'node_modules', 'astro');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.astro;
  if (!bin) throw new Error(`${dir}/package.json has no "astro" command`);
  return join(dir, bin);
}
