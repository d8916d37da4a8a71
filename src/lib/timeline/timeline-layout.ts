/**
 * Where the timeline strip puts each day with events, and how that day's events stack: across in percent of the
 * strip's width (so one drawing fits every screen), up in pixels. The main stretch is one column per calendar day;
 * days long before it (the coup) get a column each, before a break in the axis.
 */
import type { EventType } from '../data/event-types';
import { groupEventsByDay } from '../story/event-days';

/** A gap longer than this many days between two event days breaks the axis: the days before it are "earlier". */
export const BREAK_AFTER_DAYS = 31;
/** Width of the break in the axis, in day columns. */
const BREAK_COLUMNS = 2;
/**
 * Symbols are drawn at this share of their size on the map (timeline.css scales them), so that neighbouring days'
 * symbols keep apart at 320 px.
 */
export const SYMBOL_SCALE = 0.8;
/** Vertical distance between stacked symbols, px. */
const PITCH = 13;
/** Room above the top symbol, px. */
const TOP = 3;

/** An event as the strip draws it. */
export interface TimelineEvent {
  id: string;
  type: EventType;
  /** Centre of its symbol, px from the strip's top. */
  y: number;
}

/** A day with events. */
export interface TimelineDay {
  /** ISO date. */
  date: string;
  /** Centre of the day's column, percent of the strip's width. */
  x: number;
  /** True for a day before the break. */
  earlier: boolean;
  /** True when the day before it has a label: its own may be left out where days are narrow. */
  minor: boolean;
  /** Its events in order (time, then id), the first at the bottom of the stack. */
  events: TimelineEvent[];
}

/** The whole strip. */
export interface TimelineLayout {
  days: TimelineDay[];
  /** Width of one day's column, percent. */
  column: number;
  /** Where the axis breaks (start and end, percent), when there are earlier days. */
  gap?: readonly [number, number];
  /** First and last day of the main stretch (ISO). */
  from: string;
  to: string;
  /** The axis line, px from the top. */
  axisY: number;
  /** Baseline of the day labels, px from the top. */
  labelY: number;
  /** Height of the strip, px. */
  height: number;
}

const DAY_MS = 86_400_000;
/** Whole days since 1970-01-01 of an ISO date. */
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const pct = (v: number): number => Math.round(v * 100) / 100;

/** The strip for `events` (any order), or undefined when there are none. */
export function timelineLayout(
  events: readonly { id: string; properties: { date: string; time?: string | undefined; type: EventType } }[],
): TimelineLayout | undefined {
  const days = groupEventsByDay(events);
  if (days.length === 0) return undefined;
  // The main stretch starts after the last gap too long to draw to scale.
  let start = 0;
  days.forEach((d, i) => {
    if (i > 0 && dayNumber(d.date) - dayNumber(days[i - 1]!.date) > BREAK_AFTER_DAYS) start = i;
  });
  const first = dayNumber(days[start]!.date);
  const span = dayNumber(days.at(-1)!.date) - first + 1;
  const lead = start === 0 ? 0 : start + BREAK_COLUMNS;
  const columns = lead + span;
  const at = (column: number) => pct((column / columns) * 100);
  const tallest = Math.max(...days.map((d) => d.events.length));
  const axisY = TOP + tallest * PITCH + 4;
  // A label right after a kept one is minor; the one after a minor label is kept again.
  let kept = Number.NEGATIVE_INFINITY;
  const minor = days.map((d, i) => {
    const n = dayNumber(d.date);
    const isMinor = i > start && i < days.length - 1 && n - kept === 1;
    if (!isMinor) kept = n;
    return isMinor;
  });
  return {
    days: days.map((d, i) => ({
      date: d.date,
      x: at(i < start ? i + 0.5 : lead + dayNumber(d.date) - first + 0.5),
      earlier: i < start,
      minor: minor[i]!,
      events: d.events.map((e, k) => ({
        id: e.id,
        type: e.properties.type,
        y: axisY - 4 - PITCH / 2 - k * PITCH,
      })),
    })),
    column: pct(100 / columns),
    ...(start > 0 ? { gap: [at(start), at(lead)] as const } : {}),
    from: days[start]!.date,
    to: days.at(-1)!.date,
    axisY,
    labelY: axisY + 13,
    height: axisY + 17,
  };
}

/**
 * Where a date falls on the strip, percent: a day of the main stretch at its column's centre (clamped to the strip),
 * an earlier day with events at its column, any other date before the main stretch at the break (or the start).
 */
export function positionOf(layout: TimelineLayout, date: string): number {
  const day = layout.days.find((d) => d.date === date);
  if (day) return day.x;
  const main = layout.days.find((d) => !d.earlier)!;
  if (date >= layout.from) {
    return Math.min(100, pct(main.x + (dayNumber(date) - dayNumber(layout.from)) * layout.column));
  }
  const before = layout.days.filter((d) => d.earlier && d.date < date).at(-1);
  if (!before) return 0;
  const next = layout.days.find((d) => d.earlier && d.date > date);
  if (next || !layout.gap) return pct(before.x + layout.column / 2);
  return pct((layout.gap[0] + layout.gap[1]) / 2);
}
