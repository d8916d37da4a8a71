import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../helpers/build-site';
import { tempProject } from '../helpers/temp-project';
import { browserAvailable, openPage, startRig, type BrowserRig } from '../helpers/browser';

const run = browserAvailable();

/**
 * A pasted address of 300 characters with no space in it, the longest "word" an editor is likely to write; its tracking
 * token has no hyphen or slash either, where browsers would break a line anyway.
 */
const LONG_URL =
  `https://www.irrawaddy.com/news/burma/kia-seizes-third-base.html?fbclid=${'IwAR3xKq9ZtPj7Vb2Lm'.repeat(13)}`.slice(
    0,
    300,
  );
const LONG_NAME = `Report${'Kachin'.repeat(40)}`.slice(0, 200);

describe.skipIf(!run)('a long word in the text never makes the page scroll sideways (WCAG 1.4.10 reflow)', () => {
  const project = tempProject();
  let rig: BrowserRig;

  beforeAll(async () => {
    // The story's text, its standfirst and a source name each get a word of hundreds of characters.
    // The link is a listed source like every link in a story (tests/unit/validate-errors.test.ts).
    project.edit(
      'content/stories/myanmar-china-border.mdx',
      /^sources:\n/m,
      `sources:\n  - name: "A long address"\n    url: "${LONG_URL}"\n    published: 2023-10-21\n`,
    );
    project.edit(
      'content/stories/myanmar-china-border.mdx',
      /^(By 24 October|On Friday|Myanmar's military says)/m,
      `See [${LONG_URL}](${LONG_URL}). $1`,
    );
    project.edit('content/stories/myanmar-china-border.mdx', /^dek: "/m, `dek: "${LONG_URL.slice(0, 140)} `);
    const file = join(project.dir, 'data/events.geojson');
    const fc = JSON.parse(readFileSync(file, 'utf8'));
    fc.features[1].properties.summary = `${LONG_URL.slice(0, 250)} ${fc.features[1].properties.summary}`;
    // One source, one name everywhere it is cited (the check holds the data to that).
    const renamed = fc.features[1].properties.sources[0].url;
    const rename = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(rename);
      else if (v && typeof v === 'object') {
        const o = v as { url?: unknown; name?: unknown };
        if (o.url === renamed && typeof o.name === 'string') o.name = LONG_NAME;
        Object.values(o).forEach(rename);
      }
    };
    for (const f of ['data/events.geojson', 'data/places.geojson', 'data/corridor.geojson']) {
      const data = f === 'data/events.geojson' ? fc : JSON.parse(readFileSync(join(project.dir, f), 'utf8'));
      rename(data);
      if (f !== 'data/events.geojson') project.write(f, JSON.stringify(data, null, 2));
    }
    project.write('data/events.geojson', JSON.stringify(fc, null, 2));
    const outDir = join(project.dir, 'dist');
    const r = runBuild({ root: project.dir, outDir });
    if (r.status !== 0) throw new Error(`build failed:\n${r.output}`);
    rig = await startRig(outDir);
  }, 180_000);
  afterAll(async () => {
    await rig?.close();
    project.remove();
  });

  it.each([true, false])(
    'at every width from 320 to 1600 px (JavaScript %s)',
    async (javaScriptEnabled) => {
      const { page } = await openPage(rig, { javaScriptEnabled, viewport: { width: 1600, height: 900 } });
      await page.goto(rig.served.url);
      // The long link is really in the page, as a link whose text is the whole address.
      expect(await page.locator(`a[href="${LONG_URL}"]`).first().textContent()).toBe(LONG_URL);
      const wide: string[] = [];
      for (const width of [320, 360, 390, 414, 600, 768, 900, 1024, 1280, 1600]) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate(() => {
          // Parts below the story are laid out lazily (content-visibility: auto): lay them out to measure them.
          document
            .querySelectorAll<HTMLElement>('[data-deferred]')
            .forEach((el) => (el.style.contentVisibility = 'visible'));
          const root = document.documentElement;
          const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
            .filter(
              (el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest('svg, .scrolly__map'),
            )
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
            .slice(-3);
          return { by: root.scrollWidth - root.clientWidth, culprits };
        });
        if (overflow.by > 0) wide.push(`${width} px: ${overflow.by} px too wide (${overflow.culprits.join(', ')})`);
      }
      expect(wide).toEqual([]);
      await page.context().close();
    },
    120_000,
  );
});
