/** Words the live map's overlays show: the key's name and button, and the names in the locator inset. */
export const overlaysStrings = {
  en: {
    /** Accessible name of the list of map symbols. */
    mapKey: 'Map key',
    /** The button that shows every symbol on the map, not only those new in the step. */
    fullKey: 'Full key',
    myanmar: 'MYANMAR',
    china: 'CHINA',
    india: 'INDIA',
    /** On two lines. */
    bayOfBengal: ['Bay of', 'Bengal'],
  },
  fr: {
    mapKey: 'Légende de la carte',
    fullKey: 'Légende complète',
    myanmar: 'MYANMAR',
    china: 'CHINE',
    india: 'INDE',
    bayOfBengal: ['Golfe du', 'Bengale'],
  },
} as const;
