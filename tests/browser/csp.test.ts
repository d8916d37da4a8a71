/**
 * The Content-Security-Policy at work in Chromium, on Cloudflare's local Pages server (which sends public/_headers):
 * it blocks what it should, covers the not-found page and keeps other origins from framing the story. Scrolling every
 * story under it without a violation is checked in story-scroll.test.ts.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultBuild } from '../helpers/build-site';
import { browserAvailable, openPage, startRig, type BrowserRig } from '../helpers/browser';
import { blockHeaders, parseCsp, projectHeaderRules } from '../helpers/headers-file';
import { watchCsp } from '../helpers/csp-watch';
import { serveDir } from '../../scripts/lib/static-server';

const policy = parseCsp(blockHeaders(projectHeaderRules(), '/*')['Content-Security-Policy'] ?? '');
const run = browserAvailable();

describe.skipIf(!run)("the policy in Chromium, on Cloudflare's local Pages server", () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig(defaultBuild(), { host: 'pages' });
  });
  afterAll(async () => rig?.close());

  it('the not-found page works under the policy too', async () => {
    const { page } = await openPage(rig);
    const csp = await watchCsp(page);
    const response = await page.goto(`${rig.served.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    await page.waitForLoadState('networkidle');
    expect(await csp.violations()).toEqual([]);
    await page.context().close();
  });

  it('the policy is enforced: an injected inline script is blocked and reported (a control for the scroll checks)', async () => {
    const { page } = await openPage(rig);
    const csp = await watchCsp(page);
    await page.goto(rig.served.url);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.head.append(s);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect((await csp.violations()).some((v) => /script-src/.test(v))).toBe(true);
    await page.context().close();
  });

  it("frame-ancestors 'self': another origin cannot put the story in an iframe, the site itself can", async () => {
    const ancestors = policy.get('frame-ancestors') ?? [];
    if (!ancestors.includes("'self'") || ancestors.length !== 1) return; // a newsroom's own choice: see docs/deploy.md
    const dir = mkdtempSync(join(tmpdir(), 'embed-'));
    try {
      writeFileSync(
        join(dir, 'index.html'),
        `<!doctype html><title>embed</title><iframe id="story" src="${rig.served.url}" width="800" height="600"></iframe>`,
      );
      const other = await serveDir(dir);
      try {
        const { page } = await openPage(rig);
        const refused = new Promise<string>((resolve) =>
          page.on('console', (m) => /frame-ancestors/.test(m.text()) && resolve(m.text())),
        );
        await page.goto(other.url);
        expect(await Promise.race([refused, page.waitForTimeout(10_000).then(() => 'no refusal logged')])).toMatch(
          /Refused to frame|Framing .* violates/,
        );
        // The blocked frame shows Chromium's error page instead of the story.
        const frame = await (await page.$('#story'))!.contentFrame();
        expect(await frame?.evaluate(() => document.querySelector('[data-step]') !== null).catch(() => false)).toBe(
          false,
        );
        await page.context().close();
      } finally {
        await other.close();
      }
      const { page } = await openPage(rig);
      await page.goto(rig.served.url);
      await page.evaluate((src) => {
        const f = document.createElement('iframe');
        f.id = 'self-frame';
        f.src = src;
        document.body.append(f);
      }, rig.served.url);
      const frame = await (await page.waitForSelector('#self-frame'))!.contentFrame();
      await frame!.waitForSelector('[data-step]', { timeout: 10_000 });
      await page.context().close();
    } finally {
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    }
  });
});
