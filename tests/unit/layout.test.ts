import { describe, expect, it } from 'vitest';
import { fixtureFiles } from '../helpers/content-fixture';
import { validateContent } from '../../src/lib/validation/validate-content';
import { mapStates } from '../../src/lib/map/map-state';
import { buildMapModel } from '../../src/lib/map/map-model';
import { applyTransform, baseProjection, fitTransform, pad, type Padding } from '../../src/lib/map/projection';
import { labelBox, overlaps, type Box } from '../../src/lib/map/label-placement';
import { layoutStep, stepTransform } from '../../src/lib/map/layout';
import { chromeStrings } from '../../src/lib/i18n/locale';

function model() {
  const { data, stories, problems } = validateContent(fixtureFiles());
  expect(problems).toEqual([]);
  const states = mapStates(stories[0]!.steps, data, {
    areaBounds: new Map([['mm-kachin', [96, 23.5, 98.7, 28.5] as const]]),
  });
  return buildMapModel(
    data,
    states,
    baseProjection(),
    states.map(() => ({ title: '', description: '' })),
    chromeStrings('en'),
  );
}

const sizes: { width: number; height: number; padding?: Padding }[] = [
  { width: 640, height: 560 },
  { width: 736, height: 800, padding: { top: 90, right: 24, bottom: 24, left: 24 } },
  { width: 356, height: 700, padding: { top: 90, right: 24, bottom: 24, left: 24 } },
  { width: 1400, height: 500, padding: pad(24) },
];

describe('layout and the locator inset', () => {
  const m = model();
  const close = m.states.findIndex((s) => s.stepId === 'close');
  const start = m.states.findIndex((s) => s.stepId === 'start');

  it('fits a close view clear of the inset, at any map size', () => {
    for (const { width, height, padding } of sizes) {
      const layout = layoutStep(m, close, width, height, padding);
      const inset = layout.inset!;
      expect(inset, `${width}×${height}`).toBeDefined();
      const [x0, y0] = applyTransform(layout.transform, [m.states[close]!.rect[0], m.states[close]!.rect[1]]);
      const [x1, y1] = applyTransform(layout.transform, [m.states[close]!.rect[2], m.states[close]!.rect[3]]);
      const view: Box = [x0, y0, x1, y1];
      const box: Box = [inset.x, inset.y, inset.x + inset.width, inset.y + inset.height];
      expect(overlaps(view, box), `${width}×${height}: view ${view} under inset ${box}`).toBe(false);
      // Still the closest fit that clears it: the view touches the padding or the inset's band on some side.
      expect(layout.transform.k).toBeGreaterThan(0.8 * fitTransform(m.states[close]!.rect, width, height, padding).k);
      for (const p of layout.places) {
        if (p.labelSide)
          expect(overlaps(labelBox(p.x, p.y, p.name, p.labelSide), box), `${p.name}'s label`).toBe(false);
      }
    }
  });

  it('leaves wide views, which have no inset, as they were', () => {
    for (const { width, height, padding } of sizes) {
      expect(layoutStep(m, start, width, height, padding).inset).toBeUndefined();
      expect(stepTransform(m, start, width, height, padding)).toEqual(
        fitTransform(m.states[start]!.rect, width, height, padding),
      );
    }
  });
});
