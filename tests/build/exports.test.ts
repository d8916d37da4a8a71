/**
 * The data and pictures a build publishes beside each story: the "Get the data" links lead to files (also in a
 * sub-path build), the CSV reads strictly and matches the events, and the pictures' index lists every step of every
 * story at both sizes, each PNG the size it says.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { defaultBuild, subPathBuild, SUB_PATH } from '../helpers/build-site';
import { fileForPath, listFiles, pageUrl, readPage } from '../helpers/site-files';
import { parseCsvStrict } from '../helpers/csv-parse';

let outDir = '';
let subDir = '';
let storyPages: string[] = [];

beforeAll(() => {
  outDir = defaultBuild();
  subDir = subPathBuild();
  storyPages = listFiles(outDir).filter(
    (f) => f.endsWith('.html') && readFileSync(join(outDir, f), 'utf8').includes('<section class="step"'),
  );
});

/** The hrefs of the "Get the data" block of a built page. */
function dataLinks(dir: string, file: string): string[] {
  const html = readFileSync(join(dir, file), 'utf8');
  const block = /<section[^>]*aria-labelledby="notes-data"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  return [...block.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** The step ids of a built story page, in order. */
const stepIds = (file: string) =>
  [...readFileSync(join(outDir, file), 'utf8').matchAll(/<section class="step" id="([^"]+)"/g)].map((m) => m[1]!);

/** The story's slug, from where its pictures' index is linked. */
const slugOf = (dir: string, file: string) =>
  /\/([^/]+)\/images\/$/.exec(dataLinks(dir, file).find((l) => l.endsWith('/images/')) ?? '')?.[1];

describe('Get the data', () => {
  it('every story page has the block, and each of its links resolves in the default and the sub-path build', () => {
    expect(storyPages.length).toBeGreaterThanOrEqual(2);
    const problems: string[] = [];
    for (const [dir, site, base] of [
      [outDir, 'https://example.org', '/'],
      [subDir, SUB_PATH.site, SUB_PATH.base],
    ] as const) {
      for (const file of storyPages) {
        const links = dataLinks(dir, file);
        if (!links.some((l) => l.endsWith('.csv') || l.endsWith('.geojson'))) problems.push(`${file}: no data files`);
        for (const href of links) {
          const url = new URL(href, pageUrl(file, site, base));
          if (url.origin !== site) continue;
          if (!fileForPath(dir, url.pathname, base)) problems.push(`${dir} ${file}: ${href} resolves to nothing`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('states the licence of the desk’s data and of the base map (Natural Earth, OpenStreetMap under ODbL)', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const block = /aria-labelledby="notes-data"[\s\S]*?<\/section>/.exec(html)![0];
    expect(block).toContain('CC BY 4.0');
    expect(block).toContain('Natural Earth');
    expect(block).toMatch(/OpenStreetMap contributors[\s\S]*ODbL/);
  });

  it('the events CSV parses strictly, with one row per event and source of the events the page lists', () => {
    const slug = slugOf(outDir, 'index.html')!;
    const csv = readFileSync(join(outDir, slug, 'data', 'events.csv'), 'utf8');
    const [header, ...rows] = parseCsvStrict(csv);
    const raw = JSON.parse(readFileSync(join(outDir, slug, 'data', 'events.geojson'), 'utf8'));
    type Cited = { source: { url: string } };
    type Props = { sources: { url: string }[]; figures?: Cited[]; claims?: Cited[] };
    const expected = (raw.features as { id: string; properties: Props }[]).flatMap(({ id, properties: p }) => {
      const urls = [...p.sources, ...(p.figures ?? []).map((x) => x.source), ...(p.claims ?? []).map((x) => x.source)];
      return [...new Set(urls.map((s) => s.url))].map((u) => `${id} ${u}`);
    });
    const col = (n: string) => header!.indexOf(n);
    expect(col('source_url')).toBeGreaterThan(0);
    expect(rows.map((r) => `${r[col('event_id')]} ${r[col('source_url')]}`).sort()).toEqual(expected.sort());
    // The events the page's table lists are the events the files hold.
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const f of raw.features as { properties: { title: string } }[])
      expect(page, f.properties.title).toContain(f.properties.title.replace(/&/g, '&amp;'));
  });
});

describe('pictures of every step', () => {
  it('the index lists every step of every story at 1200×675 and 1080×1350, each PNG that size', async () => {
    const problems: string[] = [];
    for (const file of storyPages) {
      const slug = slugOf(outDir, file)!;
      const index = JSON.parse(readFileSync(join(outDir, slug, 'images', 'index.json'), 'utf8'));
      const html = readPage(outDir, `${slug}/images/index.html`);
      const steps = stepIds(file);
      expect(steps.length, file).toBeGreaterThan(0);
      for (const step of steps) {
        for (const [w, h] of [
          [1200, 675],
          [1080, 1350],
        ]) {
          const entry = index.images.find(
            (i: { step: string; width: number; height: number }) => i.step === step && i.width === w && i.height === h,
          );
          if (!entry) {
            problems.push(`${slug}: no ${w}×${h} picture of step ${step} in index.json`);
            continue;
          }
          if (!entry.alt?.startsWith('Map ')) problems.push(`${slug}/${entry.file}: no text alternative`);
          const png = join(outDir, slug, 'images', entry.file);
          if (!existsSync(png)) {
            problems.push(`${slug}/images/${entry.file} is missing`);
            continue;
          }
          const meta = await sharp(readFileSync(png)).metadata();
          if (meta.format !== 'png' || meta.width !== w || meta.height !== h)
            problems.push(`${entry.file}: ${meta.format} ${meta.width}×${meta.height}`);
          if (!html.refs.some((r) => r.value.endsWith(`/${slug}/images/${entry.file}`)))
            problems.push(`${slug}/images/index.html does not link ${entry.file}`);
        }
      }
      expect(index.images).toHaveLength(steps.length * 2);
    }
    expect(problems).toEqual([]);
  });

  it('the index page gives each picture its text alternative, and the story page loads none of them', () => {
    for (const file of storyPages) {
      const slug = slugOf(outDir, file)!;
      const index = JSON.parse(readFileSync(join(outDir, slug, 'images', 'index.json'), 'utf8'));
      const html = readFileSync(join(outDir, slug, 'images', 'index.html'), 'utf8');
      for (const i of index.images as { alt: string }[]) expect(html).toContain(i.alt.replace(/&/g, '&amp;'));
      expect(readFileSync(join(outDir, file), 'utf8')).not.toMatch(/images\/[^"]+\.png/);
    }
  });
});
