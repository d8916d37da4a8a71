/** Loads the small valid fixture content, optionally with some files replaced, and validates it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent, type ContentFiles } from '../../src/lib/validation/validate-content';
import { formatProblem } from '../../src/lib/problems/problems';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'content');

/** The fixture's story file. */
export const FIXTURE_STORY = 'content/stories/fixture-story.mdx';

function read(dir: string, file: string) {
  return { file, text: readFileSync(join(dir, file), 'utf8') };
}

/** A file's replacement: text, or raw bytes (to test encodings). */
export type Override = string | Uint8Array;

/** The fixture with text files (as the tests edit them). */
type FixtureFiles = ContentFiles & { stories: { file: string; text: string }[] };

/**
 * The base fixture's files, each replaceable by literal text or bytes. An override for another path under
 * content/stories/ adds a story; `otherFiles` lists further files under content/.
 */
export function fixtureFiles(overrides: Record<string, Override> = {}, otherFiles: string[] = []): FixtureFiles {
  const pick = (file: string) => {
    if (file in overrides) return { file, text: overrides[file]! };
    return read(join(FIXTURES, 'base'), file);
  };
  const extraStories = Object.keys(overrides).filter(
    (f) => f.startsWith('content/stories/') && f.endsWith('.mdx') && f !== FIXTURE_STORY,
  );
  return {
    places: pick('data/places.geojson'),
    segments: pick('data/corridor.geojson'),
    events: pick('data/events.geojson'),
    topology: pick('data/geo/region.topo.json'),
    stories: [FIXTURE_STORY, ...extraStories].map(pick) as { file: string; text: string }[],
    otherFiles,
  };
}

/** Validation messages for the fixture with `overrides`, one formatted line per problem. */
export function fixtureMessages(overrides?: Record<string, Override>, otherFiles?: string[]): string[] {
  return validateContent(fixtureFiles(overrides, otherFiles)).problems.map(formatProblem);
}
