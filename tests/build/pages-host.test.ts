/**
 * The built site on a real static host: Cloudflare's local Pages server (`wrangler pages dev`, workerd) serves dist/
 * and applies public/_headers, 404.html and its trailing-slash redirects as production does. These checks read the
 * responses themselves; tests/browser/csp.test.ts and tests/build/base-path.test.ts scroll the stories on it.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultBuild, SUB_PATH, subPathBuild } from '../helpers/build-site';
import { blockHeaders, projectHeaderRules } from '../helpers/headers-file';
import { listFiles } from '../helpers/site-files';
import { startPagesDev, type PagesDev } from '../helpers/pages-dev';
import { publishFolder } from '../../scripts/lib/publish-folder';

const PAGE_CACHE = 'public, max-age=0, must-revalidate';
const ASSET_CACHE = 'public, max-age=31536000, immutable';
const policy = () => blockHeaders(projectHeaderRules(), '/*');

/** A response's status, the headers that matter here, its redirect target and its body. */
async function get(url: string) {
  const r = await fetch(url, { redirect: 'manual' });
  return { status: r.status, headers: r.headers, location: r.headers.get('location'), body: await r.text() };
}

/** The security headers every response carries, whatever the path. */
function expectSecurityHeaders(h: Headers, what: string) {
  const expected = policy();
  expect(h.get('content-security-policy'), what).toBe(expected['Content-Security-Policy']);
  expect(h.get('strict-transport-security'), what).toBe(expected['Strict-Transport-Security']);
  expect(h.get('x-content-type-options'), what).toBe('nosniff');
  expect(h.get('referrer-policy'), what).toBe(expected['Referrer-Policy']);
  expect(h.get('permissions-policy'), what).toBe(expected['Permissions-Policy']);
}

/** The host checks, for the site served at `base` of `host`. */
function hostChecks(name: string, serve: () => Promise<{ pages: PagesDev; base: string; files: string[] }>) {
  describe(name, () => {
    let pages: PagesDev;
    let base = '/';
    let files: string[] = [];
    const at = (path: string) => pages.origin + base + path;
    beforeAll(async () => ({ pages, base, files } = await serve()), 120_000);
    afterAll(async () => pages?.close());

    it('serves every page as HTML with the security headers, and makes browsers revalidate it', async () => {
      for (const path of ['', 'rail-corridor/']) {
        const r = await get(at(path));
        expect(r.status, at(path)).toBe(200);
        expect(r.headers.get('content-type'), at(path)).toMatch(/^text\/html/);
        expectSecurityHeaders(r.headers, at(path));
        expect(r.headers.get('cache-control'), at(path)).toBe(PAGE_CACHE);
        expect(r.body, at(path)).toContain('<meta http-equiv="content-security-policy"');
      }
    });

    it('caches the hashed CSS and JS for a year, as immutable, with their own types', async () => {
      const assets = files.filter((f) => /^_assets\/.+\.(css|js)$/.test(f));
      expect(assets.length).toBeGreaterThan(0);
      for (const f of assets) {
        const r = await get(at(f));
        expect(r.status, f).toBe(200);
        expect(r.headers.get('cache-control'), f).toBe(ASSET_CACHE);
        expect(r.headers.get('content-type'), f).toMatch(
          f.endsWith('.css') ? /^text\/css/ : /^(text|application)\/javascript/,
        );
        expectSecurityHeaders(r.headers, f);
      }
    });

    it('answers a missing address with the not-found page and status 404', async () => {
      const r = await get(at('no-such-page/'));
      expect(r.status).toBe(404);
      expect(r.body).toContain('Page not found');
      expectSecurityHeaders(r.headers, 'the 404 page');
    });

    it('redirects a story address without its trailing slash to the one with it', async () => {
      const r = await get(at('rail-corridor'));
      expect(r.status).toBe(308);
      expect(r.location).toBe(`${base}rail-corridor/`);
    });

    it('serves the sharing image, the sitemap and robots.txt, and not the _headers file itself', async () => {
      expect((await get(at('og/myanmar-china-border.png'))).headers.get('content-type')).toBe('image/png');
      expect((await get(at('sitemap.xml'))).body).toContain('<urlset');
      expect((await get(at('robots.txt'))).body).toContain('Sitemap:');
      expect((await get(`${pages.origin}/_headers`)).status).not.toBe(200);
    });
  });
}

hostChecks('the build at the root of the host', async () => {
  const dist = defaultBuild();
  return { pages: await startPagesDev(dist), base: '/', files: listFiles(dist) };
});

const BASE = SUB_PATH.base;
hostChecks(`the build for BASE_PATH=${BASE}, published as npm run publish-folder lays it out`, async () => {
  const outDir = subPathBuild();
  const publish = mkdtempSync(join(tmpdir(), 'publish-'));
  publishFolder(outDir, publish, BASE);
  const pages = await startPagesDev(publish);
  return {
    pages: {
      ...pages,
      close: async () => {
        await pages.close();
        rmSync(publish, { recursive: true, force: true });
      },
    },
    base: BASE,
    files: listFiles(outDir),
  };
});
