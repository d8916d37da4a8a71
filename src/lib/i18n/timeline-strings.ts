/** Every word the timeline of events shows or speaks, by language (the story's `lang` picks the set). */

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The timeline's strings: its name, its state, each day's accessible name, and the locale its dates use. */
export const timelineStrings = {
  en: {
    /** BCP 47 locale for Intl date formatting. */
    locale: 'en-GB',
    /** The strip's accessible name: what it is, the span it covers and what the map shows. */
    name: (range: string, state: string) => `Timeline of events, ${range}: ${state}`,
    range: (from: string, to: string) => `${from} to ${to}`,
    upTo: (date: string) => `events up to ${date} on the map`,
    noneYet: 'no events on the map yet',
    events: (n: number) => plural(n, 'event', 'events'),
    and: 'and',
    /** A day's accessible name: its date, how many events and of which kinds. */
    day: (date: string, count: string, kinds: string) => `${date}: ${count}, ${kinds}`,
  },
  fr: {
    locale: 'fr-FR',
    name: (range: string, state: string) => `Chronologie des événements, ${range}\u00a0: ${state}`,
    range: (from: string, to: string) => `du ${from} au ${to}`,
    upTo: (date: string) => `événements jusqu’au ${date} sur la carte`,
    noneYet: 'aucun événement sur la carte pour l’instant',
    events: (n: number) => plural(n, 'événement', 'événements'),
    and: 'et',
    day: (date: string, count: string, kinds: string) => `${date}\u00a0: ${count}, ${kinds}`,
  },
} as const;

/** One language's timeline strings. */
export type TimelineStrings = (typeof timelineStrings)[keyof typeof timelineStrings];
