/** Date wording for readers, from ISO dates, independent of the build machine's locale and time zone. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
}

/** "21 October 2023". */
export function formatDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "Saturday 21 October 2023". */
export function formatDateWithWeekday(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${formatDate(iso)}`;
}

/** "21 Oct 2023", for compact indicators. */
export function formatShortDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
}

/** The live map's date indicator for a step that shows events up to `until`, long and short (for narrow maps). */
export function eventsUpTo(until: string): { long: string; short: string } {
  return { long: `Events up to ${formatDateWithWeekday(until)}`, short: `Events up to ${formatShortDate(until)}` };
}
