/** The machine-readable index of a story's map pictures: every step at every size, with its text alternative. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../node/story-render';
import { storyImages } from '../../../node/image-index';
import { siteUrl } from '../../../node/urls';

export const getStaticPaths = (() =>
  loadSite().stories.map((s) => ({ params: { slug: s.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const index = storyImages(String(params.slug));
  const json = {
    story: index.slug,
    title: index.title,
    url: siteUrl(site, index.storyPath),
    images: index.images.map((i) => ({ ...i, url: siteUrl(site, index.dir + i.file) })),
  };
  return new Response(`${JSON.stringify(json, null, 1)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
