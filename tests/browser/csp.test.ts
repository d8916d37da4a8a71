/** The security headers in public/_headers, the <meta> policy Astro builds, and the story working under both. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { defaultBuild } from '../helpers/build-site';
import { browserAvailable, openPage, startRig, type BrowserRig } from '../helpers/browser';
import { blockHeaders, headersFor, matchingRules, parseCsp, projectHeaderRules, type HeaderRule } from '../helpers/headers-file';
import { watchCsp } from '../helpers/csp-watch';
import { scrollWholeStory } from '../helpers/scroll';
import { listFiles, pageUrl } from '../helpers/site-files';
import { serveDir } from '../../scripts/lib/static-server';

let outDir = '';
let files: string[] = [];
let rules: HeaderRule[] = [];
let policy = new Map<string, string[]>();

beforeAll(() => {
  outDir = defaultBuild();
  files = listFiles(outDir);
  rules = projectHeaderRules();
  policy = parseCsp(blockHeaders(rules, '/*')['Content-Security-Policy'] ?? '');
});

const htmlFiles = () => files.filter((f) => f.endsWith('.html'));
/** The request paths a host serves the built files at (pages at their directory URL, and as files). */
const requestPaths = () => [...new Set(files.flatMap((f) => [`/${f}`, ...(f.endsWith('.html') ? [pageUrl(f, 'https://example.org').pathname] : [])]))];

describe('public/_headers', () => {
  it('sends a Content-Security-Policy for every path that allows only the site itself', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')?.length).toBeGreaterThan(0);
    const all = [...policy.values()].flat();
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'http:', 'https:']) expect(all).not.toContain(unsafe);
    for (const path of requestPaths()) expect(headersFor(rules, path)['Content-Security-Policy'], path).toBeDefined();
  });

  it('sends HSTS, nosniff, a referrer policy and a permissions policy that turns devices off', () => {
    const h = blockHeaders(rules, '/*');
    expect(h['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    const features = new Map((h['Permissions-Policy'] ?? '').split(/,\s*/).map((f) => f.split('=') as [string, string]));
    for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(features.get(f), f).toBe('()');
  });

  it('caches hashed assets for a year and makes browsers revalidate every page', () => {
    const assets = files.filter((f) => f.startsWith('_assets/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const f of assets) expect(headersFor(rules, `/${f}`)['Cache-Control'], f).toBe('public, max-age=31536000, immutable');
    for (const f of htmlFiles()) {
      expect(headersFor(rules, pageUrl(f, 'https://example.org').pathname)['Cache-Control'], f).toBe('public, max-age=0, must-revalidate');
      expect(headersFor(rules, `/${f}`)['Cache-Control'], `/${f}`).toBe('public, max-age=0, must-revalidate');
    }
  });

  it('never sets one header from two blocks for the same path (Netlify and Cloudflare Pages would merge them differently)', () => {
    const problems: string[] = [];
    for (const path of requestPaths()) {
      const seen = new Map<string, string>();
      for (const rule of matchingRules(rules, path)) {
        for (const [name] of rule.headers) {
          const first = seen.get(name.toLowerCase());
          if (first && first !== rule.pattern) problems.push(`${path}: ${name} from "${first}" and "${rule.pattern}"`);
          seen.set(name.toLowerCase(), rule.pattern);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('is copied to the root of the build, where Netlify and Cloudflare Pages read it', () => {
    expect(files).toContain('_headers');
  });
});

/** Elements in document order. */
function elements(doc: T.ParentNode): T.Element[] {
  const out: T.Element[] = [];
  const walk = (n: T.ParentNode) => {
    for (const c of n.childNodes) {
      if (!('tagName' in c)) continue;
      out.push(c);
      walk(c);
      if (c.tagName === 'template') walk((c as T.Template).content);
    }
  };
  walk(doc);
  return out;
}
const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

describe('the built pages and the <meta> policy (what GitHub Pages gets)', () => {
  it('every page has one <meta> CSP, before any script or stylesheet, as strict as _headers where both speak', () => {
    for (const file of htmlFiles()) {
      const els = elements(parse(readFileSync(join(outDir, file), 'utf8')));
      const metas = els.filter((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
      expect(metas, file).toHaveLength(1);
      const at = els.indexOf(metas[0]!);
      const firstLoad = els.findIndex((e) => e.tagName === 'script' || e.tagName === 'style' || (e.tagName === 'link' && /stylesheet|preload/.test(attr(e, 'rel') ?? '')));
      if (firstLoad >= 0) expect(at, `${file}: the <meta> policy comes before the first script or stylesheet`).toBeLessThan(firstLoad);
      const meta = parseCsp(attr(metas[0]!, 'content') ?? '');
      for (const [name, values] of meta) {
        if (name === 'script-src' || name === 'style-src') {
          expect(values[0], `${file} ${name}`).toBe("'self'");
          for (const v of values.slice(1)) expect(v, `${file} ${name}`).toMatch(/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/);
        } else {
          expect(values, `${file} ${name} matches _headers`).toEqual(policy.get(name));
        }
      }
      for (const name of ['default-src', 'script-src', 'style-src', 'img-src', 'object-src', 'base-uri', 'form-action']) expect(meta.has(name), `${file} ${name}`).toBe(true);
      // Ignored in a <meta> policy, and Chromium logs an error for each.
      for (const name of ['frame-ancestors', 'report-uri', 'sandbox']) expect(meta.has(name), `${file} ${name}`).toBe(false);
    }
  });

  it('no page needs what the policy forbids: inline scripts, inline styles, event-handler attributes, javascript: URLs', () => {
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      for (const el of elements(parse(readFileSync(join(outDir, file), 'utf8')))) {
        const type = attr(el, 'type')?.toLowerCase() ?? '';
        const isJs = type === '' || type === 'module' || /javascript|ecmascript/.test(type);
        if (el.tagName === 'script' && attr(el, 'src') === undefined && isJs) problems.push(`${file}: inline <script>`);
        if (el.tagName === 'style') problems.push(`${file}: <style> element`);
        for (const a of el.attrs) {
          if (a.name === 'style') problems.push(`${file}: <${el.tagName} style="${a.value}">`);
          if (/^on[a-z]+$/.test(a.name)) problems.push(`${file}: <${el.tagName} ${a.name}>`);
          if (/^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction|xlink:href)$/.test(a.name)) problems.push(`${file}: <${el.tagName} ${a.name}="${a.value}">`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

const run = browserAvailable();

describe.skipIf(!run)('the story served by Cloudflare\'s local Pages server (which applies _headers), in Chromium', () => {
  let rig: BrowserRig;
  let stories: string[] = [];
  beforeAll(async () => {
    rig = await startRig(outDir, { host: 'pages' });
    stories = htmlFiles().filter((f) => f !== '404.html');
  });
  afterAll(async () => rig?.close());

  const cases: [string, BrowserContextOptions][] = [
    ['desktop, with animations', { viewport: { width: 1280, height: 800 }, reducedMotion: 'no-preference' }],
    ['phone, reduced motion', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' }],
  ];
  for (const [name, options] of cases) {
    it(`${name}: scrolling every story to the end breaks no rule and logs no error`, async () => {
      for (const file of stories) {
        const { page, problems } = await openPage(rig, options);
        const csp = await watchCsp(page);
        const url = new URL(file.replace(/index\.html$/, ''), rig.served.url).href;
        const response = await page.goto(url);
        expect(response?.headers()['content-security-policy'], `${url} was served with the policy`).toBe(blockHeaders(rules, '/*')['Content-Security-Policy']);
        const steps = await scrollWholeStory(page);
        expect(steps, url).toBeGreaterThan(0);
        if (options.reducedMotion === 'no-preference') await page.waitForTimeout(1500); // let transitions finish
        expect(await page.locator('[data-map] svg.map').getAttribute('data-step-index'), url).toBe(String(steps - 1));
        expect(await page.evaluate(() => document.documentElement.classList.contains('map-ready')), `${url}: the live map started`).toBe(true);
        expect(await csp.violations(), url).toEqual([]);
        expect(problems, url).toEqual([]);
        await page.context().close();
      }
    }, 240_000);
  }

  it('the not-found page works under the policy too', async () => {
    if (!files.includes('404.html')) return;
    const { page } = await openPage(rig);
    const csp = await watchCsp(page);
    const response = await page.goto(`${rig.served.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    await page.waitForLoadState('networkidle');
    expect(await csp.violations()).toEqual([]);
    await page.context().close();
  });

  it('the policy is enforced: an injected inline script is blocked and reported (a control for the checks above)', async () => {
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
      writeFileSync(join(dir, 'index.html'), `<!doctype html><title>embed</title><iframe id="story" src="${rig.served.url}" width="800" height="600"></iframe>`);
      const other = await serveDir(dir);
      try {
        const { page } = await openPage(rig);
        const refused = new Promise<string>((resolve) => page.on('console', (m) => /frame-ancestors/.test(m.text()) && resolve(m.text())));
        await page.goto(other.url);
        expect(await Promise.race([refused, page.waitForTimeout(10_000).then(() => 'no refusal logged')])).toMatch(/Refused to frame|Framing .* violates/);
        // The blocked frame shows Chromium's error page instead of the story.
        const frame = await (await page.$('#story'))!.contentFrame();
        expect(await frame?.evaluate(() => document.querySelector('[data-step]') !== null).catch(() => false)).toBe(false);
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
