import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { BACKDROP, detailZones, focusArcs, MIN_AREA_PX, simplifyForViews } from '../../src/lib/map/view-detail';
import { NAMED_VIEWS } from '../../src/lib/geo/named-views';

const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/geo/region.topo.json'), 'utf8')) as Topology;
const zones = detailZones(Object.values(NAMED_VIEWS).map((v) => v.bounds));
const points = (t: Topology, arcs: Iterable<number>) => [...arcs].reduce((n, i) => n + t.arcs[i]!.length, 0);

describe('simplification with a backdrop', () => {
  const focus = focusArcs(topo, BACKDROP.focus);
  const others = topo.arcs.map((_, i) => i).filter((i) => !focus.has(i));
  const plain = simplifyForViews(structuredClone(topo), zones, MIN_AREA_PX);
  const backdrop = simplifyForViews(structuredClone(topo), zones, MIN_AREA_PX, BACKDROP);

  it("finds Myanmar's arcs: its outline and its states' lines", () => {
    expect(focus.size).toBeGreaterThan(10);
    expect(others.length).toBeGreaterThan(10);
  });

  it("keeps every point of Myanmar's lines that plain simplification keeps", () => {
    for (const i of focus) expect(backdrop.arcs[i]).toEqual(plain.arcs[i]);
  });

  it("keeps fewer points in the neighbours' lines", () => {
    expect(points(backdrop, others)).toBeLessThan(points(plain, others) * 0.8);
  });
});

describe('simplifyForViews', () => {
  it('leaves its input as it was, so one topology serves every simplification', () => {
    const copy = structuredClone(topo);
    simplifyForViews(copy, zones, MIN_AREA_PX, BACKDROP);
    expect(copy).toEqual(topo);
  });
});
