/** Which step is active, from layout alone: the same answer after a deep link, a fling or a slow scroll. */

/** Fraction of the viewport height where a step becomes active as its top crosses it. */
export const TRIGGER_OFFSET = 0.6;

/**
 * Index of the active step: the last step whose top is at or above the trigger line.
 * `tops` are the steps' top edges relative to the viewport, in document order.
 */
export function activeIndex(tops: readonly number[], viewportHeight: number, offset = TRIGGER_OFFSET): number {
  const line = viewportHeight * offset;
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= line) active = i;
  });
  return active;
}

/** Index of the step a URL hash names, or undefined. */
export function indexFromHash(hash: string, stepIds: readonly string[]): number | undefined {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  const i = stepIds.indexOf(id);
  return i >= 0 ? i : undefined;
}
