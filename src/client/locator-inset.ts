/** The live map's locator inset: a small overview in the corner with the current view outlined. */
import type { Inset } from '../lib/map/layout';
import { insetFrame, insetParts } from '../lib/map/mark-parts';
import { syncParts } from './svg-parts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A picture of its own over the marks' SVG rather than inside it: it holds a whole copy of the base map, which would
 * otherwise be painted again whenever any mark changes (in every frame of a corridor's draw-in). It is hidden rather
 * than removed between close views, so its copy of the base map is cloned and laid out once.
 */
export class LocatorInset {
  private readonly svg: SVGSVGElement;

  constructor(container: HTMLElement, before: Element | null) {
    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('class', 'inset map-inset');
    this.svg.setAttribute('aria-hidden', 'true');
    this.svg.setAttribute('focusable', 'false');
    this.svg.setAttribute('visibility', 'hidden');
    container.insertBefore(this.svg, before);
  }

  /** Fades the inset out (CSS transition), e.g. while the camera moves. */
  fadeOut(): void {
    this.svg.style.opacity = '0';
  }

  /** Shows `inset` (with the view outline at its current place) or hides the inset when the view needs none. */
  show(inset: Inset | undefined): void {
    if (!inset) {
      this.svg.setAttribute('visibility', 'hidden');
      this.svg.style.opacity = '0';
      return;
    }
    this.svg.removeAttribute('visibility');
    this.svg.style.removeProperty('opacity');
    const { x, y, width, height, viewBox } = insetFrame(inset);
    this.svg.style.left = `${x}px`;
    this.svg.style.top = `${y}px`;
    this.svg.setAttribute('width', String(width));
    this.svg.setAttribute('height', String(height));
    this.svg.setAttribute('viewBox', viewBox);
    syncParts(this.svg, insetParts(inset));
  }
}
