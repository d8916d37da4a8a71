/** What the locator inset shows: the whole of Myanmar with enough of India, China and the Bay of Bengal to name them. */
import type { Bounds } from './extent';

/** [west, south, east, north] in degrees. */
export const INSET_BOUNDS: Bounds = [88.5, 9, 103.5, 29.5];
