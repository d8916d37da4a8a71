/** The live map's model of each story, as JSON named by its content (see src/node/map-model-file.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../node/story-render';
import { modelFile } from '../../node/map-model-file';

export const getStaticPaths = (() =>
  loadSite().stories.map((story) => {
    const { name, json } = modelFile(story);
    return { params: { name }, props: { json } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props.json), { headers: { 'content-type': 'application/json; charset=utf-8' } });
