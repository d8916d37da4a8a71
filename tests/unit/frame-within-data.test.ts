import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/node/story-render';
import { stepTransform } from '../../src/lib/map/layout';
import { baseProjection, projectBounds, visibleRect, type Padding, type Rect } from '../../src/lib/map/projection';
import { LAND_OFFSET } from '../../src/lib/story/active-step';
import { mapPadding } from '../../src/lib/map/map-frame';
import { ROOT } from '../helpers/build-site';

/**
 * The frame never shows where the base map's data ends: at every step of every story, on the viewport shapes readers
 * use, the visible part of the map lies inside the data's extent (the box scripts/geo/settings.ts clips to).
 */
const site = loadSite(ROOT);
const topo = JSON.parse(readFileSync(join(ROOT, 'data/geo/region.topo.json'), 'utf8')) as {
  bbox: [number, number, number, number];
};
const data: Rect = projectBounds(baseProjection(), topo.bbox);

/** The live map's room kept clear (mapPadding, as live-map.ts asks it); the static maps keep none. */
const none: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
/** The key's band and the timeline strip under the map beside the text (global.css): the tallest they get. */
const DESKTOP_BAND = 7 * 16 + 48;
const LANDSCAPE_BAND = 3.5 * 16 + 48;

/**
 * Map sizes: a phone in portrait (the map fills the screen under the cards), a phone held sideways (the map beside a
 * 22rem text column), a desktop's map column (1280×800 window), the static step maps.
 */
const FRAMES = [
  {
    name: 'phone portrait 390×844',
    width: 390,
    height: 844,
    padding: mapPadding('under-cards', 844, 0, LAND_OFFSET),
  },
  {
    name: 'phone landscape 844×390 (map beside the text)',
    width: 470,
    height: 390,
    padding: mapPadding('beside-text', 390, LANDSCAPE_BAND, LAND_OFFSET),
  },
  {
    name: 'desktop 1280×800 (map column)',
    width: 736,
    height: 800,
    padding: mapPadding('beside-text', 800, DESKTOP_BAND, LAND_OFFSET),
  },
  { name: 'static step map 640×560', width: 640, height: 560, padding: none },
] as const;

const all = site.stories.flatMap((story) =>
  story.map.states.flatMap((state, index) =>
    FRAMES.map((frame) => ({
      label: `${story.slug} #${index} ${state.stepId}, ${frame.name}`,
      story,
      index,
      frame,
    })),
  ),
);

describe('every step, on every viewport shape, shows only where there is base map data', () => {
  it.each(all)('$label', ({ story, index, frame }) => {
    const t = stepTransform(story.map, index, frame.width, frame.height, frame.padding);
    const [x0, y0, x1, y1] = visibleRect(t, frame.width, frame.height);
    const where = `frame ${[x0, y0, x1, y1].map(Math.round)} vs data ${data.map(Math.round)}`;
    // A millionth of a unit of rounding either way (a base unit is a fraction of a pixel at every view).
    expect(x0, where).toBeGreaterThanOrEqual(data[0] - 1e-6);
    expect(y0, where).toBeGreaterThanOrEqual(data[1] - 1e-6);
    expect(x1, where).toBeLessThanOrEqual(data[2] + 1e-6);
    expect(y1, where).toBeLessThanOrEqual(data[3] + 1e-6);
  });
});
