/** Each story's published data: events as CSV and GeoJSON, places and corridor GeoJSON (src/node/story-data-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../node/story-render';
import { dataFilesOf } from '../../../node/story-data-files';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  geojson: 'application/geo+json',
};

export const getStaticPaths = (() =>
  loadSite().stories.flatMap((story) =>
    dataFilesOf(story.slug).map((f) => ({ params: { slug: story.slug, file: f.name }, props: { text: f.text } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(String(props.text), {
    headers: { 'content-type': TYPES[String(params.file).split('.').pop()!] ?? 'application/octet-stream' },
  });
