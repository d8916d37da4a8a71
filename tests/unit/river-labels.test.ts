import { describe, expect, it } from 'vitest';
import {
  CHAR_WIDTH,
  MAX_BEND,
  placeRiverLabels,
  riverLabelBox,
  riverLabelParts,
  riverLabelSites,
  straightStretches,
  uprightAngle,
} from '../../src/lib/map/river-labels';

describe('uprightAngle', () => {
  it.each([
    [[0, 0], [10, 0], 0],
    [[10, 0], [0, 0], 0],
    [[0, 0], [10, 10], 45],
    [[10, 10], [0, 0], 45],
    [[0, 10], [10, 0], -45],
    [[0, 0], [0, 10], 90],
    [[0, 10], [0, 0], 90],
  ] as const)('%j → %j reads left to right at %d°', (a, b, angle) => {
    expect(uprightAngle(a, b)).toBeCloseTo(angle, 6);
  });
});

describe('straightStretches', () => {
  // A long straight run, a sharp zigzag, then a shorter straight run at 90°.
  const line: [number, number][] = [
    [0, 0],
    [50, 0],
    [100, 0],
    [100, 30],
    [90, 40],
    [100, 50],
    [100, 80],
    [100, 110],
  ];

  it('finds the longest straight run first, with its middle and angle', () => {
    const [first] = straightStretches('r', line);
    expect(first).toMatchObject({ id: 'r', xy: [50, 0], angle: 0, length: 100 });
  });

  it('never returns a stretch that bends more than MAX_BEND of its length', () => {
    for (const s of straightStretches('r', line)) expect(s.length).toBeGreaterThan(0);
    const sites = straightStretches('r', line, 99);
    // the zigzag between [100, 0] and [100, 50] is never one stretch
    expect(sites.some((s) => s.length > 45 && s.xy[1] > 10 && s.xy[1] < 40)).toBe(false);
    expect(MAX_BEND).toBeLessThan(0.2);
  });

  it('returns stretches that do not overlap, longest first', () => {
    const sites = straightStretches('r', line, 99);
    const lengths = sites.map((s) => s.length);
    expect([...lengths].sort((a, b) => b - a)).toEqual(lengths);
    expect(sites.find((s) => s.angle === 90 && s.length === 60)).toMatchObject({ xy: [100, 80] });
  });
});

describe('placeRiverLabels', () => {
  const sites = riverLabelSites([
    {
      id: 'irrawaddy',
      lines: [
        [
          [0, 0],
          [200, 0],
        ],
        [
          [0, 100],
          [40, 100],
        ],
      ],
    },
  ]);
  const names = { irrawaddy: 'Irrawaddy' };
  const need = 'Irrawaddy'.length * CHAR_WIDTH + 20;

  it('names a river where its stretch is long enough at this zoom, nearest the middle', () => {
    const [label] = placeRiverLabels(sites, names, { k: 1, x: 0, y: 50 }, 200, 200);
    expect(label).toMatchObject({ id: 'irrawaddy', text: 'Irrawaddy', x: 100, y: 50, angle: 0 });
  });

  it('leaves a river unnamed where no stretch holds its name', () => {
    const k = (need - 1) / 200;
    expect(placeRiverLabels(sites, names, { k, x: 0, y: 50 }, 400, 400)).toEqual([]);
  });

  it('leaves a river unnamed where its name would leave the frame', () => {
    expect(placeRiverLabels(sites, names, { k: 1, x: -150, y: 50 }, 200, 200)).toEqual([]);
  });

  it('leaves a river unnamed where its name would meet a mark, and its box covers the name as drawn', () => {
    const [label] = placeRiverLabels(sites, names, { k: 1, x: 0, y: 50 }, 200, 200);
    const box = riverLabelBox(label!);
    // Level text 9 letters wide, set above the line at y 50.
    expect(box[0]).toBeCloseTo(100 - need / 2 + 10 - 2);
    expect(box[2]).toBeCloseTo(100 + need / 2 - 10 + 2);
    expect(box[1]).toBeLessThan(40);
    expect(box[3]).toBeCloseTo(52);
    expect(placeRiverLabels(sites, names, { k: 1, x: 0, y: 50 }, 200, 200, [[90, 40, 110, 48]])).toEqual([]);
    expect(placeRiverLabels(sites, names, { k: 1, x: 0, y: 50 }, 200, 200, [[90, 60, 110, 70]])).toHaveLength(1);
  });

  it('draws one text per name, turned along the stretch', () => {
    const parts = riverLabelParts([{ id: 'salween', text: 'Salween', x: 10.04, y: 20, angle: 87 }]);
    expect(parts).toEqual([
      {
        tag: 'text',
        attrs: { class: 'river-label', transform: 'translate(10 20) rotate(87)', y: -4 },
        text: 'Salween',
      },
    ]);
  });
});
