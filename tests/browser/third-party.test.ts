/** The story loads nothing from anyone else: no CDN, font service, analytics or embed, with or without JavaScript. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { defaultBuild } from '../helpers/build-site';
import { browserAvailable, openPage, startRig, type BrowserRig } from '../helpers/browser';
import { scrollWholeStory } from '../helpers/scroll';
import { isNonFileUrl, listFiles, pageUrl, readCss, readPage, type Ref } from '../helpers/site-files';

const SITE = 'https://example.org';

let outDir = '';
let files: string[] = [];

beforeAll(() => {
  outDir = defaultBuild();
  files = listFiles(outDir);
});

/** A resource URL that leaves the site, or undefined. */
function external(ref: Ref, from: URL): string | undefined {
  if (isNonFileUrl(ref.value)) return undefined;
  let url: URL;
  try {
    url = new URL(ref.value, from);
  } catch {
    return undefined; // tests/build/link-check.test.ts reports malformed URLs
  }
  return url.origin === SITE ? undefined : url.href;
}

describe('the built files reference no other origin for what the browser fetches', () => {
  it('HTML: scripts, stylesheets, icons, preloads, images, media, frames and SVG references are all local', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const from = pageUrl(file, SITE);
      for (const ref of readPage(outDir, file).refs) {
        // Links in the text (<a href>) to sources are fine: only what loads with the page counts.
        if (ref.kind !== 'resource') continue;
        checked++;
        const url = external(ref, from);
        if (url) problems.push(`${file}: <${ref.tag}${ref.rel ? ` rel="${ref.rel}"` : ''} ${ref.attr}="${ref.value}"> loads ${url}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('CSS: no url() or @import (fonts, images) from another origin', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.css'))) {
      for (const ref of readCss(outDir, file)) {
        const url = external(ref, new URL(file, `${SITE}/`));
        if (url) problems.push(`${file}: ${ref.attr} ${ref.value}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('JS: no absolute URL other than XML namespace names', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => /\.m?js$/.test(f) && f.startsWith('_assets/'))) {
      const js = readFileSync(join(outDir, file), 'utf8');
      for (const m of js.matchAll(/\b(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)]*/gi)) {
        if (/^(https?:)?\/\/www\.w3\.org\//.test(m[0])) continue;
        if (!/^https?:/.test(m[0])) continue; // "//" in code and comments
        problems.push(`${file}: ${m[0]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

const run = browserAvailable();

describe.skipIf(!run)('in Chromium, every request goes to the site itself', () => {
  let rig: BrowserRig;
  let pages: string[] = [];
  beforeAll(async () => {
    rig = await startRig(outDir);
    pages = files.filter((f) => f.endsWith('.html') && f !== '404.html');
  });
  afterAll(async () => rig?.close());

  const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
  const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const cases: [string, BrowserContextOptions, boolean][] = [
    ['desktop, JavaScript on', desktop, true],
    ['desktop, JavaScript off', desktop, false],
    ['phone, JavaScript on', phone, true],
    ['phone, JavaScript off', phone, false],
  ];

  /** Records every request of a page, and those to any origin but the test server's. */
  const record = (page: Page) => {
    const offsite: string[] = [];
    const all: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (/^(data|blob):/.test(url)) return;
      all.push(url);
      if (new URL(url).origin !== rig.served.origin) offsite.push(`${r.resourceType()} ${url}`);
    });
    return { offsite, all };
  };

  it('(the check sees a request to another origin: localhost is not 127.0.0.1)', async () => {
    const { page } = await openPage(rig);
    const { offsite } = record(page);
    await page.goto(rig.served.url);
    const other = rig.served.origin.replace('127.0.0.1', 'localhost');
    await page.evaluate((src) => new Promise((done) => {
      const img = new Image();
      img.onload = img.onerror = done;
      img.src = src;
    }), `${other}/favicon.svg`);
    expect(offsite.some((r) => r.includes(`${other}/favicon.svg`))).toBe(true);
    await page.context().close();
  });

  for (const [name, options, javaScript] of cases) {
    it(`${name}: loading and scrolling every story requests nothing from another origin`, async () => {
      for (const file of pages) {
        const { page } = await openPage(rig, { ...options, javaScriptEnabled: javaScript, reducedMotion: 'no-preference' });
        const { offsite, all } = record(page);
        const url = new URL(file.replace(/index\.html$/, ''), rig.served.url).href;
        await page.goto(url);
        await scrollWholeStory(page, javaScript);
        await page.waitForLoadState('networkidle');
        expect(all.length, `${url} made requests`).toBeGreaterThan(0);
        expect(offsite, url).toEqual([]);
        await page.context().close();
      }
    }, 240_000);
  }
});
