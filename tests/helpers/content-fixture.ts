/** Loads the small valid fixture content, optionally with some files replaced, and validates it. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent, type ContentFiles } from '../../src/lib/data/validate-content';
import { formatProblem } from '../../src/lib/data/problems';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'content');

function read(dir: string, file: string) {
  return { file, text: readFileSync(join(dir, file), 'utf8') };
}

/** The base fixture's files, each replaceable by the same path under `cases/<name>/` or by literal text. */
export function fixtureFiles(caseName?: string, overrides: Record<string, string> = {}): ContentFiles {
  const pick = (file: string) => {
    if (file in overrides) return { file, text: overrides[file]! };
    const caseDir = caseName ? join(FIXTURES, 'cases', caseName) : undefined;
    return caseDir && existsSync(join(caseDir, file)) ? read(caseDir, file) : read(join(FIXTURES, 'base'), file);
  };
  return {
    places: pick('data/places.geojson'),
    segments: pick('data/corridor.geojson'),
    events: pick('data/events.geojson'),
    topology: pick('data/geo/region.topo.json'),
    stories: [pick('content/stories/fixture-story.mdx')],
  };
}

/** Validation messages for a fixture case, one formatted line per problem. */
export function fixtureMessages(caseName?: string, overrides?: Record<string, string>): string[] {
  return validateContent(fixtureFiles(caseName, overrides)).problems.map(formatProblem);
}
