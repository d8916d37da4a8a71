/** Reads the editor-owned files from disk and validates them (the thin Node shell around the pure checks). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent, type ContentFiles, type TextFile, type ValidationResult } from '../lib/data/validate-content';

/** Where editor-owned files live, relative to the project root. */
export const CONTENT_PATHS = {
  places: 'data/places.geojson',
  segments: 'data/corridor.geojson',
  events: 'data/events.geojson',
  topology: 'data/geo/region.topo.json',
  stories: 'content/stories',
} as const;

function read(root: string, file: string): TextFile {
  const path = join(root, file);
  return { file, text: existsSync(path) ? readFileSync(path, 'utf8') : '' };
}

/** Reads every content file under `root`. */
export function readContentFiles(root: string): ContentFiles {
  const dir = join(root, CONTENT_PATHS.stories);
  const stories = existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().map((f) => read(root, `${CONTENT_PATHS.stories}/${f}`))
    : [];
  return {
    places: read(root, CONTENT_PATHS.places),
    segments: read(root, CONTENT_PATHS.segments),
    events: read(root, CONTENT_PATHS.events),
    topology: read(root, CONTENT_PATHS.topology),
    stories,
  };
}

/** Reads and validates everything under `root`; a missing file is reported as a problem. */
export function checkContent(root: string): ValidationResult {
  const files = readContentFiles(root);
  const result = validateContent(files);
  for (const f of [files.places, files.segments, files.events, files.topology]) {
    if (f.text === '') result.problems.unshift({ file: f.file, item: '', field: '', message: 'is missing or empty' });
  }
  return result;
}
