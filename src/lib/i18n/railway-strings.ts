/** Words the railway layer shows on the map and in its legend, by language (src/lib/i18n/locale.ts picks the set). */
export const railwayStrings = {
  en: {
    /** After a tunnel's name on the map when its position is not sourced. */
    approximateSuffix: ' (approx.)',
    /** Legend entry for a section being built whose route is known only by its ends. */
    underConstructionApprox: 'under construction, route approximate',
  },
  fr: {
    approximateSuffix: ' (approx.)',
    underConstructionApprox: 'en construction, tracé approximatif',
  },
} as const;
