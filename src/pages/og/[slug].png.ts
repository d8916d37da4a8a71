/** The sharing image of each story (1200×630 PNG), drawn at build time from the story's first map. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import sharp from 'sharp';
import { loadSite, storyModel } from '../../node/story-render';
import { layoutStep } from '../../lib/map/layout';
import { shareImageSvg } from '../../lib/map/share-image-svg';

export const getStaticPaths = (async () => {
  const stories = await getCollection('stories');
  return stories.map((s) => ({ params: { slug: s.id }, props: { title: s.data.title, dek: s.data.dek } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const site = loadSite();
  const story = storyModel(params.slug!);
  const layout = layoutStep(story.map, 0, 630, 630, { top: 20, right: 20, bottom: 20, left: 20 });
  const svg = shareImageSvg(site.base, layout, String(props.title), String(props.dek));
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
