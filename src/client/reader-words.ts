/** The words the browser script says, in the story's language: the page hands them over (MapAnnouncer.astro). */
import type { LiveWords } from '../lib/i18n/reader-strings';

/** The page's reader words, or undefined on a page without them. */
export function readerWords(): LiveWords | undefined {
  const json = document.querySelector<HTMLElement>('[data-map-announcer]')?.dataset.words;
  return json ? (JSON.parse(json) as LiveWords) : undefined;
}
