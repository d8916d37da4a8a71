/** The data files a story publishes beside its page (`<slug>/data/…`): their names, what each holds, their text. */
import type { ShownIds, StoryData } from '../data/story-data';
import { eventsCsv } from './events-csv';
import { featureCollectionJson } from './geojson-export';

/** Kinds of published data file, in the order the "Get the data" block lists them. */
export const DATA_FILE_KINDS = ['events-csv', 'events-geojson', 'places-geojson', 'corridor-geojson'] as const;
export type DataFileKind = (typeof DATA_FILE_KINDS)[number];

/** File name of each kind. */
export const DATA_FILE_NAMES: Record<DataFileKind, string> = {
  'events-csv': 'events.csv',
  'events-geojson': 'events.geojson',
  'places-geojson': 'places.geojson',
  'corridor-geojson': 'corridor.geojson',
};

/** Folder of a story's data files under the site's base path. */
export const dataDir = (slug: string): string => `${slug}/data`;

/** One published file: its kind, name, how many items it holds and its text. */
export interface DataFile {
  kind: DataFileKind;
  name: string;
  /** Events, places or railway sections in the file (the CSV has a row per event and source). */
  items: number;
  text: string;
}

/**
 * The files of a story that shows `shown`: only what the story shows (the events of its table, the places and
 * sections of its maps), so every item is one the page cites sources for. A kind with nothing in it is left out.
 */
export function storyDataFiles(data: StoryData, shown: ShownIds): DataFile[] {
  const events = data.events.filter((e) => shown.events.has(e.id));
  const texts: Record<DataFileKind, [number, () => string]> = {
    'events-csv': [events.length, () => eventsCsv(events, data.places)],
    'events-geojson': [events.length, () => featureCollectionJson(data.events, shown.events)],
    'places-geojson': [shown.places.size, () => featureCollectionJson(data.places, shown.places)],
    'corridor-geojson': [shown.segments.size, () => featureCollectionJson(data.segments, shown.segments)],
  };
  return DATA_FILE_KINDS.filter((k) => texts[k][0] > 0).map((kind) => ({
    kind,
    name: DATA_FILE_NAMES[kind],
    items: texts[kind][0],
    text: texts[kind][1](),
  }));
}
