import { describe, expect, it } from 'vitest';
import {
  IMAGE_SCALE,
  STEP_IMAGE_SIZES,
  imageAlt,
  imageFrame,
  imageIndex,
  mapDataCredit,
  pictureTitle,
  placeKey,
  stepImageName,
  textWidth,
  wrapToWidth,
  type Box,
} from '../../src/lib/map/step-images';

const KEY = [
  { key: 'place', label: 'Town or city' },
  { key: 'place:approximate', label: 'Approximate location' },
  { key: 'event:air-strike', label: 'Air strike' },
  { key: 'event:base-seized', label: 'Base seized' },
  { key: 'segment:proposed', label: 'Railway proposed, route approximate' },
];
const CREDIT = ['Map: Graphics desk', 'Map data: Natural Earth'];
const inside = (b: Box, w: number, h: number) => b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h;

describe('stepImageName', () => {
  it('names a picture by step and size', () => {
    expect(stepImageName('friday-20-october', { width: 1200, height: 675 })).toBe('friday-20-october-1200x675.png');
  });
});

describe('placeKey', () => {
  it('fills a row left to right, then wraps before an entry that would not fit', () => {
    const placed = placeKey(KEY, 10, 100, 300);
    expect(placed[0]).toMatchObject({ x: 10 });
    const rows = [...new Set(placed.map((p) => p.y))];
    expect(rows.length).toBeGreaterThan(1);
    for (const p of placed) expect(p.x + 34 + textWidth(p.label, 14)).toBeLessThanOrEqual(10 + 300 + 1);
  });

  it('keeps a too-long entry on a row of its own instead of looping', () => {
    expect(placeKey([{ key: 'area', label: 'x'.repeat(200) }], 0, 0, 100)).toHaveLength(1);
  });
});

describe('wrapToWidth', () => {
  it('breaks at spaces within the width', () => {
    const lines = wrapToWidth('Map data: Natural Earth and more words here', 100, 12);
    expect(lines.join(' ')).toBe('Map data: Natural Earth and more words here');
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(100);
  });
});

describe('imageFrame', () => {
  it.each(STEP_IMAGE_SIZES.map((s) => [s.name, s] as const))('%s: map and panel tile the picture', (_, size) => {
    const f = imageFrame(size, KEY, { title: 'Laiza and Muse', date: 'Events up to Friday 20 October 2023' }, CREDIT);
    expect([f.width, f.height]).toEqual([size.width / IMAGE_SCALE, size.height / IMAGE_SCALE]);
    expect(inside(f.map, f.width, f.height) && inside(f.panel, f.width, f.height)).toBe(true);
    expect(f.map.width * f.map.height + f.panel.width * f.panel.height).toBeCloseTo(f.width * f.height, 0);
    // Everything in the panel sits inside it.
    for (const k of f.key) {
      expect(k.x).toBeGreaterThanOrEqual(f.panel.x);
      expect(k.y).toBeGreaterThan(f.panel.y);
      expect(k.y).toBeLessThan(f.panel.y + f.panel.height);
    }
    expect(f.credit.y).toBeLessThanOrEqual(f.panel.y + f.panel.height);
    // Title, then date, then the key's first row, top to bottom.
    expect(f.title!.y).toBeGreaterThan(f.panel.y);
    expect(f.date!.y).toBeGreaterThan(f.title!.y);
    expect(Math.min(...f.key.map((k) => k.y))).toBeGreaterThan(f.date!.y);
  });

  it('keeps the wide map in the shape of the page’s static maps, with the panel beside it', () => {
    const f = imageFrame(STEP_IMAGE_SIZES[0], KEY, {}, CREDIT);
    expect(f.map.width / f.map.height).toBeCloseTo(640 / 560, 2);
    expect(f.panel.x).toBe(f.map.width);
    expect(f.date).toBeUndefined();
    expect(f.title).toBeUndefined();
    expect(f.credit.lines).toEqual(CREDIT);
  });

  it('puts the tall map on top, with date and credit on one line under it when they fit', () => {
    const f = imageFrame(STEP_IMAGE_SIZES[1], KEY, { date: 'Events up to 9 October 2023' }, CREDIT);
    expect(f.map.y).toBe(0);
    expect(f.panel.y).toBe(f.map.height);
    expect(f.credit).toMatchObject({ anchor: 'end', y: f.date!.y, lines: [CREDIT.join('. ')] });
  });
});

describe('pictureTitle', () => {
  it.each([
    ['Map 3: Laiza and Muse', 'Laiza and Muse'],
    ['Map 1: the rail corridor from Kunming to Kyaukphyu', 'The rail corridor from Kunming to Kyaukphyu'],
    ['Carte 12 : Laiza', 'Laiza'],
  ])('%s → %s', (title, out) => {
    expect(pictureTitle(title)).toBe(out);
  });
});

describe('mapDataCredit', () => {
  it.each([
    ['Map data: Natural Earth. Reporting: AFP.', 'Map data: Natural Earth'],
    ['Reporting: AFP. Map data: Natural Earth, OpenStreetMap', 'Map data: Natural Earth, OpenStreetMap'],
    ['Reporting: AFP.', ''],
    [
      'Map data: Natural Earth; © OpenStreetMap contributors (ODbL). Reporting: AFP.',
      'Map data: Natural Earth; © OpenStreetMap contributors (ODbL)',
    ],
    ['Map data: Natural Earth', 'Map data: Natural Earth'],
  ])('%s → %s', (credit, out) => {
    expect(mapDataCredit(credit)).toBe(out);
  });
});

describe('imageIndex', () => {
  it('lists every step at every size, with the step’s text alternative', () => {
    const texts = [
      { title: 'Map 1: Laiza', description: 'Places marked: Laiza.' },
      { title: 'Map 2: Muse', description: '' },
    ];
    const index = imageIndex(['a', 'b'], texts);
    expect(index).toHaveLength(2 * STEP_IMAGE_SIZES.length);
    expect(index.map((i) => i.file)).toEqual([
      'a-1200x675.png',
      'a-1080x1350.png',
      'b-1200x675.png',
      'b-1080x1350.png',
    ]);
    expect(index[0]!.alt).toBe('Map 1: Laiza. Places marked: Laiza.');
    expect(index[3]).toMatchObject({ step: 'b', number: 2, width: 1080, height: 1350, alt: imageAlt(texts[1]!) });
    expect(index[3]!.alt).toBe('Map 2: Muse');
  });
});
