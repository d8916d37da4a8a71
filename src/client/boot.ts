/**
 * Starts the live map once the first screen has been shown: everything the reader sees first is already in the HTML,
 * so the first paint never waits for the map's script or its model. Both are then fetched side by side; without the
 * model the page keeps its static maps.
 */
import type { LayoutModel } from '../lib/map/map-model';
import { layOutDeferredWhenIdle } from './deferred-layout';

/** Resolves after the first contentful paint has been presented, then a frame and a task (or only those, where paints cannot be observed). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const later = () => requestAnimationFrame(() => setTimeout(resolve));
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return later();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      later();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

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

void afterFirstPaint().then(async () => {
  // The events and notes below the story are laid out in idle moments from now on, whether or not the map starts.
  layOutDeferredWhenIdle();
  const container = document.querySelector<HTMLElement>('[data-map]');
  const [story, model] = await Promise.all([import('./live-map'), fetchModel(container?.dataset.modelSrc)]);
  // The step menu and the step links work as plain links until now, and do not need the map. (They come in the live
  // map's chunk: a module shared by two chunks would bring the bundler's preloading code into this one.)
  story.wireStepMenu();
  story.wireStepLinks();
  if (container && model) story.start(container, model);
});
