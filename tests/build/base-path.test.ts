/**
 * The site built for a sub-path (BASE_PATH, or --base) links only to files it has, all under that sub-path.
 * tests/browser/base-path.test.ts loads and scrolls it on a real static host.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runBuild, SUB_PATH, subPathBuild } from '../helpers/build-site';
import {
  fileForPath,
  isNonFileUrl,
  listFiles,
  pageUrl,
  readCss,
  readPage,
  sitemapLocs,
  type Ref,
} from '../helpers/site-files';

const { site: SITE, base: BASE } = SUB_PATH;
let outDir = '';
const cliOutDir = join(ROOT, 'tests', '.tmp', 'dist-base-flag');

let files: string[] = [];

beforeAll(() => {
  rmSync(cliOutDir, { recursive: true, force: true });
  outDir = subPathBuild();
  files = listFiles(outDir);
});

afterAll(() => {
  rmSync(cliOutDir, { recursive: true, force: true });
});

/** Checks one URL written in a built file; returns a problem or undefined. */
function check(ref: Ref, from: URL): string | undefined {
  if (isNonFileUrl(ref.value)) return undefined;
  const where = `${ref.file}: <${ref.tag} ${ref.attr}="${ref.value}">`;
  let url: URL;
  try {
    url = new URL(ref.value, from);
  } catch {
    return `${where} is not a valid URL`;
  }
  const site = new URL(SITE);
  // Another site: a link to a source, not a file of ours (tests/browser/third-party.test.ts keeps resources local).
  if (url.origin !== site.origin) return undefined;
  if (ref.kind === 'share' && !/^https?:\/\//.test(ref.value))
    return `${where} must be an absolute URL (crawlers do not resolve it)`;
  if (/^\//.test(ref.value) && !ref.value.startsWith('//') && !ref.value.startsWith(BASE))
    return `${where} does not start with the base path ${BASE}`;
  if (!url.pathname.startsWith(BASE)) return `${where} resolves to ${url.href}, outside ${SITE}${BASE}`;
  if (!fileForPath(outDir, url.pathname, BASE)) return `${where} resolves to ${url.pathname}, but no file is there`;
  return undefined;
}

describe(`a build with SITE_URL=${SITE} BASE_PATH=${BASE}`, () => {
  it('builds HTML pages and hashed assets', () => {
    expect(files).toContain('index.html');
    expect(files.some((f) => /^_assets\/.+\.(css|js)$/.test(f))).toBe(true);
  });

  it('every URL in every page resolves to a built file under the base path', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const page = readPage(outDir, file);
      const from = pageUrl(file, SITE, BASE);
      for (const ref of page.refs) {
        if (ref.kind === 'fragment') continue; // in-page references: tests/build/link-check.test.ts
        checked++;
        const p = check(ref, from);
        if (p) problems.push(p);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('the canonical URL and the sharing URLs are absolute and include the base path', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html') && f !== '404.html')) {
      const page = readPage(outDir, file);
      const canonical = page.refs.filter((r) => r.tag === 'link' && /\bcanonical\b/i.test(r.rel ?? ''));
      const robots = readFileSync(join(outDir, file), 'utf8').match(/<meta name="robots" content="[^"]*noindex/);
      if (!robots) {
        expect(canonical, `${file} has one canonical link`).toHaveLength(1);
        expect(canonical[0]!.value, file).toBe(pageUrl(file, SITE, BASE).href);
      }
      for (const ref of [...canonical, ...page.refs.filter((r) => r.kind === 'share')]) {
        if (!ref.value.startsWith(`${SITE}${BASE}`))
          problems.push(`${file}: <${ref.tag} ${ref.attr}="${ref.value}"> is not under ${SITE}${BASE}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every url() in the built CSS resolves to a built file under the base path', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.css'))) {
      const from = new URL(BASE + file, SITE);
      for (const ref of readCss(outDir, file)) {
        const p = check(ref, from);
        if (p) problems.push(p);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every sitemap entry, if there is a sitemap, is a page under the base path', () => {
    const sitemaps = files.filter((f) => /^sitemap.*\.xml$/.test(f));
    const problems: string[] = [];
    for (const file of sitemaps) {
      for (const loc of sitemapLocs(readFileSync(join(outDir, file), 'utf8'))) {
        const url = new URL(loc);
        if (!loc.startsWith(`${SITE}${BASE}`)) problems.push(`${file}: ${loc} is not under ${SITE}${BASE}`);
        else if (!fileForPath(outDir, url.pathname, BASE)) problems.push(`${file}: ${loc} has no built file`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('npm run build -- --base /some/path/', () => {
  it('puts every asset and the canonical URL under the path given on the command line', () => {
    const r = runBuild({ outDir: cliOutDir, env: { SITE_URL: SITE, BASE_PATH: '/' }, args: ['--base', '/some/path/'] });
    expect(r.status, r.output).toBe(0);
    const html = readFileSync(join(cliOutDir, 'index.html'), 'utf8');
    const page = readPage(cliOutDir, 'index.html');
    const local = page.refs.filter((ref) => ref.kind !== 'fragment' && ref.value.startsWith('/'));
    expect(local.length).toBeGreaterThan(0);
    for (const ref of local) {
      expect(ref.value, `<${ref.tag} ${ref.attr}>`).toMatch(/^\/some\/path\//);
      expect(fileForPath(cliOutDir, ref.value.replace(/[?#].*$/, ''), '/some/path/'), ref.value).toBeDefined();
    }
    expect(html).toContain(`<link rel="canonical" href="${SITE}/some/path/">`);
  }, 180_000);
});
