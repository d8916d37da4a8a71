/** The small part of mapshaper's Node API that scripts/prepare-geo.ts uses. */
declare module 'mapshaper' {
  interface MapshaperDataset {
    arcs: unknown;
    layers: unknown[];
  }
  interface Mapshaper {
    /** Runs a command string on in-memory inputs (keyed by file name); resolves to the outputs keyed by file name. */
    applyCommands(commands: string, inputs?: Record<string, unknown>): Promise<Record<string, string | Uint8Array>>;
    internal: {
      importGeoJSON(geojson: unknown, opts: Record<string, unknown>): MapshaperDataset;
      findSegmentIntersections(arcs: unknown): unknown[];
    };
  }
  const mapshaper: Mapshaper;
  export default mapshaper;
}
