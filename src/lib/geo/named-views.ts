/**
 * The views an editor can name in a step's `view`: where each looks (bounds) and what the text alternative calls it.
 * A new view is one entry here; the check's hints and the map's descriptions follow.
 */
import type { Bounds } from './extent';

/** The named views. */
export const NAMED_VIEWS = {
  region: { bounds: [92, 15.5, 104, 28.5], name: 'Myanmar, Yunnan and the Bay of Bengal' },
  border: { bounds: [96.0, 22.4, 99.6, 26.6], name: 'Kachin State, northern Shan State and western Yunnan' },
  'laiza-muse': { bounds: [96.9, 23.6, 98.6, 25.0], name: 'the border around Laiza and Muse' },
  corridor: { bounds: [93.2, 19.0, 103.2, 26.0], name: 'the rail corridor from Kunming to Kyaukphyu' },
} as const satisfies Record<string, { bounds: Bounds; name: string }>;

/** Name of a view in NAMED_VIEWS. */
export type ViewName = keyof typeof NAMED_VIEWS;

/** The view names, in the order editors are offered them. */
export const VIEW_NAMES = Object.keys(NAMED_VIEWS) as ViewName[];

/** True when `name` is a named view. */
export function isViewName(name: string): name is ViewName {
  return Object.hasOwn(NAMED_VIEWS, name);
}
