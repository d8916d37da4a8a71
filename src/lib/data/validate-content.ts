/** Validates every editor-owned file at once (schemas, then cross-checks) from their texts. */
import type { Problem } from './problems';
import { parseFeatureCollection, parseJson, schemaProblems } from './parse-geojson';
import { eventSchema, placeSchema, segmentSchema, storyFrontmatterSchema } from './schemas';
import type { Place, Segment, StoryEvent } from './schemas';
import { crossCheck, type StoryData } from './cross-check';
import { parseStory, type ParsedStory } from '../story/parse-story';
import { leadStepSpec } from '../story/lead-spec';

/** A file's project-relative path and its text. */
export interface TextFile {
  file: string;
  text: string;
}

/** The files the story is built from. */
export interface ContentFiles {
  places: TextFile;
  segments: TextFile;
  events: TextFile;
  /** The prepared base map, for the ids of its areas. */
  topology: TextFile;
  stories: readonly TextFile[];
}

/** The outcome of validation: what parsed, and every problem found. */
export interface ValidationResult {
  data: StoryData;
  stories: ParsedStory[];
  problems: Problem[];
}

/** Slug of a story file: its name without directory and extension. */
export function storySlug(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
}

/** Area ids (`mm-kachin` …) of the prepared base map's admin-1 object. */
export function areaIdsOf(topologyText: string): string[] {
  const { value } = parseJson('', topologyText);
  const geoms = (value as { objects?: { admin1?: { geometries?: { properties?: { id?: string } }[] } } } | undefined)?.objects?.admin1?.geometries ?? [];
  return geoms.map((g) => g.properties?.id).filter((id): id is string => typeof id === 'string');
}

/** Runs every check over the content files and reports all problems, never only the first. */
export function validateContent(files: ContentFiles): ValidationResult {
  const problems: Problem[] = [];
  const places = parseFeatureCollection<Place>(files.places.file, files.places.text, 'place', placeSchema);
  const segments = parseFeatureCollection<Segment>(files.segments.file, files.segments.text, 'segment', segmentSchema);
  const events = parseFeatureCollection<StoryEvent>(files.events.file, files.events.text, 'event', eventSchema);
  problems.push(...places.problems, ...segments.problems, ...events.problems);

  const areas = areaIdsOf(files.topology.text);
  if (areas.length === 0) {
    problems.push({ file: files.topology.file, item: '', field: 'objects.admin1', message: 'has no areas', hint: 'regenerate it with npm run data' });
  }

  const stories: ParsedStory[] = [];
  for (const f of files.stories) {
    const { story, problems: p } = parseStory(f.file, f.text);
    problems.push(...p);
    if (story.frontmatter !== undefined) problems.push(...schemaProblems(f.file, 'frontmatter', storyFrontmatterSchema, story.frontmatter));
    const slug = storySlug(f.file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      problems.push({ file: f.file, item: '', field: '', message: `file name "${slug}" must be kebab-case`, hint: 'it becomes the page address, e.g. rail-corridor.mdx → /rail-corridor/' });
    }
    const fm = storyFrontmatterSchema.safeParse(story.frontmatter);
    if (fm.success && fm.data.updated && fm.data.updated < fm.data.published) {
      problems.push({ file: f.file, item: 'frontmatter', field: 'updated', message: `${fm.data.updated} is before published (${fm.data.published})` });
    }
    if (fm.success && fm.data.lead) {
      const lead = leadStepSpec(fm.data.lead, f.file);
      problems.push(...lead.problems);
      if (lead.spec) story.lead = lead.spec;
    }
    if (story.parsed && story.steps.length === 0) problems.push({ file: f.file, item: '', field: '', message: 'has no <Step> blocks', hint: 'a story needs at least one <Step id="…" view="…">' });
    stories.push(story);
  }
  const homes = stories.filter((s) => (s.frontmatter as { home?: unknown } | undefined)?.home === true);
  // A story that could not be parsed may be the home story: only count when all parsed.
  if (files.stories.length > 0 && stories.every((s) => s.parsed) && homes.length !== 1) {
    problems.push({
      file: homes[1]?.file ?? files.stories[0]!.file, item: 'frontmatter', field: 'home',
      message: homes.length === 0 ? 'no story is marked home: true' : `is true in ${homes.length} stories (${homes.map((h) => h.file).join(', ')})`,
      hint: 'exactly one story is the front page',
    });
  }

  const data: StoryData = {
    places: places.features,
    segments: segments.features,
    events: events.features,
    areas,
    files: { places: files.places.file, segments: files.segments.file, events: files.events.file },
  };
  const invalid = {
    places: places.readable ? places.invalidIds : 'all' as const,
    segments: segments.readable ? segments.invalidIds : 'all' as const,
    events: events.readable ? events.invalidIds : 'all' as const,
  };
  problems.push(...crossCheck(data, stories.map((s) => ({ file: s.file, steps: s.steps, lead: s.lead })), invalid));
  return { data, stories, problems };
}
