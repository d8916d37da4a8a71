/** Browser-test plumbing: find Chromium (or skip with a notice, except under CI=true), serve a build, open pages. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../../scripts/lib/chromium';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDir, type ServeOptions } from '../../scripts/lib/static-server';
import { publishFolder } from '../../scripts/lib/publish-folder';
import { startPagesDev } from './pages-dev';
import { TRIGGER_OFFSET } from '../../src/lib/story/active-step';

/** True when browser tests can run here. Under CI=true a missing Chromium is an error, not a skip. */
export function browserAvailable(): boolean {
  const found = chromiumPath() !== undefined;
  if (!found) {
    if (process.env.CI === 'true')
      throw new Error(
        'CI=true but no Chromium at CHROMIUM_PATH or /usr/bin/chromium: install it with apt-get install -y chromium',
      );
    console.warn(
      '\n[browser tests] SKIPPED: no Chromium at CHROMIUM_PATH or /usr/bin/chromium (apt-get install -y chromium)\n',
    );
  }
  return found;
}

/** A site being served: its origin and the address of its root (origin + base path). */
export interface ServedSite {
  origin: string;
  url: string;
  close(): Promise<void>;
}

/** A browser and a server for one test file. */
export interface BrowserRig {
  browser: Browser;
  served: ServedSite;
  close(): Promise<void>;
}

/** How to serve the build: the in-process file server (files only), or Cloudflare's local Pages server. */
export interface RigOptions extends ServeOptions {
  /**
   * 'pages': `wrangler pages dev`, which applies public/_headers, 404.html and trailing-slash redirects as production
   * does (under a sub-path, the build is laid out as `npm run publish-folder` does). Default: the in-process server.
   */
  host?: 'files' | 'pages';
}

/** Serves `dir` with Cloudflare's local Pages server, under `base` when it is not the root. */
async function servePages(dir: string, base = '/'): Promise<ServedSite> {
  const root = base.replace(/^\/+|\/+$/g, '') ? mkdtempSync(join(tmpdir(), 'publish-')) : undefined;
  if (root) publishFolder(dir, root, base);
  const pages = await startPagesDev(root ?? dir);
  return {
    origin: pages.origin,
    url: pages.origin + base.replace(/^\/*/, '/').replace(/\/*$/, '/'),
    close: async () => {
      await pages.close();
      if (root) rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Launches Chromium and serves `dir`. */
export async function startRig(dir: string, opts: RigOptions = {}): Promise<BrowserRig> {
  const { host = 'files', ...serve } = opts;
  const [browser, served] = await Promise.all([
    launchChromium(),
    host === 'pages' ? servePages(dir, serve.base) : serveDir(dir, serve),
  ]);
  return {
    browser,
    served,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}

/** Opens a page that records every console error, page error and failed request. */
export async function openPage(
  rig: BrowserRig,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: string[] }> {
  const ctx = await rig.browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(rig.served.origin) && !r.url().startsWith('data:'))
      problems.push(`third-party request: ${r.url()}`);
  });
  return { page, problems };
}

/** What the live map shows, as comparable data: step index, camera and every mark. */
export async function mapSignature(
  page: Page,
): Promise<{ index: string | null; camera: string | null; marks: string[]; date: string }> {
  return page.evaluate(() => {
    const svg = document.querySelector('[data-map] svg.map')!;
    // Highlighted areas live in the base map layer under the marks; only the one on show counts.
    const areas = [...document.querySelectorAll<SVGElement>('[data-map] .map-layer')]
      .filter((l) => l.style.visibility !== 'hidden')
      .flatMap((l) => [...l.querySelectorAll('[data-area][visibility="visible"]')]);
    const marks = [...svg.querySelectorAll('[data-place], [data-event], [data-seg], .labels-areas text'), ...areas]
      .filter((e) => !e.classList.contains('is-exiting'))
      .map((e) => e.outerHTML.replace(/ opacity="[^"]*"/g, ''))
      .sort();
    const date = document.querySelector<HTMLElement>('[data-map-date]');
    return {
      index: svg.getAttribute('data-step-index'),
      camera: svg.querySelector('.geo')!.getAttribute('transform'),
      marks,
      date: date && !date.hidden ? (date.textContent ?? '') : '',
    };
  });
}

/** Waits until the live map shows step `index` and nothing is moving. */
export async function waitForStep(page: Page, index: number): Promise<void> {
  await page.waitForFunction(
    (i) => document.querySelector('[data-map] svg.map')?.getAttribute('data-step-index') === String(i),
    index,
    { timeout: 10_000 },
  );
  await page.waitForTimeout(150);
}

/** Scrolls down with the mouse wheel, in small steps, until step `index`'s card crosses the trigger line. */
export async function slowScrollTo(page: Page, index: number): Promise<void> {
  for (let n = 0; n < 400; n++) {
    // A little past the trigger line, so the step is surely active.
    const reached = await page.evaluate(
      ([i, line]) => {
        const card = document.querySelectorAll('[data-step]')[i]?.querySelector('.step__text');
        return card ? card.getBoundingClientRect().top <= window.innerHeight * line : true;
      },
      [index, TRIGGER_OFFSET - 0.1] as const,
    );
    if (reached) break;
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(30);
  }
  await waitForStep(page, index);
}
