/** Editors' data is text, never markup: HTML in any free-text field is shown as written and never runs. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { runBuild, type BuildResult } from '../helpers/build-site';
import { tempProject, type TempProject } from '../helpers/temp-project';
import { browserAvailable, openPage, startRig, type BrowserRig } from '../helpers/browser';
import { scrollWholeStory } from '../helpers/scroll';
import { listFiles } from '../helpers/site-files';
import { textLimit } from '../../src/lib/data/limits';

/** Markup that would show an image, run a handler or a script, or close the element it lands in, if treated as HTML. */
const MARKUP = '<img src=x onerror="window.__xss=1"><b>x</b>';
const INJECT = ` "'>${MARKUP}</text></title></script><script>window.__xss=2</script>`;
/** What must never appear in built SVG or XML, where "<" can only be markup. */
const RAW = [/<img src=x/i, /<script>window\.__xss/i, /<b>x<\/b>/i];

/**
 * String fields of the data's `properties` (at any depth) that are free text: names, titles, summaries, notes, who
 * claims what, figures' words and source names. Everything else that is a string is an id, a date, an enum or a URL,
 * which the schema constrains (src/lib/data/schemas.ts), so markup there would stop the build instead.
 */
const FREE_TEXT = new Set([
  'name',
  'altNames',
  'admin',
  'note',
  'statusNote',
  'title',
  'summary',
  'actor',
  'claimedBy',
  'by',
  'says',
  'measure',
  'unit',
]);
const CONSTRAINED = new Set([
  'id',
  'type',
  'kind',
  'country',
  'labelSide',
  'status',
  'opened',
  'date',
  'time',
  'place',
  'alsoAt',
  'via',
  'url',
  'published',
  'qualifier',
]);
/** Free-text fields of a story's frontmatter. */
const FRONTMATTER_TEXT = ['title', 'dek', 'byline', 'credit', 'description'];

interface Rewrite {
  count: number;
  unclassified: Set<string>;
}

/** `text` + INJECT, the text shortened first where both would not fit the field's length limit. */
const withMarkup = (text: string, path: string) => text.slice(0, Math.max(0, textLimit(path) - INJECT.length)) + INJECT;

/** Appends INJECT to every free-text string under `value`; records string fields it does not know. */
function inject(value: unknown, key: string, path: string, r: Rewrite): unknown {
  if (typeof value === 'string') {
    if (FREE_TEXT.has(key)) {
      r.count++;
      return withMarkup(value, path);
    }
    if (!CONSTRAINED.has(key)) r.unclassified.add(path);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => inject(v, key, `${path}[]`, r));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inject(v, k, `${path}.${k}`, r)]));
  }
  return value;
}

let project: TempProject;
let build: BuildResult;
let outDir = '';
let built: string[] = [];
const rewrites: Record<string, Rewrite> = {};

beforeAll(() => {
  project = tempProject();
  for (const file of ['data/places.geojson', 'data/corridor.geojson', 'data/events.geojson']) {
    const geo = JSON.parse(readFileSync(join(project.dir, file), 'utf8')) as { features: { properties: unknown }[] };
    const r: Rewrite = { count: 0, unclassified: new Set() };
    for (const f of geo.features) f.properties = inject(f.properties, 'properties', 'properties', r);
    rewrites[file] = r;
    project.write(file, JSON.stringify(geo, null, 2));
  }
  for (const file of listFiles(join(project.dir, 'content', 'stories')).filter((f) => f.endsWith('.mdx'))) {
    const path = `content/stories/${file}`;
    const text = readFileSync(join(project.dir, path), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
    if (!m) continue;
    const fm = parseYaml(m[1]!) as Record<string, unknown> & { updates?: { note: string }[] };
    for (const k of FRONTMATTER_TEXT) if (typeof fm[k] === 'string') fm[k] = withMarkup(fm[k], k);
    for (const u of fm.updates ?? []) u.note = withMarkup(u.note, 'updates[].note');
    project.write(path, `---\n${stringifyYaml(fm, { lineWidth: 0 })}---\n${text.slice(m[0].length)}`);
  }
  outDir = join(project.dir, 'dist');
  build = runBuild({ root: project.dir, outDir });
  built = build.status === 0 ? listFiles(outDir) : [];
});

afterAll(() => project?.remove());

describe('markup in every free-text field of the data and the frontmatter', () => {
  it('is injected into every data file, and every string field of the data is classified', () => {
    for (const [file, r] of Object.entries(rewrites)) {
      expect(r.count, file).toBeGreaterThan(0);
      expect(
        [...r.unclassified],
        `${file}: string fields neither in FREE_TEXT nor in CONSTRAINED (add them to one)`,
      ).toEqual([]);
    }
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('appears in the built pages only as escaped text', () => {
    const pages = built.filter((f) => /\.(html|svg|xml)$/.test(f));
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const f of pages) {
      const text = readFileSync(join(outDir, f), 'utf8');
      if (f.endsWith('.html')) problems.push(...markupIn(f, text));
      // In XML and SVG a "<" can only be markup: it must not be there at all.
      else for (const re of RAW) if (re.test(text)) problems.push(`${f}: unescaped ${re.source}`);
    }
    expect(problems).toEqual([]);
    // And it did reach the pages, as text.
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('&lt;img src=x');
  });

  it('(the check above finds injected elements, and only them)', () => {
    expect(markupIn('t', `<p>a${INJECT}</p>`)).toHaveLength(4);
    expect(
      markupIn(
        't',
        `<meta name="description" content="a &#34;'>${MARKUP.replaceAll('"', '&#34;')}"><p>a &lt;img src=x&gt;</p>`,
      ),
    ).toEqual([]);
  });
});

/**
 * Elements the injected markup would create if a page treated it as HTML. (Inside a quoted attribute value "<img"
 * is only text, so a search of the raw HTML would be wrong both ways: the page is parsed as a browser parses it.)
 */
function markupIn(file: string, html: string): string[] {
  const problems: string[] = [];
  const visit = (node: T.ParentNode) => {
    for (const el of node.childNodes) {
      if (!('tagName' in el)) continue;
      const attrs = new Map(el.attrs.map((a) => [a.name, a.value]));
      const text = el.childNodes.map((c) => ('value' in c ? String(c.value) : '')).join('');
      if (el.tagName === 'img' && attrs.get('src') === 'x') problems.push(`${file}: an <img src=x> element`);
      if (attrs.has('onerror')) problems.push(`${file}: <${el.tagName} onerror="${attrs.get('onerror')}">`);
      if (el.tagName === 'b' && text === 'x') problems.push(`${file}: a <b>x</b> element`);
      if (el.tagName === 'script' && text.includes('__xss'))
        problems.push(`${file}: a <script> with the injected code`);
      for (const [name] of attrs)
        if (/^['"<>]/.test(name)) problems.push(`${file}: <${el.tagName}> has a stray attribute ${name}`);
      visit(el);
      if (el.tagName === 'template') visit((el as T.Template).content);
    }
  };
  visit(parse(html));
  return problems;
}

const run = browserAvailable();

describe.skipIf(!run)('the story built from that data, in Chromium', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    if (build.status !== 0) throw new Error('the build with markup in the data failed');
    rig = await startRig(outDir);
  });
  afterAll(async () => rig?.close());

  it('scrolling every story runs none of it and creates none of its elements', async () => {
    const stories = built.filter((f) => f.endsWith('.html') && f !== '404.html');
    for (const file of stories) {
      for (const javaScriptEnabled of [true, false]) {
        const { page, problems } = await openPage(rig, { javaScriptEnabled });
        const url = new URL(file.replace(/index\.html$/, ''), rig.served.url).href;
        await page.goto(url);
        await scrollWholeStory(page, javaScriptEnabled);
        await page.waitForLoadState('networkidle');
        const seen = await page.evaluate(() => ({
          xss: (window as { __xss?: unknown }).__xss,
          img: document.querySelector('img[src="x"]') !== null,
          bold: [...document.querySelectorAll('b')].some((b) => b.textContent === 'x'),
          asText: (document.body.textContent ?? '').includes('<img src=x'),
        }));
        const where = `${url} (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`;
        expect(seen.xss, where).toBeUndefined();
        expect(seen.img, where).toBe(false);
        expect(seen.bold, where).toBe(false);
        expect(seen.asText, `${where}: the markup is shown as text`).toBe(true);
        expect(problems, where).toEqual([]);
        await page.context().close();
      }
    }
  }, 240_000);
});
