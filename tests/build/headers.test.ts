/** The security headers in public/_headers and the <meta> policy Astro writes into every page, read from the files. */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { defaultBuild } from '../helpers/build-site';
import {
  blockHeaders,
  headersFor,
  matchingRules,
  parseCsp,
  projectHeaderRules,
  type HeaderRule,
} from '../helpers/headers-file';
import { listFiles, pageUrl } from '../helpers/site-files';

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
const requestPaths = () => [
  ...new Set(
    files.flatMap((f) => [`/${f}`, ...(f.endsWith('.html') ? [pageUrl(f, 'https://example.org').pathname] : [])]),
  ),
];

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
    for (const unsafe of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      "'wasm-unsafe-eval'",
      '*',
      'http:',
      'https:',
    ])
      expect(all).not.toContain(unsafe);
    for (const path of requestPaths()) expect(headersFor(rules, path)['Content-Security-Policy'], path).toBeDefined();
  });

  it('sends HSTS, nosniff, a referrer policy and a permissions policy that turns devices off', () => {
    const h = blockHeaders(rules, '/*');
    expect(h['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    const features = new Map(
      (h['Permissions-Policy'] ?? '').split(/,\s*/).map((f) => f.split('=') as [string, string]),
    );
    for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(features.get(f), f).toBe('()');
  });

  it('caches hashed assets for a year and makes browsers revalidate every page', () => {
    const assets = files.filter((f) => f.startsWith('_assets/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const f of assets)
      expect(headersFor(rules, `/${f}`)['Cache-Control'], f).toBe('public, max-age=31536000, immutable');
    for (const f of htmlFiles()) {
      expect(headersFor(rules, pageUrl(f, 'https://example.org').pathname)['Cache-Control'], f).toBe(
        'public, max-age=0, must-revalidate',
      );
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
      const metas = els.filter(
        (e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      expect(metas, file).toHaveLength(1);
      const at = els.indexOf(metas[0]!);
      const firstLoad = els.findIndex(
        (e) =>
          e.tagName === 'script' ||
          e.tagName === 'style' ||
          (e.tagName === 'link' && /stylesheet|preload/.test(attr(e, 'rel') ?? '')),
      );
      if (firstLoad >= 0)
        expect(at, `${file}: the <meta> policy comes before the first script or stylesheet`).toBeLessThan(firstLoad);
      const meta = parseCsp(attr(metas[0]!, 'content') ?? '');
      for (const [name, values] of meta) {
        if (name === 'script-src' || name === 'style-src') {
          expect(values[0], `${file} ${name}`).toBe("'self'");
          for (const v of values.slice(1)) expect(v, `${file} ${name}`).toMatch(/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/);
        } else {
          expect(values, `${file} ${name} matches _headers`).toEqual(policy.get(name));
        }
      }
      for (const name of ['default-src', 'script-src', 'style-src', 'img-src', 'object-src', 'base-uri', 'form-action'])
        expect(meta.has(name), `${file} ${name}`).toBe(true);
      // Ignored in a <meta> policy, and Chromium logs an error for each.
      for (const name of ['frame-ancestors', 'report-uri', 'sandbox'])
        expect(meta.has(name), `${file} ${name}`).toBe(false);
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
          if (/^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction|xlink:href)$/.test(a.name))
            problems.push(`${file}: <${el.tagName} ${a.name}="${a.value}">`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
