/** Groups events by calendar day for the day-by-day log after the story. */
import { sortEvents } from '../data/story-data';

/** One day of the log: its ISO date and its events in order (by time where given, then by id). */
export interface EventDay<T> {
  date: string;
  events: T[];
}

/** Events by day, oldest day first; days without events are left out. */
export function groupEventsByDay<T extends { id: string; properties: { date: string; time?: string | undefined } }>(
  events: readonly T[],
): EventDay<T>[] {
  const days: EventDay<T>[] = [];
  for (const e of sortEvents(events)) {
    const last = days.at(-1);
    if (last && last.date === e.properties.date) last.events.push(e);
    else days.push({ date: e.properties.date, events: [e] });
  }
  return days;
}
