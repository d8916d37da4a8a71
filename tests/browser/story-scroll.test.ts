/**
 * One recorded scroll per story and browser setting, on Cloudflare's local Pages server (which sends public/_headers),
 * checked for everything a reader's scroll must not do: break the Content-Security-Policy, ask another origin for
 * anything, log an error or fail a request; and, with JavaScript, end with the live map on the last step.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { defaultBuild } from '../helpers/build-site';
import { browserAvailable, openPage, startRig, type BrowserRig } from '../helpers/browser';
import { blockHeaders, projectHeaderRules } from '../helpers/headers-file';
import { watchCsp } from '../helpers/csp-watch';
import { scrollWholeStory } from '../helpers/scroll';
import { listFiles } from '../helpers/site-files';

const run = browserAvailable();
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Browser settings, each scrolled through every story once. */
const SETTINGS: [string, BrowserContextOptions][] = [
  ['desktop, JavaScript on, with animations', { ...desktop, reducedMotion: 'no-preference' }],
  ['desktop, JavaScript off', { ...desktop, javaScriptEnabled: false }],
  ['phone, JavaScript on, reduced motion', { ...phone, reducedMotion: 'reduce' }],
  ['phone, JavaScript off', { ...phone, javaScriptEnabled: false }],
];

describe.skipIf(!run)('scrolling every story in Chromium, served with the production headers', () => {
  let rig: BrowserRig;
  let stories: string[] = [];
  const policy = blockHeaders(projectHeaderRules(), '/*')['Content-Security-Policy'];
  beforeAll(async () => {
    const dist = defaultBuild();
    // Every page but the 404; those with steps are scrolled through, the others (the pictures' indexes) loaded.
    stories = listFiles(dist).filter((f) => f.endsWith('.html') && f !== '404.html');
    rig = await startRig(dist, { host: 'pages' });
  });
  afterAll(async () => rig?.close());

  it('(a control: a request to another origin is reported, and localhost is not 127.0.0.1)', async () => {
    const { page, problems } = await openPage(rig);
    await page.goto(rig.served.url);
    const other = rig.served.origin.replace('127.0.0.1', 'localhost');
    await page.evaluate(
      (src) =>
        new Promise((done) => {
          const img = new Image();
          img.onload = img.onerror = done;
          img.src = src;
        }),
      `${other}/favicon.svg`,
    );
    expect(problems.some((p) => p.startsWith('third-party request:') && p.includes(`${other}/favicon.svg`))).toBe(true);
    await page.context().close();
  });

  for (const [name, options] of SETTINGS) {
    it(`${name}: no policy violation, no request to another origin, no error, no failed request`, async () => {
      const javaScript = options.javaScriptEnabled !== false;
      for (const file of stories) {
        const { page, problems } = await openPage(rig, options);
        const csp = await watchCsp(page);
        let requests = 0;
        page.on('request', () => requests++);
        const url = new URL(file.replace(/index\.html$/, ''), rig.served.url).href;
        const response = await page.goto(url);
        expect(response?.headers()['content-security-policy'], `${url} was served with the policy`).toBe(policy);
        const isStory = (await page.locator('.step').count()) > 0;
        const steps = isStory ? await scrollWholeStory(page, javaScript) : 0;
        if (isStory) expect(steps, url).toBeGreaterThan(0);
        await page.waitForLoadState('networkidle');
        if (javaScript && isStory) {
          if (options.reducedMotion === 'no-preference') await page.waitForTimeout(1500); // let transitions finish
          expect(await page.locator('[data-map] svg.map').getAttribute('data-step-index'), url).toBe(String(steps - 1));
          expect(
            await page.evaluate(() => document.documentElement.classList.contains('map-ready')),
            `${url}: the live map started`,
          ).toBe(true);
        }
        expect(requests, `${url} made requests`).toBeGreaterThan(0);
        expect(await csp.violations(), url).toEqual([]);
        expect(problems, url).toEqual([]);
        await page.context().close();
      }
    }, 240_000);
  }
});
