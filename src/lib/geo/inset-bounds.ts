/** What the locator inset shows: the whole of Myanmar with enough of India, China and the Bay of Bengal to name them. */
import type { Bounds } from './extent';

/** [west, south, east, north] in degrees (west and north inside the base map's clip box, 89.5°E and 30.5°N). */
export const INSET_BOUNDS: Bounds = [89.5, 9.3, 103.5, 29.3];

/** The part of the inset south of the base map (which stops at 13.5°N), drawn from its own small file. */
export const INSET_SOUTH: Bounds = [89.5, 9.3, 103.5, 13.6];
