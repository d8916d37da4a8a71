import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { geoContains } from 'd3-geo';
import { loadSite } from '../../src/node/story-render';
import { compactKeys, newKeys } from '../../src/lib/map/new-keys';
import { flightAnchors, anchorAt } from '../../src/lib/map/flight-anchors';
import { layoutStep } from '../../src/lib/map/layout';
import { INSET_UNIT, insetNames, insetPaths } from '../../src/lib/map/inset-map';
import { INSET_BOUNDS, INSET_SOUTH } from '../../src/lib/geo/inset-bounds';
import { baseProjection } from '../../src/lib/map/projection';
import { layerCss, viewportPlan } from '../../src/lib/map/camera';
import { overlaysStrings } from '../../src/lib/i18n/overlays-strings';
import { ROOT } from '../helpers/build-site';

const site = loadSite(ROOT);
const home = site.stories.find((s) => s.slug === 'myanmar-china-border')!;
const insetGeo = JSON.parse(readFileSync(join(ROOT, 'data/geo/inset.geo.json'), 'utf8')) as FeatureCollection;

describe('newKeys: what is new in a step', () => {
  it.each([
    [0, ['area', 'place']],
    [1, ['event:coup']],
    [2, ['place:approximate']],
    [3, []],
  ])('step %i of a story whose keys are known', (i, want) => {
    const legends = [
      ['area', 'place'],
      ['place', 'event:coup'],
      ['place', 'place:approximate'],
      ['place', 'area'],
    ];
    expect(newKeys(legends, i)).toEqual(want);
  });

  it("compactKeys keeps the first new entries in the key's order, up to the limit, the plain town entry last", () => {
    const shown = ['place', 'rail:operating', 'rail:construction', 'rail:proposed'];
    expect(compactKeys(shown, ['rail:proposed', 'place', 'rail:operating', 'rail:construction'], 2)).toEqual([
      'rail:operating',
      'rail:construction',
    ]);
    expect(compactKeys(shown, ['rail:proposed', 'place'], 2)).toEqual(['place', 'rail:proposed']);
    expect(compactKeys(shown, ['rail:proposed', 'place'], 1)).toEqual(['rail:proposed']);
    expect(compactKeys(['place:capital', 'place'], ['place', 'place:capital'], 1)).toEqual(['place:capital']);
    expect(compactKeys(shown, ['rail:proposed'], 2)).toEqual(['rail:proposed']);
    expect(compactKeys(shown, ['elsewhere'], 2)).toEqual([]);
    expect(compactKeys(shown, shown, Number.POSITIVE_INFINITY)).toEqual(shown);
  });

  it('no step of the border story repeats "Town or city" or "Approximate location" once they have been shown', () => {
    const legends = home.map.legends;
    const firstShown = (k: string) => legends.findIndex((l) => l.includes(k));
    for (const k of ['place', 'place:approximate']) {
      const first = firstShown(k);
      expect(first).toBeGreaterThanOrEqual(0);
      legends.forEach((_, i) => expect(newKeys(legends, i).includes(k), `${k} at step ${i}`).toBe(i === first));
    }
  });
});

describe('flightAnchors: names kept through a camera move', () => {
  const at = (i: number) => layoutStep(home.map, i, 736, 800);
  const laiza = home.map.states.findIndex((s) => s.places.includes('laiza'));

  it('keeps the country names both views show, and a place both label (Laiza between two close views)', () => {
    const next = home.map.states.findIndex((s, i) => i > laiza && s.places.includes('laiza'));
    const anchors = flightAnchors(at(laiza), at(next));
    const countries = anchors.filter((a) => !a.place).map((a) => a.text);
    expect(countries.length).toBeGreaterThanOrEqual(2);
    expect(countries).toEqual(expect.arrayContaining(['MYANMAR', 'CHINA']));
    expect(anchors.find((a) => a.place)?.text).toBe('Laiza');
    expect(anchors.length).toBeLessThanOrEqual(3);
  });

  it('moves each name from where the view left shows it to where the arriving view does', () => {
    const [a] = flightAnchors(at(0), at(laiza));
    expect(a).toBeDefined();
    expect(anchorAt(a!, 0)).toEqual([...a!.from]);
    expect(anchorAt(a!, 1)).toEqual([...a!.to]);
  });
});

describe('the camera pictures and the locator inset', () => {
  it('a picture with a soft edge is drawn at scale 1 and rests off by exactly its margin', () => {
    const t = { k: 2, x: 10, y: 20 };
    const plan = viewportPlan(t, 800, 600, 0.1);
    expect(plan).toEqual({ drawn: { k: 2, x: 90, y: 80 }, width: 960, height: 720, margin: [80, 60] });
    expect(layerCss(plan.drawn, t)).toBe('matrix(1,0,0,1,-80,-60)');
  });

  it('the inset shows the whole of Myanmar: the base map, and its own fills south of it to the southern tip', () => {
    const mm = insetGeo.features.find((f) => f.id === 'myanmar')!;
    // Kawthaung, Myanmar's southernmost town.
    expect(geoContains(mm, [98.55, 10.0])).toBe(true);
    const topo = JSON.parse(readFileSync(join(ROOT, 'data/geo/region.topo.json'), 'utf8')) as { bbox: number[] };
    const [w, s, e, n] = INSET_BOUNDS;
    // Myanmar spans about 92.2–101.2°E and 9.8–28.6°N; the base map covers the inset's west, east and north.
    expect([w < 92.2, s < 9.8, e > 101.2, n > 28.6]).toEqual([true, true, true, true]);
    expect([w >= topo.bbox[0]!, e <= topo.bbox[2]!, n <= topo.bbox[3]!]).toEqual([true, true, true]);
    expect(INSET_SOUTH[3]).toBeGreaterThan(topo.bbox[1]!);
    expect(INSET_SOUTH[1]).toBeLessThanOrEqual(s);
    const paths = insetPaths(insetGeo);
    for (const d of Object.values(paths)) expect(d.length).toBeGreaterThan(20);
  });

  it('names Myanmar, China, India and the Bay of Bengal inside the inset, and the model gives the inset that region', () => {
    const names = insetNames();
    const t = overlaysStrings.en;
    expect(names.map((n) => n.text)).toEqual([t.myanmar, t.china, t.india, ...t.bayOfBengal]);
    const p = baseProjection();
    const [x0, y1] = p([INSET_BOUNDS[0], INSET_BOUNDS[1]])!;
    const [x1, y0] = p([INSET_BOUNDS[2], INSET_BOUNDS[3]])!;
    for (const n of names) {
      expect(n.x * INSET_UNIT).toBeGreaterThan(x0);
      expect(n.x * INSET_UNIT).toBeLessThan(x1);
      expect(n.y * INSET_UNIT).toBeGreaterThan(y0);
      expect(n.y * INSET_UNIT).toBeLessThan(y1);
    }
    expect(home.map.region.map(Math.round)).toEqual([x0, y0, x1, y1].map(Math.round));
  });

  it('a close view on a phone gets an inset at least 120 pixels wide, and the view is fitted clear of it', () => {
    const close = home.map.states.findIndex((s) => s.span < 2);
    const layout = layoutStep(home.map, close, 390, 844, { top: 130, right: 16, bottom: 354, left: 16 });
    expect(layout.inset!.width).toBeGreaterThanOrEqual(120);
    const { x, y, width, height } = layout.inset!;
    for (const m of [...layout.places, ...layout.events])
      expect(m.x < x || m.x > x + width || m.y < y || m.y > y + height, `${m.id} under the inset`).toBe(true);
  });
});
