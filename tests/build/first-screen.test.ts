import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultBuild, readBuilt } from '../helpers/build-site';

let out = '';
let html = '';
let header = '';

beforeAll(() => {
  out = defaultBuild();
  html = readBuilt(out, 'index.html');
  header = /<header class="story-header">[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
});

const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the first screen of the front page', () => {
  it('holds the headline, the standfirst, a lead map and the byline, in that order', () => {
    const at = (needle: string) => header.indexOf(needle);
    expect(at('<h1>')).toBeGreaterThanOrEqual(0);
    expect(at('<h1>')).toBeLessThan(at('class="dek"'));
    expect(at('class="dek"')).toBeLessThan(at('<figure class="lead-map">'));
    expect(at('<figure class="lead-map">')).toBeLessThan(at('class="byline"'));
  });

  it('draws the lead map as static SVG at two sizes, each with a text alternative, from the shared base map', () => {
    const svgs = header.match(/<svg class="map map--lead[^"]*"[^>]*>[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      const id = /id="([^"]+)"/.exec(svg)![1]!;
      expect(svg).toMatch(new RegExp(`role="img" aria-labelledby="${id}-title ${id}-desc"`));
      expect(text(/<title[^>]*>([\s\S]*?)<\/title>/.exec(svg)![1]!)).toMatch(/^Locator map: Myanmar, China, India/);
      expect(text(/<desc[^>]*>([\s\S]*?)<\/desc>/.exec(svg)![1]!)).toBe(
        'Highlighted: Kachin State and Shan State. Places marked: Laiza and Muse.',
      );
      expect(svg).toContain('<use href="#base-map">');
      expect(svg).toContain('<use href="#area-mm-kachin" class="area-hl">');
      expect(svg).toContain('<use href="#area-mm-shan" class="area-hl">');
      // The border is Myanmar's outline clipped to the band around it (the shared #subject-border): no geometry of its own.
      expect(svg).toMatch(new RegExp(`<clipPath id="${id}-clip"><use href="#border-zone"></use></clipPath>`));
      expect(svg).toContain(`<use href="#subject-border" clip-path="url(#${id}-clip)">`);
      expect(svg).not.toMatch(/ d="/);
      for (const name of ['Laiza', 'Muse'])
        expect(svg).toMatch(new RegExp(`class="place [^"]*is-hl"[^>]*>.*?<text[^>]*>${name}</text>`));
      for (const name of ['MYANMAR', 'CHINA']) expect(svg).toContain(`>${name}</text>`);
    }
    // Every shape it reuses is defined once in the page.
    for (const id of [
      'base-map',
      'country-mm',
      'country-cn',
      'area-mm-kachin',
      'area-mm-shan',
      'subject-border',
      'border-zone',
    ])
      expect(html.match(new RegExp(`id="${id}"`, 'g'))).toHaveLength(1);
  });

  it("captions the lead map with the frontmatter's caption and a key", () => {
    const caption = /<figcaption class="lead-map__caption">([\s\S]*?)<\/figcaption>/.exec(header)?.[1] ?? '';
    expect(text(caption)).toMatch(/^The fighting is in Kachin State and northern Shan State/);
    expect(caption).toContain('State or province in focus');
  });

  it('puts no script and no style attribute in the header', () => {
    expect(header).not.toMatch(/<script|\sstyle=/);
  });

  it('shows one "Updated" line, with the notes newest first behind it in a disclosure', () => {
    expect(text(header).match(/Updated \d/g)).toHaveLength(1);
    const details = /<details class="updates">([\s\S]*?)<\/details>/.exec(header)?.[1] ?? '';
    expect(text(/<summary>([\s\S]*?)<\/summary>/.exec(details)?.[1] ?? '')).toBe('Updated 28 October 2023');
    const notes = details.match(/<li class="update-note[\s\S]*?<\/li>/g) ?? [];
    expect(notes.map((n) => /datetime="([^"]+)"/.exec(n)![1])).toEqual(['2023-10-28', '2023-10-26']);
    expect(header.replace(details, '')).not.toContain('update-note');
  });
});

describe('a story without a lead in its frontmatter', () => {
  it('has no lead map', () => {
    const page = readBuilt(out, 'rail-corridor/index.html');
    expect(page).not.toContain('lead-map');
    expect(page).toContain('<h1>');
  });
});

describe("the live map's model", () => {
  it('is a file named by its content beside the page, not part of the HTML', () => {
    for (const [file, steps] of [
      ['index.html', 17],
      ['rail-corridor/index.html', 4],
    ] as const) {
      const page = readBuilt(out, file);
      expect(page).not.toContain('data-model=');
      const src = /data-model-src="\/(map-model\/[a-z0-9-]+\.[0-9a-f]{10}\.json)"/.exec(page)?.[1];
      expect(src, file).toBeDefined();
      expect(existsSync(join(out, src!))).toBe(true);
      const model = JSON.parse(readFileSync(join(out, src!), 'utf8')) as { states: unknown[]; texts?: unknown };
      expect(model.states.length).toBeGreaterThanOrEqual(steps);
      expect(model.texts).toBeUndefined();
    }
  });
});

describe("the page's weight before its first paint", () => {
  it("keeps the HTML under 43 KB gzip: within the first three windows of a new connection on Lighthouse's slow 4G (43.8 KB with the headers), a fourth would add a round trip (150 ms) to the LCP", async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(html).length).toBeLessThan(43_000);
  });
});
