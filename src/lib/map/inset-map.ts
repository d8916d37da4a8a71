/** The locator inset's map south of the base map (data/geo/inset.geo.json) as SVG paths, and where its names go. */
import type { FeatureCollection } from 'geojson';
import { geoClipRectangle, type GeoStreamWrapper } from 'd3-geo';
import { compactPath } from './compact-path';
import { baseProjection } from './projection';
import { INSET_SOUTH } from '../geo/inset-bounds';
import { overlaysStrings } from '../i18n/overlays-strings';

/** The inset's paths are drawn in base units divided by this (a whole unit is then under an inset pixel). */
export const INSET_UNIT = 60;

/** The inset's two fills south of the base map: land, and Myanmar. */
export interface InsetPaths {
  land: string;
  myanmar: string;
}

/** Paths of the inset's southern part in base units / INSET_UNIT, clipped to INSET_SOUTH. */
export function insetPaths(geo: FeatureCollection): InsetPaths {
  const base = baseProjection();
  const [tx, ty] = base.translate();
  const p = base.scale(base.scale() / INSET_UNIT).translate([tx / INSET_UNIT, ty / INSET_UNIT]);
  const [w, s, e, n] = INSET_SOUTH;
  const [x0, y0] = p([w, n])!;
  const [x1, y1] = p([e, s])!;
  const clip = geoClipRectangle(x0, y0, x1, y1);
  const stream: GeoStreamWrapper = { stream: (out) => p.stream(clip(out)) };
  const path = (id: string) => {
    const f = geo.features.find((g) => g.id === id);
    if (!f) throw new Error(`data/geo/inset.geo.json: no feature "${id}"`);
    return compactPath(stream, f);
  };
  return { land: path('land'), myanmar: path('myanmar') };
}

/** A name in the inset, in inset units (base units / INSET_UNIT). */
export interface InsetName {
  text: string;
  kind: 'country' | 'water';
  x: number;
  y: number;
}

/** Where the inset writes its names (longitude, latitude of the text's baseline centre): a cartographic choice. */
const NAMES: readonly [keyof typeof overlaysStrings.en, 'country' | 'water', number, number][] = [
  ['myanmar', 'country', 96.6, 20.6],
  ['china', 'country', 100.9, 26.4],
  ['india', 'country', 91.7, 25.7],
];
/** The Bay of Bengal's two lines. */
const BAY: readonly [number, number, number] = [91.2, 16.1, 15.1];

/** The inset's names: MYANMAR, CHINA, INDIA and the Bay of Bengal, in `lang`. */
export function insetNames(lang: keyof typeof overlaysStrings = 'en'): InsetName[] {
  const t = overlaysStrings[lang];
  const base = baseProjection();
  const at = (lon: number, lat: number) => base([lon, lat])!.map((v) => Math.round(v / INSET_UNIT)) as [number, number];
  const names: InsetName[] = NAMES.map(([key, kind, lon, lat]) => {
    const [x, y] = at(lon, lat);
    return { text: String(t[key]), kind, x, y };
  });
  const [lon, lat1, lat2] = BAY;
  t.bayOfBengal.forEach((line, i) => {
    const [x, y] = at(lon, i === 0 ? lat1 : lat2);
    names.push({ text: line, kind: 'water', x, y });
  });
  return names;
}
