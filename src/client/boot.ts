/**
 * Starts the live map once the first screen has been painted (a frame, then a task after it): everything the reader
 * sees first is already in the HTML, so the first paint never waits for the map's script or its model. Both are
 * fetched side by side; without the model the page keeps its static maps.
 */
import type { LayoutModel } from '../lib/map/map-model';

/** The map model the page points to (`data-model-src`), or undefined when there is none or it cannot be read. */
async function fetchModel(src: string | undefined): Promise<LayoutModel | undefined> {
  if (!src) return undefined;
  try {
    const response = await fetch(src);
    return response.ok ? ((await response.json()) as LayoutModel) : undefined;
  } catch {
    return undefined;
  }
}

requestAnimationFrame(() =>
  setTimeout(() => {
    const container = document.querySelector<HTMLElement>('[data-map]');
    void Promise.all([import('./story'), fetchModel(container?.dataset.modelSrc)]).then(([story, model]) => {
      if (container && model) story.start(container, model);
    });
  }),
);
