/** River names the base map writes along its rivers, by river id (data/geo/region.topo.json, object `rivers`). */
export const riversStrings = {
  en: {
    irrawaddy: 'Irrawaddy',
    nmai: 'N’Mai',
    salween: 'Salween',
    shweli: 'Shweli',
  },
  fr: {
    irrawaddy: 'Irrawaddy',
    nmai: 'N’Mai',
    salween: 'Salouen',
    shweli: 'Shweli',
  },
} as const;

/** Id of a river with a name. */
export type RiverNameId = keyof (typeof riversStrings)['en'];
