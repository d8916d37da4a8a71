import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultBuild } from '../helpers/build-site';
import { browserAvailable, openPage, startRig, waitForStep, type BrowserRig } from '../helpers/browser';

const run = browserAvailable();

type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

/** Boxes of the headline, the lead map on show (and how many are on show), and the viewport. */
async function firstScreen(page: Page): Promise<{ h1: Box; map: Box; shown: number; vw: number; vh: number }> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    };
    const shown = [...document.querySelectorAll('.lead-map svg[role="img"]')].filter(
      (s) => s.getBoundingClientRect().width > 0,
    );
    return {
      h1: box(document.querySelector('h1')!),
      map: box(shown[0]!),
      shown: shown.length,
      vw: innerWidth,
      vh: innerHeight,
    };
  });
}

describe.skipIf(!run)('the first screen', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig(defaultBuild());
  });
  afterAll(async () => rig?.close());

  const screens = [
    { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, minMapHeight: 300 },
    { name: 'laptop', viewport: { width: 1280, height: 800 }, minMapHeight: 550 },
    { name: 'phone held sideways', viewport: { width: 844, height: 390 }, isMobile: true, minMapHeight: 280 },
  ];
  for (const { name, minMapHeight, ...options } of screens) {
    for (const javaScriptEnabled of [true, false]) {
      it(`${name}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: the headline and the whole lead map share the first screen`, async () => {
        const { page, problems } = await openPage(rig, { ...options, javaScriptEnabled });
        await page.goto(rig.served.url);
        const { h1, map, shown, vh, vw } = await firstScreen(page);
        expect(shown).toBe(1);
        expect(h1.top).toBeGreaterThanOrEqual(0);
        expect(h1.bottom).toBeLessThanOrEqual(vh);
        expect(map.top).toBeGreaterThanOrEqual(0);
        expect(map.bottom).toBeLessThanOrEqual(vh + 1);
        expect(map.right).toBeLessThanOrEqual(vw + 1);
        expect(map.height).toBeGreaterThanOrEqual(minMapHeight);
        if (vw >= 600) {
          // Side by side: the map is in the column beside the headline, level with it.
          expect(map.left).toBeGreaterThanOrEqual(h1.right - 1);
          expect(map.top).toBeLessThanOrEqual(h1.top);
        }
        expect(problems).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('the update notes open from the "Updated" line, by keyboard too', async () => {
    const { page } = await openPage(rig);
    await page.goto(rig.served.url);
    const notes = page.locator('.updates .update-notes');
    expect(await notes.isVisible()).toBe(false);
    await page.locator('.updates > summary').focus();
    await page.keyboard.press('Enter');
    expect(await notes.isVisible()).toBe(true);
    expect(await notes.locator('li').count()).toBe(2);
    await page.context().close();
  });
});

describe.skipIf(!run)('the story beside the sticky map, on a desktop', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig(defaultBuild());
  });
  afterAll(async () => rig?.close());

  it('starts its text column level with the map, and keeps the key off the top of the map at the first step', async () => {
    const { page, problems } = await openPage(rig, { viewport: { width: 1280, height: 800 } });
    await page.goto(rig.served.url);
    await waitForStep(page, 0);
    await page.evaluate(() => window.scrollTo(0, document.querySelector<HTMLElement>('.scrolly')!.offsetTop));
    await page.waitForTimeout(300);
    const { mapTop, textTop, key, map } = await page.evaluate(() => {
      const box = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
      return {
        mapTop: box(document.querySelector('.scrolly__map')!).top,
        textTop: box(document.querySelector('.scrolly__steps > :first-child')!).top,
        key: box(document.querySelector('[data-map] .legend')!),
        map: box(document.querySelector('[data-map]')!),
      };
    });
    expect(Math.abs(mapTop)).toBeLessThan(2);
    // The intro (its own top margin aside) starts at the top of the column, not a third of a screen down.
    expect(textTop - mapTop).toBeLessThan(64);
    expect(key.height).toBeGreaterThan(0);
    expect(key.top).toBeGreaterThan(map.top + map.height * 0.75);
    expect(problems).toEqual([]);
  });
});
