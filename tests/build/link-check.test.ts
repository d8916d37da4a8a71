/** Every link in the default build goes somewhere: internal files exist, #fragments hit ids, source URLs are well formed. */
import { describe, it, expect, beforeAll } from 'vitest';
import { defaultBuild } from '../helpers/build-site';
import { fileForPath, listFiles, pageUrl, readPage, type PageInfo, type Ref } from '../helpers/site-files';

const SITE = 'https://example.org';

let outDir = '';
const pages = new Map<string, PageInfo>();

beforeAll(() => {
  outDir = defaultBuild();
  for (const file of listFiles(outDir).filter((f) => f.endsWith('.html'))) pages.set(file, readPage(outDir, file));
});

const where = (ref: Ref) => `${ref.file}: <${ref.tag} ${ref.attr}="${ref.value}">`;

/** Fragments that need no id: "#" and "#top" scroll to the top of the page. */
const TOP = (fragment: string) => fragment === '' || fragment.toLowerCase() === 'top';

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Why an external URL is malformed, or undefined when it is a well-formed link. */
function malformed(raw: string): string | undefined {
  if (raw !== raw.trim() || /\s/.test(raw)) return 'contains whitespace';
  if (/[<>"`\\]/.test(raw)) return 'contains a character that must be percent-encoded';
  if (/&(amp|lt|gt|quot|#\d+);/i.test(raw)) return 'contains an HTML entity (escaped twice?)';
  if (/^mailto:/i.test(raw))
    return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(raw) ? undefined : 'is not a valid mailto: address';
  if (!/^https?:\/\/[^/?#]/i.test(raw)) return 'is not an http:// or https:// URL';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'does not parse as a URL';
  }
  if (url.username || url.password) return 'carries a user name or password';
  const host = url.hostname;
  if (
    !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host) ||
    host.split('.').some((l) => !l || l.startsWith('-') || l.endsWith('-'))
  )
    return `has no valid host name ("${host}")`;
  if (/^\d+(\.\d+){3}$/.test(host) || /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host))
    return `points at a local address ("${host}")`;
  if (/%(?![0-9a-f]{2})/i.test(raw)) return 'has a broken %-escape';
  return undefined;
}

describe('links in the default build', () => {
  it('has pages to check', () => {
    expect(pages.has('index.html')).toBe(true);
  });

  it('no page gives the same id to two elements', () => {
    const dupes = [...pages.values()].flatMap((p) =>
      p.duplicateIds.map((id) => `${p.file}: id "${id}" is used more than once`),
    );
    expect(dupes).toEqual([]);
  });

  it('every internal href and src resolves to a built file', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      const from = pageUrl(page.file, SITE);
      for (const ref of page.refs) {
        // Sharing URLs (og:url, og:image) are checked by tests/build/base-path.test.ts.
        if (ref.kind === 'share' || ref.value.startsWith('#') || /^(data|mailto|tel|blob):/i.test(ref.value)) continue;
        if (/^javascript:/i.test(ref.value)) {
          problems.push(`${where(ref)} is a javascript: URL`);
          continue;
        }
        let url: URL;
        try {
          url = new URL(ref.value, from);
        } catch {
          problems.push(`${where(ref)} is not a valid URL`);
          continue;
        }
        if (url.origin !== SITE) continue;
        checked++;
        if (!fileForPath(outDir, url.pathname)) problems.push(`${where(ref)}: nothing is built at ${url.pathname}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('every #fragment, on the same page or another, matches an id in the page it points to', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      const from = pageUrl(page.file, SITE);
      for (const ref of page.refs) {
        let target: PageInfo | undefined = page;
        let fragment: string;
        if (ref.value.startsWith('#')) fragment = ref.value.slice(1);
        else {
          let url: URL;
          try {
            url = new URL(ref.value, from);
          } catch {
            continue; // reported above
          }
          if (url.origin !== SITE || !url.hash) continue;
          const file = fileForPath(outDir, url.pathname);
          target = file ? pages.get(file) : undefined;
          if (!target) continue; // a missing file is reported above; a non-HTML file has no ids
          fragment = url.hash.slice(1);
        }
        if (TOP(fragment)) continue;
        checked++;
        if (!target.ids.has(decode(fragment)))
          problems.push(`${where(ref)}: ${target.file} has no element with id "${decode(fragment)}"`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('every external link is a well-formed http(s) URL (not fetched); http:// ones are listed', () => {
    const problems: string[] = [];
    const http = new Map<string, Set<string>>();
    let checked = 0;
    for (const page of pages.values()) {
      for (const ref of page.refs) {
        if (ref.value.startsWith('#') || /^(data|tel|blob):/i.test(ref.value)) continue;
        let url: URL | undefined;
        try {
          url = new URL(ref.value, pageUrl(page.file, SITE));
        } catch {
          url = undefined;
        }
        const external = /^[a-z][a-z0-9+.-]*:/i.test(ref.value) || ref.value.startsWith('//');
        if (url && url.origin === SITE) continue;
        if (!external) continue;
        checked++;
        const why = malformed(ref.value);
        if (why) problems.push(`${where(ref)} ${why}`);
        else if (/^http:/i.test(ref.value)) {
          const files = http.get(ref.value) ?? new Set<string>();
          files.add(page.file);
          http.set(ref.value, files);
        }
      }
    }
    if (http.size) {
      const list = [...http]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([u, files]) => `  ${u}  (${[...files].join(', ')})`);
      console.info(
        `[link check] ${http.size} source link(s) use http:// rather than https:// (allowed, not fetched):\n${list.join('\n')}`,
      );
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe('malformed()', () => {
  it('accepts ordinary source links and rejects broken ones', () => {
    expect(malformed('https://www.irrawaddy.com/news/burma/a-b.html')).toBeUndefined();
    expect(malformed('http://english.qianlong.com/2018/0702/2670332.shtml')).toBeUndefined();
    expect(malformed('https://en.wikipedia.org/w/index.php?diff=1&oldid=2&title=Laiza')).toBeUndefined();
    expect(malformed('mailto:desk@news.example.co.uk')).toBeUndefined();
    expect(malformed('https://www.example.com/a b')).toMatch(/whitespace/);
    expect(malformed('https:/www.irrawaddy.com/x')).toMatch(/http/);
    expect(malformed('htps://www.irrawaddy.com/x')).toMatch(/http/);
    expect(malformed('https://irrawaddy/x')).toMatch(/host/);
    expect(malformed('https://www.irrawaddy..com/x')).toMatch(/host/);
    expect(malformed('https://a.org/?q=1&amp;r=2')).toMatch(/entity/);
    expect(malformed('https://a.org/%zz')).toMatch(/escape/);
    expect(malformed('javascript:alert(1)')).toMatch(/http/);
  });
});
