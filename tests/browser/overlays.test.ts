import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { defaultBuild } from '../helpers/build-site';
import { browserAvailable, openPage, startRig, waitForStep, type BrowserRig } from '../helpers/browser';

const run = browserAvailable();

/** What the live map shows in one animation frame, recorded in the page. */
interface Frame {
  moving: boolean;
  marksOpacity: string;
  key: string;
  date: string;
  anchors: string[];
}

/** Records, in every animation frame until `stop()`, whether the camera moves and what the overlays say. */
async function record(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { frames_: unknown[]; recording: boolean };
    w.frames_ = [];
    w.recording = true;
    const map = document.querySelector<HTMLElement>('[data-map]')!;
    const box = map.getBoundingClientRect();
    const tick = () => {
      const svg = map.querySelector<SVGSVGElement>('svg.map')!;
      const date = map.querySelector<HTMLElement>('[data-map-date]')!;
      w.frames_.push({
        moving: map.querySelector('.map-layers')!.classList.contains('is-moving'),
        marksOpacity: svg.style.opacity,
        key: [...map.querySelectorAll<HTMLElement>('[data-legend] li')].map((li) => li.textContent).join('|'),
        date: date.hidden ? '' : (date.textContent ?? ''),
        anchors: [...map.querySelectorAll<SVGTextElement>('.map-anchors text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            const inside = r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
            const shown = Number(t.parentElement?.getAttribute('opacity') ?? 1) > 0;
            return r.width > 0 && inside && shown && getComputedStyle(t).visibility !== 'hidden';
          })
          .map((t) => t.textContent ?? ''),
      });
      if (w.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function frames(page: Page): Promise<Frame[]> {
  return page.evaluate(() => {
    const w = window as unknown as { frames_: Frame[]; recording: boolean };
    w.recording = false;
    return w.frames_;
  });
}

/** The live map's base map alone (marks, names and overlays hidden), as raw pixels. */
async function baseMapPixels(page: Page): Promise<Buffer> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-map] > :not(.map-layers)')) {
      el.style.transition = 'none';
      el.style.opacity = '0';
    }
  });
  const png = await page.locator('[data-map]').screenshot();
  return (await sharp(png).raw().toBuffer({ resolveWithObject: true })).data;
}

describe.skipIf(!run)('the live map’s overlays and camera moves in Chromium', () => {
  let rig: BrowserRig;
  let ids: string[] = [];

  beforeAll(async () => {
    rig = await startRig(defaultBuild());
    const { page } = await openPage(rig);
    await page.goto(rig.served.url);
    ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
    await page.context().close();
  }, 120_000);
  afterAll(async () => rig?.close());

  it.each([
    ['the-coup', 'laiza-and-muse', ['MYANMAR', 'CHINA']],
    ['wednesday-18-october', 'thursday-19-october', []],
  ])(
    'a camera move from %s to %s keeps two or three names on screen, and the date and key change when it lands',
    async (a, b, names) => {
      const { page, problems } = await openPage(rig, { reducedMotion: 'no-preference' });
      const [from, to] = [ids.indexOf(a), ids.indexOf(b)];
      expect(from).toBeGreaterThanOrEqual(0);
      await page.goto(`${rig.served.url}#${ids[from]}`);
      await waitForStep(page, from);
      await page.waitForTimeout(1000);
      await record(page);
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), ids[to]!);
      await waitForStep(page, to);
      await page.waitForTimeout(2500);
      const log = await frames(page);
      const flying = log.filter((f) => f.moving);
      expect(flying.length, 'frames of the camera move').toBeGreaterThan(1);
      const [before, after] = [log[0]!, log.at(-1)!];
      expect(after.key, 'the key changes with the step').not.toBe(before.key);
      expect(after.date, 'the date changes with the step').not.toBe(before.date);
      for (const f of flying) {
        expect(f.key, 'the key while the camera moves').toBe(before.key);
        expect(f.date, 'the date while the camera moves').toBe(before.date);
      }
      // Once the marks have faded out, the anchors are what is left to read, all the way to the landing: the country
      // names both views show (two at least), or else the places (which may fly out of the frame on the way).
      const faded = flying.filter((f) => f.marksOpacity === '0');
      expect(faded.length, JSON.stringify(flying)).toBeGreaterThan(0);
      for (const f of faded) {
        expect(f.anchors.length, JSON.stringify(f)).toBeGreaterThanOrEqual(names.length ? 2 : 1);
        expect(f.anchors).toEqual(expect.arrayContaining(names));
      }
      expect(problems).toEqual([]);
    },
    120_000,
  );

  it('after a camera move the base map rests unscaled and as sharp as when the step is opened directly', async () => {
    const { page: flown, problems } = await openPage(rig, { reducedMotion: 'no-preference' });
    const from = ids.indexOf('the-coup');
    const to = ids.indexOf('laiza-and-muse');
    await flown.goto(`${rig.served.url}#${ids[from]}`);
    await waitForStep(flown, from);
    await flown.waitForTimeout(800);
    await flown.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), ids[to]!);
    await waitForStep(flown, to);
    await flown.waitForTimeout(2500);
    const rest = await flown.evaluate(() => {
      const box = document.querySelector('[data-map] .map-layers')!;
      const shown = [...box.querySelectorAll<SVGSVGElement>('.map-layer')].filter(
        (l) => getComputedStyle(l).visibility !== 'hidden',
      );
      return {
        moving: box.classList.contains('is-moving'),
        layers: shown.map((l) => {
          const s = getComputedStyle(l);
          return { transform: s.transform, willChange: s.willChange, filter: s.filter, opacity: s.opacity };
        }),
      };
    });
    expect(rest.moving).toBe(false);
    expect(rest.layers).toHaveLength(1);
    const layer = rest.layers[0]!;
    const m = /^matrix\(([^)]*)\)$/.exec(layer.transform)?.[1]?.split(',').map(Number);
    expect(m, layer.transform).toBeDefined();
    const [a, b, c, d, e, f] = m!;
    expect([a, b, c, d]).toEqual([1, 0, 0, 1]);
    expect(Number.isInteger(e) && Number.isInteger(f), `whole-pixel offset ${e}, ${f}`).toBe(true);
    expect(layer.willChange).not.toContain('transform');
    expect(layer.filter).toBe('none');
    expect(layer.opacity).toBe('1');

    const { page: linked } = await openPage(rig);
    await linked.goto(`${rig.served.url}#${ids[to]}`);
    await waitForStep(linked, to);
    await linked.waitForTimeout(300);
    const [x, y] = [await baseMapPixels(flown), await baseMapPixels(linked)];
    expect(x.length).toBe(y.length);
    let differ = 0;
    for (let p = 0; p < x.length; p += 3)
      if (Math.abs(x[p]! - y[p]!) + Math.abs(x[p + 1]! - y[p + 1]!) + Math.abs(x[p + 2]! - y[p + 2]!) > 24) differ++;
    expect(differ, 'pixels of the landed base map unlike the directly opened one').toBeLessThan(x.length / 3 / 1000);
    expect(problems).toEqual([]);
  }, 120_000);

  it('on a phone the key is a short list with a real button that opens the full key, by touch or keyboard', async () => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const { page, problems } = await openPage(rig, phone);
    const i = ids.indexOf('friday-20-october');
    await page.goto(`${rig.served.url}#${ids[i]}`);
    await waitForStep(page, i);
    await page.waitForTimeout(300);
    const button = page.locator('[data-legend] button');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    const controls = await button.getAttribute('aria-controls');
    expect(await page.locator(`#${controls}`).count()).toBe(1);
    const visibleEntries = () =>
      page.$$eval('[data-legend] li', (lis) => lis.filter((li) => li.getBoundingClientRect().height > 0).length);
    const collapsed = await visibleEntries();
    // Nothing covers the button: a tap reaches it.
    const hit = await button.evaluate((b) => {
      const r = b.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === b;
    });
    expect(hit, 'the button is not under the step cards').toBe(true);
    await button.tap();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await visibleEntries()).toBeGreaterThan(collapsed);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await visibleEntries()).toBe(collapsed);
    await page.keyboard.press('Space');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(problems).toEqual([]);
  }, 120_000);

  it('on a phone and a desktop, no place or event of a step sits under the collapsed key or the locator inset', async () => {
    const sizes = [
      { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      { viewport: { width: 1280, height: 800 } },
    ];
    for (const size of sizes) {
      const { page, problems } = await openPage(rig, size);
      for (const [i, id] of ids.entries()) {
        await page.goto(`${rig.served.url}#${id}`);
        await waitForStep(page, i);
        await page.waitForTimeout(200);
        const covered = await page.evaluate(() => {
          const map = document.querySelector('[data-map]')!;
          const boxes = ['[data-legend]', 'svg.inset']
            .map((sel) => map.querySelector<Element>(sel))
            .filter(
              (el): el is Element => !!el && !el.closest('[hidden]') && getComputedStyle(el).visibility !== 'hidden',
            )
            .map((el) => el.getBoundingClientRect());
          const marks = [...map.querySelectorAll('svg.map [data-place] .dot, svg.map [data-event]')];
          return marks.flatMap((m) => {
            const r = m.getBoundingClientRect();
            const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
            const under = boxes.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
            return under ? [m.closest('[data-place]')?.getAttribute('data-place') ?? m.getAttribute('data-event')] : [];
          });
        });
        expect(covered, `${id} at ${size.viewport.width}×${size.viewport.height}`).toEqual([]);
      }
      expect(problems).toEqual([]);
      await page.context().close();
    }
  }, 240_000);
});
