/** A throwaway copy of the project whose content and data can be broken on purpose (node_modules linked). */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-site';

/** A temporary project: edit files under `dir`, then remove it. */
export interface TempProject {
  dir: string;
  edit(file: string, from: string | RegExp, to: string): void;
  write(file: string, text: string): void;
  remove(): void;
}

/** Copies content/, data/, public/, src/ and the config into a temp dir; links node_modules. */
export function tempProject(): TempProject {
  const dir = mkdtempSync(join(tmpdir(), 'story-'));
  // src is copied, not linked: Astro's client build resolves a linked src/ to a path it cannot find.
  for (const d of ['content', 'data', 'public', 'src'])
    if (existsSync(join(ROOT, d))) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(dir, f));
  for (const l of ['node_modules']) symlinkSync(join(ROOT, l), join(dir, l));
  // Keep this copy's content cache out of the shared node_modules/.astro, so builds never see each other's data.
  const config = join(dir, 'astro.config.mjs');
  writeFileSync(
    config,
    readFileSync(config, 'utf8').replace(/\n(\s*)devToolbar:/, "\n$1cacheDir: './.astro-cache',\n$1devToolbar:"),
  );
  return {
    dir,
    edit(file, from, to) {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`edit did not apply to ${file}: ${String(from)}`);
      writeFileSync(path, next);
    },
    write(file, text) {
      writeFileSync(join(dir, file), text);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
