/** The content collection: the stories (MDX) with their frontmatter schema. */
import { defineCollection } from 'astro:content';
import type { z } from 'zod';
import { storyFrontmatterSchema } from './lib/data/schemas';
import { CONTENT_PATHS } from './node/content-files';
import { tolerantGlob } from './node/tolerant-glob';

/**
 * The schema, but an entry that fails it passes as written instead of stopping the dev server with a stack trace:
 * the content check has already reported it in editors' words (and a build stops on it before collections load).
 */
const lenient = <T extends z.ZodType>(schema: T) => schema.catch((ctx) => ctx.value as z.output<T>);

const stories = defineCollection({
  loader: tolerantGlob({ pattern: '*.mdx', base: `./${CONTENT_PATHS.stories}` }),
  schema: lenient(storyFrontmatterSchema),
});

// The data files (data/*.geojson) are not collections: the pages read them through the content check
// (src/node/content-files.ts), which validates them once per build and names file, item and field.
export const collections = { stories };
