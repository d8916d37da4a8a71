/** Text alternatives for a map state, written from the same data the map is drawn from. */
import type { StoryData } from '../data/story-data';
import type { MapState } from './map-state';
import { formatDate } from '../text/dates';
import { isViewName } from '../geo/named-views';
import { joinList, type ChromeStrings } from '../i18n/locale';

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
  t: ChromeStrings,
): StateText {
  const list = (items: readonly string[]) => joinList(items, t);
  const date = (iso: string) => formatDate(iso, t);
  const placeName = (id: string) => data.places.find((p) => p.id === id)?.properties.name ?? id;
  const anyName = (id: string) =>
    data.places.find((p) => p.id === id)?.properties.name ??
    data.segments.find((s) => s.id === id)?.properties.name ??
    data.events.find((e) => e.id === id)?.properties.title ??
    areaNames.get(id) ??
    id;
  const parts: string[] = [];
  const where =
    (step.view && isViewName(step.view) && t.viewNames[step.view]) ||
    (step.fit && list(step.fit.map(anyName))) ||
    list(state.places.map(placeName)) ||
    t.describe.theRegion;
  const title = t.describe.title(state.index + 1, where);

  if (state.highlight.areas.length)
    parts.push(t.describe.highlighted(list(state.highlight.areas.map((a) => areaNames.get(a) ?? a))));
  if (state.places.length) {
    const approx = state.places.filter((id) => data.places.find((p) => p.id === id)?.properties.approximate);
    parts.push(t.describe.placesMarked(list(state.places.map(placeName)), list(approx.map(placeName))));
  }
  if (state.segments.length) {
    const segs = state.segments.map((id) => data.segments.find((s) => s.id === id)!).filter(Boolean);
    parts.push(
      t.describe.railCorridor(
        list(segs.map((s) => t.describe.segment(s.properties.name, t.segmentStatus[s.properties.status]))),
      ),
    );
  }
  if (state.until !== undefined) {
    const evs = state.events.map((id) => data.events.find((e) => e.id === id)!).filter(Boolean);
    parts.push(
      evs.length
        ? t.describe.eventsUpTo(
            date(state.until),
            evs
              .map((e) =>
                t.describe.event(
                  date(e.properties.date),
                  e.properties.title,
                  t.eventTypes[e.properties.type],
                  list(e.properties.claimedBy),
                ),
              )
              .join('; '),
          )
        : t.describe.noEventsUpTo(date(state.until)),
    );
  }
  if (previous) {
    const added = state.events.filter((id) => !previous.events.includes(id));
    const newSegs = state.segments.filter((id) => !previous.segments.includes(id));
    const changes: string[] = [];
    if (added.length) changes.push(t.describe.newEvents(added.length));
    if (newSegs.length)
      changes.push(
        t.describe.newlyDrawn(list(newSegs.map((id) => data.segments.find((s) => s.id === id)?.properties.name ?? id))),
      );
    if (previous.bounds.join() !== state.bounds.join()) changes.push(t.describe.viewMoves);
    if (changes.length) parts.push(t.describe.sincePrevious(list(changes)));
  }
  return { title, description: parts.join(' ') };
}
