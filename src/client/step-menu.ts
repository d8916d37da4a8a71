/**
 * The step menu with JavaScript: Escape closes it and puts focus back on its button; choosing a step closes it, replaces
 * the address instead of adding to the history (so Back leaves the story) and moves focus to the step; so does a click
 * elsewhere.
 */

/** Wires the page's step menu, if it has one. */
export function wireStepMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-step-menu]');
  const button = menu?.querySelector('summary');
  if (!menu || !button) return;
  const close = () => {
    menu.open = false;
  };
  menu.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !menu.open) return;
    e.preventDefault();
    close();
    button.focus();
  });
  menu.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
    if (!link || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    close();
    location.replace(link.hash);
    document.getElementById(decodeURIComponent(link.hash.slice(1)))?.focus({ preventScroll: true });
  });
  document.addEventListener('click', (e) => {
    if (menu.open && !menu.contains(e.target as Node)) close();
  });
  menu.addEventListener('focusout', (e) => {
    if (e.relatedTarget && !menu.contains(e.relatedTarget as Node)) close();
  });
}
