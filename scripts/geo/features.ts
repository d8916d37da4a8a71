/** Small helpers on GeoJSON features: planar bounds, clip-box tests, collections, mapshaper output as text. */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { CLIP_BBOX } from './settings';

/** Feature properties as mapshaper reads and writes them. */
export type Props = Record<string, string | null>;

/** [west, south, east, north] of a geometry's coordinates, or null when it has none. */
export function planarBounds(geometry: Geometry | null): [number, number, number, number] | null {
  if (!geometry) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as Position;
      if (x! < x0) x0 = x!;
      if (x! > x1) x1 = x!;
      if (y! < y0) y0 = y!;
      if (y! > y1) y1 = y!;
    } else if (Array.isArray(c)) {
      c.forEach(walk);
    }
  };
  if (geometry.type === 'GeometryCollection')
    geometry.geometries.forEach((g) => walk('coordinates' in g ? g.coordinates : []));
  else walk(geometry.coordinates);
  return x0 <= x1 ? [x0, y0, x1, y1] : null;
}

/** True when a geometry's bounds meet the clip box. */
export function touchesClipBox(geometry: Geometry | null): boolean {
  const b = planarBounds(geometry);
  if (!b) return false;
  const [w, s, e, n] = CLIP_BBOX;
  return b[2] >= w && b[0] <= e && b[3] >= s && b[1] <= n;
}

/** A FeatureCollection of `features`. */
export function collection(features: Feature<Geometry | null, Props>[]): FeatureCollection<Geometry | null, Props> {
  return { type: 'FeatureCollection', features };
}

/** A mapshaper output file as text. */
export function toText(output: string | Uint8Array | undefined, name: string): string {
  if (output === undefined) throw new Error(`mapshaper produced no ${name}`);
  return typeof output === 'string' ? output : Buffer.from(output).toString('utf8');
}
