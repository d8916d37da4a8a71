/** Tells which step is active: scrollama for scroll changes, layout for load, hash changes and resizes. */
import scrollama from 'scrollama';
import { activeIndex, indexFromHash, TRIGGER_OFFSET } from '../lib/story/active-step';

/** Calls `onChange(index, reason)` whenever the active step may have changed. */
export function trackSteps(
  steps: readonly HTMLElement[],
  onChange: (index: number, reason: 'scroll' | 'layout' | 'hash') => void,
): () => void {
  const ids = steps.map((s) => s.id);
  // A step's text card is what the reader sees arrive: measure it, not the section (which is padded on phones).
  const cards = steps.map((s) => s.querySelector<HTMLElement>('.step__text') ?? s);
  const fromLayout = () => activeIndex(cards.map((c) => c.getBoundingClientRect().top), window.innerHeight);

  const scroller = scrollama();
  scroller
    .setup({ step: cards, offset: TRIGGER_OFFSET })
    // Enter and exit only say "something changed": the answer always comes from layout, so a fling ends right.
    .onStepEnter(() => onChange(fromLayout(), 'scroll'))
    .onStepExit(() => onChange(fromLayout(), 'scroll'));

  const onHash = () => {
    const i = indexFromHash(location.hash, ids);
    if (i !== undefined) onChange(i, 'hash');
  };
  let resizeTimer: number | undefined;
  const onResize = () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      scroller.resize();
      onChange(fromLayout(), 'layout');
    }, 100);
  };
  window.addEventListener('hashchange', onHash);
  window.addEventListener('resize', onResize);

  const initial = indexFromHash(location.hash, ids);
  onChange(initial ?? fromLayout(), initial !== undefined ? 'hash' : 'layout');

  return () => {
    scroller.destroy();
    window.removeEventListener('hashchange', onHash);
    window.removeEventListener('resize', onResize);
  };
}
