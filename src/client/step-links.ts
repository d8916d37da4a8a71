/**
 * Each step's "link to this step" control with JavaScript: it shares the step's address (Web Share API) where the
 * browser can, and copies it otherwise, saying so beside the control in a live region. Without JavaScript it is a link.
 */
import { readerWords } from './reader-words';

/** How long (ms) the confirmation stays beside the control. */
const CONFIRM_MS = 4000;

/** Wires every `[data-step-link]` control of the page. */
export function wireStepLinks(): void {
  const t = readerWords();
  if (!t) return;
  // The live regions exist before anything is said in them, or screen readers may not hear the first message.
  for (const link of document.querySelectorAll('[data-step-link]')) {
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    link.after(status);
  }
  document.addEventListener('click', async (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-step-link]');
    if (!link || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const url = link.href;
    if (navigator.share) {
      try {
        await navigator.share({ url, title: document.title });
        return;
      } catch (err) {
        // The reader closed the share sheet: nothing to do. Any other failure falls back to the clipboard.
        if ((err as Error).name === 'AbortError') return;
      }
    }
    let said = t.copied;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      history.replaceState(history.state, '', link.hash);
      said = t.inAddressBar;
    }
    const status = link.nextElementSibling;
    if (!status) return;
    status.textContent = said;
    setTimeout(() => {
      if (status.textContent === said) status.textContent = '';
    }, CONFIRM_MS);
  });
}
