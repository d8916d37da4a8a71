/** The labels that stay through a camera move (flight-anchors.ts), drawn over the map at their size while it flies. */
import { anchorAt, type FlightAnchor } from '../lib/map/flight-anchors';
import { placeClass } from '../lib/map/mark-classes';
import { placeParts } from '../lib/map/mark-parts';
import type { Transform } from '../lib/map/projection';
import { syncParts } from './svg-parts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A small SVG of its own above the marks: a move changes only its few groups' transforms, never the marks. */
export class AnchorLabels {
  private readonly svg: SVGSVGElement;
  private anchors: FlightAnchor[] = [];

  constructor(container: HTMLElement, before: Element | null) {
    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('class', 'map-anchors');
    this.svg.setAttribute('aria-hidden', 'true');
    container.insertBefore(this.svg, before);
  }

  /** Shows `anchors` (and nothing else), or none. */
  begin(anchors: FlightAnchor[] = []): void {
    this.anchors = anchors;
    this.svg.replaceChildren(
      ...anchors.map((a) => {
        const g = document.createElementNS(SVG_NS, 'g');
        if (a.place) g.setAttribute('class', placeClass(a.place));
        syncParts(g, a.place ? placeParts(a.place) : [{ tag: 'text', attrs: { class: 'lbl-country' }, text: a.text }]);
        return g;
      }),
    );
  }

  /** Places the anchors for camera `t` at progress `u` of the move. */
  frame(t: Transform, u: number): void {
    this.anchors.forEach((a, i) => {
      const [x, y] = anchorAt(a, u);
      const r = (v: number) => Math.round(v * 10) / 10;
      this.svg.children[i]!.setAttribute('transform', `translate(${r(x * t.k + t.x)} ${r(y * t.k + t.y)})`);
    });
  }
}
