/** Date wording for readers, from ISO dates, in the story's language, independent of the build machine's time zone. */
import type { ChromeStrings } from '../i18n/chrome-strings';

type DateWords = Pick<ChromeStrings, 'locale' | 'dayNumber'>;

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** `iso` in the locale's day-month-year order, with the locale's own day numbers ("1er" in French). */
function dayMonthYear(iso: string, t: DateWords, month: 'long' | 'short'): string {
  const parts = new Intl.DateTimeFormat(t.locale, { timeZone: 'UTC', day: 'numeric', month, year: 'numeric' })
    .formatToParts(utc(iso))
    .map((p) => (p.type === 'day' ? t.dayNumber(Number(p.value)) : p.value));
  return parts.join('');
}

/** "21 October 2023". */
export function formatDate(iso: string, t: DateWords): string {
  return dayMonthYear(iso, t, 'long');
}

/** "Saturday 21 October 2023" (no comma after the weekday, in any language). */
export function formatDateWithWeekday(iso: string, t: DateWords): string {
  const weekday = new Intl.DateTimeFormat(t.locale, { timeZone: 'UTC', weekday: 'long' }).format(utc(iso));
  return `${weekday} ${formatDate(iso, t)}`;
}

/** "21 Oct 2023", for compact indicators. */
export function formatShortDate(iso: string, t: DateWords): string {
  return dayMonthYear(iso, t, 'short');
}

/** The live map's date indicator for a step that shows events up to `until`, long and short (for narrow maps). */
export function eventsUpTo(
  until: string,
  t: DateWords & Pick<ChromeStrings, 'eventsUpTo'>,
): { long: string; short: string } {
  return { long: t.eventsUpTo(formatDateWithWeekday(until, t)), short: t.eventsUpTo(formatShortDate(until, t)) };
}
