/** The base map's fixed settings: what is clipped, how much it is simplified, the grid, where it is written. */
import { join } from 'node:path';
import { ROOT } from './root';

/**
 * Clip box [west, south, east, north]: a margin around the story's extent (92–104°E, 15.5–28.5°N) wide enough that no
 * frame shows where the data ends, down to a phone in portrait, whose map shows the whole region in a tall strip
 * (about 1.9–32.9°N; tests/unit/frame-within-data.test.ts).
 */
export const CLIP_BBOX = [89.0, 1.5, 107.0, 33.5] as const;
/** mapshaper -simplify setting: weighted Visvalingam, keeps detail of about 50 m (Laiza lies 200 m from the border). */
export const SIMPLIFY = 'weighted interval=50m';
/** Coordinate grid in degrees (≈55 m); also the TopoJSON quantization step. */
export const GRID = 0.0005;
/** Detached polygon parts smaller than this (m²) after rounding are merged into a neighbour. */
export const MIN_PART_AREA = 1e6;

/**
 * Where country outlines come from OpenStreetMap [west, south, east, north]: the whole Myanmar–China border and the
 * close views around it, where Natural Earth 1:10m is zoomed past its accuracy. Natural Earth stays the outline
 * elsewhere (coasts and the other borders), where it is the better generalisation at the scale they are shown.
 */
export const OSM_BOXES = [
  [96.0, 23.0, 99.5, 26.0],
  // Kyaukphyu, at the tip of Ramree Island, where Natural Earth's coast puts the town in the sea.
  [93.3, 19.2, 93.8, 19.7],
] as const;
/** Islands smaller than this (m²) are left out (OpenStreetMap maps thousands of islets along these coasts; at 50 km² an island is about 9 px across at the closest view of a coast, the corridor view). */
export const MIN_ISLAND_AREA = 50e6;

/** The prepared base map, committed with the site. */
export const OUTPUT = join(ROOT, 'data', 'geo', 'region.topo.json');
/**
 * Where the Shweli (Ruili) is drawn from OpenStreetMap's river areas [west, south, east, north]: from Namhkam to Muse and
 * Ruili, where it is the only river mapped (rivers.ts).
 */
export const SHWELI_BOX = [97.6, 23.78, 98.0, 24.06] as const;
