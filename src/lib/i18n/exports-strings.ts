/** Words of the story's published data ("Get the data" in "Sources and notes") and of its images of every map. */

/** The strings by language (src/lib/i18n/locale.ts picks the set by the story's `lang`). */
export const exportsStrings = {
  en: {
    dataHeading: 'Get the data',
    dataIntro: 'The data on this story’s maps, each item with its sources:',
    files: {
      'events-csv':
        'one row per event and source: date, type, place, coordinates and their precision, who claims it, figures, source',
      'events-geojson': 'the same events, as GeoJSON points',
      'places-geojson': 'places, as GeoJSON points (approximate ones marked)',
      'corridor-geojson': 'railway sections, as schematic GeoJSON lines',
    },
    imagesLink: 'Pictures of every map',
    imagesWhat: 'PNG, wide and tall, for apps and newsletters',
    licence:
      'Our compilation, free to reuse under {cc} with credit to “{credit}”. No base-map geometry is included: the maps’ borders are Natural Earth (public domain) or, where the map data credit names OpenStreetMap, © OpenStreetMap contributors ({odbl}).',
    ccName: 'CC BY 4.0',
    licenceLink: 'https://creativecommons.org/licenses/by/4.0/',
    odblName: 'ODbL',
    odblLink: 'https://opendatacommons.org/licenses/odbl/',
    imagesTitle: 'Pictures of every map',
    imagesIntro:
      'Each step’s map as a PNG picture, wide (1200 × 675) and tall (1080 × 1350), drawn by the same code as the story’s maps. Use each with its text alternative.',
    imagesBack: 'Back to the story',
    imagesStep: 'Step',
    imagesSize: 'Size',
    imagesAlt: 'Text alternative',
    imagesFile: 'Picture',
    mapCredit: 'Map: {byline}',
  },
  fr: {
    dataHeading: 'Télécharger les données',
    dataIntro: 'Les données des cartes de ce récit, chacune avec ses sources :',
    files: {
      'events-csv':
        'une ligne par événement et par source : date, type, lieu, coordonnées et leur précision, qui l’affirme, chiffres, source',
      'events-geojson': 'les mêmes événements, en points GeoJSON',
      'places-geojson': 'les lieux, en points GeoJSON (positions approximatives signalées)',
      'corridor-geojson': 'les tronçons ferroviaires, en lignes GeoJSON schématiques',
    },
    imagesLink: 'Images de toutes les cartes',
    imagesWhat: 'PNG, en largeur et en hauteur, pour applications et lettres d’information',
    licence:
      'Notre compilation, réutilisable sous licence {cc} en créditant « {credit} ». Aucun fond de carte n’y figure : les frontières des cartes sont de Natural Earth (domaine public) ou, là où le crédit des données cartographiques cite OpenStreetMap, © les contributeurs d’OpenStreetMap ({odbl}).',
    ccName: 'CC BY 4.0',
    licenceLink: 'https://creativecommons.org/licenses/by/4.0/deed.fr',
    odblName: 'ODbL',
    odblLink: 'https://opendatacommons.org/licenses/odbl/',
    imagesTitle: 'Images de toutes les cartes',
    imagesIntro:
      'La carte de chaque étape en image PNG, en largeur (1200 × 675) et en hauteur (1080 × 1350), dessinée par le même code que les cartes du récit. Utilisez chacune avec son texte de remplacement.',
    imagesBack: 'Retour au récit',
    imagesStep: 'Étape',
    imagesSize: 'Taille',
    imagesAlt: 'Texte de remplacement',
    imagesFile: 'Image',
    mapCredit: 'Carte : {byline}',
  },
} as const;

/** A string cut at its `{name}` slots: plain text, and the names of the slots in between (for links). */
export function slotParts(template: string): { text?: string; slot?: string }[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? { slot: part } : { text: part }))
    .filter((p) => p.slot !== undefined || p.text);
}

/** Puts values into a string's `{name}` slots. */
export function fillIn(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
