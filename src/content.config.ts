/** Content collections: the stories (MDX) and the three story-data GeoJSON files, each with its schema. */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import type { z } from 'zod';
import { eventSchema, placeSchema, segmentSchema, storyFrontmatterSchema } from './lib/data/schemas';
import { CONTENT_PATHS } from './build/content-files';
import { tolerantGlob } from './build/tolerant-glob';

/**
 * GeoJSON FeatureCollection → one entry per feature, keyed by the feature's id. A byte-order mark is allowed. A file
 * that cannot be read gives no entries: the content check reports it with its line (and stops a build before this runs).
 */
function geojsonParser(text: string) {
  try {
    const fc = JSON.parse(text.replace(/^\uFEFF/, '')) as { features?: { id?: unknown }[] };
    return (Array.isArray(fc.features) ? fc.features : []).filter((f) => typeof f?.id === 'string').map((f) => ({ ...f, id: f.id as string }));
  } catch {
    return [];
  }
}

/**
 * The schema, but an entry that fails it passes as written instead of stopping the dev server with a stack trace:
 * the content check has already reported it in editors' words (and a build stops on it before collections load).
 */
const lenient = <T extends z.ZodType>(schema: T) => schema.catch((ctx) => ctx.value as z.output<T>);

const stories = defineCollection({
  loader: tolerantGlob({ pattern: '*.mdx', base: `./${CONTENT_PATHS.stories}` }),
  schema: lenient(storyFrontmatterSchema),
});

const places = defineCollection({ loader: file(CONTENT_PATHS.places, { parser: geojsonParser }), schema: lenient(placeSchema) });
const corridor = defineCollection({ loader: file(CONTENT_PATHS.segments, { parser: geojsonParser }), schema: lenient(segmentSchema) });
const events = defineCollection({ loader: file(CONTENT_PATHS.events, { parser: geojsonParser }), schema: lenient(eventSchema) });

export const collections = { stories, places, corridor, events };
