/** The page chrome's languages: which a story may set in its frontmatter's `lang`, and their strings. */
import type { ChromeStrings } from './chrome-strings';
import { en } from './en';
import { fr } from './fr';

export type { ChromeStrings, ReadingNote } from './chrome-strings';

/** Languages a story may be written in, by their `lang` code. */
export const LOCALES = { en, fr } as const satisfies Record<string, ChromeStrings>;

/** A supported `lang` code. */
export type Lang = keyof typeof LOCALES;

/** The codes, in the order editors are offered them. */
export const LANGS = Object.keys(LOCALES) as Lang[];

/** The language of a story without `lang`. */
export const DEFAULT_LANG: Lang = 'en';

/** The chrome strings for `lang` (the default language when it is not given). */
export function chromeStrings(lang: Lang = DEFAULT_LANG): ChromeStrings {
  return LOCALES[lang];
}

/** Joins names as a sentence does: "A, B and C" / "A, B et C". */
export function joinList(items: readonly string[], t: Pick<ChromeStrings, 'and'>): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${t.and} ${items[items.length - 1]}`;
}
