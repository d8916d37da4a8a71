/** The picture of each step's map at each published size (src/node/step-images.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../node/story-render';
import { stepImagePng } from '../../../node/step-images';
import { STEP_IMAGE_SIZES, stepImageName } from '../../../lib/map/step-images';

export const getStaticPaths = (() =>
  loadSite().stories.flatMap((story) =>
    story.states.flatMap((state) =>
      STEP_IMAGE_SIZES.map((size) => ({
        params: { slug: story.slug, file: stepImageName(state.stepId, size).replace(/\.png$/, '') },
        props: { index: state.index, size: size.name },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const size = STEP_IMAGE_SIZES.find((s) => s.name === props.size)!;
  const png = await stepImagePng(String(params.slug), Number(props.index), size);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
