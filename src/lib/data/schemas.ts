/**
 * Zod schemas for the story data (GeoJSON features: places, corridor segments, events), and the one place that
 * gathers every schema (the shared ones in base-schemas.ts, the frontmatter's in story-schema.ts).
 */
import { z } from 'zod';
import { eventTypes } from './event-types';
import { figureSchema, idSchema, isoDateSchema, sourceSchema } from './base-schemas';

export * from './base-schemas';
export * from './story-schema';

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

/** A tunnel on a section, drawn along the section's line between two points, with its length from a source. */
export const tunnelSchema = z
  .object({
    name: z.string().min(1),
    /** The tunnel's ends, on the section's line: where the map draws it. */
    line: z.array(position).length(2, "must be the tunnel's two ends"),
    /** True when no source gives where the tunnel lies on the line (the map then says so). */
    approximate: z.boolean(),
    length: figureSchema,
    note: z.string().min(1).optional(),
  })
  .strict();

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
        tunnel: tunnelSchema.optional(),
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

export type Place = z.infer<typeof placeSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type StoryEvent = z.infer<typeof eventSchema>;
export type PlaceKind = (typeof placeKinds)[number];
export type SegmentStatus = (typeof segmentStatuses)[number];
