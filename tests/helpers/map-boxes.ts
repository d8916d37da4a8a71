/** Bounding boxes of the live map's marks and of what lies over the map, measured in the browser, and their overlaps. */
import type { Page } from 'playwright-core';

/** A measured box in CSS pixels, with what it is. */
export interface MeasuredBox {
  what: string;
  /** For labels: the place it names; for symbols: the place it stands at. */
  place?: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Everything one step's map shows that must stay readable, and what covers the map. */
export interface MapBoxes {
  labels: MeasuredBox[];
  symbols: MeasuredBox[];
  overlays: {
    legend: MeasuredBox[];
    date: MeasuredBox[];
    inset: MeasuredBox[];
    card: MeasuredBox[];
    scaleBar: MeasuredBox[];
  };
}

/** True when two boxes overlap by more than `slack` pixels on both axes. */
export function boxesOverlap(a: MeasuredBox, b: MeasuredBox, slack = 1): boolean {
  return a.x0 + slack < b.x1 && b.x0 + slack < a.x1 && a.y0 + slack < b.y1 && b.y0 + slack < a.y1;
}

/** Every pair of boxes from `as` and `bs` that overlap, described, skipping pairs `allowed` accepts. */
export function overlapsBetween(
  as: readonly MeasuredBox[],
  bs: readonly MeasuredBox[],
  allowed: (a: MeasuredBox, b: MeasuredBox) => boolean = () => false,
): string[] {
  const same = as === bs;
  return as.flatMap((a, i) =>
    (same ? bs.slice(i + 1) : bs)
      .filter((b) => !allowed(a, b) && boxesOverlap(a, b))
      .map((b) => `${a.what} / ${b.what}`),
  );
}

/**
 * Measures `root` (the live map's svg, or a step's static map): visible labels (place names, callout names, country
 * and area names, river names) and event symbols inside the map's box, and, for the live map, the legend, date, locator inset and
 * the active step's card where they cover it; and the map's scale bar.
 */
export async function measureMap(page: Page, root: string, activeCard?: string): Promise<MapBoxes> {
  return page.evaluate(
    ({ root, activeCard }) => {
      const svg = document.querySelector<SVGSVGElement>(root)!;
      const frame = svg.getBoundingClientRect();
      const box = (el: Element, what: string, place?: string) => {
        const r = el.getBoundingClientRect();
        return { what, ...(place ? { place } : {}), x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
      };
      const shown = (el: Element) => {
        if (el.closest('.is-exiting')) return false;
        for (let e: Element | null = el; e && e !== svg.parentElement; e = e.parentElement) {
          const s = getComputedStyle(e);
          if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false;
        }
        const r = el.getBoundingClientRect();
        return (
          r.width > 0 && r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom
        );
      };
      const named = (sel: string, what: string) =>
        [...svg.querySelectorAll(sel)]
          .filter(shown)
          .map((t) =>
            box(t, `${what} "${t.textContent}"`, t.closest('[data-place]')?.getAttribute('data-place') ?? undefined),
          );
      // River names: in the static map itself; on the live map, in the base map's picture under the marks.
      const rivers = [
        ...svg.querySelectorAll('.river-label'),
        ...(svg.parentElement?.querySelectorAll('.map-layer .river-label') ?? []),
      ]
        .filter(shown)
        .map((t) => box(t, `river name "${t.textContent}"`));
      const labels = [
        ...named('.places text', 'label'),
        ...named('.callouts text', 'callout name'),
        ...named('.labels-areas text', 'name'),
        ...rivers,
      ];
      const symbols = [...svg.querySelectorAll('use.ev')]
        .filter(shown)
        .map((u) => box(u, `symbol ${u.getAttribute('data-event')}`, u.getAttribute('data-site') ?? undefined));
      const over = (sel: string, what: string) =>
        [...document.querySelectorAll(sel)].filter((e) => !e.closest('[hidden]') && shown(e)).map((e) => box(e, what));
      return {
        labels,
        symbols,
        overlays: {
          legend: over('[data-map] [data-legend]', 'the legend'),
          date: over('[data-map] [data-map-date]', 'the date'),
          inset: [
            ...over('[data-map] .map-inset', 'the locator inset'),
            // The frame rect, not the <svg>: Chromium's box of a nested <svg> takes in its clipped-off map too.
            ...over(`${root} svg.inset > rect.inset-frame`, 'the locator inset'),
          ],
          card: activeCard ? over(`${activeCard} .step__text`, 'the active card') : [],
          scaleBar: [...svg.querySelectorAll('.scale-bar')].filter(shown).map((e) => box(e, 'the scale bar')),
        },
      };
    },
    { root, activeCard },
  );
}
