/** The shape of every string the page chrome shows (everything that is not the story's text or its data). */
import type { EventType, SegmentStatus } from '../data/schemas';
import type { ViewName } from '../geo/named-views';
import type { TimelineStrings } from './timeline-strings';
import type { mapFrameStrings } from './map-frame-strings';
import type { exportsStrings } from './exports-strings';
import type { ReaderStrings } from './reader-strings';
import type { marksStrings } from './marks-strings';
import type { riversStrings } from './rivers-strings';
import type { overlaysStrings } from './overlays-strings';

/** A note under "How to read the maps": a term in bold, then its explanation (which starts with its own space or comma). */
export interface ReadingNote {
  term: string;
  text: string;
}

/** Every chrome string of one language. Functions build the strings that hold numbers or names. */
export interface ChromeStrings {
  /** BCP 47 locale for `Intl` (dates, numbers) and the page's `lang`. */
  locale: string;
  /** Open Graph locale, e.g. `en_GB`. */
  ogLocale: string;
  /** A day of the month as dates write it ("1er" in French). */
  dayNumber: (day: number) => string;
  /** A state's or province's name in this language ("Kachin State" → "État kachin"). */
  areaName: (name: string) => string;
  /** Joins a list: "A, B and C". */
  and: string;

  skipLink: (withEvents: boolean) => string;
  shareImageAlt: (title: string) => string;

  published: string;
  updated: string;
  withCorrection: string;
  updateNotes: string;
  noteKinds: { update: string; correction: string };

  stepLabel: (n: number, total: number) => string;
  mapKey: string;
  eventsUpTo: (date: string) => string;

  legend: {
    area: string;
    place: string;
    placeApproximate: string;
    railway: (status: string) => string;
  };
  eventTypes: Record<EventType, string>;
  segmentStatus: Record<SegmentStatus, string>;
  viewNames: Record<ViewName, string>;
  /** Country, sea and area names the map writes, by the English name in the map's label table. */
  mapNames: Record<string, string>;

  /** The map frame: scale-bar units and the country names written inside each country. */
  mapFrame: (typeof mapFrameStrings)[keyof typeof mapFrameStrings];
  /** The live key's button and the locator inset's names. */
  overlays: (typeof overlaysStrings)[keyof typeof overlaysStrings];
  /** River names the base map writes along its rivers. */
  rivers: (typeof riversStrings)[keyof typeof riversStrings];
  /** The map's marks: the capital's key entry. */
  marks: (typeof marksStrings)[keyof typeof marksStrings];
  /** The step menu, the step links and the announcements of map changes. */
  reader: ReaderStrings;
  /** "Get the data" and the index of the map pictures. */
  exports: (typeof exportsStrings)[keyof typeof exportsStrings];
  /** The timeline of events. */
  timeline: TimelineStrings;
  /** Railway words on the map and in its key. */
  railway: { approximateSuffix: string; underConstructionApprox: string };

  describe: {
    title: (n: number, where: string) => string;
    theRegion: string;
    highlighted: (areas: string) => string;
    placesMarked: (places: string, approximate: string) => string;
    railCorridor: (segments: string) => string;
    segment: (name: string, status: string) => string;
    eventsUpTo: (date: string, events: string) => string;
    event: (date: string, title: string, type: string, claimedBy: string) => string;
    noEventsUpTo: (date: string) => string;
    newEvents: (n: number) => string;
    newlyDrawn: (segments: string) => string;
    viewMoves: string;
    sincePrevious: (changes: string) => string;
    locatorMap: (countries: string) => string;
  };

  events: {
    title: string;
    intro: string;
    place: string;
    whatHappened: string;
    whoSaysSo: string;
    sources: string;
    approximateLocation: string;
    detailsUncertain: string;
    context: string;
    about: string;
    at: string;
  };
  figures: {
    measures: Record<string, string>;
    billion: (amount: string) => string;
  };

  notes: {
    title: string;
    reading: string;
    readingNotes: readonly ReadingNote[];
    mapData: string;
    mapDataCredit: { before: string; link: string; after: string };
    sources: string;
    sourceCount: (sources: number, outlets: number) => string;
    andMore: (n: number) => string;
    usedFor: { storyText: string; place: string; railway: string; event: string };
  };
}
