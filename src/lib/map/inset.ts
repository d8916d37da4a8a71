/** The locator inset of close views: where it sits, what it shows, and the room a fitted view leaves for it. */
import type { LayoutModel } from './map-model';
import { fitTransform, pad, visibleRect, type Padding, type Rect, type Transform } from './projection';

/** A small overview map in the corner, with the current view outlined. */
export interface Inset {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The whole region, in base units. */
  region: Rect;
  /** The part of the region the main map shows, in base units. */
  view: Rect;
}

/** Views narrower than this many degrees get a locator inset. */
export const INSET_BELOW_SPAN = 5;

/** Width of the locator inset in pixels on maps at least `from` pixels wide (the first that fits). */
export const INSET_WIDTHS: readonly { from: number; width: number }[] = [
  { from: 600, width: 140 },
  // A phone held upright: large enough to read its names, clear of the date's short form.
  { from: 380, width: 120 },
  { from: 0, width: 90 },
];

/** Distance of the locator inset from the map's top and right edges, in pixels. */
const INSET_MARGIN = 10;

/** Space kept between the locator inset and the step's view, in pixels. */
const INSET_GAP = 8;

/** True when step `index` shows a locator inset on a map `width` pixels wide. */
function hasInset(model: LayoutModel, index: number, width: number): boolean {
  return model.states[index]!.span < INSET_BELOW_SPAN && width >= 280;
}

/** Width of the locator inset on a map `width` pixels wide. */
function insetWidth(width: number): number {
  return INSET_WIDTHS.find((w) => width >= w.from)!.width;
}

/** Height of the locator inset in pixels: the region it shows at its width. */
function insetHeight(model: LayoutModel, width: number): number {
  const [x0, y0, x1, y1] = model.region;
  return Math.round((insetWidth(width) * (y1 - y0)) / (x1 - x0));
}

/** The locator inset for a view, or undefined when the view is wide enough to need none. */
export function insetFor(
  model: LayoutModel,
  index: number,
  transform: Transform,
  width: number,
  height: number,
): Inset | undefined {
  if (!hasInset(model, index, width)) return undefined;
  const w = insetWidth(width);
  return {
    x: width - w - INSET_MARGIN,
    y: INSET_MARGIN,
    width: w,
    height: insetHeight(model, width),
    region: model.region,
    view: visibleRect(transform, width, height),
  };
}

/**
 * Padding that also keeps the step's view clear of the locator inset in the top right corner: a band along the top
 * or along the right, whichever costs the view less zoom.
 */
export function paddingClearOfInset(
  model: LayoutModel,
  index: number,
  width: number,
  height: number,
  padding: Padding = pad(0),
): Padding {
  if (!hasInset(model, index, width)) return padding;
  const rect = model.states[index]!.rect;
  const byTop = { ...padding, top: Math.max(padding.top, INSET_MARGIN + insetHeight(model, width) + INSET_GAP) };
  const byRight = { ...padding, right: Math.max(padding.right, INSET_MARGIN + insetWidth(width) + INSET_GAP) };
  return fitTransform(rect, width, height, byTop).k >= fitTransform(rect, width, height, byRight).k ? byTop : byRight;
}
