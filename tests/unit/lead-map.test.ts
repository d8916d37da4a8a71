import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/node/story-render';
import { baseProjection, projectBounds, type Rect } from '../../src/lib/map/projection';
import { labelBox, overlaps } from '../../src/lib/map/label-placement';
import {
  LEAD_SIZES,
  labelledCountries,
  leadLayouts,
  leadText,
  nameBox,
  separateNames,
  withinData,
} from '../../src/lib/map/lead-map';
import type { MapLayout, TextMark } from '../../src/lib/map/layout';
import { ROOT } from '../helpers/build-site';
import { chromeStrings } from '../../src/lib/i18n/locale';
const en = chromeStrings('en');

const site = loadSite(ROOT);
const home = site.stories.find((s) => s.slug === 'myanmar-china-border')!;
const topo = JSON.parse(readFileSync(join(ROOT, 'data/geo/region.topo.json'), 'utf8')) as {
  bbox: [number, number, number, number];
};
const dataRect: Rect = projectBounds(baseProjection(), topo.bbox);

describe("leadLayouts (the front page story's lead map)", () => {
  const layouts = leadLayouts(home.lead!.map);

  it.each(Object.keys(LEAD_SIZES) as (keyof typeof LEAD_SIZES)[])(
    '%s: is laid out at its size and never shows where the map data ends',
    (size) => {
      const layout = layouts[size];
      expect([layout.width, layout.height]).toEqual([LEAD_SIZES[size].width, LEAD_SIZES[size].height]);
      expect(withinData(layout, dataRect)).toBe(true);
    },
  );

  it.each(Object.keys(LEAD_SIZES) as (keyof typeof LEAD_SIZES)[])(
    '%s: highlights Kachin and Shan and labels Laiza and Muse, in bold',
    (size) => {
      const layout = layouts[size];
      expect(layout.areas).toEqual(['mm-kachin', 'mm-shan']);
      for (const id of ['laiza', 'muse']) {
        const place = layout.places.find((p) => p.id === id);
        expect(place?.labelSide, id).toBeDefined();
        expect(place?.highlighted, id).toBe(true);
      }
    },
  );

  it.each(Object.keys(LEAD_SIZES) as (keyof typeof LEAD_SIZES)[])(
    '%s: names Myanmar, China and the neighbours, none over another or over a place',
    (size) => {
      const layout = layouts[size];
      expect(labelledCountries(layout)).toEqual(expect.arrayContaining(['Myanmar', 'China', 'India', 'Thailand']));
      const boxes = [
        ...layout.labels.map(nameBox),
        ...layout.places.map((p) => labelBox(p.x, p.y, p.name, p.labelSide!)),
      ];
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${a} / ${b}`).toBe(false)));
    },
  );
});

describe('separateNames', () => {
  const mark = (text: string, kind: TextMark['kind'], x: number, y: number): TextMark => ({
    key: text,
    text,
    kind,
    xy: [0, 0],
    x,
    y,
  });
  const layout = (labels: TextMark[]): MapLayout => ({
    index: 0,
    width: 300,
    height: 200,
    transform: { k: 1, x: 0, y: 0 },
    areas: [],
    segments: [],
    places: [],
    events: [],
    leaders: [],
    callouts: [],
    scale: 1,
    labels,
    rivers: [],
    inset: undefined,
    scaleBar: { km: 10, kmPx: 50, mi: 5, miPx: 40, x: 0, y: 0 },
  });

  it('keeps names that do not meet where they are', () => {
    const labels = [mark('MYANMAR', 'country', 60, 100), mark('LAOS', 'country', 240, 100)];
    expect(separateNames(layout(labels))).toEqual(labels);
  });

  it("moves a country name a line down, off a state's name it would cover (states first)", () => {
    const shan = mark('SHAN STATE', 'area', 150, 100);
    const myanmar = mark('MYANMAR', 'country', 110, 100);
    expect(separateNames(layout([myanmar, shan]))).toEqual([{ ...myanmar, y: 115 }, shan]);
  });

  it('moves it up when down is taken, and leaves it out when both are', () => {
    const shan = mark('SHAN STATE', 'area', 150, 100);
    const below = mark('KAYAH STATE', 'area', 150, 115);
    const myanmar = mark('MYANMAR', 'country', 110, 100);
    expect(separateNames(layout([myanmar, shan, below]))[0]).toEqual({ ...myanmar, y: 85 });
    const above = mark('KACHIN STATE', 'area', 150, 85);
    expect(separateNames(layout([myanmar, shan, below, above])).map((l) => l.text)).toEqual([
      'SHAN STATE',
      'KAYAH STATE',
      'KACHIN STATE',
    ]);
  });
});

describe('leadText', () => {
  it('titles the map with the countries it names, and keeps the description of what it marks', () => {
    const layout = {
      labels: [
        { key: 'a', text: 'MYANMAR', kind: 'country', xy: [0, 0], x: 0, y: 0 },
        { key: 'b', text: 'SHAN STATE', kind: 'area', xy: [0, 0], x: 0, y: 0 },
        { key: 'c', text: 'CHINA', kind: 'country', xy: [0, 0], x: 0, y: 0 },
        { key: 'd', text: 'MYANMAR', kind: 'country', xy: [0, 0], x: 0, y: 0 },
      ],
    } as unknown as MapLayout;
    expect(leadText(layout, 'Places marked: Laiza.', en)).toEqual({
      title: 'Locator map: Myanmar and China',
      description: 'Places marked: Laiza.',
    });
    expect(leadText({ labels: [] } as unknown as MapLayout, '', en).title).toBe('Locator map');
  });

  it("describes the front page story's lead map from its data", () => {
    expect(home.lead!.map.texts[0]!.description).toBe(
      'Highlighted: Kachin State and Shan State. Places marked: Laiza and Muse.',
    );
  });
});
