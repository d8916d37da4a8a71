/** Words the map's marks show: the legend entry of the capital's symbol. */
export const marksStrings = {
  en: { capital: 'Capital' },
  fr: { capital: 'Capitale' },
} as const;
