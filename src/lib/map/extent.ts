/** The geographic extent every story coordinate must fall in, and the named views. */

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

/** The map's extent: story data outside it cannot be shown. */
export const MAP_EXTENT: Bounds = [92, 15.5, 104, 28.5];

/** True when [lon, lat] lies inside the bounds. */
export function inBounds([lon, lat]: readonly number[], [w, s, e, n]: Bounds): boolean {
  return lon! >= w && lon! <= e && lat! >= s && lat! <= n;
}

/** Named views an editor can ask for in a step's `view`. */
export const NAMED_VIEWS = {
  /** Myanmar's north, Yunnan and the Bay of Bengal. */
  region: [92, 15.5, 104, 28.5],
  /** Kachin, northern Shan and western Yunnan. */
  border: [96.0, 22.4, 99.6, 26.6],
  /** Laiza, Muse and the week's fighting. */
  'laiza-muse': [96.9, 23.6, 98.6, 25.0],
  /** The rail corridor from Kunming to Kyaukphyu. */
  corridor: [93.2, 19.0, 103.2, 26.0],
} as const satisfies Record<string, Bounds>;

/** Name of a view in NAMED_VIEWS. */
export type ViewName = keyof typeof NAMED_VIEWS;

/** True when `name` is a named view. */
export function isViewName(name: string): name is ViewName {
  return Object.hasOwn(NAMED_VIEWS, name);
}
