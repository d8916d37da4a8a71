/** Zod schemas for the story data (GeoJSON features) and story frontmatter. */
import { z } from 'zod';
import { eventTypes } from './event-types';

/** Kebab-case identifier used for every place, segment, event, area and step. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

/** A calendar date written YYYY-MM-DD that exists (no 31 February); YAML dates arrive as Date and are normalised. */
export const isoDateSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .refine(isIsoDate, 'must be a real date written YYYY-MM-DD, e.g. 2023-10-21'),
);

/** True when `s` is a valid calendar date in YYYY-MM-DD form. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** A cited source: who published it and where to read it. */
export const sourceSchema = z
  .object({
    name: z.string().min(1, 'must name the publisher'),
    // A real address: http(s), a host with a dot, no spaces (so a pasted placeholder like "https://…" is caught).
    url: z
      .string()
      .regex(
        /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i,
        'must be a full web address starting with https:// (or http://)',
      ),
    // The date the linked page was published: no story may cite a source newer than its updated date.
    published: isoDateSchema,
  })
  .strict();

/** A number as one source gives it; disputed figures appear once per source, never averaged. */
export const figureSchema = z
  .object({
    measure: z.string().min(1),
    value: z.number().nonnegative(),
    unit: z.string().min(1),
    qualifier: z.enum(['at least', 'about', 'nearly', 'up to', 'more than']).optional(),
    claimedBy: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    source: sourceSchema,
  })
  .strict();

const sources = z.array(sourceSchema).min(1, 'needs at least one source');
// [longitude, latitude]. A third number (the elevation, valid GeoJSON) is accepted and dropped: the map is flat.
const POSITION = 'must be [longitude, latitude]: two numbers (a third, the elevation, is ignored)';
const position = z
  .array(z.number().finite())
  .min(2, POSITION)
  .max(3, POSITION)
  .transform((c): [number, number] => [c[0]!, c[1]!]);

const pointGeometry = z.object({ type: z.literal('Point'), coordinates: position }).strict();
const lineGeometry = z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }).strict();

/** Kinds of place the gazetteer knows. */
export const placeKinds = [
  'capital',
  'state-capital',
  'city',
  'town',
  'village',
  'border-crossing',
  'camp',
  'military-base',
  'port',
  'trade-zone',
] as const;

/** A named place: a Point with its kind and whether its position is approximate. */
export const placeSchema = z
  .object({
    type: z.literal('Feature'),
    id: idSchema,
    geometry: pointGeometry,
    properties: z
      .object({
        name: z.string().min(1),
        altNames: z.array(z.string().min(1)).optional(),
        kind: z.enum(placeKinds),
        country: z.enum(['mm', 'cn']),
        admin: z.string().min(1),
        approximate: z.boolean(),
        precisionKm: z.number().positive().optional(),
        note: z.string().min(1).optional(),
        labelSide: z.enum(['left', 'right', 'top', 'bottom']).optional(),
        sources,
      })
      .strict(),
  })
  .strict();

/** Construction status of a rail segment, as of the story's date. */
export const segmentStatuses = ['operating', 'under-construction', 'proposed'] as const;

/** A section of the rail corridor: a LineString through its waypoint places. */
export const segmentSchema = z
  .object({
    type: z.literal('Feature'),
    id: idSchema,
    geometry: lineGeometry,
    properties: z
      .object({
        name: z.string().min(1),
        status: z.enum(segmentStatuses),
        statusNote: z.string().min(1).optional(),
        opened: isoDateSchema.optional(),
        approximate: z.boolean(),
        via: z.array(idSchema).min(2),
        figures: z.array(figureSchema).optional(),
        note: z.string().min(1).optional(),
        sources,
      })
      .strict(),
  })
  .strict();

export { eventTypes, type EventType } from './event-types';

/** A competing account of an event, attributed to whoever makes it. */
export const claimSchema = z
  .object({
    by: z.string().min(1),
    says: z.string().min(1),
    source: sourceSchema,
  })
  .strict();

/** A dated event at a place, with its type, who claims it and figures per source. */
export const eventSchema = z
  .object({
    type: z.literal('Feature'),
    id: idSchema,
    geometry: pointGeometry,
    properties: z
      .object({
        date: isoDateSchema,
        time: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time HH:MM')
          .optional(),
        timeApproximate: z.boolean().optional(),
        type: z.enum(eventTypes),
        place: idSchema,
        title: z.string().min(1),
        summary: z.string().min(1),
        actor: z.string().min(1),
        claimedBy: z.array(z.string().min(1)).min(1, 'must say who claims it'),
        claims: z.array(claimSchema).optional(),
        figures: z.array(figureSchema).optional(),
        uncertain: z.boolean().optional(),
        context: z.boolean().optional(),
        sources,
      })
      .strict(),
  })
  .strict();

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
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type StoryEvent = z.infer<typeof eventSchema>;
export type StoryFrontmatter = z.infer<typeof storyFrontmatterSchema>;
export type LeadMapFrontmatter = z.infer<typeof leadMapSchema>;
export type PlaceKind = (typeof placeKinds)[number];
export type SegmentStatus = (typeof segmentStatuses)[number];
