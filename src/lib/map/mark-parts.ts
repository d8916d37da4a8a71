/**
 * The SVG elements inside a place mark and inside the locator inset, as data: the build's static maps render them
 * (SvgParts.astro) and the live map creates and updates them (src/client), so both draw the same markup.
 */
import type { Inset, PlaceMark } from './layout';
import { LABEL_OFFSET } from './label-placement';
import { dotRadius } from './mark-classes';
import { PAGE_IDS } from '../story/page-ids';

/** One SVG element: its tag, its attributes (by name) and its text, if any. */
export interface SvgPart {
  tag: 'circle' | 'rect' | 'text' | 'use';
  attrs: Record<string, string | number>;
  text?: string;
}

/** Radius of the dashed ring drawn around an approximate place, in pixels. */
export const APPROX_RING_RADIUS = 9;

/** The parts of a place mark, drawn around its own origin: ring (approximate places), dot, label (when placed). */
export function placeParts(p: Pick<PlaceMark, 'kind' | 'approximate' | 'labelSide' | 'name'>): SvgPart[] {
  const parts: SvgPart[] = [];
  if (p.approximate) parts.push({ tag: 'circle', attrs: { class: 'approx-ring', r: APPROX_RING_RADIUS } });
  parts.push({ tag: 'circle', attrs: { class: 'dot', r: dotRadius(p.kind) } });
  if (p.labelSide) {
    const [x, y, anchor] = LABEL_OFFSET[p.labelSide];
    parts.push({ tag: 'text', attrs: { x, y, 'text-anchor': anchor }, text: p.name });
  }
  return parts;
}

/** The locator inset's frame: where it sits (pixels) and the region its viewBox shows (base units). */
export function insetFrame(inset: Inset): { x: number; y: number; width: number; height: number; viewBox: string } {
  const [x0, y0, x1, y1] = inset.region;
  return {
    x: inset.x,
    y: inset.y,
    width: inset.width,
    height: inset.height,
    viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`,
  };
}

/** The locator inset's contents in base units: sea, its own map (MapDefs.astro), the main map's view outlined, a frame. */
export function insetParts(inset: Inset): SvgPart[] {
  const [x0, y0, x1, y1] = inset.region;
  const [vx0, vy0, vx1, vy1] = inset.view.map((v) => Math.round(v)) as [number, number, number, number];
  const region = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  return [
    { tag: 'rect', attrs: { class: 'sea', ...region } },
    { tag: 'use', attrs: { href: `#${PAGE_IDS.insetMap}` } },
    { tag: 'rect', attrs: { class: 'inset-view', x: vx0, y: vy0, width: vx1 - vx0, height: vy1 - vy0 } },
    { tag: 'rect', attrs: { class: 'inset-frame', ...region } },
  ];
}
