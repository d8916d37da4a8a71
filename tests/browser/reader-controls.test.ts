/**
 * The reader's controls in Chromium, on the sub-path build served with the site's headers (CSP, Permissions-Policy):
 * the address follows the settled step, each step's link control shares or copies its address, a polite live region
 * says what changed on the map once per settled step, and the step menu jumps to any step, by keyboard too.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { SUB_PATH, subPathBuild } from '../helpers/build-site';
import { watchCsp } from '../helpers/csp-watch';
import {
  browserAvailable,
  mapSignature,
  openPage,
  slowScrollTo,
  startRig,
  waitForStep,
  type BrowserRig,
} from '../helpers/browser';
import { LAND_OFFSET } from '../../src/lib/story/active-step';

const run = browserAvailable();

declare global {
  interface Window {
    __said?: string[];
    __shown?: string[];
    __shared?: ShareData;
  }
}

/** Records every text the map announcer takes and every step the live map shows, from the page's start. */
async function recordAnnouncer(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__said = [];
    window.__shown = [];
    document.addEventListener('DOMContentLoaded', () => {
      const region = document.querySelector('[data-map-announcer]')!;
      new MutationObserver(() => window.__said!.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      const svg = document.querySelector('[data-map] svg.map')!;
      new MutationObserver(() => window.__shown!.push(svg.getAttribute('data-step-index') ?? '')).observe(svg, {
        attributes: true,
        attributeFilter: ['data-step-index'],
      });
    });
  });
}

/** The map announcer as Chromium's accessibility tree has it: role, live setting and the text inside. */
async function announcerNode(page: Page): Promise<{ role: string; live: string; text: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: "document.querySelector('[data-map-announcer]')",
    });
    const objectId = result.objectId!;
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId, fetchRelatives: false });
    const node = nodes.find((n) => !n.ignored) ?? nodes[0]!;
    const { nodes: texts } = await cdp.send('Accessibility.queryAXTree', { objectId, role: 'StaticText' });
    return {
      role: String(node.role?.value ?? ''),
      live: String(node.properties?.find((p) => p.name === 'live')?.value.value ?? ''),
      text: texts.map((t) => String(t.name?.value ?? '')).join(''),
    };
  } finally {
    await cdp.detach();
  }
}

/** What step `index`'s change should sound like: its map's title, then the "since" sentence (from the page's words). */
async function mapTitle(page: Page, index: number): Promise<string> {
  return page.evaluate(
    (i) => document.querySelectorAll('[data-step]')[i]!.querySelector('.step__map svg.map > title')!.textContent ?? '',
    index,
  );
}

/** Expects two pages to show the same map, once their indicators have caught up (they follow a few frames late). */
async function expectSameMap(page: Page, reference: Page): Promise<void> {
  const both = async () => [await mapSignature(page), await mapSignature(reference)] as const;
  await expect
    .poll(async () => {
      const [a, b] = await both();
      return JSON.stringify(a) === JSON.stringify(b);
    })
    .toBe(true)
    .catch(() => undefined);
  const [a, b] = await both();
  expect(a).toEqual(b);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(!run)(
  `the reader's controls, on the sub-path build at ${SUB_PATH.base} with the site's headers`,
  () => {
    let rig: BrowserRig;
    let ids: string[] = [];
    beforeAll(async () => {
      rig = await startRig(subPathBuild(), { base: SUB_PATH.base, host: 'pages' });
      const { page } = await openPage(rig);
      await page.goto(rig.served.url);
      ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
      await page.context().close();
    }, 120_000);
    afterAll(async () => rig?.close());

    it('the address follows the settled step without adding to the history, and a reload lands on that step', async () => {
      const { page, problems } = await openPage(rig);
      const csp = await watchCsp(page);
      await page.goto(rig.served.url);
      await waitForStep(page, 0);
      const length = await page.evaluate(() => history.length);
      await page.waitForTimeout(1200);
      // Never scrolled: no fragment is added for the first step.
      expect(new URL(page.url()).hash).toBe('');

      const n = 5;
      await slowScrollTo(page, n);
      await page.waitForFunction((id) => location.hash === `#${id}`, ids[n], { timeout: 5000 });
      expect(new URL(page.url()).pathname).toBe(SUB_PATH.base);
      expect(await page.evaluate(() => history.length)).toBe(length);

      // Settled first: a reload while the favicon or the model still load would abort them.
      await page.waitForLoadState('networkidle');
      await page.reload();
      await waitForStep(page, n);
      const { page: linked } = await openPage(rig);
      await linked.goto(`${rig.served.url}#${ids[n]}`);
      await waitForStep(linked, n);
      await expectSameMap(page, linked);

      // Back above the story, the address names no step again.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForFunction(() => location.hash === '', undefined, { timeout: 5000 });
      expect(await page.evaluate(() => history.length)).toBe(length);
      expect(await csp.violations()).toEqual([]);
      expect(problems).toEqual([]);
    }, 120_000);

    it("the link control copies the step's address where the browser cannot share, and says so where it is and aloud", async () => {
      const { page, problems } = await openPage(rig);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: rig.served.origin });
      await page.addInitScript(() => {
        delete (Navigator.prototype as { share?: unknown }).share;
      });
      const n = 7;
      await page.goto(`${rig.served.url}#${ids[n]}`);
      await waitForStep(page, n);
      const words = JSON.parse((await page.locator('[data-map-announcer]').getAttribute('data-words')) ?? '{}') as {
        copied: string;
      };
      const link = page.locator(`#${ids[n]} [data-step-link]`);
      expect(await link.getAttribute('href')).toBe(`#${ids[n]}`);
      await link.click();
      const status = page.locator(`#${ids[n]} .step-link [role="status"]`);
      await expect.poll(() => status.textContent()).toBe(words.copied);
      expect(await status.isVisible()).toBe(true);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${rig.served.url}#${ids[n]}`);
      // Copying is not navigating: the page stays where it was.
      await waitForStep(page, n);
      expect(problems).toEqual([]);
    }, 60_000);

    it('the link control uses the Web Share API where the browser has it', async () => {
      const { page, problems } = await openPage(rig);
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'share', {
          configurable: true,
          value: async (data: ShareData) => {
            window.__shared = data;
          },
        });
      });
      const n = 3;
      await page.goto(`${rig.served.url}#${ids[n]}`);
      await waitForStep(page, n);
      await page.locator(`#${ids[n]} [data-step-link]`).click();
      await expect.poll(() => page.evaluate(() => window.__shared?.url)).toBe(`${rig.served.url}#${ids[n]}`);
      expect(problems).toEqual([]);
    }, 60_000);

    it('a polite live region says what changed once per settled step, nothing on load, once after a fling (accessibility tree)', async () => {
      const { page, problems } = await openPage(rig);
      await recordAnnouncer(page);
      const start = 2;
      await page.goto(`${rig.served.url}#${ids[start]}`);
      await waitForStep(page, start);
      await page.waitForTimeout(1500);
      const onLoad = await announcerNode(page);
      expect(onLoad.role).toBe('status');
      expect(onLoad.live).toBe('polite');
      expect(onLoad.text).toBe('');
      expect(await page.evaluate(() => window.__said)).toEqual([]);

      // One step on: the map's title and the "what changed" sentence its description ends with.
      await slowScrollTo(page, start + 1);
      await page.waitForFunction(() => window.__said!.length > 0, undefined, { timeout: 5000 });
      const desc = await page.evaluate(
        (i) =>
          document.querySelectorAll('[data-step]')[i]!.querySelector('.step__map svg.map > desc')!.textContent ?? '',
        start + 1,
      );
      const since = desc.match(/Since the previous map: .*$/)?.[0];
      const title = await mapTitle(page, start + 1);
      expect((await page.evaluate(() => window.__said))!.at(-1)).toBe(since ? `${title}. ${since}` : title);

      // A fling: big wheels in quick succession pass several steps; only the one it stops on is announced.
      const said = (await page.evaluate(() => window.__said!.length)) ?? 0;
      const shown = (await page.evaluate(() => window.__shown!.length)) ?? 0;
      await page.mouse.move(300, 400);
      for (let k = 0; k < 5; k++) {
        await page.mouse.wheel(0, 1500);
        await page.waitForTimeout(40);
      }
      await page.waitForTimeout(1500);
      const end = Number(
        await page.evaluate(() => document.querySelector('[data-map] svg.map')!.getAttribute('data-step-index')),
      );
      const passed = new Set((await page.evaluate(() => window.__shown!.slice(0)))!.slice(shown).map(Number));
      passed.delete(end);
      expect(passed.size, 'steps the fling passed').toBeGreaterThanOrEqual(2);
      const after = (await page.evaluate(() => window.__said!.slice(0)))!.slice(said);
      expect(after).toHaveLength(1);
      expect(after[0]).toMatch(new RegExp(`^${escapeRegExp(await mapTitle(page, end))}\\. Since map ${start + 2}: `));
      const node = await announcerNode(page);
      expect(node.live).toBe('polite');
      expect(node.text).toBe(after[0]);
      expect(new URL(page.url()).hash).toBe(`#${ids[end]}`);
      expect(problems).toEqual([]);
    }, 120_000);

    it('the step menu opens from the keyboard, closes with Escape onto its button, and jumps to the step chosen', async () => {
      const { page, problems } = await openPage(rig);
      await page.goto(rig.served.url);
      await waitForStep(page, 0);
      const length = await page.evaluate(() => history.length);
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          return el?.matches('[data-step-menu] summary')
            ? 'menu'
            : el instanceof HTMLAnchorElement
              ? el.hash
              : (el?.id ?? '');
        });
      for (let k = 0; k < 60 && (await focused()) !== 'menu'; k++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('menu');
      const open = () => page.evaluate(() => document.querySelector<HTMLDetailsElement>('[data-step-menu]')!.open);
      await page.keyboard.press('Enter');
      expect(await open()).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      expect(await open()).toBe(false);
      expect(await focused()).toBe('menu');

      const n = 11;
      await page.keyboard.press('Enter');
      for (let k = 0; k < 40 && (await focused()) !== `#${ids[n]}`; k++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(`#${ids[n]}`);
      await page.keyboard.press('Enter');
      await waitForStep(page, n);
      expect(await open()).toBe(false);
      expect(await focused()).toBe(ids[n]);
      expect(new URL(page.url()).hash).toBe(`#${ids[n]}`);
      expect(await page.evaluate(() => history.length)).toBe(length);
      const { page: linked } = await openPage(rig);
      await linked.goto(`${rig.served.url}#${ids[n]}`);
      await waitForStep(linked, n);
      await expectSameMap(page, linked);
      // The menu marks the step the reader is on.
      await page.waitForFunction(
        (id) => document.querySelector(`[data-step-menu] a[aria-current="step"]`)?.getAttribute('href') === `#${id}`,
        ids[n],
        { timeout: 5000 },
      );
      expect(problems).toEqual([]);
    }, 120_000);

    it('on a phone the open menu keeps off the map (below the part the map fits into) and closes on a choice', async () => {
      const { page, problems } = await openPage(rig, {
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      await page.goto(`${rig.served.url}#${ids[4]}`);
      await waitForStep(page, 4);
      await page.locator('[data-step-menu] summary').tap();
      const nav = page.locator('[data-step-menu] nav');
      const box = (await nav.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(844 * LAND_OFFSET - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const n = 9;
      await nav.locator(`a[href="#${ids[n]}"]`).tap();
      await waitForStep(page, n);
      expect(await nav.isVisible()).toBe(false);
      expect(problems).toEqual([]);
    }, 60_000);

    it('without JavaScript the menu is a disclosure of plain links and the link control a plain link', async () => {
      const { page } = await openPage(rig, { javaScriptEnabled: false });
      await page.goto(rig.served.url);
      const links = page.locator('[data-step-menu] nav a');
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(ids.map((id) => `#${id}`));
      await page.locator('[data-step-menu] summary').click();
      await links.nth(6).click();
      expect(new URL(page.url()).hash).toBe(`#${ids[6]}`);
      expect(await page.locator(`#${ids[6]} [data-step-link]`).getAttribute('href')).toBe(`#${ids[6]}`);
    }, 60_000);
  },
);
