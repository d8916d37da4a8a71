/** The sub-path build published as `npm run publish-folder` lays it out, on Cloudflare's local Pages server, in Chromium. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { SUB_PATH, subPathBuild } from '../helpers/build-site';
import { watchCsp } from '../helpers/csp-watch';
import { browserAvailable, openPage, slowScrollTo, startRig, type BrowserRig } from '../helpers/browser';
import { listFiles } from '../helpers/site-files';

const BASE = SUB_PATH.base;
let files: string[] = [];

const run = browserAvailable();

describe.skipIf(!run)(`the sub-path build published at ${BASE} on Cloudflare's local Pages server, in Chromium`, () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    const outDir = subPathBuild();
    files = listFiles(outDir);
    // Published as `npm run publish-folder` lays it out and served by Cloudflare's local Pages server, which reads
    // the prefixed _headers at the root of that folder: the same CSP and other headers, under the sub-path.
    rig = await startRig(outDir, { base: BASE, host: 'pages' });
  });
  afterAll(async () => rig?.close());

  it('loads every page and scrolls every story without a failed request or a console error', async () => {
    const pages = files.filter((f) => f.endsWith('.html') && f !== '404.html');
    expect(pages.length).toBeGreaterThan(0);
    for (const file of pages) {
      const { page, problems } = await openPage(rig);
      const csp = await watchCsp(page);
      const url = rig.served.url + (file === 'index.html' ? '' : file.replace(/index\.html$/, ''));
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      expect(response?.headers()['content-security-policy'], `${url} was served with the _headers policy`).toMatch(
        /^default-src 'self'/,
      );
      const steps = await page.locator('[data-step]').count();
      if (steps > 0) await slowScrollTo(page, steps - 1);
      await page.waitForLoadState('networkidle');
      expect(await csp.violations(), url).toEqual([]);
      expect(problems, url).toEqual([]);
      await page.context().close();
    }
  }, 180_000);

  it('serves the not-found page, with its styles and icon, for a missing address under the sub-path', async () => {
    expect(files).toContain('404.html');
    {
      const { page, problems } = await openPage(rig);
      const url = `${rig.served.url}no-such-page/`;
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await page.waitForLoadState('networkidle');
      // The document itself is the one expected 404.
      const others = problems.filter((p) => p !== `HTTP 404: ${url}` && !/status of 404/.test(p));
      expect(others).toEqual([]);
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
      await page.context().close();
    }
  });
});
