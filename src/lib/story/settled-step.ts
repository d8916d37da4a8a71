/** When the reader's step has settled (one they stop on, not one a fling passes), and what the address says then. */

/** How long (ms) a step must stay active, or the page stay still, before the step counts as settled. */
export const SETTLE_MS = 500;

/**
 * Tells which step has settled from the reports of the active step and their times (ms): a step settles once it has
 * stayed active for `quietMs`, and again whenever the reports stop for `quietMs` (the page has come to rest).
 */
export class StepSettler {
  private index: number;
  private changedAt = 0;
  private reportedAt = 0;
  private holdPending = false;
  private restPending = false;

  /** Starts on the step the page opened on, which counts as settled already. */
  constructor(
    initial: number,
    private readonly quietMs = SETTLE_MS,
  ) {
    this.index = initial;
  }

  /** Notes that step `index` was reported active at time `at`. */
  report(index: number, at: number): void {
    if (index !== this.index) {
      this.index = index;
      this.changedAt = at;
      this.holdPending = true;
    }
    this.reportedAt = at;
    this.restPending = true;
  }

  /** Milliseconds from `at` until a step could settle, or undefined when nothing is pending. */
  wait(at: number): number | undefined {
    const due = [
      ...(this.holdPending ? [this.changedAt + this.quietMs] : []),
      ...(this.restPending ? [this.reportedAt + this.quietMs] : []),
    ];
    return due.length ? Math.max(0, Math.min(...due) - at) : undefined;
  }

  /** The step that has settled by time `at`, or undefined when none has since the last answer. */
  settle(at: number): number | undefined {
    const rested = this.restPending && at - this.reportedAt >= this.quietMs;
    const held = this.holdPending && at - this.changedAt >= this.quietMs;
    if (!rested && !held) return undefined;
    this.holdPending = false;
    if (rested) this.restPending = false;
    return this.index;
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
