import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { loadSite } from '../../src/node/story-render';
import { baseProjection, type Padding, type Transform } from '../../src/lib/map/projection';
import { layoutStep } from '../../src/lib/map/layout';
import { labelBox, overlaps, type Box } from '../../src/lib/map/label-placement';
import { FRAME_INSET, placedScaleBarBox } from '../../src/lib/map/frame-marks';
import { areaLabelSize } from '../../src/lib/map/shape-labels';
import { mapPadding } from '../../src/lib/map/map-frame';
import { LAND_OFFSET } from '../../src/lib/story/active-step';
import type { RegionTopology } from '../../src/lib/geo/region-topology';
import { ROOT } from '../helpers/build-site';

const site = loadSite(ROOT);
const topo = JSON.parse(readFileSync(join(ROOT, 'data/geo/region.topo.json'), 'utf8')) as RegionTopology;
const byId = (object: RegionTopology['objects'][keyof RegionTopology['objects']]) =>
  new Map((feature(topo, object).features as Feature<Geometry, { id: string }>[]).map((f) => [f.properties.id, f]));
const countries = byId(topo.objects.countries);
const areas = byId(topo.objects.admin1);
const projection = baseProjection();

/** The live map's frames as the page lays them out (desktop map column, phone portrait, phone landscape). */
const FRAMES: { name: string; width: number; height: number; padding: Padding }[] = [
  { name: 'desktop', width: 736, height: 800, padding: mapPadding('beside-text', 800, 64, LAND_OFFSET) },
  { name: 'phone', width: 390, height: 844, padding: mapPadding('under-cards', 844, 0, LAND_OFFSET) },
  { name: 'landscape', width: 524, height: 390, padding: mapPadding('beside-text', 390, 56, LAND_OFFSET) },
  { name: 'static', width: 640, height: 560, padding: { top: 0, right: 0, bottom: 0, left: 0 } },
];

const NAMED = { mm: 'MYANMAR', cn: 'CHINA', in: 'INDIA', la: 'LAOS', th: 'THAILAND' } as const;

const lonLat = (t: Transform, x: number, y: number) => projection.invert!([(x - t.x) / t.k, (y - t.y) / t.k])!;

/** A country's rings projected to base units once (Mercator keeps them planar here), for sampling its area quickly. */
const planar = new Map(
  [...countries, ...areas].map(([id, f]) => {
    const g = f.geometry as Polygon | MultiPolygon;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return [id, polys.flat().map((ring) => ring.map((c) => projection(c as [number, number])!))];
  }),
);

/** Each ring's vertical extent, to skip the rings a sample's row does not cross. */
const extents = new Map(
  [...planar].map(([id, rings]) => [
    id,
    rings.map((r) => [Math.min(...r.map((p) => p[1])), Math.max(...r.map((p) => p[1]))]),
  ]),
);

function inRings(id: string, x: number, y: number): boolean {
  let inside = false;
  const rings = planar.get(id)!;
  const ext = extents.get(id)!;
  for (let k = 0; k < rings.length; k++) {
    const ring = rings[k]!;
    if (y < ext[k]![0]! || y > ext[k]![1]!) continue;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Share of the frame's area inside country or area `id`, sampled every 16 px. */
function visibleShare(id: string, t: Transform, frame: Box): number {
  let inside = 0;
  let all = 0;
  for (let y = frame[1] + 8; y < frame[3]; y += 16)
    for (let x = frame[0] + 8; x < frame[2]; x += 16) {
      all++;
      if (inRings(id, (x - t.x) / t.k, (y - t.y) / t.k)) inside++;
    }
  return inside / all;
}

/** The four corners and middle of a label's box: all must be inside its shape. */
function boxPoints(x: number, y: number, text: string, kind: 'country' | 'area'): [number, number][] {
  const { width, height } = areaLabelSize(text, kind);
  const [x0, x1, y0, y1] = [x - width / 2, x + width / 2, y - height + 3, y + 3];
  return [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
    [x, (y0 + y1) / 2],
  ];
}

describe.each(site.stories.map((s) => [s.slug, s] as const))('%s: names inside the visible frame', (_slug, story) => {
  it.each(FRAMES.map((f) => [f.name, f] as const))('%s', { timeout: 60_000 }, (_name, { width, height, padding }) => {
    story.states.forEach((state, i) => {
      const layout = layoutStep(story.map, i, width, height, padding);
      const t = layout.transform;
      const frame: Box = [
        padding.left + FRAME_INSET,
        padding.top + FRAME_INSET,
        width - padding.right - FRAME_INSET,
        height - padding.bottom - FRAME_INSET,
      ];
      const where = `step ${state.stepId}`;
      for (const [id, text] of Object.entries(NAMED)) {
        const f = countries.get(id)!;
        const label = layout.labels.find((l) => l.key === `country:${id}`);
        // A country covering a tenth of the frame is named; whatever is named is named inside it.
        if (visibleShare(id, t, frame) >= 0.1) expect(label, `${where}: ${text}`).toBeDefined();
        if (!label) continue;
        expect(label.text).toBe(text);
        // Its middle inside the country (the whole name where there is room), the whole name inside the frame.
        const points = boxPoints(label.x, label.y, label.text, 'country');
        const [mx, my] = points[4]!;
        expect(geoContains(f, lonLat(t, mx, my)), `${where}: ${text} at ${mx},${my}`).toBe(true);
        for (const [x, y] of points)
          expect(x >= frame[0] && x <= frame[2] && y >= frame[1] && y <= frame[3], `${where}: ${text} in frame`).toBe(
            true,
          );
      }
      // Every highlighted area in sight is named: by its own label (its middle inside it, "RAKHINE" if "RAKHINE STATE"
      // has no room), or by the map's fixed one.
      for (const id of state.highlight.areas) {
        const name = story.map.areaNames![id]!.toUpperCase();
        const label = layout.labels.find((l) => l.text === name || l.key === `area:${id}`);
        if (visibleShare(id, t, frame) >= 0.03) expect(label, `${where}: ${name}`).toBeDefined();
        if (label?.key === `area:${id}`) {
          expect(name.startsWith(label.text)).toBe(true);
          const [x, y] = boxPoints(label.x, label.y, label.text, 'area')[4]!;
          expect(geoContains(areas.get(id)!, lonLat(t, x, y)), `${where}: ${name} inside`).toBe(true);
        }
      }
      // Names clear of one another, of the scale bar and of the inset.
      const boxes = layout.labels
        .filter((l) => l.key.includes(':'))
        .map((l): Box => {
          const { width: w, height: h } = areaLabelSize(l.text, l.kind as 'country');
          return [l.x - w / 2, l.y - h + 3, l.x + w / 2, l.y + 3];
        });
      const bar = placedScaleBarBox(layout.scaleBar);
      const others: Box[] = [bar];
      // The scale bar inside the frame, off every place, label and event symbol.
      expect(bar[0] >= frame[0] - 1 && bar[2] <= frame[2] + 1 && bar[1] >= frame[1] - 1 && bar[3] <= frame[3] + 1).toBe(
        true,
      );
      for (const p of layout.places) {
        expect(overlaps(bar, [p.x - 4, p.y - 4, p.x + 4, p.y + 4]), `${where}: scale bar over ${p.name}`).toBe(false);
        if (p.labelSide)
          expect(
            overlaps(bar, labelBox(p.x, p.y, p.name, p.labelSide)),
            `${where}: scale bar over ${p.name}'s label`,
          ).toBe(false);
      }
      for (const e of layout.events)
        expect(overlaps(bar, [e.x - 7.5, e.y - 7.5, e.x + 7.5, e.y + 7.5]), `${where}: scale bar over ${e.id}`).toBe(
          false,
        );
      if (layout.inset)
        others.push([
          layout.inset.x,
          layout.inset.y,
          layout.inset.x + layout.inset.width,
          layout.inset.y + layout.inset.height,
        ]);
      boxes.forEach((b, j) => {
        for (const o of [...others, ...boxes.slice(j + 1)])
          expect(overlaps(b, o), `${where}: ${b} over ${o}`).toBe(false);
      });
    });
  });
});
