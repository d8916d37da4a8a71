/** Plausibility of events: near the place they name, and dated within reach of the stories that report them. */
import type { Problem } from '../problems/problems';
import type { Place, StoryEvent } from '../data/schemas';
import { MAP_EXTENT, inBounds } from '../geo/extent';

/**
 * Farthest an event may lie from its place, in km, when the place's position is exact. Events happen at or next to the
 * place they name (a base on the edge of town, a camp in the township): 25 km is about the size of a township, and a
 * quarter of the distance between Laiza and Muse, so a slipped digit (0.1° is 10 km, 1° about 100 km) or a wrong place
 * is caught. An approximate place may itself be `precisionKm` off, so that much more is allowed.
 */
export const EVENT_PLACE_MAX_KM = 25;

/** Days an event may fall after the latest story update: follow-up context, not a typed year (2033, 2099). */
export const DAYS_AFTER_UPDATE = 31;

/**
 * Days a main (non-context) event may fall before the earliest story's publication: about three months. The guide
 * keeps `context: true` for events outside the story's weeks, and a year typed one too low (2022 for 2023) lands a year
 * early, where it is caught.
 */
export const DAYS_BEFORE_PUBLISHED = 92;

/** Great-circle distance in km between two [longitude, latitude] positions. */
export function distanceKm([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2! - lat1!) * rad;
  const dLon = (lon2! - lon1!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Events farther from their place than the place's precision allows. */
export function eventPlaceProblems(file: string, events: readonly StoryEvent[], places: readonly Place[]): Problem[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const problems: Problem[] = [];
  for (const e of events) {
    const place = byId.get(e.properties.place);
    // A position outside the map is reported as such; its distance would only repeat it.
    if (!place || !inBounds(e.geometry.coordinates, MAP_EXTENT) || !inBounds(place.geometry.coordinates, MAP_EXTENT))
      continue;
    const slack = place.properties.approximate ? (place.properties.precisionKm ?? 0) : 0;
    const limit = EVENT_PLACE_MAX_KM + slack;
    const km = distanceKm(e.geometry.coordinates, place.geometry.coordinates);
    if (km <= limit) continue;
    problems.push({
      file,
      item: `event "${e.id}"`,
      field: 'geometry.coordinates',
      message: `[${e.geometry.coordinates.join(', ')}] is ${Math.round(km)} km from its place "${place.id}" at [${place.geometry.coordinates.join(', ')}]`,
      hint: `an event lies within ${limit} km of its place${slack ? ` (${EVENT_PLACE_MAX_KM} + the place's precisionKm)` : ''}: check the digits, or set "place" to the nearest place`,
    });
  }
  return problems;
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Events dated far outside the stories' dates (a typed year such as 2099 or 2013); `stories` are their frontmatters. */
export function eventDateProblems(
  file: string,
  events: readonly StoryEvent[],
  stories: readonly { published: string; updated?: string | undefined }[],
): Problem[] {
  if (stories.length === 0) return [];
  const lastUpdate = stories
    .map((s) => s.updated ?? s.published)
    .sort()
    .at(-1)!;
  const firstPublished = stories.map((s) => s.published).sort()[0]!;
  const latest = addDays(lastUpdate, DAYS_AFTER_UPDATE);
  const earliest = addDays(firstPublished, -DAYS_BEFORE_PUBLISHED);
  const problems: Problem[] = [];
  for (const e of events) {
    const { date, context } = e.properties;
    const at = (message: string, hint: string) =>
      problems.push({ file, item: `event "${e.id}"`, field: 'properties.date', message, hint });
    if (date > latest) {
      at(
        `"${date}" is more than a month after the latest story update (${lastUpdate})`,
        'check the year; a story that reports a later event needs a later updated: date in its frontmatter',
      );
    } else if (!context && date < earliest) {
      at(
        `"${date}" is more than three months before the story was published (${firstPublished})`,
        'check the year; an earlier event that gives background needs "context": true',
      );
    } else if (date < '1900-01-01') {
      at(`"${date}" is before 1900`, 'check the year');
    }
  }
  return problems;
}
