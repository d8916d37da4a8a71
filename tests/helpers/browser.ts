/** Browser-test plumbing: find Chromium (or skip with a notice, except under CI=true), serve a build, open pages. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../../scripts/lib/chromium';
import { serveDir, type Served, type ServeOptions } from '../../scripts/lib/static-server';

/** True when browser tests can run here. Under CI=true a missing Chromium is an error, not a skip. */
export function browserAvailable(): boolean {
  const found = chromiumPath() !== undefined;
  if (!found) {
    if (process.env.CI === 'true') throw new Error('CI=true but no Chromium at CHROMIUM_PATH or /usr/bin/chromium: install it with apt-get install -y chromium');
    console.warn('\n[browser tests] SKIPPED: no Chromium at CHROMIUM_PATH or /usr/bin/chromium (apt-get install -y chromium)\n');
  }
  return found;
}

/** A browser and a server for one test file. */
export interface BrowserRig {
  browser: Browser;
  served: Served;
  close(): Promise<void>;
}

/** Launches Chromium and serves `dir`. */
export async function startRig(dir: string, opts?: ServeOptions): Promise<BrowserRig> {
  const [browser, served] = await Promise.all([launchChromium(), serveDir(dir, opts)]);
  return { browser, served, close: async () => { await browser.close(); await served.close(); } };
}

/** Problems a page reported: console errors, page errors, failed or non-2xx requests, requests leaving the origin. */
export interface PageProblems {
  errors: string[];
}

/** Opens a page that records every console error, page error and failed request. */
export async function openPage(rig: BrowserRig, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
  const ctx = await rig.browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 }, ...options });
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    if (!r.url().startsWith(rig.served.origin) && !r.url().startsWith('data:')) problems.push(`third-party request: ${r.url()}`);
  });
  return { page, problems };
}

/** What the live map shows, as comparable data: step index, camera and every mark. */
export async function mapSignature(page: Page): Promise<{ index: string | null; camera: string | null; marks: string[]; date: string }> {
  return page.evaluate(() => {
    const svg = document.querySelector('[data-map] svg.map')!;
    // Highlighted areas live in the base map layer under the marks; only the one on show counts.
    const areas = [...document.querySelectorAll<SVGElement>('[data-map] .map-layer')].filter((l) => l.style.visibility !== 'hidden').flatMap((l) => [...l.querySelectorAll('[data-area][visibility="visible"]')]);
    const marks = [...svg.querySelectorAll('[data-place], [data-event], [data-seg], .labels-areas text'), ...areas]
      .filter((e) => !e.classList.contains('is-exiting'))
      .map((e) => e.outerHTML.replace(/ opacity="[^"]*"/g, ''))
      .sort();
    const date = document.querySelector<HTMLElement>('[data-map-date]');
    return {
      index: svg.getAttribute('data-step-index'),
      camera: svg.querySelector('.geo')!.getAttribute('transform'),
      marks,
      date: date && !date.hidden ? date.textContent ?? '' : '',
    };
  });
}

/** Waits until the live map shows step `index` and nothing is moving. */
export async function waitForStep(page: Page, index: number): Promise<void> {
  await page.waitForFunction((i) => document.querySelector('[data-map] svg.map')?.getAttribute('data-step-index') === String(i), index, { timeout: 10_000 });
  await page.waitForTimeout(150);
}

/** Scrolls down with the mouse wheel, in small steps, until step `index`'s card crosses the trigger line. */
export async function slowScrollTo(page: Page, index: number): Promise<void> {
  for (let n = 0; n < 400; n++) {
    const reached = await page.evaluate((i) => {
      const card = document.querySelectorAll('[data-step]')[i]?.querySelector('.step__text');
      return card ? card.getBoundingClientRect().top <= window.innerHeight * 0.5 : true;
    }, index);
    if (reached) break;
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(30);
  }
  await waitForStep(page, index);
}
