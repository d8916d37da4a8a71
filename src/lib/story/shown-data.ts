/** Which places, segments and events a story's page shows: its maps, its events table and so its sources list. */
import type { StoryData } from '../data/story-data';
import type { IdList, StepSpec } from './step-spec';
import type { ShownIds } from '../data/story-data';

const pick = (list: IdList, all: readonly { id: string }[]): string[] =>
  list === 'all' ? all.map((f) => f.id) : [...list];

/**
 * The items a story shows. A step shows the places and segments it lists, fits or highlights. A story with any dated
 * step carries the events table, which lists every event, so it shows every event and the place of each.
 */
export function shownIds(steps: readonly StepSpec[], data: StoryData): ShownIds {
  const placeIds = new Set(data.places.map((p) => p.id));
  const segmentIds = new Set(data.segments.map((s) => s.id));
  const eventIds = new Set(data.events.map((e) => e.id));
  const places = new Set<string>();
  const segments = new Set<string>();
  const events = new Set<string>();
  for (const step of steps) {
    pick(step.places, data.places).forEach((id) => places.add(id));
    pick(step.segments, data.segments).forEach((id) => segments.add(id));
    for (const id of [...(step.fit ?? []), ...step.highlight]) {
      if (placeIds.has(id)) places.add(id);
      if (segmentIds.has(id)) segments.add(id);
      if (eventIds.has(id)) events.add(id);
    }
  }
  if (steps.some((s) => s.until !== undefined)) data.events.forEach((e) => events.add(e.id));
  for (const e of data.events) if (events.has(e.id)) places.add(e.properties.place);
  return { places, segments, events };
}
