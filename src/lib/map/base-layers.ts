/** Base map layers as SVG path data in base units, projected once from the prepared TopoJSON. */
import { geoBounds, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import type { Bounds } from './extent';

/** Properties of a country in the prepared topology. */
export interface CountryProps {
  id: string;
  name: string;
}
/** Properties of a state, region or province in the prepared topology. */
export interface AreaProps {
  id: string;
  name: string;
  country: string;
  type: string;
}

/** A named shape with its SVG path. */
export interface PathItem {
  id: string;
  name: string;
  d: string;
}

/** Everything the base map draws, as path data in base units. */
export interface BaseLayers {
  countries: PathItem[];
  /** Borders between countries. */
  borders: string;
  /** Borders between states/regions/provinces of the same country. */
  adminLines: string;
  /** Areas by id, for highlighting; only those asked for. */
  areas: (PathItem & { country: string })[];
}

/** The prepared topology's shape. */
export type RegionTopology = Topology<{
  countries: GeometryCollection<CountryProps>;
  admin1: GeometryCollection<AreaProps>;
}>;

/** Builds the base layers; `areaIds` limits which area outlines are emitted (each costs bytes). */
export function buildBaseLayers(topo: RegionTopology, projection: GeoProjection, areaIds: Iterable<string> = []): BaseLayers {
  const path = geoPath(projection).digits(0);
  const countries = feature(topo, topo.objects.countries).features as Feature<Geometry, CountryProps>[];
  const admin = feature(topo, topo.objects.admin1).features as Feature<Geometry, AreaProps>[];
  const wanted = new Set(areaIds);
  return {
    countries: countries
      .map((f) => ({ id: f.properties.id, name: f.properties.name, d: path(f) ?? '' }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    borders: path(mesh(topo, topo.objects.countries, (a, b) => a !== b)) ?? '',
    adminLines:
      path(mesh(topo, topo.objects.admin1, (a, b) => a !== b && (a.properties as AreaProps).country === (b.properties as AreaProps).country)) ?? '',
    areas: admin
      .filter((f) => wanted.has(f.properties.id))
      .map((f) => ({ id: f.properties.id, name: f.properties.name, country: f.properties.country, d: path(f) ?? '' })),
  };
}

/** Geographic bounds of every area, for steps that fit the map to one. */
export function areaBounds(topo: RegionTopology): Map<string, Bounds> {
  const admin = feature(topo, topo.objects.admin1).features as Feature<Geometry, AreaProps>[];
  return new Map(admin.map((f) => {
    const [[w, s], [e, n]] = geoBounds(f);
    return [f.properties.id, [w, s, e, n] as Bounds];
  }));
}

/** Names of the areas by id. */
export function areaNames(topo: RegionTopology): Map<string, string> {
  return new Map(topo.objects.admin1.geometries.map((g) => [(g.properties as AreaProps).id, (g.properties as AreaProps).name]));
}
