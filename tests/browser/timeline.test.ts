import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkContent } from '../../src/node/content-files';
import { defaultBuild, ROOT } from '../helpers/build-site';
import { browserAvailable, openPage, slowScrollTo, startRig, waitForStep, type BrowserRig } from '../helpers/browser';

const run = browserAvailable();
const home = checkContent(ROOT).stories.find((s) => (s.frontmatter as { home?: boolean }).home)!;
const stepIndex = (id: string) => home.steps.findIndex((s) => s.id === id);
/** "20 October", as the strip names a day of the story's main stretch. */
const dayName = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00Z`),
  );

/** The live strip's name, and where its mark and the day link named `day` are centred across (px). */
async function liveStrip(page: Page, day: string) {
  return page.evaluate((name) => {
    const svg = document.querySelector('[data-map] [data-timeline]')!;
    const mid = (e: Element | null | undefined) => {
      const r = e?.getBoundingClientRect();
      return r ? r.left + r.width / 2 : Number.NaN;
    };
    const link = [...svg.querySelectorAll('a')].find((a) => a.getAttribute('aria-label')?.startsWith(`${name}:`));
    return {
      name: svg.getAttribute('aria-label') ?? '',
      idle: svg.classList.contains('timeline--idle'),
      now: mid(svg.querySelector('.tl-now')),
      day: mid(link?.querySelector('.tl-hit')),
    };
  }, day);
}

describe.skipIf(!run)('the timeline of events in Chromium', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig(defaultBuild());
  }, 120_000);
  afterAll(async () => rig?.close());

  it.each([320, 390])('fits a %i px wide phone: no sideways scroll, the strip inside the screen', async (width) => {
    const { page, problems } = await openPage(rig, {
      viewport: { width, height: 700 },
      isMobile: true,
      hasTouch: true,
    });
    const id = home.steps.find((s) => s.until?.startsWith('2023-10-2'))!.id;
    await page.goto(`${rig.served.url}#${id}`);
    await waitForStep(page, stepIndex(id));
    const box = await page.locator('[data-map-timeline]').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('scrolled to a step, marks the step’s date; at a step without events, marks none', async () => {
    const { page, problems } = await openPage(rig);
    await page.goto(rig.served.url);
    await waitForStep(page, 0);
    expect((await liveStrip(page, '')).idle).toBe(home.steps[0]!.until === undefined);
    const dated = home.steps.filter((s) => s.until?.startsWith('2023'));
    for (const step of [dated[1]!, dated.at(-1)!]) {
      const i = stepIndex(step.id);
      await slowScrollTo(page, i);
      await page.waitForTimeout(300);
      const strip = await liveStrip(page, dayName(step.until!));
      expect(strip.idle).toBe(false);
      expect(strip.name, step.id).toContain(`up to ${dayName(step.until!)}`);
      expect(Math.abs(strip.now - strip.day), step.id).toBeLessThan(1.5);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const)('on a %s, a day’s link lands on the first step that shows it', async (_, viewport) => {
    const { page, problems } = await openPage(rig, { viewport });
    const from = home.steps.find((s) => s.until?.startsWith('2023'))!;
    await page.goto(`${rig.served.url}#${from.id}`);
    await waitForStep(page, stepIndex(from.id));
    const target = home.steps.find((s) => s.until && s.until > from.until!)!;
    const link = page.locator(`[data-map] [data-timeline] a[aria-label^="${dayName(target.until!)}:"]`);
    expect(await link.getAttribute('href')).toBe(`#${target.id}`);
    await link.click();
    await waitForStep(page, stepIndex(target.id));
    expect(await page.evaluate(() => location.hash)).toBe(`#${target.id}`);
    expect((await liveStrip(page, dayName(target.until!))).name).toContain(`up to ${dayName(target.until!)}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
