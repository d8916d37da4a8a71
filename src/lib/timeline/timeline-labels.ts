/** The timeline's words: each day's short label and accessible name, the strip's name, in the story's language. */
import type { EventType } from '../data/event-types';
import type { TimelineStrings } from '../i18n/timeline-strings';
import type { TimelineDay, TimelineLayout } from './timeline-layout';
import type { TimelineState } from './timeline-state';

type Parts = Intl.DateTimeFormatOptions;

/** `iso` formatted with Intl in the strings' locale (dates are calendar days: formatted in UTC). */
export function formatDay(iso: string, t: Pick<TimelineStrings, 'locale'>, parts: Parts): string {
  return new Intl.DateTimeFormat(t.locale, { ...parts, timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

const sameYear = (a: string, b: string) => a.slice(0, 4) === b.slice(0, 4);

/** A date as the strip names it: "9 October" in the main stretch's year, "1 February 2021" otherwise. */
export function dayName(iso: string, layout: TimelineLayout, t: TimelineStrings): string {
  return formatDay(iso, t, { day: 'numeric', month: 'long', ...(sameYear(iso, layout.to) ? {} : { year: 'numeric' }) });
}

/**
 * The label under a day: the year for an earlier day, the day's number in the main stretch ("18"). A day's label is
 * part of its link's accessible name ("18 October: …"), as WCAG's label in name asks.
 */
export function dayLabel(day: TimelineDay, t: TimelineStrings): string {
  return formatDay(day.date, t, day.earlier ? { year: 'numeric' } : { day: 'numeric' });
}

/** The month of the main stretch's first day, short ("Oct"), shown once beside its number. */
export function monthLabel(layout: TimelineLayout, t: TimelineStrings): string {
  return formatDay(layout.from, t, { month: 'short' });
}

/**
 * A day's accessible name: "19 October: 2 events, air strike and base seized". `typeName` names an event type in the
 * story's language (the chrome strings' `eventTypes`).
 */
export function dayAccessibleName(
  day: TimelineDay,
  layout: TimelineLayout,
  t: TimelineStrings,
  typeName: (type: EventType) => string,
): string {
  const kinds = [...new Set(day.events.map((e) => typeName(e.type)))];
  const list = kinds.length <= 1 ? (kinds[0] ?? '') : `${kinds.slice(0, -1).join(', ')} ${t.and} ${kinds.at(-1)}`;
  return t.day(dayName(day.date, layout, t), t.events(day.events.length), list);
}

/** The strip's accessible name at a state: "Timeline of events, 9 to 27 October 2023: events up to 20 October on the map". */
export function timelineName(layout: TimelineLayout, state: TimelineState, t: TimelineStrings): string {
  const { from, to } = layout;
  const fromParts: Parts = !sameYear(from, to)
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : from.slice(0, 7) === to.slice(0, 7)
      ? { day: 'numeric' }
      : { day: 'numeric', month: 'long' };
  const range = t.range(
    formatDay(from, t, fromParts),
    formatDay(to, t, { day: 'numeric', month: 'long', year: 'numeric' }),
  );
  const what = state.until === undefined ? t.noneYet : t.upTo(dayName(state.until, layout, t));
  return t.name(range, what);
}
