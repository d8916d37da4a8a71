/** The static map of a step (JavaScript off, print): a fixed frame, larger marks, room round the view. */
import { layoutStep } from './layout';
import type { MapLayout } from './layout-types';
import type { LayoutModel } from './map-model';
import type { Padding } from './projection';

/** Marks' scale on the static maps (640 units wide, shown as narrow as 390 px): text and symbols stay ≥ 12 px. */
export const STATIC_MARK_SCALE = 20 / 14;

/** The static maps' frame, in SVG units (scaled to the column). */
export const STATIC_MAP_SIZE = { width: 640, height: 560 } as const;

/**
 * Room round the fitted view on the static maps, which have no overlays to keep clear of: a place at the view's edge
 * (Kunming, Kyaukphyu) still has room for its name beside it, clear of the line it ends.
 */
export const STATIC_MAP_PADDING: Padding = { top: 24, right: 40, bottom: 24, left: 40 };

/** Step `index`'s static map. */
export function staticStepLayout(model: LayoutModel, index: number): MapLayout {
  const { width, height } = STATIC_MAP_SIZE;
  return layoutStep(model, index, width, height, STATIC_MAP_PADDING, { scale: STATIC_MARK_SCALE });
}
