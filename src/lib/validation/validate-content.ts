/** Validates every editor-owned file at once (encoding, schemas, then cross-checks) from their contents. */
import type { Problem } from '../problems/problems';
import { parseFeatureCollection, parseJson, type FeatureChecks } from '../data/parse-geojson';
import { eventSchema, placeSchema, segmentSchema, type StoryFrontmatter } from '../data/schemas';
import type { Place, Segment, StoryEvent } from '../data/schemas';
import { crossCheck } from './cross-check';
import type { StoryData } from '../data/story-data';
import { checkCitations, type CitingStory } from './citations';
import { parseStory, type ParsedStory } from '../story/parse-story';
import { emptyStory } from '../story/parsed-story';
import { decodeUtf8 } from '../data/utf8';
import { COUNT_LIMITS, limitProblems } from '../data/limits';
import { unsafeValueProblems } from '../data/unsafe-text';
import { eventDateProblems, eventPlaceProblems } from './event-checks';
import { frontmatterProblems, homeProblems, storySlug, strayFileProblems } from './story-checks';
import { anchorProblems } from '../story/anchors';
import { leadStepSpec } from '../story/lead-spec';

export { storySlug };

/** A file's project-relative path and its contents: text, or the bytes as read from disk (checked to be UTF-8). */
export interface TextFile {
  file: string;
  text: string | Uint8Array;
}

/** The files the story is built from. */
export interface ContentFiles {
  places: TextFile;
  segments: TextFile;
  events: TextFile;
  /** The prepared base map, for the ids of its areas. */
  topology: TextFile;
  stories: readonly TextFile[];
  /** Every other file under content/ (project-relative paths): pictures the stories may show, and strays. */
  otherFiles?: readonly string[];
}

/** The outcome of validation: what parsed, and every problem found. */
export interface ValidationResult {
  data: StoryData;
  stories: ParsedStory[];
  problems: Problem[];
}

/** Area ids (`mm-kachin` …) of the prepared base map's admin-1 object. */
export function areaIdsOf(topologyText: string): string[] {
  const { value } = parseJson('', topologyText);
  const geoms =
    (value as { objects?: { admin1?: { geometries?: { properties?: { id?: string } }[] } } } | undefined)?.objects
      ?.admin1?.geometries ?? [];
  return geoms.map((g) => g.properties?.id).filter((id): id is string => typeof id === 'string');
}

/** The file's text; a file that is not UTF-8 is reported and read as empty, so nothing garbled reaches the page. */
function textOf(f: TextFile, problems: Problem[]): { file: string; text: string; readable: boolean } {
  if (typeof f.text === 'string') return { file: f.file, text: f.text, readable: true };
  const { text, problem } = decodeUtf8(f.file, f.text);
  if (problem) problems.push(problem);
  return { file: f.file, text: problem ? '' : text, readable: !problem };
}

/** Limits and invisible characters, checked on every feature as written. */
const textChecks = (file: string, maxFeatures: number): FeatureChecks => ({
  maxFeatures,
  extra: (item, f) => [...limitProblems(file, item, f), ...unsafeValueProblems(file, item, f)],
});

/** Runs every check over the content files and reports all problems, never only the first. */
export function validateContent(files: ContentFiles): ValidationResult {
  const problems: Problem[] = [];
  const [pf, sf, ef] = [files.places, files.segments, files.events].map((f) => textOf(f, problems)) as [
    ReturnType<typeof textOf>,
    ReturnType<typeof textOf>,
    ReturnType<typeof textOf>,
  ];
  const collection = <T extends { id: string }>(
    f: ReturnType<typeof textOf>,
    kind: string,
    schema: Parameters<typeof parseFeatureCollection>[3],
    max: number,
  ) =>
    f.readable
      ? parseFeatureCollection<T>(f.file, f.text, kind, schema, textChecks(f.file, max))
      : { features: [], problems: [], invalidIds: [], unnamed: [], readable: false };
  const places = collection<Place>(pf, 'place', placeSchema, COUNT_LIMITS.places);
  const segments = collection<Segment>(sf, 'segment', segmentSchema, COUNT_LIMITS.segments);
  const events = collection<StoryEvent>(ef, 'event', eventSchema, COUNT_LIMITS.events);
  problems.push(...places.problems, ...segments.problems, ...events.problems);

  const areas = areaIdsOf(textOf(files.topology, problems).text);
  if (areas.length === 0) {
    problems.push({
      file: files.topology.file,
      item: '',
      field: 'objects.admin1',
      message: 'has no areas',
      hint: 'regenerate it with npm run data',
    });
  }

  const others = files.otherFiles ?? [];
  const exists = (file: string) => others.includes(file);
  const stories: ParsedStory[] = [];
  const frontmatters: StoryFrontmatter[] = [];
  const citing: CitingStory[] = [];
  for (const f of files.stories) {
    const t = textOf(f, problems);
    const { story, problems: p } = t.readable
      ? parseStory(f.file, t.text, { exists })
      : { story: emptyStory(f.file), problems: [] };
    problems.push(...p);
    const fm = frontmatterProblems(story);
    problems.push(...fm.problems);
    if (fm.frontmatter?.lead) {
      const lead = leadStepSpec(fm.frontmatter.lead, f.file);
      problems.push(...lead.problems);
      if (lead.spec) story.lead = lead.spec;
    }
    if (fm.frontmatter) {
      story.lang = fm.frontmatter.lang;
      frontmatters.push(fm.frontmatter);
      citing.push({ file: f.file, steps: story.steps, links: story.links, frontmatter: fm.frontmatter });
    }
    stories.push(story);
  }
  problems.push(...homeProblems(stories), ...strayFileProblems(others));

  const data: StoryData = {
    places: places.features,
    segments: segments.features,
    events: events.features,
    areas,
    files: { places: files.places.file, segments: files.segments.file, events: files.events.file },
  };
  const invalid = {
    places: places.readable ? places.invalidIds : ('all' as const),
    segments: segments.readable ? segments.invalidIds : ('all' as const),
    events: events.readable ? events.invalidIds : ('all' as const),
    unnamed: [
      ...places.unnamed.map((u) => ({ ...u, file: files.places.file })),
      ...segments.unnamed.map((u) => ({ ...u, file: files.segments.file })),
      ...events.unnamed.map((u) => ({ ...u, file: files.events.file })),
    ],
  };
  problems.push(
    ...crossCheck(
      data,
      stories.map((s) => ({ file: s.file, steps: s.steps, lead: s.lead })),
      invalid,
    ),
  );
  problems.push(...eventPlaceProblems(data.files.events, data.events, data.places));
  problems.push(...eventDateProblems(data.files.events, data.events, frontmatters));
  const dates = [...new Set(data.events.map((e) => e.properties.date))];
  for (const s of stories) problems.push(...anchorProblems(s, dates));
  problems.push(...checkCitations(data, citing));
  return { data, stories, problems };
}
