/** Content collections: the stories (MDX) and the three story-data GeoJSON files, each with its schema. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { eventSchema, placeSchema, segmentSchema, storyFrontmatterSchema } from './lib/data/schemas';
import { CONTENT_PATHS } from './build/content-files';

/** GeoJSON FeatureCollection → one entry per feature, keyed by the feature's id. */
function geojsonParser(text: string) {
  const fc = JSON.parse(text) as { features: { id: string }[] };
  return fc.features.map((f) => ({ ...f, id: f.id }));
}

const stories = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${CONTENT_PATHS.stories}` }),
  schema: storyFrontmatterSchema,
});

const places = defineCollection({ loader: file(CONTENT_PATHS.places, { parser: geojsonParser }), schema: placeSchema });
const corridor = defineCollection({ loader: file(CONTENT_PATHS.segments, { parser: geojsonParser }), schema: segmentSchema });
const events = defineCollection({ loader: file(CONTENT_PATHS.events, { parser: geojsonParser }), schema: eventSchema });

export const collections = { stories, places, corridor, events };
