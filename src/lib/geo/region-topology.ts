/** The shape of the prepared base map, data/geo/region.topo.json (written by scripts/prepare-geo.ts). */
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties of a country in the prepared topology. */
export interface CountryProperties {
  id: string;
  name: string;
}

/** Properties of a state, region or province in the prepared topology. */
export interface AreaProperties {
  id: string;
  name: string;
  /** The id of the country it belongs to. */
  country: string;
  /** What the country calls it: state, region, province, autonomous region… */
  type: string;
}

/** Properties of a river in the prepared topology (its name as shown is in src/lib/i18n/rivers-strings.ts). */
export interface RiverProperties {
  id: string;
}

/** The prepared topology: countries and admin-1 areas sharing their arcs, and the rivers (lines). */
export type RegionTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  admin1: GeometryCollection<AreaProperties>;
  rivers: GeometryCollection<RiverProperties>;
}>;
