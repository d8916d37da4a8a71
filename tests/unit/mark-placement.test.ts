import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from '../../src/lib/map/label-placement';
import { clusters, placeCallout, rowBox, siteCandidates, takeFirstFree } from '../../src/lib/map/mark-placement';
import { layoutAt, placeLabelBox } from '../../src/lib/map/layout';
import { freeBounds } from '../../src/lib/map/event-layout';
import type { LayoutModel, ModelEvent, ModelPlace } from '../../src/lib/map/model-types';
import { fixtureFiles } from '../helpers/content-fixture';
import { validateContent } from '../../src/lib/validation/validate-content';
import { mapStates } from '../../src/lib/map/map-state';
import { buildMapModel, drawnApproximate } from '../../src/lib/map/map-model';
import { baseProjection } from '../../src/lib/map/projection';
import { chromeStrings } from '../../src/lib/i18n/locale';

const BOUNDS: Box = [0, 0, 600, 400];

describe('clusters', () => {
  it('groups sites whose spots are close, by single link, and leaves far ones alone', () => {
    const sites = [
      { x: 100, y: 100, count: 1 },
      { x: 300, y: 300, count: 1 },
      { x: 120, y: 110, count: 2 },
      { x: 140, y: 125, count: 1 },
    ];
    expect(clusters(sites)).toEqual([[0, 2, 3], [1]]);
  });
});

describe('takeFirstFree and siteCandidates', () => {
  it('puts a lone symbol on its spot when nothing is there', () => {
    const taken: Box[] = [];
    const box = takeFirstFree(siteCandidates({ x: 50, y: 50, count: 1 }), taken, BOUNDS, false);
    expect(box).toEqual(rowBox(50, 50, 1));
    expect(taken).toEqual([box]);
  });

  it('moves a row off a taken spot to the nearest free side, and gives up without force when all collide', () => {
    const taken: Box[] = [[40, 20, 60, 60]];
    const box = takeFirstFree(siteCandidates({ x: 50, y: 50, count: 2 }), taken, BOUNDS, false)!;
    expect(overlaps(box, [40, 20, 60, 60])).toBe(false);
    const everything: Box[] = [[0, 0, 600, 400]];
    expect(takeFirstFree(siteCandidates({ x: 50, y: 50, count: 1 }), everything, BOUNDS, false)).toBeUndefined();
    expect(takeFirstFree(siteCandidates({ x: 50, y: 50, count: 1 }), everything, BOUNDS, true)).toBeDefined();
  });
});

describe('placeCallout', () => {
  it('lists the sites top to bottom in a box that covers nothing taken', () => {
    const sites = [
      { x: 300, y: 210, count: 2, name: 'Lal Long base' },
      { x: 305, y: 190, count: 1, name: 'Mung Lai Hkyet camp' },
    ];
    const taken: Box[] = [[250, 150, 360, 260]];
    const { box, rows } = placeCallout(sites, taken, BOUNDS);
    expect(overlaps(box, [250, 150, 360, 260])).toBe(false);
    expect(rows.map((r) => r.site)).toEqual([1, 0]);
    expect(rows[0]!.y).toBeLessThan(rows[1]!.y);
    for (const r of rows) expect(r.textX).toBeGreaterThan(r.symbolX);
  });
});

/** A small model: three places, events on two days, one event at two places. */
function model(): LayoutModel {
  const place = (id: string, xy: [number, number], approximate = false): ModelPlace => ({
    id,
    name: id.toUpperCase(),
    kind: 'town',
    approximate,
    side: 'right',
    xy,
  });
  const ev = (id: string, place: string, date: string, xy: [number, number]): ModelEvent => ({
    id,
    type: 'clash',
    date,
    place,
    xy,
  });
  return {
    places: [place('a', [100, 100], true), place('b', [300, 200]), place('c', [500, 300])],
    events: [
      ev('old', 'a', '2023-10-01', [100, 100]),
      ev('new', 'b', '2023-10-05', [300, 200]),
      ev('new', 'c', '2023-10-05', [500, 300]),
    ],
    segments: [],
    labels: [],
    legends: [],
    region: [0, 0, 600, 400],
    states: [
      {
        index: 0,
        stepId: 's',
        bounds: [0, 0, 1, 1],
        places: ['a', 'b', 'c'],
        segments: [],
        events: ['old', 'new'],
        until: '2023-10-05',
        highlight: { places: [], segments: [], events: ['new'], areas: [] },
        rect: [0, 0, 600, 400],
        span: 10,
      },
    ],
  };
}

describe('layoutAt marks', () => {
  const layout = layoutAt(model(), 0, { k: 1, x: 0, y: 0 }, 600, 400);

  it('draws an event with several places once at each', () => {
    expect(layout.events.filter((e) => e.id === 'new').map((e) => e.place)).toEqual(['b', 'c']);
    expect(new Set(layout.events.map((e) => e.key)).size).toBe(layout.events.length);
  });

  it("draws earlier days' events quieter than the step's latest", () => {
    expect(layout.events.map((e) => [e.id, e.past])).toEqual([
      ['old', true],
      ['new', false],
      ['new', false],
    ]);
  });

  it('puts a lone symbol on its spot instead of the dot, with the label stepped out around it', () => {
    for (const p of layout.places) {
      expect(p.covered, p.id).toBe(true);
      const label = placeLabelBox(p)!;
      for (const e of layout.events) expect(overlaps(label, rowBox(e.x, e.y, 1)), `${p.id} / ${e.key}`).toBe(false);
    }
  });

  it('keeps marks out of reserved boxes (the date, key and card bands)', () => {
    const reserved: Box[] = [[0, 0, 600, 150]];
    const l = layoutAt(model(), 0, { k: 1, x: 0, y: 0 }, 600, 400, { reserved });
    expect(l.places.map((p) => p.id)).toEqual(['b', 'c']);
    for (const e of l.events) expect(overlaps(rowBox(e.x, e.y, 1), reserved[0]!)).toBe(false);
  });

  it('lists places packed together in one callout with a leader line to each', () => {
    const m = model();
    m.places[1]!.xy = [110, 108];
    m.events[1]!.xy = [110, 108];
    const l = layoutAt(m, 0, { k: 1, x: 0, y: 0 }, 600, 400);
    expect(l.callouts).toHaveLength(1);
    expect(l.callouts[0]!.names.map((n) => n.text).sort()).toEqual(['A', 'B']);
    expect(l.leaders.length).toBeGreaterThanOrEqual(2);
    expect(l.places.filter((p) => p.id !== 'c').every((p) => p.labelSide === undefined)).toBe(true);
  });
});

describe('the model', () => {
  it('keeps the uncertainty ring for camps and bases but not for towns placed within 5 km', () => {
    const place = (kind: 'town' | 'camp', precisionKm?: number) =>
      ({ properties: { approximate: true, kind, ...(precisionKm && { precisionKm }) } }) as never;
    expect(drawnApproximate(place('town', 2))).toBe(false);
    expect(drawnApproximate(place('town', 10))).toBe(true);
    expect(drawnApproximate(place('town'))).toBe(true);
    expect(drawnApproximate(place('camp', 2))).toBe(true);
  });

  it('leaves a statement off the map unless a source places it', () => {
    const build = (located: string) => {
      const text = fixtureFiles().events.text.toString().replace('"type": "clash"', `"type": "statement"${located}`);
      const { data, stories, problems } = validateContent(fixtureFiles({ 'data/events.geojson': text }));
      expect(problems).toEqual([]);
      const states = mapStates(stories[0]!.steps, data, { areaBounds: new Map() });
      return buildMapModel(data, states, baseProjection(), [], chromeStrings('en')).events.map((e) => e.type);
    };
    expect(build('')).not.toContain('statement');
    expect(build(', "located": true')).toContain('statement');
  });
});

describe('freeBounds', () => {
  it('keeps moved marks between full-width bands at the top and bottom, and ignores smaller boxes', () => {
    const covers: Box[] = [
      [0, 0, 400, 120],
      [0, 500, 400, 800],
      [300, 0, 400, 300],
    ];
    expect(freeBounds(covers, 400, 800)).toEqual([2, 120, 398, 500]);
    expect(freeBounds([], 400, 800)).toEqual([2, 2, 398, 798]);
  });
});
