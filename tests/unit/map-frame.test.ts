import { describe, expect, it } from 'vitest';
import { mapPadding } from '../../src/lib/map/map-frame';
import { LAND_OFFSET } from '../../src/lib/story/active-step';
import { loadSite } from '../../src/node/story-render';
import { layoutStep } from '../../src/lib/map/layout';
import { applyTransform } from '../../src/lib/map/projection';
import { ROOT } from '../helpers/build-site';

const site = loadSite(ROOT);

describe('the live map on a landscape phone (844×390)', () => {
  // Beside the text: the map column left by a 20rem text column, its key band 3.5rem (global.css).
  const beside = { width: 844 - 320, height: 390, padding: mapPadding('beside-text', 390, 56, LAND_OFFSET) };
  // Under the cards, as it was: the whole screen with the cards' share of the height kept free.
  const under = { width: 844, height: 390, padding: mapPadding('under-cards', 390, 0, LAND_OFFSET) };

  it('under the cards would leave the map a strip about 100 px high', () => {
    expect(under.height - under.padding.top - under.padding.bottom).toBeLessThan(110);
  });

  it.each(site.stories.map((s) => [s.slug, s] as const))(
    '%s: beside the text, every view is at least 200 px high or 450 px wide',
    (_slug, story) => {
      story.map.states.forEach((state, i) => {
        const { width, height, padding } = beside;
        const layout = layoutStep(story.map, i, width, height, padding);
        const [x0, y0] = applyTransform(layout.transform, [state.rect[0], state.rect[1]]);
        const [x1, y1] = applyTransform(layout.transform, [state.rect[2], state.rect[3]]);
        expect(y1 - y0 >= 200 || x1 - x0 >= 450, `${state.stepId}: ${Math.round(x1 - x0)}×${Math.round(y1 - y0)}`).toBe(
          true,
        );
      });
    },
  );
});
