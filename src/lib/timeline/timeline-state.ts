/** Step → timeline state: which date the strip marks at step N and how far it shows days as passed, from N alone. */
import { positionOf, type TimelineLayout } from './timeline-layout';

/** What the strip shows at one step. */
export interface TimelineState {
  /** The step's "events up to" date; undefined when the step shows no events (nothing passed, nothing marked). */
  until?: string;
  /** Where the mark stands, percent; days up to it are passed. */
  now: number;
  /** Where the days still to come begin (shown faded), percent. */
  aheadFrom: number;
}

/** The strip's state at a step that shows events up to `until` (or none). */
export function timelineState(layout: TimelineLayout, until: string | undefined): TimelineState {
  if (until === undefined) return { now: 0, aheadFrom: 0 };
  const now = positionOf(layout, until);
  // Days still to come start at the next day's column, or for the last day before the break, in the break (its
  // label, a year, is wider than its column).
  const day = layout.days.find((d) => d.date === until);
  const last = day?.earlier && !layout.days.some((d) => d.earlier && d.date > until);
  const edge = last && layout.gap ? (layout.gap[0] + layout.gap[1]) / 2 : now + layout.column / 2;
  const aheadFrom = Math.min(100, Math.round(edge * 100) / 100);
  return { until, now, aheadFrom };
}

/** Index of the first step that shows events of `date` (its `until` is on or after it), or undefined when none does. */
export function firstStepShowing(date: string, states: readonly { until?: string | undefined }[]): number | undefined {
  const i = states.findIndex((s) => s.until !== undefined && s.until >= date);
  return i >= 0 ? i : undefined;
}
