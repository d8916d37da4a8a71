/** The schemas every data item and story shares: ids, dates, sources and figures. */
import { z } from 'zod';

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

export type Source = z.infer<typeof sourceSchema>;
export type Figure = z.infer<typeof figureSchema>;
