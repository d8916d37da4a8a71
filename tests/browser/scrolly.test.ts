import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import sharp from 'sharp';
import { defaultBuild } from '../helpers/build-site';
import {
  browserAvailable,
  mapSignature,
  openPage,
  slowScrollTo,
  startRig,
  waitForStep,
  type BrowserRig,
} from '../helpers/browser';

const run = browserAvailable();

/** Pixels of two same-sized RGB(A) buffers whose channels differ by more than `levels` in sum. */
function pixelsOff(a: Buffer, b: Buffer, levels: number, channels = 3): number {
  let n = 0;
  for (let p = 0; p < a.length; p += channels)
    if (Math.abs(a[p]! - b[p]!) + Math.abs(a[p + 1]! - b[p + 1]!) + Math.abs(a[p + 2]! - b[p + 2]!) > levels) n++;
  return n;
}

describe.skipIf(!run)('the scroll-driven story in Chromium', () => {
  let rig: BrowserRig;
  let stepIds: string[] = [];

  beforeAll(async () => {
    rig = await startRig(defaultBuild());
    const { page } = await openPage(rig);
    await page.goto(rig.served.url);
    stepIds = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
    await page.context().close();
  }, 120_000);
  afterAll(async () => rig?.close());

  it('has at least 10 steps with unique ids and a live map', () => {
    expect(stepIds.length).toBeGreaterThanOrEqual(10);
    expect(new Set(stepIds).size).toBe(stepIds.length);
  }, 120_000);

  it('after an animated move the live map shows its base map under its marks, both visible', async () => {
    const { page, problems } = await openPage(rig, { reducedMotion: 'no-preference' });
    await page.goto(rig.served.url);
    const i = stepIds.length - 1;
    await slowScrollTo(page, i);
    await waitForStep(page, i);
    await page.waitForTimeout(2500);
    const map = page.locator('[data-map]');
    const shot = async (hide: string) => {
      await page.evaluate(
        (sel) => document.querySelectorAll<HTMLElement | SVGElement>(sel).forEach((e) => (e.style.opacity = '0')),
        hide,
      );
      const png = await map.screenshot();
      await page.evaluate(
        (sel) => document.querySelectorAll<HTMLElement | SVGElement>(sel).forEach((e) => (e.style.opacity = '')),
        hide,
      );
      return (await sharp(png).raw().toBuffer({ resolveWithObject: true })).data;
    };
    const changed = (a: Buffer, b: Buffer) => {
      let n = 0;
      for (let p = 0; p < a.length; p += 3)
        if (Math.abs(a[p]! - b[p]!) + Math.abs(a[p + 1]! - b[p + 1]!) + Math.abs(a[p + 2]! - b[p + 2]!) > 30) n++;
      return n;
    };
    const all = await shot('.none');
    // Hiding the marks, or the base map, must change what the reader sees: neither may hide behind the other.
    expect(changed(all, await shot('[data-map] svg.map')), 'marks visible').toBeGreaterThan(500);
    expect(changed(all, await shot('[data-map] .map-layers')), 'base map visible').toBeGreaterThan(5000);
    expect(problems).toEqual([]);
  }, 120_000);

  it('a deep link shows the same map as a slow scroll to the same step (desktop screenshots)', async () => {
    const { page: scrolled, problems } = await openPage(rig);
    await scrolled.goto(rig.served.url);
    const { page: linked } = await openPage(rig);
    for (const i of [2, Math.floor(stepIds.length / 2), stepIds.length - 2]) {
      await slowScrollTo(scrolled, i);
      await linked.goto(`${rig.served.url}#${stepIds[i]}`);
      await waitForStep(linked, i);
      expect(await mapSignature(linked), stepIds[i]).toEqual(await mapSignature(scrolled));
      const [a, b] = await Promise.all(
        [scrolled, linked].map(async (p) =>
          sharp(await p.locator('[data-map]').screenshot())
            .raw()
            .toBuffer({ resolveWithObject: true }),
        ),
      );
      // The same picture: the edge of a line that falls between pixels may be anti-aliased a few levels apart,
      // depending on how it came to be painted (seen: 7 pixels, 30 levels of 765); a different map differs far more.
      expect(a!.info).toEqual(b!.info);
      const off = pixelsOff(a!.data, b!.data, 48, a!.info.channels);
      expect(off, `screenshot of step ${stepIds[i]}: pixels that differ visibly`).toBe(0);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('every step reached by scrolling matches its deep link, on a phone', async () => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const { page: scrolled, problems } = await openPage(rig, phone);
    const { page: linked } = await openPage(rig, phone);
    await scrolled.goto(rig.served.url);
    for (const [i, id] of stepIds.entries()) {
      await slowScrollTo(scrolled, i);
      await linked.goto(`${rig.served.url}#${id}`);
      await waitForStep(linked, i);
      expect(await mapSignature(linked), id).toEqual(await mapSignature(scrolled));
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('the date, the key and the locator inset never cover one another, on a phone or a desktop', async () => {
    const sizes = [
      { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      { viewport: { width: 1280, height: 800 } },
      { viewport: { width: 900, height: 700 } },
    ];
    for (const size of sizes) {
      const { page, problems } = await openPage(rig, size);
      for (const [i, id] of stepIds.entries()) {
        await page.goto(`${rig.served.url}#${id}`);
        await waitForStep(page, i);
        // The date and key follow the map a few frames later.
        await page.waitForFunction((stepId) => {
          const chip = document.querySelector<HTMLElement>('[data-map-date]');
          const want = document.getElementById(stepId)?.querySelector('.step__date')?.textContent;
          return want ? !chip?.hidden && chip?.querySelector('.date-long')?.textContent === want : chip?.hidden;
        }, id);
        const boxes = await page.evaluate(() => {
          const shown = (sel: string) => {
            const el = document.querySelector<HTMLElement | SVGElement>(`[data-map] ${sel}`);
            if (!el || el.closest('[hidden]') || getComputedStyle(el).visibility === 'hidden') return undefined;
            const r = el.getBoundingClientRect();
            return r.width && r.height
              ? { name: sel, left: r.left, top: r.top, right: r.right, bottom: r.bottom }
              : undefined;
          };
          return ['.map-date', '.legend', 'svg.inset'].map(shown).filter((b) => b !== undefined);
        });
        for (const a of boxes)
          for (const b of boxes) {
            if (a.name >= b.name) continue;
            const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            expect(
              overlap,
              `${a.name} and ${b.name} overlap at step ${id}, ${size.viewport.width}×${size.viewport.height}: ${JSON.stringify([a, b])}`,
            ).toBe(false);
          }
      }
      expect(problems).toEqual([]);
      await page.context().close();
    }
  }, 240_000);

  it('on a phone, a deep link shows what the step highlights above its card', async () => {
    const { page, problems } = await openPage(rig, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    for (const [i, id] of stepIds.entries()) {
      await page.goto(`${rig.served.url}#${id}`);
      await waitForStep(page, i);
      const { cardTop, covered } = await page.evaluate((stepId) => {
        const top = document.getElementById(stepId)!.querySelector('.step__text')!.getBoundingClientRect().top;
        const marks = [
          ...document.querySelectorAll('[data-map] svg.map .is-hl:is([data-place], [data-event], [data-seg])'),
        ];
        return {
          cardTop: top,
          covered: marks
            .filter((m) => m.getBoundingClientRect().bottom > top)
            .map((m) => m.getAttribute('data-place') ?? m.getAttribute('data-event') ?? m.getAttribute('data-seg')),
        };
      }, id);
      expect(covered, `${id}: highlighted marks under the card (its top at ${Math.round(cardTop)} px)`).toEqual([]);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('railway lines keep their width in pixels whatever the zoom', async () => {
    // The test's own stylesheet below needs the page's Content-Security-Policy set aside.
    const { page, problems } = await openPage(rig, { bypassCSP: true });
    await page.goto(rig.served.url);
    const seg = await page.evaluate(
      () => document.querySelector('[data-step] .step__map [data-seg]')?.closest('[data-step]')?.id,
    );
    expect(seg, 'a step that draws railway segments').toBeTruthy();
    // Widths measured at two zooms: the first step that draws railway lines (a close view) and the step that reaches
    // Kyaukphyu (the whole corridor).
    for (const id of [seg!, stepIds.find((s) => s.includes('kyaukphyu')) ?? seg!]) {
      await page.goto(`${rig.served.url}#${id}`);
      await waitForStep(page, stepIds.indexOf(id));
      // Only the railway lines, drawn black on white, then the ink counted per pixel of line length.
      const { lengthPx, clip } = await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent =
          '[data-map] * { visibility: hidden !important; } [data-map], [data-map] svg.map { background: #fff !important; } ' +
          '[data-map] svg.map, [data-map] svg.map .geo, [data-map] [data-seg] { visibility: visible !important; } [data-map] [data-seg] { stroke: #000 !important; stroke-dasharray: none !important; }';
        document.head.append(style);
        let length = 0;
        for (const use of document.querySelectorAll<SVGUseElement>('[data-map] svg.map [data-seg]')) {
          const path = document.getElementById(use.getAttribute('href')!.slice(1)) as unknown as SVGPathElement;
          length += path.getTotalLength() * use.getScreenCTM()!.a;
        }
        const r = document.querySelector('[data-map]')!.getBoundingClientRect();
        return { lengthPx: length, clip: { x: r.left, y: r.top, width: r.width, height: r.height } };
      });
      const png = await page.screenshot({ clip });
      const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
      let ink = 0;
      for (let p = 0; p < data.length; p += info.channels) ink += (255 - data[p]!) / 255;
      const width = ink / lengthPx;
      expect(width, `average line width at ${id} (${Math.round(lengthPx)} px of line)`).toBeGreaterThan(3);
      expect(width, `average line width at ${id}`).toBeLessThan(8);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('flings to the end and back to the top end on the last and the first step', async () => {
    const { page, problems } = await openPage(rig, { reducedMotion: 'no-preference' });
    const { page: ref } = await openPage(rig);
    await page.goto(rig.served.url);
    await slowScrollTo(page, 1);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = stepIds.length - 1;
    await waitForStep(page, last);
    await page.waitForTimeout(2500); // let any transition finish
    await ref.goto(`${rig.served.url}#${stepIds[last]}`);
    await waitForStep(ref, last);
    expect(await mapSignature(page)).toEqual(await mapSignature(ref));

    await page.evaluate(() => window.scrollTo(0, 0));
    await waitForStep(page, 0);
    await page.waitForTimeout(2500);
    await ref.goto(`${rig.served.url}#${stepIds[0]}`);
    await waitForStep(ref, 0);
    expect(await mapSignature(page)).toEqual(await mapSignature(ref));
    expect(problems).toEqual([]);
  }, 120_000);

  it('a resize mid-story re-fits the map and keeps the step', async () => {
    const { page, problems } = await openPage(rig);
    const i = Math.floor(stepIds.length / 2);
    await page.goto(`${rig.served.url}#${stepIds[i]}`);
    await waitForStep(page, i);
    await page.setViewportSize({ width: 900, height: 700 });
    await page.waitForTimeout(400);
    await waitForStep(page, i);
    const { page: ref } = await openPage(rig, { viewport: { width: 900, height: 700 } });
    await ref.goto(`${rig.served.url}#${stepIds[i]}`);
    await waitForStep(ref, i);
    expect(await mapSignature(page)).toEqual(await mapSignature(ref));
    expect(problems).toEqual([]);
  }, 120_000);

  it('without JavaScript, every step shows its own map and the live map is hidden', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const { page, problems } = await openPage(rig, { javaScriptEnabled: false, viewport });
      await page.goto(rig.served.url);
      expect(await page.locator('[data-map]').isVisible()).toBe(false);
      for (const id of stepIds) {
        const map = page.locator(`#${id} .step__map svg.map[role="img"]`);
        await map.scrollIntoViewIfNeeded();
        const box = await map.boundingBox();
        expect(box && box.width > 250 && box.height > 200, `${id} at ${viewport.width}px`).toBe(true);
        expect(await map.locator('.geo > use[href="#base-map"]').count()).toBe(1);
        expect((await map.locator('title').textContent())?.length).toBeGreaterThan(5);
      }
      expect(problems).toEqual([]);
    }
  }, 120_000);
});
