/** Which step is active, from layout alone: the same answer after a deep link, a fling or a slow scroll. */

/**
 * Fraction of the viewport height where a step becomes active as its card's top crosses it. The stylesheet holds the
 * same line as --step-trigger (60vh: on phones, the gap before each card), checked by tests/unit/active-step.test.ts.
 */
export const TRIGGER_OFFSET = 0.6;

/**
 * Where a deep link puts a step's card on a phone: just above the trigger line, so the step is active and the card's
 * top is in view (CSS: --step-land, the card's scroll margin below the trigger line). The map fits above this line.
 */
export const LAND_OFFSET = 0.58;

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
