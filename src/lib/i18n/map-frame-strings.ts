/** Words the map's frame shows (src/lib/i18n/locale.ts picks the set): the scale bar's units and the country names it writes on each side of a border. */
export const mapFrameStrings = {
  en: {
    km: 'km',
    mi: 'mi',
    countries: { mm: 'MYANMAR', cn: 'CHINA', in: 'INDIA', la: 'LAOS', th: 'THAILAND' },
  },
  fr: {
    km: 'km',
    mi: 'mi',
    countries: { mm: 'BIRMANIE', cn: 'CHINE', in: 'INDE', la: 'LAOS', th: 'THAÏLANDE' },
  },
} as const;
