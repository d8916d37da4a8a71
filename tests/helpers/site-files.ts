/** Reads a built site: its files, the URLs its HTML and CSS reference, the ids its pages define, and URL → file. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

/** Every file under `dir`, as a path relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL a built HTML file is served at: `index.html` → `<base>`, `a/index.html` → `<base>a/`, `404.html` → `<base>404.html`. */
export function pageUrl(file: string, origin: string, base = '/'): URL {
  const b = base.replace(/\/?$/, '/');
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(b + path, origin);
}

/** The built file a URL path maps to (as a static host serves it), or undefined when nothing is there. */
export function fileForPath(outDir: string, pathname: string, base = '/'): string | undefined {
  const b = base.replace(/\/?$/, '/');
  if (!pathname.startsWith(b)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(b.length));
  } catch {
    return undefined;
  }
  if (rel.split('/').includes('..')) return undefined;
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`, `${rel}.html`];
  for (const c of candidates) {
    const p = join(outDir, c);
    if (existsSync(p) && statSync(p).isFile()) return c;
  }
  return undefined;
}

/** One URL written in a built file. */
export interface Ref {
  /** The file it is written in, relative to outDir. */
  file: string;
  /** The element (or "css"), e.g. "img", "link", "meta", "css". */
  tag: string;
  /** The attribute it came from ("href", "src", "srcset", "content"...), or "url()"/"@import" in CSS. */
  attr: string;
  /** The URL as written (entities decoded). */
  value: string;
  /**
   * "navigation": a link a reader follows (a, area, link rel=canonical/alternate...);
   * "resource": something the browser fetches with the page (script, stylesheet, image, font, frame...);
   * "share": a URL for crawlers and social cards (og:url, og:image, twitter:image);
   * "fragment": an in-page reference to an element id (SVG use, url(#id) in attributes, aria/for idrefs).
   */
  kind: 'navigation' | 'resource' | 'share' | 'fragment';
  /** For link elements, the rel attribute. */
  rel?: string;
}

type El = T.Element;

function isElement(n: T.Node): n is El {
  return 'tagName' in n;
}

/** Walks every element of a parsed document, template contents included. */
function walk(node: T.ParentNode, visit: (el: El) => void): void {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    visit(child);
    walk(child, visit);
    if (child.tagName === 'template') walk((child as T.Template).content, visit);
  }
}

const attr = (el: El, name: string): string | undefined => el.attrs.find((a) => a.name === name && !a.prefix)?.value;
const anyHref = (el: El): string | undefined => el.attrs.find((a) => a.name === 'href')?.value;

/** Link relations that fetch something with the page; every other rel (canonical, alternate, author...) is a link. */
const FETCHING_RELS =
  /\b(stylesheet|icon|apple-touch-icon|mask-icon|manifest|preload|modulepreload|prefetch|preconnect|dns-prefetch)\b/i;

/** Meta tags whose content is a URL of the site (Open Graph and Twitter cards). */
const SHARE_META =
  /^(og:url|og:image|og:image:url|og:image:secure_url|og:video|og:audio|twitter:image|twitter:image:src|twitter:url|twitter:player)$/i;

/** Resource attributes per element. */
const RESOURCE_ATTRS: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href'],
  feimage: ['href'],
};

/** Attributes whose value is a list of element ids on the same page. */
const IDREF_ATTRS = [
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'for',
  'list',
  'form',
];

/** The URLs in a srcset attribute. */
export function srcsetUrls(srcset: string): string[] {
  // As the HTML spec parses it: a URL runs to the next whitespace (trailing commas end it), then descriptors to a comma.
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) return urls;
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    const clean = url.replace(/,+$/, '');
    if (clean) urls.push(clean);
    if (clean === url) rest = rest.replace(/^[^,]*/, '');
  }
}

/** URLs in a stylesheet: url(...) and @import "...". */
export function cssUrls(css: string): { attr: 'url()' | '@import'; value: string }[] {
  const out: { attr: 'url()' | '@import'; value: string }[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi))
    out.push({ attr: 'url()', value: (m[1] ?? m[2] ?? m[3] ?? '').trim() });
  for (const m of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi))
    out.push({ attr: '@import', value: m[1] ?? m[2] ?? '' });
  return out;
}

/** What one HTML page defines and references. */
export interface PageInfo {
  file: string;
  /** Every id (and <a name>) on the page: the targets of #fragments. */
  ids: Set<string>;
  /** Ids that more than one element carries. */
  duplicateIds: string[];
  refs: Ref[];
  /** The text of <style> elements and style attributes, for url() checks. */
  inlineCss: string[];
}

/** Parses a built HTML page. */
export function readPage(outDir: string, file: string): PageInfo {
  const doc = parse(readFileSync(join(outDir, file), 'utf8'));
  const ids = new Set<string>();
  const duplicateIds = new Set<string>();
  const refs: Ref[] = [];
  const inlineCss: string[] = [];
  const add = (el: El, a: string, value: string, kind: Ref['kind'], rel?: string) =>
    refs.push({ file, tag: el.tagName, attr: a, value: value.trim(), kind, ...(rel !== undefined ? { rel } : {}) });

  walk(doc, (el) => {
    const tag = el.tagName.toLowerCase();
    const id = attr(el, 'id');
    if (id && ids.has(id)) duplicateIds.add(id);
    if (id) ids.add(id);
    if (tag === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);

    if (tag === 'a' || tag === 'area') {
      const href = anyHref(el);
      if (href !== undefined) add(el, 'href', href, 'navigation');
    } else if (tag === 'link') {
      const href = attr(el, 'href');
      const rel = attr(el, 'rel') ?? '';
      if (href !== undefined) add(el, 'href', href, FETCHING_RELS.test(rel) ? 'resource' : 'navigation', rel);
      const srcset = attr(el, 'imagesrcset');
      if (srcset) for (const u of srcsetUrls(srcset)) add(el, 'imagesrcset', u, 'resource', rel);
    } else if (tag === 'meta') {
      const name = attr(el, 'property') ?? attr(el, 'name') ?? '';
      const content = attr(el, 'content');
      if (content !== undefined && SHARE_META.test(name)) add(el, `content (${name})`, content, 'share');
      if (/^refresh$/i.test(attr(el, 'http-equiv') ?? '') && content) {
        const url = /url\s*=\s*(.+)$/i.exec(content)?.[1];
        if (url) add(el, 'content (refresh)', url.replace(/^['"]|['"]$/g, ''), 'navigation');
      }
    } else if (tag === 'use') {
      const href = anyHref(el);
      if (href !== undefined) add(el, 'href', href, href.startsWith('#') ? 'fragment' : 'resource');
    } else if (tag === 'form') {
      const action = attr(el, 'action');
      if (action !== undefined) add(el, 'action', action, 'navigation');
    }
    for (const a of RESOURCE_ATTRS[tag] ?? []) {
      const v = a === 'href' ? anyHref(el) : attr(el, a);
      if (v === undefined) continue;
      if (a === 'srcset') for (const u of srcsetUrls(v)) add(el, a, u, 'resource');
      else add(el, a, v, 'resource');
    }
    // SVG paint servers, masks, clip paths and markers written as attributes: fill="url(#gradient)".
    for (const a of el.attrs) {
      if (a.name === 'style') inlineCss.push(a.value);
      else for (const m of a.value.matchAll(/url\(\s*['"]?(#[^'")\s]+)['"]?\s*\)/g)) add(el, a.name, m[1]!, 'fragment');
      if (IDREF_ATTRS.includes(a.name) && !(a.name === 'for' && tag !== 'label' && tag !== 'output')) {
        for (const ref of a.value.split(/\s+/).filter(Boolean)) add(el, a.name, `#${ref}`, 'fragment');
      }
    }
    if (tag === 'style') inlineCss.push(el.childNodes.map((c) => ('value' in c ? String(c.value) : '')).join(''));
  });
  for (const css of inlineCss)
    for (const u of cssUrls(css))
      refs.push({
        file,
        tag: 'style',
        attr: u.attr,
        value: u.value,
        kind: u.value.startsWith('#') ? 'fragment' : 'resource',
      });
  return { file, ids, duplicateIds: [...duplicateIds], refs, inlineCss };
}

/** URLs referenced by a built CSS file. */
export function readCss(outDir: string, file: string): Ref[] {
  return cssUrls(readFileSync(join(outDir, file), 'utf8')).map((u) => ({
    file,
    tag: 'css',
    attr: u.attr,
    value: u.value,
    kind: 'resource' as const,
  }));
}

/** `<loc>` entries of a sitemap or sitemap index. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** True for URLs that point at no file: data:, blob:, mailto:, tel:, javascript: and empty or fragment-only values. */
export function isNonFileUrl(value: string): boolean {
  return value === '' || value.startsWith('#') || /^(data|blob|mailto|tel|javascript|about):/i.test(value);
}
