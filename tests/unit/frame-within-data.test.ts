import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/node/story-render';
import { stepTransform } from '../../src/lib/map/layout';
import { baseProjection, projectBounds, visibleRect, type Padding, type Rect } from '../../src/lib/map/projection';
import { LAND_OFFSET } from '../../src/lib/story/active-step';
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

/** The live map's room kept clear (src/client/live-map.ts) on phones and desktops; the static maps keep none. */
const phone = (height: number): Padding => ({
  top: 130,
  right: 16,
  bottom: Math.round(height * (1 - LAND_OFFSET)),
  left: 16,
});
const desktop: Padding = { top: 64, right: 24, bottom: 7 * 16 + 16, left: 24 };
const none: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/** Map sizes: a phone in portrait (the map fills the screen), a desktop's map column (1280×800 window), static maps. */
const FRAMES = [
  { name: 'phone portrait 390×844', width: 390, height: 844, padding: phone(844) },
  { name: 'desktop 1280×800 (map column)', width: 736, height: 800, padding: desktop },
  { name: 'static step map 640×560', width: 640, height: 560, padding: none },
] as const;

const cases = site.stories.flatMap((story) =>
  story.map.states.flatMap((state, index) =>
    FRAMES.map((frame) => ({ label: `${story.slug} #${index} ${state.stepId}, ${frame.name}`, story, index, frame })),
  ),
);

describe('every step, on every viewport shape, shows only where there is base map data', () => {
  it.each(cases)('$label', ({ story, index, frame }) => {
    const t = stepTransform(story.map, index, frame.width, frame.height, frame.padding);
    const [x0, y0, x1, y1] = visibleRect(t, frame.width, frame.height);
    const where = `frame ${[x0, y0, x1, y1].map(Math.round)} vs data ${data.map(Math.round)}`;
    expect(x0, where).toBeGreaterThanOrEqual(data[0]);
    expect(y0, where).toBeGreaterThanOrEqual(data[1]);
    expect(x1, where).toBeLessThanOrEqual(data[2]);
    expect(y1, where).toBeLessThanOrEqual(data[3]);
  });
});

describe('a phone held sideways (844×390)', () => {
  // live-map.ts keeps a phone's room for the date, key and cards there too, which leaves the fitted view 96 px of
  // height: the region view's frame then spans about 120° of longitude, which no clip box can cover. The views are to
  // be refitted for landscape phones (issue #16); this shape joins FRAMES when they are.
  it.todo('shows only where there is base map data, once the views are refitted for it');
});
