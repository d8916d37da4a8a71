/** Words the railway layer shows on the map and in its legend, by language (the `en` set is used for now). */
export const railwayStrings = {
  en: {
    /** After a tunnel's name on the map when its position is not sourced. */
    approximateSuffix: ' (approx.)',
    /** Legend entry for a tunnel. */
    tunnelLegend: 'Tunnel, position approximate',
    /** Legend entry for a section being built whose route is known only by its ends. */
    underConstructionApprox: 'under construction, route approximate',
    /** Note under "How to read the maps", after the railway note. */
    notesBaoshanRuili:
      'Baoshan–Ruili, still being built, is drawn paler and straight: the cited sources name no station between its ends. The Gaoligong tunnel (a band on the line) is placed where that straight line crosses the range; its exact position is not published in them.',
  },
  fr: {
    approximateSuffix: ' (approx.)',
    tunnelLegend: 'Tunnel, position approximative',
    underConstructionApprox: 'en construction, tracé approximatif',
    notesBaoshanRuili:
      'Baoshan–Ruili, encore en construction, est tracé en plus pâle et en ligne droite : les sources citées ne nomment aucune gare entre ses extrémités. Le tunnel du Gaoligong (une bande sur la ligne) est placé là où cette droite traverse la chaîne ; sa position exacte n’y est pas publiée.',
  },
} as const;
