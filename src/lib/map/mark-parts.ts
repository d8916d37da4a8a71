/**
 * The SVG elements inside a place mark and inside the locator inset, as data: the build's static maps render them
 * (SvgParts.astro) and the live map creates and updates them (src/client), so both draw the same markup.
 */
import type { Inset, MapLayout, PlaceMark } from './layout';
import { labelOffset } from './label-placement';
import { dotRadius } from './mark-classes';
import { PAGE_IDS } from '../story/page-ids';

/** One SVG element: its tag, its attributes (by name) and its text, if any. */
export interface SvgPart {
  tag: 'circle' | 'rect' | 'text' | 'use' | 'path' | 'line';
  attrs: Record<string, string | number>;
  text?: string;
}

/** Radius of the dashed ring drawn around an approximate place, in pixels. */
export const APPROX_RING_RADIUS = 9;

/** Radius of the ring round a lone event symbol drawn on an approximate place's spot. */
export const COVERED_RING_RADIUS = 13;

/** The capital's star (five points, about 13 px across). */
const CAPITAL_STAR = 'M0,-6.5L1.5,-2.1L6.2,-2L2.5,0.8L3.8,5.3L0,2.6L-3.8,5.3L-2.5,0.8L-6.2,-2L-1.5,-2.1Z';

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The parts of a place mark, drawn around its own origin: the uncertainty ring (approximate places, once per site),
 * the dot or the capital's star (not under a lone event symbol), and the label (when placed).
 */
export function placeParts(
  p: Pick<PlaceMark, 'kind' | 'approximate' | 'labelSide' | 'name' | 'labelPush' | 'covered' | 'scale'>,
): SvgPart[] {
  const k = p.scale;
  const parts: SvgPart[] = [];
  if (p.approximate)
    parts.push({
      tag: 'circle',
      attrs: { class: 'approx-ring', r: r1((p.covered ? COVERED_RING_RADIUS : APPROX_RING_RADIUS) * k) },
    });
  if (!p.covered) {
    if (p.kind === 'capital')
      parts.push({
        tag: 'path',
        attrs: { class: 'capital', d: CAPITAL_STAR, ...(k !== 1 && { transform: `scale(${r1(k)})` }) },
      });
    else parts.push({ tag: 'circle', attrs: { class: 'dot', r: r1(dotRadius(p.kind) * k) } });
  }
  if (p.labelSide) {
    const [x, y, anchor] = labelOffset(p.labelSide, 14 * k, p.labelPush);
    parts.push({ tag: 'text', attrs: { x: r1(x), y: r1(y), 'text-anchor': anchor }, text: p.name });
  }
  return parts;
}

/** The leader lines and callout boxes (with their names) of a layout, in pixels. */
export function calloutParts(layout: Pick<MapLayout, 'leaders' | 'callouts'>): SvgPart[] {
  return [
    ...layout.leaders.map(
      (l): SvgPart => ({
        tag: 'line',
        attrs: { class: 'leader', x1: r1(l.x1), y1: r1(l.y1), x2: r1(l.x2), y2: r1(l.y2) },
      }),
    ),
    ...layout.callouts.flatMap((c): SvgPart[] => [
      {
        tag: 'rect',
        attrs: {
          class: 'callout',
          x: r1(c.box[0]),
          y: r1(c.box[1]),
          width: r1(c.box[2] - c.box[0]),
          height: r1(c.box[3] - c.box[1]),
          rx: 3,
        },
      },
      ...c.names.map(
        (n): SvgPart => ({
          tag: 'text',
          attrs: { class: `callout-name${n.highlighted ? ' is-hl' : ''}`, x: r1(n.x), y: r1(n.y) },
          text: n.text,
        }),
      ),
    ]),
  ];
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
