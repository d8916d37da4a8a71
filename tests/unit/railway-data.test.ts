import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '../../src/node/content-files';
import { segmentStatuses } from '../../src/lib/data/schemas';
import { mapStates } from '../../src/lib/map/map-state';
import { buildMapModel, tunnelSegmentId } from '../../src/lib/map/map-model';
import { baseProjection } from '../../src/lib/map/projection';
import { layoutStep } from '../../src/lib/map/layout';
import { legendFor } from '../../src/lib/map/legend';
import { chromeStrings } from '../../src/lib/i18n/locale';
import { lineBoxes } from '../../src/lib/map/line-boxes';
import { LAND_OFFSET } from '../../src/lib/story/active-step';
import { labelBox, overlaps, placeLabels, type Side } from '../../src/lib/map/label-placement';

const ROOT = join(import.meta.dirname, '..', '..');
const { data, stories, problems } = checkContent(ROOT);
const near = (a: readonly number[], b: readonly number[], eps = 1e-9) =>
  Math.abs(a[0]! - b[0]!) <= eps && Math.abs(a[1]! - b[1]!) <= eps;

/** Distance in degrees from point p to the segment a–b (flat, which is enough at this scale). */
function distanceToSegment(p: readonly number[], a: readonly number[], b: readonly number[]): number {
  const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
  const t = Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0]! - (a[0]! + t * dx), p[1]! - (a[1]! + t * dy));
}

describe('the railway data (data/corridor.geojson)', () => {
  it('passes the content checks', () => {
    expect(problems).toEqual([]);
  });

  it("draws each section through its listed stations' coordinates, in order, and through nothing else", () => {
    expect(data.segments.length).toBeGreaterThan(0);
    for (const s of data.segments) {
      const coords = s.geometry.coordinates;
      expect(coords.length, s.id).toBe(s.properties.via.length);
      s.properties.via.forEach((id, i) => {
        const place = data.places.find((p) => p.id === id);
        expect(place, `${s.id}: station "${id}" is a place`).toBeDefined();
        expect(near(coords[i]!, place!.geometry.coordinates), `${s.id}: vertex ${i} is ${id}`).toBe(true);
      });
    }
  });

  it('gives every section a valid status, and marks as approximate every unbuilt route known only by its ends', () => {
    for (const s of data.segments) {
      expect(segmentStatuses, s.id).toContain(s.properties.status);
      // Proposed lines have no published alignment; a line being built with no station between its ends has none either.
      if (s.properties.status === 'proposed' || (s.properties.status !== 'operating' && s.properties.via.length === 2))
        expect(s.properties.approximate, `${s.id} is approximate`).toBe(true);
    }
  });

  it('joins the sections end to end, from Kunming to Kyaukphyu (Ruili and Muse face each other)', () => {
    const chain = data.segments.map((s) => s.properties.via);
    expect(chain[0]![0]).toBe('kunming');
    expect(chain.at(-1)!.at(-1)).toBe('kyaukphyu');
    for (let i = 1; i < chain.length; i++) {
      const [end, start] = [chain[i - 1]!.at(-1), chain[i]![0]];
      expect(end === start || (end === 'ruili' && start === 'muse'), `${end} → ${start}`).toBe(true);
    }
  });

  it("lays each tunnel on its section's line, as long as its sourced length (within a tenth), and cites it", () => {
    const tunnels = data.segments.filter((s) => s.properties.tunnel);
    expect(tunnels.map((s) => s.id)).toContain('baoshan-ruili');
    for (const s of tunnels) {
      const t = s.properties.tunnel!;
      const coords = s.geometry.coordinates;
      for (const end of t.line) {
        const d = Math.min(...coords.slice(1).map((c, i) => distanceToSegment(end, coords[i]!, c)));
        expect(d, `${s.id}: tunnel end ${end} on the line`).toBeLessThan(0.002);
      }
      const [a, b] = [t.line[0]!, t.line[1]!];
      const km =
        Math.hypot((b[0]! - a[0]!) * Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180), b[1]! - a[1]!) * 111.32;
      expect(t.length.unit).toBe('km');
      expect(Math.abs(km - t.length.value) / t.length.value, `${s.id}: drawn ${km.toFixed(1)} km`).toBeLessThan(0.1);
      expect(t.length.source.published <= '2023-10-21', 'published by the rail story').toBe(true);
    }
  });
});

describe('the railway on the maps', () => {
  const en = chromeStrings('en');
  const rail = stories.find((s) => s.file.endsWith('rail-corridor.mdx'))!;
  const states = mapStates(rail.steps, data, { areaBounds: new Map() });
  const model = buildMapModel(
    data,
    states,
    baseProjection(),
    states.map(() => ({ title: '', description: '' })),
    en,
  );

  it("draws, in the rail story's first step, the dotted sections west of the border its text promises", () => {
    const first = states[0]!;
    expect(first.stepId).toBe('the-whole-route');
    const west = data.segments.filter((s) => s.properties.status === 'proposed').map((s) => s.id);
    expect(west.length).toBeGreaterThan(0);
    for (const id of west) expect(first.segments).toContain(id);
    const layout = layoutStep(model, 0, 640, 560);
    for (const id of west) expect(layout.segments.map((s) => s.id)).toContain(id);
    expect(legendFor(model, 0, en).map((l) => l.key)).toContain('segment:proposed');
  });

  it('shows and names the tunnel only where its section is in focus', () => {
    const tunnel = tunnelSegmentId('baoshan-ruili');
    states.forEach((state, i) => {
      const layout = layoutStep(model, i, 640, 560);
      const focused = state.highlight.segments.includes('baoshan-ruili');
      expect(
        layout.segments.some((s) => s.id === tunnel),
        state.stepId,
      ).toBe(focused);
      expect(
        layout.labels.some((l) => l.kind === 'tunnel'),
        state.stepId,
      ).toBe(focused);
      // The key has no entry for it: its name on the map says what it is.
      expect(
        legendFor(model, i, en).some((l) => l.key.includes('tunnel')),
        state.stepId,
      ).toBe(false);
    });
    expect(states.some((s) => s.highlight.segments.includes('baoshan-ruili'))).toBe(true);
  });

  it('gives the tunnel name room: country and state names near it give way, at every size', () => {
    let named = 0;
    // The live map's sizes, with the room it keeps clear on a phone (portrait and landscape) and a desktop.
    const phone = (h: number) => ({ top: 130, right: 16, bottom: Math.round(h * (1 - LAND_OFFSET)), left: 16 });
    for (const [w, h, padding] of [
      [640, 560, undefined],
      [390, 844, phone(844)],
      [844, 390, phone(390)],
      [736, 800, { top: 64, right: 24, bottom: 76, left: 24 }],
    ] as const) {
      states.forEach((state, i) => {
        const labels = layoutStep(model, i, w, h, padding).labels;
        const tunnel = labels.find((l) => l.kind === 'tunnel');
        if (!tunnel) return;
        named++;
        const box = [tunnel.x - 12 - tunnel.text.length * 7, tunnel.y - 11, tunnel.x - 12, tunnel.y + 4] as const;
        for (const l of labels.filter((l) => l !== tunnel)) {
          const half = (l.text.length * 13 * 0.68) / 2;
          const other = [l.x - half, l.y - 11, l.x + half, l.y + 4] as const;
          expect(overlaps(box, other), `${w}×${h} ${state.stepId}: tunnel name over ${l.text}`).toBe(false);
        }
      });
    }
    expect(named).toBeGreaterThan(0);
  });

  it("keeps the line's end stations' names off the line (Kunming, Kyaukphyu), at every step and size", () => {
    for (const [w, h] of [
      [640, 560],
      [356, 700],
      [736, 800],
    ] as const) {
      states.forEach((state, i) => {
        const layout = layoutStep(model, i, w, h);
        const px = (xy: readonly [number, number]) =>
          [xy[0] * layout.transform.k + layout.transform.x, xy[1] * layout.transform.k + layout.transform.y] as const;
        const boxes = layout.segments.filter((s) => !s.tunnel).flatMap((s) => lineBoxes(s.xy.map(px)));
        for (const p of layout.places.filter((p) => ['kunming', 'kyaukphyu'].includes(p.id) && p.labelSide)) {
          const onLine = (side: Side) => boxes.some((b) => overlaps(b, labelBox(p.x, p.y, p.name, side)));
          const fits = (side: Side) => {
            const b = labelBox(p.x, p.y, p.name, side);
            return b[0] >= 2 && b[2] <= w - 2 && b[1] >= 2 && b[3] <= h - 2;
          };
          // Only a name with no side on the map clear of the line (at the map's edge, say) may sit on it.
          const clear = (['right', 'left', 'top', 'bottom'] as const).filter((side) => fits(side) && !onLine(side));
          if (clear.length)
            expect(onLine(p.labelSide!), `${w}×${h} ${state.stepId}: ${p.name} on the line`).toBe(false);
        }
      });
    }
  });
});

describe('lineBoxes and soft obstacles', () => {
  it('covers a line end to end, a box every few pixels', () => {
    const boxes = lineBoxes([
      [0, 0],
      [60, 0],
    ]);
    expect(boxes.length).toBeGreaterThanOrEqual(11);
    expect(boxes[0]![0]).toBeLessThan(0);
    expect(boxes.at(-1)![2]).toBeGreaterThan(60);
    for (let x = 0; x <= 60; x += 3) expect(boxes.some((b) => b[0] <= x && x <= b[2])).toBe(true);
  });

  it('moves a label off a soft obstacle when another side is free, and keeps it when none is', () => {
    const line = lineBoxes([
      [100, 100],
      [200, 100],
    ]);
    const label = { x: 100, y: 100, text: 'Kunming', preferred: 'right' as const, required: true };
    expect(placeLabels([label], [], 400, 400, line)).toEqual(['left']);
    expect(placeLabels([label], [], 400, 400)).toEqual(['right']);
    // Every side is blocked by the line: the label still shows, on its preferred side.
    const everywhere = lineBoxes([
      [0, 100],
      [400, 100],
    ]).concat(
      lineBoxes([
        [100, 0],
        [100, 400],
      ]),
    );
    expect(placeLabels([label], [], 400, 400, everywhere)).toEqual(['right']);
  });
});
