/** Checks that hold across files: unique ids, references that resolve, coordinates in the map, valid step props. */
import type { Problem } from '../problems/problems';
import { isIsoDate } from '../data/schemas';
import { didYouMean } from '../problems/suggest';
import { MAP_EXTENT, inBounds } from '../geo/extent';
import { VIEW_NAMES, isViewName } from '../geo/named-views';
import type { StepSpec } from '../story/step-spec';
import { asLeadProblem } from '../story/lead-spec';
import { reservedIdReason } from '../story/page-ids';
import type { UnnamedFeature } from '../data/parse-geojson';
import type { StoryData } from '../data/story-data';

/** A story's steps with the file they came from. */
export interface StorySteps {
  file: string;
  steps: readonly StepSpec[];
  /** The lead map declared in the frontmatter, checked like a step. */
  lead?: StepSpec | undefined;
}

/** Largest gap, in degrees, between a corridor vertex and the place it is meant to pass through. */
const VIA_TOLERANCE = 1e-4;

const fmt = (c: readonly number[]) => `[${c.join(', ')}]`;

/**
 * Ids of features that exist but failed their schema (already reported), so references to them are not errors;
 * 'all' when the file could not be read at all and any reference into it may be right.
 */
export interface InvalidIds {
  places: readonly string[] | 'all';
  segments: readonly string[] | 'all';
  events: readonly string[] | 'all';
  /** Features written without an id: a reference nobody answers may be meant for one of them. */
  unnamed?: readonly (UnnamedFeature & { file: string })[];
}

/** The hint for an id nothing answers to: a feature that lacks its id, else a near miss, else `fallback`. */
function missingHint(
  id: string,
  candidates: Iterable<string>,
  unnamed: InvalidIds['unnamed'],
  fallback?: string,
): string | undefined {
  const u = unnamed?.[0];
  if (u)
    return `${u.item.replace(/ \(no id\)$/, '')}${u.name ? ` ("${u.name}")` : ''} in ${u.file} has no id: if it is that one, give it "id": "${id}"`;
  return didYouMean(id, candidates) ?? fallback;
}

/** A set that contains everything: used for a file that could not be read. */
class Everything extends Set<string> {
  override has(): boolean {
    return true;
  }
}

const known = (ids: Iterable<string>, invalid: readonly string[] | 'all'): Set<string> =>
  invalid === 'all' ? new Everything(ids) : new Set([...ids, ...invalid]);

/** Runs every cross-file check and returns all problems found. */
export function crossCheck(
  data: StoryData,
  stories: readonly StorySteps[] = [],
  invalid: InvalidIds = { places: [], segments: [], events: [] },
): Problem[] {
  const problems: Problem[] = [];
  const placeIds = new Map(data.places.map((p) => [p.id, p]));
  const knownPlaceIds = known(placeIds.keys(), invalid.places);
  const segmentIds = known(
    data.segments.map((s) => s.id),
    invalid.segments,
  );
  const eventIds = known(
    data.events.map((e) => e.id),
    invalid.events,
  );
  const areaIds = new Set(data.areas);
  const placeUnnamed = invalid.unnamed?.filter((u) => u.file === data.files.places);

  // Ids are unique across every file, so a step can name any of them without ambiguity.
  const seen = new Map<string, string>();
  const claim = (id: string, file: string, kind: string) => {
    const first = seen.get(id);
    if (first)
      problems.push({
        file,
        item: `${kind} "${id}"`,
        field: 'id',
        message: `"${id}" is used twice`,
        hint: `already used by ${first}; give one of them another id`,
      });
    else seen.set(id, `${kind} in ${file}`);
  };
  for (const a of data.areas) seen.set(a, 'an area of the base map');
  data.places.forEach((p) => claim(p.id, data.files.places, 'place'));
  data.segments.forEach((s) => claim(s.id, data.files.segments, 'segment'));
  data.events.forEach((e) => claim(e.id, data.files.events, 'event'));

  const outside = (file: string, item: string, field: string, c: readonly number[]) => {
    if (!inBounds(c, MAP_EXTENT)) {
      const [w, s, e, n] = MAP_EXTENT;
      problems.push({
        file,
        item,
        field,
        message: `${fmt(c)} is outside the map (longitude ${w} to ${e}, latitude ${s} to ${n})`,
        hint: 'coordinates are [longitude, latitude]: check the order and the signs',
      });
    }
  };
  for (const p of data.places)
    outside(data.files.places, `place "${p.id}"`, 'geometry.coordinates', p.geometry.coordinates);
  for (const e of data.events)
    outside(data.files.events, `event "${e.id}"`, 'geometry.coordinates', e.geometry.coordinates);

  for (const s of data.segments) {
    const item = `segment "${s.id}"`;
    s.geometry.coordinates.forEach((c, i) => outside(data.files.segments, item, `geometry.coordinates[${i}]`, c));
    s.properties.via.forEach((id, i) => {
      const place = placeIds.get(id);
      if (!place && knownPlaceIds.has(id)) return;
      if (!place) {
        problems.push({
          file: data.files.segments,
          item,
          field: `properties.via[${i}]`,
          message: `"${id}" is not a known place`,
          hint: missingHint(id, placeIds.keys(), placeUnnamed, `add it to ${data.files.places} first`),
        });
        return;
      }
      const [px, py] = place.geometry.coordinates;
      const onLine = s.geometry.coordinates.some(
        ([x, y]) => Math.abs(x - px) <= VIA_TOLERANCE && Math.abs(y - py) <= VIA_TOLERANCE,
      );
      if (!onLine)
        problems.push({
          file: data.files.segments,
          item,
          field: `properties.via[${i}]`,
          message: `"${id}" at ${fmt(place.geometry.coordinates)} is not a vertex of the line`,
          hint: "add the place's coordinates to geometry.coordinates in route order",
        });
    });
    if (s.properties.status === 'proposed' && !s.properties.approximate) {
      problems.push({
        file: data.files.segments,
        item,
        field: 'properties.approximate',
        message: 'must be true for a proposed segment',
        hint: 'a proposed route is not surveyed track; it is drawn dashed as approximate',
      });
    }
    if (s.properties.opened && s.properties.status !== 'operating') {
      problems.push({
        file: data.files.segments,
        item,
        field: 'properties.opened',
        message: `is set but status is "${s.properties.status}"`,
        hint: 'set status to "operating" or remove opened',
      });
    }
  }

  for (const e of data.events) {
    if (!knownPlaceIds.has(e.properties.place)) {
      problems.push({
        file: data.files.events,
        item: `event "${e.id}"`,
        field: 'properties.place',
        message: `"${e.properties.place}" is not a known place`,
        hint: missingHint(e.properties.place, placeIds.keys(), placeUnnamed, `add it to ${data.files.places} first`),
      });
    }
  }

  const anyUnreadable = [invalid.places, invalid.segments, invalid.events].includes('all');
  const anyId = known([...knownPlaceIds, ...segmentIds, ...eventIds, ...areaIds], anyUnreadable ? 'all' : []);
  const knownIds = {
    placeIds: knownPlaceIds,
    segmentIds,
    anyId,
    ...(invalid.unnamed ? { unnamed: invalid.unnamed } : {}),
  };
  for (const story of stories) {
    problems.push(...checkSteps(story, knownIds));
    if (story.lead)
      problems.push(...checkSteps({ file: story.file, steps: [story.lead] }, knownIds).map(asLeadProblem));
  }
  return problems;
}

interface KnownIds {
  placeIds: ReadonlySet<string>;
  segmentIds: ReadonlySet<string>;
  anyId: ReadonlySet<string>;
  unnamed?: InvalidIds['unnamed'];
}

/** Checks one story's steps against the data: known view, ids and dates; unique step ids. */
export function checkSteps({ file, steps }: StorySteps, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const stepIds = new Set<string>();
  for (const step of steps) {
    const item = `step "${step.id}"`;
    const at = (field: string, message: string, hint?: string) =>
      problems.push({ file, item, field, message, ...(hint ? { hint } : {}) });
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(step.id))
      at('id', `"${step.id}" must be kebab-case`, 'use lower-case letters, digits and hyphens, e.g. friday-20-october');
    if (stepIds.has(step.id))
      at('id', `"${step.id}" is used by another step`, 'step ids are URL anchors and must be unique');
    stepIds.add(step.id);
    const reserved = reservedIdReason(step.id);
    if (reserved)
      at(
        'id',
        reserved,
        "a step id is the step's web address: choose another, e.g. one that says what the step is about",
      );
    if (step.view !== undefined && !isViewName(step.view)) {
      at(
        'view',
        `"${step.view}" is not a known view`,
        didYouMean(step.view, VIEW_NAMES) ?? `use one of: ${VIEW_NAMES.join(', ')}`,
      );
    }
    if (step.fit) {
      if (step.fit.length === 0) at('fit', 'is empty', 'list at least one place, segment, event or area id');
      for (const id of step.fit)
        if (!known.anyId.has(id))
          at(
            'fit',
            `"${id}" is not a known place, segment, event or area`,
            missingHint(id, known.anyId, known.unnamed),
          );
    }
    const checkList = (field: 'places' | 'segments', ids: ReadonlySet<string>, noun: string) => {
      const list = step[field];
      if (list === 'all') return;
      const unnamed = known.unnamed?.filter((u) => u.item.startsWith(field === 'places' ? 'place ' : 'segment '));
      for (const id of list)
        if (!ids.has(id)) at(field, `"${id}" is not a known ${noun}`, missingHint(id, ids, unnamed));
    };
    checkList('places', known.placeIds, 'place');
    checkList('segments', known.segmentIds, 'corridor segment');
    for (const id of step.highlight)
      if (!known.anyId.has(id))
        at(
          'highlight',
          `"${id}" is not a known place, segment, event or area`,
          missingHint(id, known.anyId, known.unnamed),
        );
    if (step.until !== undefined && !isIsoDate(step.until))
      at('until', `"${step.until}" is not a date written YYYY-MM-DD`, 'e.g. until="2023-10-21"');
  }
  return problems;
}
