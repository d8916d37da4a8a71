/** Geographic bounds of a set of features, padded so that a single point still gets a sensible view. */
import type { Bounds } from '../geo/extent';

/** Smallest extent, in degrees, a fitted view may have on either axis. */
export const MIN_SPAN = 0.5;

/** Bounds of a list of [lon, lat] positions, grown to at least MIN_SPAN and padded by `margin` (a fraction). */
export function boundsOfPositions(positions: readonly (readonly number[])[], margin = 0.15): Bounds | undefined {
  if (positions.length === 0) return undefined;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions) {
    w = Math.min(w, x!);
    e = Math.max(e, x!);
    s = Math.min(s, y!);
    n = Math.max(n, y!);
  }
  const grow = (lo: number, hi: number): [number, number] => {
    const span = Math.max(hi - lo, MIN_SPAN / (1 + 2 * margin));
    const mid = (lo + hi) / 2;
    const half = (span * (1 + 2 * margin)) / 2;
    return [mid - half, mid + half];
  };
  [w, e] = grow(w, e);
  [s, n] = grow(s, n);
  return [w, s, e, n];
}
