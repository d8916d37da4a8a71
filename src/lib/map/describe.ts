/** Text alternatives for a map state, written from the same data the map is drawn from. */
import type { StoryData } from '../data/story-data';
import type { SegmentStatus } from '../data/schemas';
import { EVENT_TYPES } from '../data/event-types';
import type { MapState } from './map-state';
import { formatDate } from '../text/dates';
import { NAMED_VIEWS, isViewName } from '../geo/named-views';

/** Reader-facing names of the corridor statuses. */
export const SEGMENT_STATUS_NAMES: Record<SegmentStatus, string> = {
  operating: 'operating',
  'under-construction': 'under construction',
  proposed: 'proposed, route approximate',
};

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** A map state's title and description, and what changed since the previous step. */
export interface StateText {
  title: string;
  description: string;
}

/** Describes what the map shows at a step, naming places, areas, corridor segments and events. */
export function describeState(
  state: MapState,
  previous: MapState | undefined,
  data: StoryData,
  step: { view?: string | undefined; fit?: readonly string[] | undefined },
  areaNames: ReadonlyMap<string, string>,
): StateText {
  const placeName = (id: string) => data.places.find((p) => p.id === id)?.properties.name ?? id;
  const anyName = (id: string) =>
    data.places.find((p) => p.id === id)?.properties.name ??
    data.segments.find((s) => s.id === id)?.properties.name ??
    data.events.find((e) => e.id === id)?.properties.title ??
    areaNames.get(id) ??
    id;
  const parts: string[] = [];
  const where =
    (step.view && isViewName(step.view) && NAMED_VIEWS[step.view].name) ||
    (step.fit && list(step.fit.map(anyName))) ||
    list(state.places.map(placeName)) ||
    'the region';
  const title = `Map ${state.index + 1}: ${where}`;

  if (state.highlight.areas.length)
    parts.push(`Highlighted: ${list(state.highlight.areas.map((a) => areaNames.get(a) ?? a))}.`);
  if (state.places.length) {
    const approx = state.places.filter((id) => data.places.find((p) => p.id === id)?.properties.approximate);
    parts.push(
      `Places marked: ${list(state.places.map(placeName))}${approx.length ? ` (${list(approx.map(placeName))}: approximate position)` : ''}.`,
    );
  }
  if (state.segments.length) {
    const segs = state.segments.map((id) => data.segments.find((s) => s.id === id)!).filter(Boolean);
    parts.push(
      `Rail corridor: ${list(segs.map((s) => `${s.properties.name} (${SEGMENT_STATUS_NAMES[s.properties.status]})`))}.`,
    );
  }
  if (state.until !== undefined) {
    const evs = state.events.map((id) => data.events.find((e) => e.id === id)!).filter(Boolean);
    parts.push(
      evs.length
        ? `Events up to ${formatDate(state.until)}: ${evs.map((e) => `${formatDate(e.properties.date)}, ${e.properties.title} (${EVENT_TYPES[e.properties.type].name}; according to ${list(e.properties.claimedBy)})`).join('; ')}.`
        : `No events up to ${formatDate(state.until)}.`,
    );
  }
  if (previous) {
    const added = state.events.filter((id) => !previous.events.includes(id));
    const newSegs = state.segments.filter((id) => !previous.segments.includes(id));
    const changes: string[] = [];
    if (added.length) changes.push(`${added.length} new event${added.length > 1 ? 's' : ''}`);
    if (newSegs.length)
      changes.push(
        `newly drawn: ${list(newSegs.map((id) => data.segments.find((s) => s.id === id)?.properties.name ?? id))}`,
      );
    if (previous.bounds.join() !== state.bounds.join()) changes.push('the view moves');
    if (changes.length) parts.push(`Since the previous map: ${list(changes)}.`);
  }
  return { title, description: parts.join(' ') };
}
