/** Checks that hold across files: unique ids, references that resolve, coordinates in the map, valid step props. */
import type { Problem } from '../problems/problems';
import { MAP_EXTENT, inBounds } from '../geo/extent';
import { asLeadProblem } from '../story/lead-spec';
import { checkSteps } from './step-checks';
import { missingHint, type InvalidIds, type StorySteps } from './references';

export type { InvalidIds, StorySteps };
import type { StoryData } from '../data/story-data';

/** Largest gap, in degrees, between a corridor vertex and the place it is meant to pass through. */
const VIA_TOLERANCE = 1e-4;

const fmt = (c: readonly number[]) => `[${c.join(', ')}]`;

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
    (e.properties.alsoAt ?? []).forEach((id, i) => {
      const field = `properties.alsoAt[${i}]`;
      const item = `event "${e.id}"`;
      if (!knownPlaceIds.has(id))
        problems.push({
          file: data.files.events,
          item,
          field,
          message: `"${id}" is not a known place`,
          hint: missingHint(id, placeIds.keys(), placeUnnamed, `add it to ${data.files.places} first`),
        });
      else if (id === e.properties.place || e.properties.alsoAt!.indexOf(id) !== i)
        problems.push({
          file: data.files.events,
          item,
          field,
          message:
            id === e.properties.place ? `"${id}" is already the event's "place"` : `"${id}" is listed more than once`,
          hint: 'list each other place once, and not the event\'s own "place"',
        });
    });
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
