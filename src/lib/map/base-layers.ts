/** Base map layers as SVG path data in base units, projected once from the prepared TopoJSON. */
import { geoBounds, geoIdentity, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, Geometry, Position } from 'geojson';
import type { Bounds } from '../geo/extent';
import type { AreaProperties, CountryProperties, RegionTopology, RiverProperties } from '../geo/region-topology';
import { compactPath } from './compact-path';
import { SUBJECT_BORDER } from './lead-map';
import { arcLines, bandRing, sharedArcs, withCoarseArcs } from './subject-border';

/** How far (degrees) the neighbour's coarse version of the subject border may stray from the real one. */
export const BORDER_TOLERANCE = 0.03;
/** How far (degrees) the middle line of the band around the subject border may stray from the real border. */
export const BAND_TOLERANCE = 0.06;
/** Half the width (degrees of longitude) of that band: more than the two tolerances together. */
export const BORDER_BAND = 0.1;

/** A named shape with its SVG path. */
export interface PathItem {
  id: string;
  name: string;
  d: string;
}

/** Everything the base map draws, as path data in base units. */
export interface BaseLayers {
  /** Country shapes; their outlines are the coasts and international borders. */
  countries: PathItem[];
  /** Borders between states/regions of Myanmar and between Yunnan and its neighbouring provinces. */
  adminLines: string;
  /** Areas by id, for highlighting; only those asked for. */
  areas: (PathItem & { country: string })[];
  /**
   * A band around the border the story is about (subject-border.ts), in the neighbour's fill: the neighbour's own shape
   * has only a coarse version of that border, and the band is also where the emphasised line is clipped from the
   * story's country's outline.
   */
  borderZone: string;
  /** Rivers by id (lines). */
  rivers: Omit<PathItem, 'name'>[];
}

const props = <P>(g: { properties?: unknown }) => g.properties as P;

/** Provinces whose lines the map draws in China: the story names only Yunnan, so lines between two others are left out. */
export const DRAWN_PROVINCES: readonly string[] = ['cn-yunnan'];

/** True when the line between two units of one country is drawn: every line in Myanmar, only Yunnan's in China. */
function drawnLine(a: { properties?: unknown }, b: { properties?: unknown }): boolean {
  const [pa, pb] = [props<AreaProperties>(a), props<AreaProperties>(b)];
  return pa.country !== 'cn' || DRAWN_PROVINCES.includes(pa.id) || DRAWN_PROVINCES.includes(pb.id);
}

/**
 * Countries and internal borders from `topo`, rivers from `riverTopo` (which may be simplified more), area outlines from
 * `areas` (each may be simplified for its own steps).
 */
export function buildBaseLayers(
  topo: RegionTopology,
  projection: GeoProjection,
  areas: ReadonlyMap<string, RegionTopology> = new Map(),
  riverTopo: RegionTopology = topo,
): BaseLayers {
  const [home, neighbour] = SUBJECT_BORDER;
  const border = sharedArcs(topo, home, neighbour);
  const coarse = withCoarseArcs(topo, border, BORDER_TOLERANCE);
  const countries = feature(topo, topo.objects.countries).features as Feature<Geometry, CountryProperties>[];
  const coarseNeighbour = (
    feature(coarse, coarse.objects.countries).features as Feature<Geometry, CountryProperties>[]
  ).find((f) => f.properties.id === neighbour);
  const planar = geoIdentity();
  const bands = arcLines(withCoarseArcs(topo, border, BAND_TOLERANCE), border).map((line) => [
    bandRing(
      line.map((p) => projection([p[0], p[1]])!),
      BORDER_BAND * (projection([1, 0])![0] - projection([0, 0])![0]),
    ),
  ]);
  return {
    borderZone: compactPath(planar, { type: 'MultiPolygon', coordinates: bands as unknown as Position[][][] }),
    countries: countries
      .map((f) => ({
        id: f.properties.id,
        name: f.properties.name,
        d: compactPath(projection, f.properties.id === neighbour && coarseNeighbour ? coarseNeighbour : f),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    adminLines: compactPath(
      projection,
      mesh(
        topo,
        topo.objects.admin1,
        (a, b) => a !== b && props<AreaProperties>(a).country === props<AreaProperties>(b).country && drawnLine(a, b),
      ),
    ),
    rivers: (feature(riverTopo, riverTopo.objects.rivers).features as Feature<Geometry, RiverProperties>[])
      .map((f) => ({ id: f.properties.id, d: compactPath(projection, f) }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    areas: [...areas].flatMap(([id, t]) => {
      const f = (feature(t, t.objects.admin1).features as Feature<Geometry, AreaProperties>[]).find(
        (g) => g.properties.id === id,
      );
      return f ? [{ id, name: f.properties.name, country: f.properties.country, d: compactPath(projection, f) }] : [];
    }),
  };
}

/** Geographic bounds of every area, for steps that fit the map to one. */
export function areaBounds(topo: RegionTopology): Map<string, Bounds> {
  const admin = feature(topo, topo.objects.admin1).features as Feature<Geometry, AreaProperties>[];
  return new Map(
    admin.map((f) => {
      const [[w, s], [e, n]] = geoBounds(f);
      return [f.properties.id, [w, s, e, n] as Bounds];
    }),
  );
}

/** Names of the areas by id. */
export function areaNames(topo: RegionTopology): Map<string, string> {
  return new Map(
    topo.objects.admin1.geometries.map((g) => [props<AreaProperties>(g).id, props<AreaProperties>(g).name]),
  );
}

/** Each river's lines in base units (as `projection` draws them), for placing their names. */
export function riverLines(
  topo: RegionTopology,
  projection: GeoProjection,
): { id: string; lines: (readonly [number, number])[][] }[] {
  return (feature(topo, topo.objects.rivers).features as Feature<Geometry, RiverProperties>[]).map((f) => {
    const g = f.geometry;
    const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    return { id: f.properties.id, lines: lines.map((l) => l.map((p) => projection([p[0]!, p[1]!])!)) };
  });
}
