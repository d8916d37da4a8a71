/** Creates and updates SVG parts described as data (src/lib/map/mark-parts.ts), the markup the static maps render. */
import type { SvgPart } from '../lib/map/mark-parts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Sets every attribute of `part` on `el`, and its text. */
function apply(el: Element, part: SvgPart): void {
  for (const [name, value] of Object.entries(part.attrs)) el.setAttribute(name, String(value));
  if (part.text !== undefined && el.textContent !== part.text) el.textContent = part.text;
}

/**
 * Makes `parent`'s children match `parts`: children of the right tag are updated in place (so nothing is laid out
 * anew that has not changed), missing ones are added and extra ones removed.
 */
export function syncParts(parent: Element, parts: readonly SvgPart[]): void {
  parts.forEach((part, i) => {
    let el = parent.children[i];
    if (!el || el.tagName !== part.tag) {
      const made = document.createElementNS(SVG_NS, part.tag);
      parent.insertBefore(made, el ?? null);
      el = made;
    }
    apply(el, part);
  });
  while (parent.children.length > parts.length) parent.lastElementChild!.remove();
}
