/** The story data as the site uses it once its files have passed their schemas: what it holds, which items a page shows, date order. */
import type { Place, Segment, StoryEvent } from './schemas';

/** The story data after schema checks, with the file each collection came from. */
export interface StoryData {
  places: readonly Place[];
  segments: readonly Segment[];
  events: readonly StoryEvent[];
  /** Ids of the base map's areas (states, regions, provinces), e.g. `mm-kachin`. */
  areas: readonly string[];
  files: { places: string; segments: string; events: string };
}

/** Ids of the data items a story's page shows. */
export interface ShownIds {
  places: ReadonlySet<string>;
  segments: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

/** Events in date (then time, then id) order. */
export function sortEvents<T extends { id: string; properties: { date: string; time?: string | undefined } }>(
  events: readonly T[],
): T[] {
  return [...events].sort(
    (a, b) =>
      a.properties.date.localeCompare(b.properties.date) ||
      (a.properties.time ?? '').localeCompare(b.properties.time ?? '') ||
      a.id.localeCompare(b.id),
  );
}
