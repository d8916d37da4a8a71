/** Keeps the live map's timeline strip at the current step's state, copied from the step's own static strip. */

/** The parts of a strip that change from step to step (everything else is the same at every step). */
const STATE_PARTS = ['.tl-state', '.tl-ahead'] as const;

/**
 * Sets the live strip in `container` to `step`'s state: the step's static strip's when it has one, else the state of
 * a step that shows no events (every day still to come, nothing marked: timeline-state.ts).
 */
export function updateTimeline(container: HTMLElement, step: HTMLElement): void {
  const live = container.querySelector<SVGSVGElement>('[data-timeline]');
  if (!live) return;
  const own = step.querySelector<SVGSVGElement>('[data-timeline]');
  live.classList.toggle('timeline--idle', !own);
  const name = own ? own.getAttribute('aria-label') : live.dataset.idleLabel;
  if (name && live.getAttribute('aria-label') !== name) live.setAttribute('aria-label', name);
  for (const part of STATE_PARTS) {
    const from = own?.querySelector(part);
    if (from) live.querySelector(part)?.replaceWith(from.cloneNode(true));
  }
  // A step without events: every day is still to come.
  if (!own) live.querySelector('.tl-ahead')?.setAttribute('x', '0');
}
