import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBuild } from '../helpers/build-site';
import { browserAvailable, openPage, startRig, waitForStep, type BrowserRig } from '../helpers/browser';
import { measureMap, overlapsBetween, type MapBoxes, type MeasuredBox } from '../helpers/map-boxes';

const run = browserAvailable();

const STORIES = ['', 'rail-corridor/'];
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'small desktop', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'landscape phone', width: 844, height: 390 },
];

/** One step's measured map, named. */
interface Measured {
  where: string;
  boxes: MapBoxes;
}

/** A label may sit on the symbols of its own place (the label steps out around them). */
const ownSymbol = (a: MeasuredBox, b: MeasuredBox) => a.place !== undefined && a.place === b.place;

describe.skipIf(!run)('marks on the live map are never buried', () => {
  let rig: BrowserRig;
  const live: Measured[] = [];
  const statics: Measured[] = [];

  beforeAll(async () => {
    rig = await startRig(defaultBuild());
    for (const story of STORIES) {
      for (const size of SIZES) {
        const { page } = await openPage(rig, { viewport: { width: size.width, height: size.height } });
        await page.goto(`${rig.served.url}${story}`);
        const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
        for (const [i, id] of ids.entries()) {
          await page.goto(`${rig.served.url}${story}#${id}`);
          await waitForStep(page, i);
          // The map has landed: marks placed (they are set in the frames after the step changes).
          await page.waitForTimeout(250);
          live.push({
            where: `${story || 'main story/'}${id} at ${size.name}`,
            boxes: await measureMap(page, '[data-map] svg.map', `#${id}`),
          });
        }
        await page.context().close();
        // The static maps (JavaScript off, print): each step's own SVG, scaled to the column.
        const off = await openPage(rig, {
          viewport: { width: size.width, height: size.height },
          javaScriptEnabled: false,
        });
        await off.page.goto(`${rig.served.url}${story}`);
        for (const id of ids) {
          await off.page.locator(`#${id} .step__map svg.map`).scrollIntoViewIfNeeded();
          statics.push({
            where: `${story || 'main story/'}${id} static at ${size.name}`,
            boxes: await measureMap(off.page, `#${id} .step__map svg.map`),
          });
        }
        await off.page.context().close();
      }
    }
  }, 600_000);
  afterAll(async () => rig?.close());

  const each = (list: Measured[], check: (b: MapBoxes) => string[]) =>
    list.flatMap(({ where, boxes }) => check(boxes).map((p) => `${where}: ${p}`));

  it('measured every step of both stories at every size, with labels, symbols and a scale bar to check', () => {
    expect(live.length).toBeGreaterThanOrEqual(2 * SIZES.length * 4);
    expect(live.every((m) => m.boxes.overlays.scaleBar.length === 1)).toBe(true);
    expect(live.some((m) => m.boxes.symbols.length >= 5)).toBe(true);
    expect(live.every((m) => m.boxes.labels.length > 0)).toBe(true);
  });

  it('no two visible labels overlap', () => {
    expect(each(live, (b) => overlapsBetween(b.labels, b.labels))).toEqual([]);
  });

  it('no label covers a symbol of another place, and no symbol covers another', () => {
    expect(each(live, (b) => overlapsBetween(b.labels, b.symbols, ownSymbol))).toEqual([]);
    expect(each(live, (b) => overlapsBetween(b.symbols, b.symbols))).toEqual([]);
  });

  it('no label or symbol sits under the date, the locator inset, the active card or the scale bar', () => {
    const under = (b: MapBoxes) => {
      const covers = [...b.overlays.date, ...b.overlays.inset, ...b.overlays.card, ...b.overlays.scaleBar];
      return overlapsBetween([...b.labels, ...b.symbols], covers);
    };
    expect(each(live, under)).toEqual([]);
  });

  // On phones the compact key shows at most two new entries (new-keys.ts), and beside the text no more than fit its
  // band (indicators.ts): a taller key would cover names and the scale bar.
  it('no label, symbol or scale bar sits under the legend', () => {
    const under = (b: MapBoxes) =>
      overlapsBetween([...b.labels, ...b.symbols, ...b.overlays.scaleBar], b.overlays.legend);
    expect(each(live, under)).toEqual([]);
  });

  it('the static maps (JavaScript off) keep labels and symbols apart too', () => {
    expect(statics.length).toBe(live.length);
    expect(each(statics, (b) => overlapsBetween(b.labels, b.labels))).toEqual([]);
    expect(each(statics, (b) => overlapsBetween(b.symbols, b.symbols))).toEqual([]);
    expect(each(statics, (b) => overlapsBetween(b.labels, b.symbols, ownSymbol))).toEqual([]);
    expect(each(statics, (b) => overlapsBetween([...b.labels, ...b.symbols], b.overlays.inset))).toEqual([]);
  });
});
