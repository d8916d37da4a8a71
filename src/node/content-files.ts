/** Reads the editor-owned files from disk and validates them (the thin Node shell around the pure checks). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import {
  validateContent,
  type ContentFiles,
  type TextFile,
  type ValidationResult,
} from '../lib/validation/validate-content';

/** Where editor-owned files live, relative to the project root. */
export const CONTENT_PATHS = {
  places: 'data/places.geojson',
  segments: 'data/corridor.geojson',
  events: 'data/events.geojson',
  topology: 'data/geo/region.topo.json',
  stories: 'content/stories',
} as const;

/** The file's bytes (checked for UTF-8 by the validator), or empty text when it does not exist. */
function read(root: string, file: string): TextFile {
  const path = join(root, file);
  return { file, text: existsSync(path) ? new Uint8Array(readFileSync(path)) : '' };
}

/** Every file under `dir` (project-relative), leaving out hidden files and editors' backups (`.x.swp`, `x~`). */
function listFiles(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && !e.name.endsWith('~'))
    .flatMap((e) => (e.isDirectory() ? listFiles(root, `${dir}/${e.name}`) : e.isFile() ? [`${dir}/${e.name}`] : []))
    .sort();
}

/** Reads every content file under `root`. */
export function readContentFiles(root: string): ContentFiles {
  const all = listFiles(root, 'content');
  const isStory = (f: string) =>
    f.startsWith(`${CONTENT_PATHS.stories}/`) &&
    !f.slice(CONTENT_PATHS.stories.length + 1).includes('/') &&
    f.endsWith('.mdx');
  return {
    places: read(root, CONTENT_PATHS.places),
    segments: read(root, CONTENT_PATHS.segments),
    events: read(root, CONTENT_PATHS.events),
    topology: read(root, CONTENT_PATHS.topology),
    stories: all.filter(isStory).map((f) => read(root, f)),
    otherFiles: all.filter((f) => !isStory(f) && f !== 'content/README.md'),
  };
}

/** A fingerprint of the files as read: the same bytes give the same key. */
function contentKey(root: string, files: ContentFiles): string {
  const all = [files.places, files.segments, files.events, files.topology, ...files.stories];
  const hash = createHash('sha256').update(resolve(root));
  for (const f of all) hash.update(`\0${f.file}\0`).update(f.text);
  for (const f of files.otherFiles ?? []) hash.update(`\0${f}`);
  return hash.digest('hex');
}

/**
 * The last result, shared by everything in this process that checks the same files: the build's integration checks
 * before the build, the pages read the validated data while it renders, and the data is validated once. Kept on
 * globalThis because the integration and the pages are separate bundles of this module.
 */
const CACHE = Symbol.for('kachin-border-story.content-check');
type Cached = { key: string; result: ValidationResult };

/** Reads and validates everything under `root`; a missing file is reported as a problem. */
export function checkContent(root: string): ValidationResult {
  const files = readContentFiles(root);
  const key = contentKey(root, files);
  const store = globalThis as { [CACHE]?: Cached };
  if (store[CACHE]?.key === key) return store[CACHE].result;
  const result = validateContent(files);
  for (const f of [files.places, files.segments, files.events, files.topology]) {
    if (f.text.length === 0)
      result.problems.unshift({ file: f.file, item: '', field: '', message: 'is missing or empty' });
  }
  store[CACHE] = { key, result };
  return result;
}
