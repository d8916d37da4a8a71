/** A story's timeline: the strip, each day's link to the first step that shows it, and the strip's state at every step. */
import type { EventType } from '../data/event-types';
import { timelineLayout, type TimelineLayout } from './timeline-layout';
import { firstStepShowing, timelineState, type TimelineState } from './timeline-state';

/** Everything the page draws of the timeline. */
export interface StoryTimeline {
  layout: TimelineLayout;
  /** The id of the first step that shows each day's events, by date (days no step shows have none). */
  links: Map<string, string>;
  /** The strip's state at each step, index for index. */
  states: TimelineState[];
}

/**
 * The timeline of a story whose steps are `states`, or undefined when no step shows events (the story then has no
 * timeline at all).
 */
export function storyTimeline(
  events: readonly { id: string; properties: { date: string; time?: string | undefined; type: EventType } }[],
  states: readonly { stepId: string; until?: string | undefined }[],
): StoryTimeline | undefined {
  if (!states.some((s) => s.until !== undefined)) return undefined;
  const layout = timelineLayout(events);
  if (!layout) return undefined;
  const links = new Map<string, string>();
  for (const day of layout.days) {
    const i = firstStepShowing(day.date, states);
    if (i !== undefined) links.set(day.date, states[i]!.stepId);
  }
  return { layout, links, states: states.map((s) => timelineState(layout, s.until)) };
}
