/** Keeps the sticky map's date indicator, progress and accessible description in step with the map. */
import type { LayoutModel } from '../lib/map/map-model';
import { updateTimeline } from './timeline';
import { PHONE_KEY_ENTRIES, WIDE_KEY_QUERY, compactKeys, inKeyOrder, keysByNeed, newKeys } from '../lib/map/new-keys';

const WIDE = window.matchMedia(WIDE_KEY_QUERY);

const legendItems = new WeakMap<HTMLElement, Map<string, HTMLElement>>();
/** Each legend's last fit (see updateLegend), run again when the reader closes the full key. */
const refits = new WeakMap<HTMLElement, () => void>();

/** Opens and closes the full key (every symbol of the step, not only the new ones). */
function toggleKey(this: HTMLButtonElement): void {
  const open = this.getAttribute('aria-expanded') !== 'true';
  this.setAttribute('aria-expanded', String(open));
  if (!open) refits.get(this)?.();
}

/** The height the compact key may take (the stylesheet's --key-room), or 0 where it is not limited. */
function keyRoom(box: HTMLElement): number {
  const value = parseFloat(getComputedStyle(box).getPropertyValue('--key-room'));
  return Number.isFinite(value) ? value : 0;
}

/**
 * Shows the current step's legend entries, those `fresh` in the step always and the others in the full key. They are
 * fresh copies each time: entries that stayed and moved would count as layout shift, new ones do not.
 */
function updateLegend(container: HTMLElement, keys: readonly string[], fresh: readonly string[]): void {
  const box = container.querySelector<HTMLElement>('[data-legend]');
  const list = box?.querySelector('ul');
  const more = box?.querySelector('button');
  if (!box || !list || !more) return;
  let items = legendItems.get(list);
  if (!items) {
    items = new Map([...list.querySelectorAll<HTMLElement>('[data-key]')].map((li) => [li.dataset.key ?? '', li]));
    legendItems.set(list, items);
    more.addEventListener('click', toggleKey);
  }
  // Hidden when empty by an attribute rather than a :has() rule, which the browser re-checks on every change inside.
  const shown = keys.filter((k) => items.has(k));
  if (box.hidden !== !shown.length) box.hidden = !shown.length;
  let changed = false;
  /** Shows the new entries `compact` (the others wait in the full key). */
  const show = (compact: readonly string[]) => {
    const old = (k: string) => !compact.includes(k);
    if (more.hidden !== !shown.some(old)) more.hidden = !shown.some(old);
    const signature = shown.map((k) => (old(k) ? `~${k}` : k)).join();
    if (list.dataset.shown === signature) return;
    list.dataset.shown = signature;
    changed = true;
    list.replaceChildren(
      ...shown.map((k) => {
        const li = items.get(k)!.cloneNode(true) as HTMLElement;
        li.hidden = false;
        li.classList.toggle('is-old', old(k));
        return li;
      }),
    );
  };
  // On a phone the key has little room: a few new entries there, the others in the full key. In either arrangement
  // the key keeps to the room the map's fit leaves it (--key-room): an entry that would make it taller (a long name, a
  // narrow map) waits in the full key too, and a shorter one after it may take its place. Measured only when the
  // entries changed (a measure lays the map out), and while the full key is closed (open, it reaches further by design).
  const fitRoom = (always = false) => {
    changed = always;
    const need = keysByNeed(shown, fresh);
    const most = WIDE.matches ? need.length : PHONE_KEY_ENTRIES;
    show(compactKeys(shown, fresh, most));
    if (!changed || more.getAttribute('aria-expanded') === 'true') return;
    const room = keyRoom(box);
    const fits = () => box.getBoundingClientRect().height <= room + 0.5;
    if (room <= 0 || fits()) return;
    const chosen: string[] = [];
    for (const k of need) {
      if (chosen.length === most) break;
      show(inKeyOrder(shown, [...chosen, k]));
      if (fits() || chosen.length === 0) chosen.push(k);
    }
    show(inKeyOrder(shown, chosen));
  };
  refits.set(more, () => fitRoom(true));
  fitRoom();
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
  updateLegend(container, model.legends[index] ?? [], newKeys(model.legends, index));
  for (const [i, s] of steps.entries()) s.classList.toggle('is-active', i === index);
  updateTimeline(container, step);
}
