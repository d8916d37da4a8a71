/** Step 4 of the base map: one quantized topology whose country outlines are merged from their units' arcs, and the rivers. */
import { gzipSync } from 'node:zlib';
import { mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { AreaProperties, CountryProperties, RiverProperties } from '../../src/lib/geo/region-topology';
import { ADMIN1, COUNTRIES } from './names';
import { CLIP_BBOX, GRID } from './settings';
import { collection, type Props } from './features';

/** What the build wrote: ids, sizes and counts, for the log. */
export interface BuildSummary {
  countries: string[];
  admin1: string[];
  arcs: number;
  points: number;
  bytes: number;
  gzipBytes: number;
}

/** The topology's text (stable, byte for byte) and its summary. */
export interface BuildResult {
  text: string;
  summary: BuildSummary;
}

function finalId(props: Props): string {
  const cid = props.cid!;
  return cid === 'mm' || cid === 'cn' ? ADMIN1[props.unit!]!.id : cid;
}

/** The units as one topology with countries and admin-1 areas, serialised with a fixed key order. */
export function assembleTopology(
  units: FeatureCollection<Geometry, Props>,
  rivers: FeatureCollection<Geometry, Props>,
): BuildResult {
  const sorted = [...units.features]
    .map(
      (f): Feature<Geometry, Props> => ({
        ...f,
        properties: { cid: f.properties.cid ?? null, unit: f.properties.unit ?? null },
      }),
    )
    .sort((a, b) => (finalId(a.properties) < finalId(b.properties) ? -1 : 1));
  const [west, south] = CLIP_BBOX;
  const topo: Topology = quantize(
    topology({ units: collection(sorted), rivers: collection(rivers.features) }) as Parameters<typeof quantize>[0],
    {
      scale: [GRID, GRID],
      translate: [west, south],
    },
  );
  const riverGeoms = (topo.objects.rivers as { geometries: GeometryObject<Props>[] }).geometries.map((g) => {
    const properties: RiverProperties = { id: (g.properties as Props).rid! };
    return { type: g.type, arcs: (g as { arcs: unknown }).arcs, properties } as GeometryObject;
  });
  const unitGeoms = (topo.objects.units as { geometries: (Polygon<Props> | MultiPolygon<Props>)[] }).geometries;

  const polygonal = (m: MultiPolygon): Pick<Polygon, 'type' | 'arcs'> | Pick<MultiPolygon, 'type' | 'arcs'> =>
    m.arcs.length === 1 ? { type: 'Polygon', arcs: m.arcs[0]! } : { type: 'MultiPolygon', arcs: m.arcs };

  const countryIds = [...new Set(unitGeoms.map((g) => g.properties!.cid!))].sort();
  const countries = countryIds.map((cid) => {
    const entry = Object.values(COUNTRIES).find((c) => c.id === cid)!;
    const merged = mergeArcs(
      topo,
      unitGeoms.filter((g) => g.properties!.cid === cid),
    ) as MultiPolygon;
    const properties: CountryProperties = { id: entry.id, name: entry.name };
    return { ...polygonal(merged), properties };
  });
  const admin1 = unitGeoms
    .filter((g) => g.properties!.cid === 'mm' || g.properties!.cid === 'cn')
    .map((g) => {
      const entry = ADMIN1[g.properties!.unit!]!;
      const properties: AreaProperties = { id: entry.id, name: entry.name, country: entry.country, type: entry.type };
      return { type: g.type, arcs: g.arcs, properties } as GeometryObject;
    });

  // every arc used; bbox from the quantized coordinates
  const used = new Set<number>();
  const collect = (a: unknown): void => {
    if (typeof a === 'number') used.add(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach(collect);
  };
  [...countries, ...admin1, ...riverGeoms].forEach((g) => collect((g as { arcs: unknown }).arcs));
  if (used.size !== topo.arcs.length) throw new Error(`${topo.arcs.length - used.size} unused arc(s)`);
  let [qx0, qy0, qx1, qy1] = [Infinity, Infinity, -Infinity, -Infinity];
  let points = 0;
  for (const arc of topo.arcs) {
    let x = 0;
    let y = 0;
    for (const [dx, dy] of arc as [number, number][]) {
      x += dx;
      y += dy;
      points++;
      qx0 = Math.min(qx0, x);
      qy0 = Math.min(qy0, y);
      qx1 = Math.max(qx1, x);
      qy1 = Math.max(qy1, y);
    }
  }
  const round6 = (v: number): number => Number(v.toFixed(6));
  const bbox = [west + qx0 * GRID, south + qy0 * GRID, west + qx1 * GRID, south + qy1 * GRID].map(round6);

  // explicit key order for a stable serialisation
  const output = {
    type: 'Topology',
    bbox,
    transform: { scale: [GRID, GRID], translate: [west, south] },
    objects: {
      countries: { type: 'GeometryCollection', geometries: countries },
      admin1: { type: 'GeometryCollection', geometries: admin1 },
      rivers: { type: 'GeometryCollection', geometries: riverGeoms },
    },
    arcs: topo.arcs,
  };
  const text = `${JSON.stringify(output)}\n`;
  return {
    text,
    summary: {
      countries: countries.map((g) => g.properties.id),
      admin1: admin1.map((g) => (g.properties as AreaProperties).id),
      arcs: topo.arcs.length,
      points,
      bytes: Buffer.byteLength(text),
      gzipBytes: gzipSync(text, { level: 9 }).length,
    },
  };
}
