/** The events as a table with one row per event and source: what the story's "events.csv" holds. */
import type { Place, Source, StoryEvent } from '../data/schemas';
import { sortEvents } from '../data/story-data';
import { formatFigure } from '../text/figures';
import { toCsv } from './csv';
import { chromeStrings } from '../i18n/locale';

// The data files are in the data's own language, English, whatever the story's.
const DATA_WORDS = chromeStrings('en');

/** The CSV's columns, in order. */
export const EVENT_CSV_COLUMNS = [
  'event_id',
  'date',
  'time',
  'time_approximate',
  'type',
  'title',
  'place_id',
  'place_name',
  'longitude',
  'latitude',
  'approximate',
  'precision_km',
  'actor',
  'claimed_by',
  'figures',
  'claims',
  'source_name',
  'source_url',
  'source_published',
] as const;

/** Between the figures, and between the claims, of one row (a claim's own words may hold semicolons). */
export const LIST = ' | ';

/** One row of the table, keyed by column. */
export type EventCsvRow = Record<(typeof EVENT_CSV_COLUMNS)[number], string | number | boolean | undefined>;

/** Every source an event cites (its own list, then its figures' and claims' sources), once per address. */
export function eventSources(e: StoryEvent): Source[] {
  const p = e.properties;
  const all = [...p.sources, ...(p.figures ?? []).map((f) => f.source), ...(p.claims ?? []).map((c) => c.source)];
  return all.filter((s, i) => all.findIndex((t) => t.url === s.url) === i);
}

/**
 * The rows for `events` in date order: one per event and source, with the figures and rival claims that source gives.
 * Coordinates are the event's point; `approximate` and `precision_km` come from its place.
 */
export function eventCsvRows(events: readonly StoryEvent[], places: readonly Place[]): EventCsvRow[] {
  const byId = new Map(places.map((pl) => [pl.id, pl]));
  return sortEvents(events).flatMap((e) => {
    const p = e.properties;
    const place = byId.get(p.place);
    return eventSources(e).map(
      (s): EventCsvRow => ({
        event_id: e.id,
        date: p.date,
        time: p.time,
        time_approximate: p.time ? Boolean(p.timeApproximate) : undefined,
        type: p.type,
        title: p.title,
        place_id: p.place,
        place_name: place?.properties.name,
        longitude: e.geometry.coordinates[0],
        latitude: e.geometry.coordinates[1],
        approximate: place?.properties.approximate ?? false,
        precision_km: place?.properties.approximate ? place.properties.precisionKm : undefined,
        actor: p.actor,
        claimed_by: p.claimedBy.join('; '),
        figures: (p.figures ?? [])
          .filter((f) => f.source.url === s.url)
          .map((f) => formatFigure(f, DATA_WORDS))
          .join(LIST),
        claims: (p.claims ?? [])
          .filter((c) => c.source.url === s.url)
          .map((c) => `${c.by} ${c.says}`)
          .join(LIST),
        source_name: s.name,
        source_url: s.url,
        source_published: s.published,
      }),
    );
  });
}

/** The events as CSV text (UTF-8, CRLF line ends, a header line). */
export function eventsCsv(events: readonly StoryEvent[], places: readonly Place[]): string {
  const rows = eventCsvRows(events, places);
  return toCsv(
    EVENT_CSV_COLUMNS,
    rows.map((r) => EVENT_CSV_COLUMNS.map((c) => r[c])),
  );
}
