/** Every element id a story page makes itself: the components take their ids from here, and step ids must avoid them. */

/** Fixed ids of the page's own elements, with what each one is (for messages). */
export const PAGE_IDS = {
  main: 'main',
  afterStory: 'after-story',
  allEvents: 'all-events',
  allEventsTitle: 'all-events-title',
  sources: 'sources-and-notes',
  sourcesTitle: 'sources-title',
  notesReading: 'notes-reading',
  notesMapData: 'notes-map-data',
  notesData: 'notes-data',
  notesSources: 'notes-sources',
  baseMap: 'base-map',
  subjectBorder: 'subject-border',
  borderZone: 'border-zone',
  liveMap: 'live-map',
  timelineDays: 'timeline-days',
  mapKey: 'map-key',
  insetMap: 'inset-map',
} as const;

/** Prefixes of ids the page derives from data, with what carries them. */
export const ID_PREFIXES = {
  /** An event type's map symbol: `sym-clash`. */
  symbol: 'sym-',
  /** A day's heading in "All events": `day-2023-10-20`. */
  day: 'day-',
  /** A railway segment's shared geometry: `seg-muse-mandalay`. */
  segment: 'seg-',
  /** A country's outline in the shared base map (the lead map draws the border from it): `country-mm`. */
  country: 'country-',
  /** A river's shared line in the base map: `river-irrawaddy`. */
  river: 'river-',
  /** A state or province's shared outline: `area-mm-kachin`. */
  area: 'area-',
  /** One size of the lead map under the headline: `lead-map-wide`. */
  leadMap: 'lead-map-',
  /** A step's static map: `map-friday-20-october`. */
  stepMap: 'map-',
  /** A chapter heading: `chapter-day-by-day`. */
  chapter: 'chapter-',
  /** The mask that draws a railway segment in, made by the browser script: `draw-muse-mandalay`. */
  drawMask: 'draw-',
} as const;

/** Words kept free for the page although it uses none of them today (`#top` also means "top of the page" in browsers). */
const SPARE_IDS = ['story', 'map', 'sources', 'events', 'top', 'content'] as const;

/**
 * Suffixes of an SVG map's title, description, clip-path and names-layer ids: `live-map-title`, `map-start-desc`,
 * `lead-map-wide-clip`, `live-map-names` (the names a map draws once more, as halos under its railway).
 */
const SVG_PARTS = { title: '-title', desc: '-desc', clip: '-clip', names: '-names' } as const;

/** Id of a day's heading in "All events". */
export const dayId = (date: string): string => `${ID_PREFIXES.day}${date}`;
/** Id of a railway segment's shared path. */
export const segmentId = (id: string): string => `${ID_PREFIXES.segment}${id}`;
/** Id of a country's outline in the base map. */
export const countryId = (id: string): string => `${ID_PREFIXES.country}${id}`;
/** Id of a river's shared line. */
export const riverId = (id: string): string => `${ID_PREFIXES.river}${id}`;
/** Id of an area's shared outline. */
export const areaId = (id: string): string => `${ID_PREFIXES.area}${id}`;
/** Id of an event type's symbol. */
export const symbolId = (type: string): string => `${ID_PREFIXES.symbol}${type}`;
/** Id of the mask that draws a railway segment in (made by the browser script). */
export const drawMaskId = (id: string): string => `${ID_PREFIXES.drawMask}${id}`;
/** Id of one size of the lead map. */
export const leadMapId = (size: string): string => `${ID_PREFIXES.leadMap}${size}`;
/** Id of a step's static map. */
export const stepMapId = (stepId: string): string => `${ID_PREFIXES.stepMap}${stepId}`;
/** Id of an SVG map's <title> or <desc>. */
export const svgPartId = (mapId: string, part: keyof typeof SVG_PARTS): string => `${mapId}${SVG_PARTS[part]}`;

/** The web-address part of a chapter title: "Day by day" → "day-by-day" (empty when it has no Latin letters or digits). */
export function chapterSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Id of a chapter heading. */
export const chapterId = (title: string): string => `${ID_PREFIXES.chapter}${chapterSlug(title)}`;

/** How many base-map pictures the live map keeps (src/client/map-layers.ts). */
export const LIVE_LAYERS = 3;

/** Id of the clip path of the live map's base-map picture `i` (it clips the subject border to its band). */
export const liveLayerClipId = (i: number): string => svgPartId(`${PAGE_IDS.liveMap}-layer-${i}`, 'clip');

/** Every fixed id the page uses or keeps free. */
export const RESERVED_IDS: readonly string[] = [
  ...Object.values(PAGE_IDS),
  svgPartId(PAGE_IDS.liveMap, 'title'),
  svgPartId(PAGE_IDS.liveMap, 'desc'),
  svgPartId(PAGE_IDS.liveMap, 'clip'),
  ...Array.from({ length: LIVE_LAYERS }, (_, i) => liveLayerClipId(i)),
  svgPartId(PAGE_IDS.liveMap, 'names'),
  ...SPARE_IDS,
];

/** Why a step may not take `id`, or undefined when the page does not use it. */
export function reservedIdReason(id: string): string | undefined {
  if (RESERVED_IDS.includes(id)) return `"${id}" is an id the page itself uses`;
  const prefix = Object.values(ID_PREFIXES).find((p) => id.startsWith(p));
  if (prefix) return `"${id}" starts with "${prefix}", which the page uses for ids of its own`;
  return undefined;
}
