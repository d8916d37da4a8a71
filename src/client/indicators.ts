/** Keeps the sticky map's date indicator, progress and accessible description in step with the map. */
import type { MapModel } from '../lib/map/map-model';

/** Updates the indicators around the live map for step `index`. */
export function updateIndicators(container: HTMLElement, steps: readonly HTMLElement[], model: MapModel, index: number): void {
  const state = model.states[index];
  if (!state) return;
  const date = container.querySelector<HTMLElement>('[data-map-date]');
  if (date) {
    const label = state.until ? model.dateLabels[index] ?? '' : '';
    date.textContent = label;
    date.hidden = label === '';
  }
  const progress = container.querySelector<HTMLElement>('[data-map-progress]');
  if (progress) {
    progress.textContent = `Step ${index + 1} of ${steps.length}`;
    container.style.setProperty('--progress', String((index + 1) / steps.length));
  }
  const text = model.texts[index];
  const title = container.querySelector('svg.map > title');
  const desc = container.querySelector('svg.map > desc');
  if (text && title) title.textContent = text.title;
  if (text && desc) desc.textContent = text.description;
  const shown = new Set(model.legends[index] ?? []);
  container.querySelectorAll<HTMLElement>('[data-legend] [data-key]').forEach((li) => {
    li.hidden = !shown.has(li.dataset.key ?? '');
  });
  for (const [i, s] of steps.entries()) s.classList.toggle('is-active', i === index);
}
