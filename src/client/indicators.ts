/** Keeps the sticky map's date indicator, progress and accessible description in step with the map. */
import type { LayoutModel } from '../lib/map/map-model';
import { updateTimeline } from './timeline';

const legendItems = new WeakMap<HTMLElement, Map<string, HTMLElement>>();

/**
 * Shows the current step's legend entries. They are fresh copies each time: entries that stayed and moved would count
 * as layout shift, new ones do not.
 */
function updateLegend(container: HTMLElement, keys: readonly string[]): void {
  const list = container.querySelector<HTMLElement>('[data-legend]');
  if (!list) return;
  let items = legendItems.get(list);
  if (!items) {
    items = new Map([...list.querySelectorAll<HTMLElement>('[data-key]')].map((li) => [li.dataset.key ?? '', li]));
    legendItems.set(list, items);
  }
  // Hidden when empty by an attribute rather than a :has() rule, which the browser re-checks on every change inside.
  const empty = !keys.some((k) => items.has(k));
  if (list.hidden !== empty) list.hidden = empty;
  const current = [...list.querySelectorAll<HTMLElement>('[data-key]:not([hidden])')]
    .map((li) => li.dataset.key)
    .join();
  if (current === keys.join()) return;
  list.replaceChildren(
    ...keys.flatMap((k) => {
      const li = items.get(k)?.cloneNode(true) as HTMLElement | undefined;
      if (li) li.hidden = false;
      return li ? [li] : [];
    }),
  );
}

/**
 * Updates the indicators around the live map for step `index`, reading every text (date, progress, title and
 * description, all in the story's language) from the step's own section and static map.
 */
export function updateIndicators(
  container: HTMLElement,
  steps: readonly HTMLElement[],
  model: LayoutModel,
  index: number,
): void {
  const state = model.states[index];
  const step = steps[index];
  if (!state || !step) return;
  const date = container.querySelector<HTMLElement>('[data-map-date]');
  if (date) {
    const own = step.querySelector<HTMLElement>('.step__date');
    const label = own ? { long: own.textContent ?? '', short: own.dataset.short ?? '' } : undefined;
    const long = date.querySelector('.date-long');
    const short = date.querySelector('.date-short');
    if (label && long && short && long.textContent !== label.long) {
      long.textContent = label.long;
      short.textContent = label.short;
    }
    date.hidden = !label;
  }
  const progress = container.querySelector<HTMLElement>('[data-map-progress]');
  if (progress) {
    progress.textContent = step.getAttribute('aria-label') ?? '';
    // On the bar itself: a custom property set on the container would restyle every mark of the map.
    progress.parentElement?.style.setProperty('--progress', String((index + 1) / steps.length));
  }
  const title = container.querySelector('svg.map > title');
  const desc = container.querySelector('svg.map > desc');
  const own = step.querySelector('.step__map svg.map');
  if (title) title.textContent = own?.querySelector('title')?.textContent ?? '';
  if (desc) desc.textContent = own?.querySelector('desc')?.textContent ?? '';
  updateLegend(container, model.legends[index] ?? []);
  for (const [i, s] of steps.entries()) s.classList.toggle('is-active', i === index);
  updateTimeline(container, step);
}
