/** Where the map writes the names of countries, states and seas: a cartographic choice, not data. */

/** A label for an area, shown when the view's width in degrees is within [minSpan, maxSpan). */
export interface AreaLabel {
  text: string;
  at: readonly [number, number];
  kind: 'country' | 'area' | 'water';
  minSpan: number;
  maxSpan: number;
}

/**
 * Area labels for every zoom the story uses; close views get their own positions near the border. The country entries
 * are only a fallback: wherever the outlines are at hand (the build and the browser), countries are named inside their
 * visible part of each frame instead (frame-marks.ts).
 */
export const AREA_LABELS: readonly AreaLabel[] = [
  { text: 'MYANMAR', at: [95.2, 21.2], kind: 'country', minSpan: 6, maxSpan: 99 },
  { text: 'CHINA', at: [101.2, 27.4], kind: 'country', minSpan: 6, maxSpan: 99 },
  { text: 'INDIA', at: [93.6, 26.6], kind: 'country', minSpan: 6, maxSpan: 99 },
  { text: 'LAOS', at: [102.6, 20.2], kind: 'country', minSpan: 6, maxSpan: 99 },
  { text: 'THAILAND', at: [99.8, 17.2], kind: 'country', minSpan: 6, maxSpan: 99 },
  { text: 'Bay of Bengal', at: [92.9, 17.0], kind: 'water', minSpan: 6, maxSpan: 99 },
  { text: 'MYANMAR', at: [96.7, 23.1], kind: 'country', minSpan: 2.5, maxSpan: 6 },
  { text: 'CHINA', at: [99.0, 25.9], kind: 'country', minSpan: 2.5, maxSpan: 6 },
  { text: 'MYANMAR', at: [97.15, 24.05], kind: 'country', minSpan: 0, maxSpan: 2.5 },
  { text: 'CHINA', at: [98.3, 24.6], kind: 'country', minSpan: 0, maxSpan: 2.5 },
  { text: 'KACHIN STATE', at: [97.2, 26.2], kind: 'area', minSpan: 2.5, maxSpan: 14 },
  { text: 'SHAN STATE', at: [98.1, 21.4], kind: 'area', minSpan: 2.5, maxSpan: 14 },
  { text: 'YUNNAN', at: [101.6, 24.4], kind: 'area', minSpan: 2.5, maxSpan: 14 },
  { text: 'KACHIN STATE', at: [97.05, 24.75], kind: 'area', minSpan: 0, maxSpan: 2.5 },
  { text: 'SHAN STATE', at: [97.6, 23.75], kind: 'area', minSpan: 0, maxSpan: 2.5 },
];
