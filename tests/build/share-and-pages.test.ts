import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { defaultBuild, readBuilt, ROOT } from '../helpers/build-site';
import { checkContent } from '../../src/node/content-files';
import { dataCitations } from '../../src/lib/data/data-citations';
import { shownIds } from '../../src/lib/story/shown-data';
import { groupSources } from '../../src/lib/story/source-groups';
import { collectSources } from '../../src/lib/story/sources';
import { flattenBrackets } from '../../src/lib/text/brackets';
import { chromeStrings } from '../../src/lib/i18n/locale';
const en = chromeStrings('en');

/** A string matched literally in a regular expression. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let out = '';
let html = '';
const { data, stories } = checkContent(ROOT);
const home = stories.find((s) => (s.frontmatter as { home?: boolean }).home)!;
const fm = home.frontmatter as { title: string; dek: string };
/** A URL as it appears in an HTML attribute: Astro escapes & and " there. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** Each cited address's registered name: a story's frontmatter sources, then the data's. */
const registered = new Map<string, string>();
for (const s of stories)
  for (const f of (s.frontmatter as { sources?: { name: string; url: string }[] }).sources ?? [])
    registered.set(f.url, f.name);
for (const c of dataCitations(data)) if (!registered.has(c.source.url)) registered.set(c.source.url, c.source.name);

beforeAll(() => {
  out = defaultBuild();
  html = readBuilt(out, 'index.html');
});

describe('sharing metadata', () => {
  it('has title, description, canonical URL, Open Graph and Twitter card tags from the frontmatter', () => {
    expect(html).toContain(`<title>${fm.title.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</title>`);
    expect(html).toContain(`<meta name="description" content="${attr(fm.dek)}">`);
    expect(html).toContain('<link rel="canonical" href="https://example.org/">');
    expect(html).toContain(`<meta property="og:title" content="${attr(fm.title)}">`);
    expect(html).toContain('<meta property="og:image" content="https://example.org/og/myanmar-china-border.png">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toMatch(/<html lang="en">/);
  });

  it('makes a 1200×630 PNG sharing image for every story', async () => {
    for (const s of stories) {
      const slug = s.file.replace(/^.*\//, '').replace(/\.mdx$/, '');
      const meta = await sharp(readFileSync(join(out, 'og', `${slug}.png`))).metadata();
      expect([meta.format, meta.width, meta.height], slug).toEqual(['png', 1200, 630]);
    }
  });

  it('has a favicon, a 404 page, robots.txt and a sitemap listing every story', () => {
    expect(existsSync(join(out, 'favicon.svg'))).toBe(true);
    // In the page as a data: address, so a step change (history.replaceState) never fetches it again.
    const icon = /<link rel="icon" href="([^"]+)"/.exec(readBuilt(out, 'index.html'))?.[1] ?? '';
    expect(icon).toMatch(/^data:image\/svg\+xml,%3Csvg%20/);
    expect(decodeURIComponent(icon.slice(icon.indexOf(',') + 1))).toContain("viewBox='0 0 32 32'");
    expect(readBuilt(out, '404.html')).toContain('Page not found');
    expect(readBuilt(out, 'robots.txt')).toContain('Sitemap: https://example.org/sitemap.xml');
    const sitemap = readBuilt(out, 'sitemap.xml');
    expect(sitemap).toContain('<loc>https://example.org/</loc>');
    expect(sitemap).toContain('<loc>https://example.org/rail-corridor/</loc>');
  });
});

describe('the events table and the sources', () => {
  it('lists every event in the data, in date order, with its sources as links', () => {
    const rows = [...html.matchAll(/data-event-row="([^"]+)"/g)].map((m) => m[1]);
    const expected = [...data.events]
      .sort(
        (a, b) =>
          a.properties.date.localeCompare(b.properties.date) ||
          (a.properties.time ?? '').localeCompare(b.properties.time ?? '') ||
          a.id.localeCompare(b.id),
      )
      .map((e) => e.id);
    expect(rows).toEqual(expected);
    for (const e of data.events)
      for (const s of e.properties.sources) expect(html, e.id).toContain(`href="${attr(s.url)}"`);
  });

  it('lists every source of the text and of the data the story shows under "Sources and notes", with the Natural Earth credit', () => {
    const section = html.slice(html.indexOf('id="sources-and-notes"'));
    const urls = new Set([
      ...home.links.filter((l) => /^https?:/.test(l.url)).map((l) => l.url),
      ...dataCitations(data, shownIds(home.steps, data)).map((c) => c.source.url),
    ]);
    for (const u of urls) expect(section, u).toContain(`href="${attr(u)}"`);
    // Each is listed under its outlet, which begins its source's name (never the words of the link in the text), with
    // what tells it apart there (the date, "via …").
    const groups = groupSources(collectSources(home, data, en));
    for (const u of urls) {
      const group = groups.find((g) => g.items.some((i) => i.url === u))!;
      const item = group.items.find((i) => i.url === u)!;
      expect(registered.get(u)!.toLowerCase(), u).toContain(group.outlet.replace(/ \(.*\)$/, '').toLowerCase());
      expect(section, u).toMatch(
        new RegExp(`<p class="source-outlet">(<a href="[^"]*">)?${literal(text(group.outlet))}`),
      );
      expect(section, u).toContain(
        `href="${attr(u)}">${text(item.detail ? flattenBrackets(item.detail) : group.outlet)}</a>`,
      );
    }
    expect(section).toContain('Natural Earth');
    expect(section).toMatch(/Approximate locations/);
    expect(section).toMatch(/Proposed railway sections/);
    expect(section).toMatch(/Disputed figures/);
  });
});

describe('a story page lists only what the story cites', () => {
  it('the rail story, dated 21 October 2023, lists no source published after that date', () => {
    const rail = stories.find((s) => s.file.endsWith('rail-corridor.mdx'))!;
    // Astro's YAML reader (js-yaml) gives dates as Date objects.
    const raw = (rail.frontmatter as { updated: string | Date }).updated;
    const updated = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
    const page = readBuilt(out, 'rail-corridor/index.html');
    const section = page.slice(page.indexOf('id="sources-and-notes"'));
    const later = dataCitations(data)
      .filter((c) => c.source.published > updated)
      .map((c) => c.source.url);
    expect(later.length, 'the data holds later sources (of events the rail story does not show)').toBeGreaterThan(0);
    for (const u of later) expect(section, u).not.toContain(`href="${attr(u)}"`);
  });
});
