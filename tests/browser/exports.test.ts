/**
 * The story's data and pictures served by Cloudflare's local Pages server from a sub-path build: every "Get the data"
 * link answers with its file, the block and the pictures' index pass axe, and the index's pictures load.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { SUB_PATH, subPathBuild } from '../helpers/build-site';
import { browserAvailable, openPage, startRig, type BrowserRig } from '../helpers/browser';
import { parseCsvStrict } from '../helpers/csv-parse';

const run = browserAvailable();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations (every rule up to WCAG 2.2 AA) within `selector`, readably. */
async function axe(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(`(async () => {
    ${AXE}
    const rules = Object.fromEntries(axe.getRules().map((r) => [r.ruleId, { enabled: !r.tags.includes('wcag2aaa') }]));
    const r = await axe.run(document.querySelector(${JSON.stringify(selector)}), { resultTypes: ['violations'], rules });
    return r.violations.map((v) => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
  })()`) as Promise<string[]>;
}

describe.skipIf(!run)(`the data and pictures, served under ${SUB_PATH.base}`, () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig(subPathBuild(), { host: 'pages', base: SUB_PATH.base });
  });
  afterAll(async () => rig?.close());

  for (const size of [
    { name: 'desktop', viewport: { width: 1280, height: 800 } },
    { name: 'phone, dark', viewport: { width: 390, height: 844 }, isMobile: true, colorScheme: 'dark' as const },
  ]) {
    it(`${size.name}: "Get the data" passes axe and every link in it answers with its file`, async () => {
      const { page, problems } = await openPage(rig, size);
      await page.goto(rig.served.url);
      const block = page.locator('section:has(> #notes-data)');
      await block.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      expect(await axe(page, 'section:has(> #notes-data)')).toEqual([]);
      const hrefs = await block.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const local = hrefs.filter((h) => h.startsWith(rig.served.url));
      expect(local.length).toBeGreaterThanOrEqual(3);
      for (const href of local) {
        const r = await page.request.get(href);
        expect(r.status(), href).toBe(200);
        const body = await r.text();
        if (href.endsWith('.csv')) {
          expect(r.headers()['content-type'], href).toMatch(/csv/);
          expect(parseCsvStrict(body).length, href).toBeGreaterThan(1);
        } else if (href.endsWith('.geojson')) expect(JSON.parse(body).type, href).toBe('FeatureCollection');
        else expect(body, href).toContain('<img');
      }
      expect(problems).toEqual([]);
    }, 60_000);
  }

  it('the pictures’ index passes axe and every picture on it loads at its full size', async () => {
    const { page, problems } = await openPage(rig);
    // Settled first: leaving while the live map's script and model still load would abort them.
    await page.goto(rig.served.url, { waitUntil: 'networkidle' });
    const href = await page
      .locator('section:has(> #notes-data) a[href$="/images/"]')
      .evaluate((a) => (a as HTMLAnchorElement).href);
    await page.goto(href);
    expect(await axe(page, 'html')).toEqual([]);
    const imgs = page.locator('main img');
    const n = await imgs.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) await imgs.nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('main img')].every((im) => (im as HTMLImageElement).complete),
    );
    const widths = await imgs.evaluateAll((els) => els.map((e) => (e as HTMLImageElement).naturalWidth));
    expect(new Set(widths)).toEqual(new Set([1200]));
    expect(problems).toEqual([]);
  }, 90_000);
});
