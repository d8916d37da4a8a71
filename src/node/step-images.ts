/**
 * Draws the published pictures of every step's map (src/lib/map/step-images.ts): the page's own map markup, rendered
 * by the Astro container, styled with the page's stylesheet in its light palette, turned into PNG by sharp.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import sharp from 'sharp';
import { loadSite, storyModel } from './story-render';
import { layoutStep } from '../lib/map/layout';
import { legendFor } from '../lib/map/legend';
import { flattenCss } from '../lib/map/flat-css';
import { STEP_IMAGE_SIZES, imageFrame, mapDataCredit, pictureTitle, type StepImageSize } from '../lib/map/step-images';
import { fillIn } from '../lib/i18n/exports-strings';
import StepImageSvg from '../components/StepImageSvg.astro';
import MapDefs from '../components/MapDefs.astro';

/** The stylesheet that holds the map's classes and palette. */
const MAP_CSS = 'src/styles/global.css';

let css: string | undefined;
let container: AstroContainer | undefined;
/** The shared geometry (MapDefs), the same in every picture: rendered once per build. */
let defs: Promise<string> | undefined;

/** The standalone SVG of step `index` of story `slug` at `size` (pixels; drawn in map units scaled by IMAGE_SCALE). */
export async function stepImageSvg(slug: string, index: number, size: StepImageSize): Promise<string> {
  if (!css || import.meta.env?.DEV) css = flattenCss(readFileSync(join(process.cwd(), MAP_CSS), 'utf8'));
  container ??= await AstroContainer.create();
  const site = loadSite();
  const c = container;
  if (!defs || import.meta.env?.DEV)
    defs = c.renderToString(MapDefs, { props: { base: site.base, segments: site.data.segments } });
  const story = storyModel(slug);
  const fm = story.story.frontmatter as { byline?: string; credit?: string };
  const credit = [
    fillIn(story.t.exports.mapCredit, { byline: fm.byline ?? '' }),
    mapDataCredit(fm.credit ?? ''),
  ].filter(Boolean);
  const caption = { title: pictureTitle(story.map.texts[index]!.title), date: story.map.dateLabels[index]?.long };
  const frame = imageFrame(size, legendFor(story.map, index, story.t), caption, credit);
  const layout = layoutStep(story.map, index, frame.map.width, frame.map.height);
  const body = await container.renderToString(StepImageSvg, {
    props: {
      layout,
      frame,
      id: `image-${index}`,
      title: story.map.texts[index]!.title,
    },
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size.width}" height="${size.height}" viewBox="0 0 ${frame.width} ${frame.height}">`,
    `<style><![CDATA[${css}]]></style>`,
    await defs,
    body,
    '</svg>',
  ].join('');
}

const pngs = new Map<string, Promise<Buffer>>();
let fontCheck: Promise<void> | undefined;

/** How far right, in pixels, `text` drawn in the labels' font leaves ink. */
async function inkWidth(text: string): Promise<number> {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><rect width="400" height="60" fill="#fff"/>' +
    `<text x="4" y="45" font-size="40" font-family="system-ui, Arial, sans-serif">${text}</text></svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
  let right = 0;
  data.forEach((v, i) => {
    if (v < 128) right = Math.max(right, i % info.width);
  });
  return right;
}

/**
 * librsvg draws SVG text with the machine's fonts (fontconfig): on a build host with none, every letter comes out as
 * the same empty box and the pictures have no readable label. Five M's are far wider than five I's in any real sans;
 * when they are not, the build says so.
 */
async function checkLabelFont(): Promise<void> {
  const [i, m] = await Promise.all([inkWidth('IIIII'), inkWidth('MMMMM')]);
  if (m < i * 1.5)
    console.warn(
      '\n[map pictures] No font for SVG text on this machine: the labels in <story>/images/*.png and og/*.png come out ' +
        'as empty boxes. Install one (Debian: apt-get install fonts-liberation) and build again.\n',
    );
}

/**
 * Draws one picture: the SVG (sized in pixels, its viewBox in map units) as a PNG. Full colour at deflate level 7:
 * about 80 KB a picture; an indexed-colour PNG would be half that, but quantising costs ten times the encoding and
 * would double the build's time for the pictures.
 */
async function renderPng(slug: string, index: number, size: StepImageSize): Promise<Buffer> {
  fontCheck ??= checkLabelFont();
  await fontCheck;
  const svg = await stepImageSvg(slug, index, size);
  return sharp(Buffer.from(svg)).png({ compressionLevel: 7 }).toBuffer();
}

/**
 * The PNG of step `index` of story `slug` at `size`. The first call starts every picture of the story, so sharp draws
 * them side by side on every core while the build writes them one by one.
 */
export function stepImagePng(slug: string, index: number, size: StepImageSize): Promise<Buffer> {
  // In dev every request draws afresh, so an editor's save shows on reload.
  if (import.meta.env?.DEV) return renderPng(slug, index, size);
  const key = (i: number, s: StepImageSize) => `${slug}/${i}/${s.name}`;
  if (!pngs.has(key(index, size))) {
    storyModel(slug).states.forEach((_, i) => {
      for (const s of STEP_IMAGE_SIZES) if (!pngs.has(key(i, s))) pngs.set(key(i, s), renderPng(slug, i, s));
    });
  }
  return pngs.get(key(index, size))!;
}
