/**
 * What follows the reader's step once it has settled: the address (replaced, so Back leaves the story), the step menu's
 * current entry, and a polite announcement of what changed on the map. Nothing is said or rewritten on load.
 */
import type { LayoutModel } from '../lib/map/map-model';
import { changeAnnouncement, mapChanges } from '../lib/map/map-changes';
import { TRIGGER_OFFSET } from '../lib/story/active-step';
import { nextFragment, storyPosition, type StoryPosition } from '../lib/story/settled-step';
import { readerWords } from './reader-words';

/** The handler for settled steps (see settle-watch.ts) of the story's `steps`. */
export function onStepSettled(
  steps: readonly HTMLElement[],
  model: LayoutModel,
): (index: number, opening: boolean, position: StoryPosition | undefined) => void {
  const ids = steps.map((s) => s.id);
  const region = document.querySelector<HTMLElement>('[data-map-announcer]');
  const names = JSON.parse(region?.dataset.segments ?? '{}') as Record<string, string>;
  const words = readerWords();
  const menuLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-step-menu] a')];
  let said = -1;
  /** Where the reader is, measured now (only when the tracker has not measured it). */
  const measure = (): StoryPosition | undefined => {
    const first = steps[0]?.querySelector('.step__text') ?? steps[0];
    const last = steps[steps.length - 1];
    if (!first || !last) return undefined;
    const line = window.innerHeight * TRIGGER_OFFSET;
    return storyPosition(first.getBoundingClientRect().top, last.getBoundingClientRect().bottom, line);
  };
  return (index, opening, position) => {
    const hash = `#${encodeURIComponent(ids[index] ?? '')}`;
    for (const a of menuLinks) {
      if (a.hash === hash) a.setAttribute('aria-current', 'step');
      else a.removeAttribute('aria-current');
    }
    if (opening) {
      said = index;
      return;
    }
    const where = position ?? measure();
    const fragment = where && nextFragment(location.hash, index, where, ids);
    if (fragment !== undefined)
      history.replaceState(history.state, '', fragment || location.pathname + location.search);
    const from = model.states[said];
    const to = model.states[index];
    if (!region || !words || !from || !to || said === index) return;
    const title = steps[index]?.querySelector('.step__map svg.map > title')?.textContent ?? '';
    region.textContent = changeAnnouncement(title, mapChanges(from, to), said, index, (id) => names[id] ?? id, words);
    said = index;
  };
}
