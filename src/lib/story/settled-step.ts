/** When the reader's step has settled (one they stop on, not one a fling passes), and what the address says then. */
import { indexFromHash } from './active-step';

/** How long (ms) a step must stay active, or the page stay still, before the step counts as settled. */
export const SETTLE_MS = 500;

/**
 * Tells which step has settled from the reports of the active step and their times (ms): a step settles once it has
 * stayed active for `quietMs`, and again whenever the reports stop for `quietMs` (the page has come to rest).
 */
export class StepSettler {
  /** The step last reported, when it became active, and when it was last reported (ms). */
  private step: number;
  private since = 0;
  private heard = 0;
  /** Whether its hold, and the rest after the last report, are still to be told. */
  private hold = false;
  private rest = false;

  /** Starts on the step the page opened on, which counts as settled already. */
  constructor(
    initial: number,
    private readonly quiet = SETTLE_MS,
  ) {
    this.step = initial;
  }

  /** Notes that step `index` was reported active at time `at`. */
  report(index: number, at: number): void {
    if (index !== this.step) {
      this.step = index;
      this.since = at;
      this.hold = true;
    }
    this.heard = at;
    this.rest = true;
  }

  /** Milliseconds from `at` until a step could settle, or undefined when nothing is pending. */
  wait(at: number): number | undefined {
    if (!this.hold && !this.rest) return undefined;
    const due = Math.min(this.hold ? this.since : Infinity, this.rest ? this.heard : Infinity) + this.quiet;
    return Math.max(0, due - at);
  }

  /** The step that has settled by time `at`, or undefined when none has since the last answer. */
  settle(at: number): number | undefined {
    const rested = this.rest && at - this.heard >= this.quiet;
    if (!rested && !(this.hold && at - this.since >= this.quiet)) return undefined;
    this.hold = false;
    if (rested) this.rest = false;
    return this.step;
  }
}

/** Where the reader is: above the story's first step, in it, or past its last step. */
export type StoryPosition = 'before' | 'in' | 'after';

/**
 * Where the reader is, from the first step card's top and the last step's bottom (viewport pixels) against the
 * trigger line (`line`, pixels from the top of the viewport).
 */
export function storyPosition(firstTop: number, lastBottom: number, line: number): StoryPosition {
  if (firstTop > line) return 'before';
  return lastBottom < line ? 'after' : 'in';
}

/** The address fragment for a settled step: `#step-id` in the story, none above or below it. */
export function stepFragment(index: number, position: StoryPosition, ids: readonly string[]): string {
  const id = position === 'in' ? ids[index] : undefined;
  return id ? `#${encodeURIComponent(id)}` : '';
}

/**
 * The fragment the address should take for a settled step, or undefined to leave it: a step's fragment in the story;
 * above or below it, none instead of a step's, while the address of another part of the page ("#all-events") stays.
 */
export function nextFragment(
  current: string,
  index: number,
  position: StoryPosition,
  ids: readonly string[],
): string | undefined {
  const fragment = stepFragment(index, position, ids);
  if (fragment === current.replace(/^#$/, '')) return undefined;
  if (!fragment && current && indexFromHash(current, ids) === undefined) return undefined;
  return fragment;
}
