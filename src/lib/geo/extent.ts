/** The geographic extent every story coordinate must fall in. */

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

/** The map's extent: story data outside it cannot be shown. */
export const MAP_EXTENT: Bounds = [92, 15.5, 104, 28.5];

/** True when [lon, lat] lies inside the bounds. */
export function inBounds([lon, lat]: readonly number[], [w, s, e, n]: Bounds): boolean {
  return lon! >= w && lon! <= e && lat! >= s && lat! <= n;
}
