/** Tells which step is active: scrollama for scroll changes, layout for load, hash changes and resizes. */
import scrollama from 'scrollama';
import { activeIndex, indexFromHash, TRIGGER_OFFSET } from '../lib/story/active-step';
import { storyPosition, type StoryPosition } from '../lib/story/settled-step';
import { settleWatch } from './settle-watch';

/**
 * Calls `onChange(index, reason)` whenever the active step may have changed; index -1 means "the same step, re-fit".
 * `onSettle` hears of the step the page opened on, then of each step the reader settles on (settle-watch.ts), with
 * where the reader is in the story as last measured (undefined after a hash change, which measures nothing).
 */
export function trackSteps(
  steps: readonly HTMLElement[],
  onChange: (index: number, reason: 'scroll' | 'layout' | 'hash') => void,
  onSettle?: (index: number, opening: boolean, position: StoryPosition | undefined) => void,
): () => void {
  const ids = steps.map((s) => s.id);
  // A step's text card is what the reader sees arrive: measure it, not the section (which is padded on phones).
  const cards = steps.map((s) => s.querySelector<HTMLElement>('.step__text') ?? s);
  const last = steps[steps.length - 1];
  // Measured with the cards, while the layout is fresh, for the settled step's address: measured later, in the settle
  // timer, it forced a layout of its own (a long task at the story's end, where the notes below are laid out).
  let position: StoryPosition | undefined;
  const fromLayout = () => {
    const tops = cards.map((c) => c.getBoundingClientRect().top);
    const line = window.innerHeight * TRIGGER_OFFSET;
    position = storyPosition(tops[0] ?? 0, last?.getBoundingClientRect().bottom ?? 0, line);
    return activeIndex(tops, window.innerHeight);
  };

  // The step last reported, so that a resize can keep it; while a resize settles, the cards move under the trigger
  // line without the reader scrolling, and what they pass is not reported.
  let current = 0;
  let resizing = false;
  const settle = onSettle && settleWatch((index, opening) => onSettle(index, opening, position));
  const report = (index: number, reason: 'scroll' | 'layout' | 'hash') => {
    if (resizing && reason === 'scroll') return;
    if (index >= 0) {
      current = index;
      settle?.(index);
    }
    onChange(index, reason);
  };

  const scroller = scrollama();
  scroller
    .setup({ step: cards, offset: TRIGGER_OFFSET })
    // Enter and exit only say "something changed": the answer always comes from layout, so a fling ends right.
    .onStepEnter(() => report(fromLayout(), 'scroll'))
    .onStepExit(() => report(fromLayout(), 'scroll'));

  const onHash = () => {
    const i = indexFromHash(location.hash, ids);
    position = undefined;
    if (i !== undefined) report(i, 'hash');
  };
  // A fling can jump a card from far above the trigger line to far below it between two observer samples,
  // and then no observer fires: a check on every scroll event catches that. Browsers send at most one scroll event a
  // frame, before the frame's animation callbacks, so the cards' positions read here are already laid out; read later
  // in the frame (after the map has written), they would force an extra style and layout pass.
  const onScroll = () => report(fromLayout(), 'scroll');
  // A resize re-fits the map but keeps the step the reader is on: when the text has reflowed so far that another card
  // now sits at the trigger line, the reader's card is brought back to where a link to it would put it.
  let resizeTimer: number | undefined;
  const onResize = () => {
    resizing = true;
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      scroller.resize();
      if (fromLayout() !== current) steps[current]?.scrollIntoView({ block: 'start', behavior: 'instant' });
      resizing = false;
      onChange(-1, 'layout');
    }, 100);
  };
  // Keyboard readers tab from step to step: bring a focused step's card to where a scroll would put it.
  const onFocus = (e: FocusEvent) => {
    const i = steps.findIndex((s) => s === e.target || s.contains(e.target as Node));
    if (i >= 0 && i !== fromLayout()) cards[i]!.scrollIntoView({ block: 'center' });
  };
  document.addEventListener('focusin', onFocus);
  window.addEventListener('hashchange', onHash);
  window.addEventListener('resize', onResize);
  window.addEventListener('scroll', onScroll, { passive: true });

  const initial = indexFromHash(location.hash, ids);
  report(initial ?? fromLayout(), initial !== undefined ? 'hash' : 'layout');

  return () => {
    scroller.destroy();
    window.removeEventListener('hashchange', onHash);
    window.removeEventListener('resize', onResize);
    window.removeEventListener('scroll', onScroll);
    document.removeEventListener('focusin', onFocus);
  };
}
