/** The story's data items as published GeoJSON: the features a story shows, as the data files hold them. */

/** A GeoJSON feature as the data files hold it (an id, a geometry, properties). */
interface Feature {
  type: 'Feature';
  id: string;
  geometry: unknown;
  properties: unknown;
}

/** A FeatureCollection of the features whose ids are in `ids`, in the data file's order, as JSON text. */
export function featureCollectionJson(features: readonly Feature[], ids: ReadonlySet<string>): string {
  const kept = features
    .filter((f) => ids.has(f.id))
    .map((f) => ({ type: 'Feature', id: f.id, geometry: f.geometry, properties: f.properties }));
  return `${JSON.stringify({ type: 'FeatureCollection', features: kept }, null, 1)}\n`;
}
