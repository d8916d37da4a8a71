import { describe, it, expect, beforeAll } from 'vitest';
import { defaultBuild, readBuilt } from '../helpers/build-site';
import { checkContent } from '../../src/node/content-files';
import { ROOT } from '../helpers/build-site';

let html = '';
const { data, stories } = checkContent(ROOT);
const home = stories.find((s) => (s.frontmatter as { home?: boolean }).home)!;

beforeAll(() => {
  html = readBuilt(defaultBuild(), 'index.html');
});

describe('dist/index.html', () => {
  it('holds the story text and its headline', () => {
    const title = (home.frontmatter as { title: string }).title;
    expect(html).toContain(`<h1>${title.replace(/'/g, '&#39;').replace(/"/g, '&quot;')}</h1>`);
    expect(html).toContain('Kachin Independence Army');
  });

  it('sets the byline with a spaced separator between its parts (markup whitespace is not relied on)', () => {
    const byline = /<p class="byline">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    const text = byline
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    expect(text).toMatch(/^\S.* · Published \d{1,2} \w+ \d{4}( · Updated \d{1,2} \w+ \d{4})?$/);
  });

  it('defines the base map once: countries (their outlines are the borders), internal borders, highlighted states', () => {
    expect(html.match(/id="base-map"/g)).toHaveLength(1);
    expect(html).toMatch(/class="country country--mm" d="M/);
    expect(html).toMatch(/class="country country--cn" d="M/);

    expect(html).toMatch(/class="admin-lines" d="M/);
    expect(html).toMatch(/id="area-mm-kachin"[^>]* d="M/);
    expect(html).toMatch(/id="area-mm-shan"[^>]* d="M/);
  });

  it('renders every step with its id, its data-step index and an SVG map that reuses the base map', () => {
    home.steps.forEach((step, i) => {
      const section = new RegExp(`<section[^>]*class="step"[^>]*id="${step.id}"[^>]*data-step="${i}"`);
      expect(html, step.id).toMatch(section);
    });
    // One static map per step, plus the live map that JavaScript animates.
    const maps = html.match(/<svg class="map"[^>]*role="img"/g) ?? [];
    expect(maps.length).toBe(home.steps.length + 1);
    expect((html.match(/<g class="geo"[^>]*>\s*<use href="#base-map"/g) ?? []).length).toBe(home.steps.length + 1);
    expect(html).toMatch(/<div class="live-map" data-map[^>]*>\s*<svg class="map"[^>]*id="live-map"/);
  });

  it('labels the places the steps name, Laiza and Muse among them', () => {
    const named = new Set(home.steps.flatMap((s) => (s.places === 'all' ? data.places.map((p) => p.id) : s.places)));
    expect(named.has('laiza') && named.has('muse')).toBe(true);
    for (const id of named) {
      const name = data.places.find((p) => p.id === id)!.properties.name;
      expect(html, id).toMatch(
        new RegExp(`data-place="${id}"[^>]*>.*?<text[^>]*>${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</text>`, 's'),
      );
    }
  });

  it('draws every corridor segment some step shows, styled by its status', () => {
    for (const s of data.segments) {
      expect(html).toContain(`id="seg-${s.id}"`);
      expect(html).toMatch(new RegExp(`href="#seg-${s.id}" class="seg seg--${s.properties.status}`));
    }
  });
});

describe('a second story in content/stories/ gets its own page', () => {
  it('builds /rail-corridor/ with its own steps and maps, and keeps the Kachin story at /', () => {
    const out = defaultBuild();
    const page = readBuilt(out, 'rail-corridor/index.html');
    const second = stories.find((s) => s.file.endsWith('rail-corridor.mdx'))!;
    expect(second.steps.length).toBeGreaterThanOrEqual(3);
    for (const step of second.steps) expect(page).toMatch(new RegExp(`<section[^>]*id="${step.id}"[^>]*data-step=`));
    expect((page.match(/<svg class="map"/g) ?? []).length).toBe(second.steps.length + 1);
    expect(readBuilt(out, 'index.html')).toContain(`id="${home.steps[0]!.id}"`);
  });
});

describe('page weight', () => {
  it("keeps the home page HTML under 60 KB gzip (the base map is simplified for the story's views)", async () => {
    const { gzipSync } = await import('node:zlib');
    const size = gzipSync(readBuilt(defaultBuild(), 'index.html'), { level: 9 }).length;
    expect(size).toBeLessThan(60_000);
  });
});
