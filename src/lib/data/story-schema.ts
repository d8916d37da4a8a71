/** The schema of a story file's frontmatter: headline, dates, update notes, the lead map. */
import { z } from 'zod';
import { isoDateSchema, sourceSchema } from './base-schemas';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/locale';

/** An update or correction note shown under the headline. */
export const updateNoteSchema = z
  .object({
    date: isoDateSchema,
    note: z.string().min(1),
    kind: z.enum(['update', 'correction']).default('update'),
  })
  .strict();

/**
 * The lead map under the headline: a view and what it marks, written like a `<Step>`'s props (`view` or `fit`,
 * `places`, `highlight`), and an optional caption.
 */
export const leadMapSchema = z
  .object({
    view: z.string().min(1).optional(),
    fit: z.string().min(1).optional(),
    places: z.string().optional(),
    highlight: z.string().optional(),
    caption: z.string().min(1).optional(),
  })
  .strict();

/** Frontmatter of a story file in content/stories/. */
export const storyFrontmatterSchema = z
  .object({
    title: z.string().min(1),
    dek: z.string().min(1),
    byline: z.string().min(1),
    credit: z.string().min(1),
    published: isoDateSchema,
    updated: isoDateSchema.optional(),
    updates: z.array(updateNoteSchema).default([]),
    // Sources the text links to that no data item cites: every link in the text must be a source here or in the data.
    sources: z.array(sourceSchema).default([]),
    home: z.boolean().default(false),
    description: z.string().min(1).optional(),
    lead: leadMapSchema.optional(),
    // The language of the story and of the page around it (legend, dates, notes): one of the locales the site has.
    lang: z.enum(LANGS as [Lang, ...Lang[]]).default(DEFAULT_LANG),
  })
  .strict();

export type StoryFrontmatter = z.infer<typeof storyFrontmatterSchema>;
export type LeadMapFrontmatter = z.infer<typeof leadMapSchema>;
