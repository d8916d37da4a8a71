/**
 * Lays out the parts below the story (a day of events, a part of the notes) while the reader is still reading above
 * them: one small piece after another in idle moments, top down. CSS `content-visibility: auto` defers them at load
 * either way; without this, each would be laid out in a single frame of the reader's scroll when it comes near, and
 * the larger ones take longer than a frame on a slow phone.
 */
import { runWhenIdle } from './schedule';

/** Marks a part whose layout waits (see global.css). */
const DEFERRED = '[data-deferred]';

/** Starts laying out every deferred part under `root`, in document order, in idle moments. */
export function layOutDeferredWhenIdle(root: ParentNode = document): void {
  // Document order puts a section before its parts: the section's own layout is then cheap (its parts are still
  // skipped), and each part follows on its own.
  const parts = [...root.querySelectorAll<HTMLElement>(DEFERRED)];
  runWhenIdle(
    parts.map((part) => () => {
      part.style.contentVisibility = 'visible';
      // Laid out now, in this idle moment, rather than in the next frame together with the parts after it.
      part.getBoundingClientRect();
    }),
  );
}
