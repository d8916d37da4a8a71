/** Parses an editor's GeoJSON file and checks each feature against its schema, naming file, item and field. */
import { z } from 'zod';
import type { Problem } from '../problems/problems';
import { didYouMean } from '../problems/suggest';
import { findJsonError } from './json-error';
import { findDuplicateKeys } from './json-duplicates';
import { describeIssue } from './zod-messages';
import { fieldPath } from '../problems/field-path';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON text, turning a syntax error into a problem with its line and column. */
export function parseJson(file: string, rawText: string): { value?: unknown; problems: Problem[] } {
  // A byte-order mark before the JSON is valid (some Windows editors write one); JSON.parse does not accept it.
  const text = rawText.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(text), problems: [] };
  } catch {
    const found = findJsonError(text);
    const where = found ? lineColumn(text, found.offset) : undefined;
    const near = found ? text.slice(found.offset, found.offset + 12).split('\n')[0] : '';
    return {
      problems: [
        {
          file,
          item: where ? `line ${where.line}, column ${where.column}` : '',
          field: '',
          message: found
            ? `is not valid JSON: expected ${found.expected}${near ? ` before: ${near}` : ' before the end of the file'}`
            : 'is not valid JSON',
          hint: 'look for a missing comma or quote, or a trailing comma, just before that point',
        },
      ],
    };
  }
}

/** Object keys and array indexes of an issue's path (Zod allows symbols; GeoJSON never has them). */
function plainPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((k) => (typeof k === 'number' ? k : String(k)));
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = root;
  for (const k of path) v = v != null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/** Unwraps optional, default and preprocess layers down to the schema that checks the value. */
function innermost(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.out as z.ZodType;
    else return s;
  }
}

function knownKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let s: z.ZodType | undefined = schema;
  for (const k of path) {
    s = innermost(s);
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(k)];
    else if (s instanceof z.ZodArray && typeof k === 'number') s = s.element as z.ZodType;
    else return [];
  }
  s = innermost(s);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** Checks one value against a schema, turning every issue into a located problem. */
export function schemaProblems(file: string, item: string, schema: z.ZodType, value: unknown): Problem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const path = plainPath(issue.path);
      const known = knownKeys(schema, path);
      for (const key of issue.keys) {
        const hint = didYouMean(key, known);
        const fallback = known.length ? `known fields: ${known.join(', ')}` : undefined;
        problems.push({
          file,
          item,
          field: fieldPath([...path, key]),
          message: 'is not a known field',
          ...((hint ?? fallback) ? { hint: hint ?? fallback } : {}),
        });
      }
      continue;
    }
    const path = plainPath(issue.path);
    problems.push({ file, item, field: fieldPath(path), message: describeIssue(issue, valueAt(value, path)) });
  }
  return problems;
}

/** What parseFeatureCollection can check besides the schema. */
export interface FeatureChecks {
  /** More problems of one feature (its raw JSON value), e.g. text too long or invisible characters. */
  extra?: (item: string, feature: unknown) => Problem[];
  /** Most features the file may hold. */
  maxFeatures?: number;
}

/** A feature without an id: its position in the file and its name, so a reference to it can say which it may be. */
export interface UnnamedFeature {
  item: string;
  name?: string;
}

/** "appears twice" problems for keys written twice in one object, each named by its feature. */
function duplicateKeyProblems(
  file: string,
  text: string,
  features: readonly unknown[],
  kind: string,
): { problems: Problem[]; indexes: Set<number> } {
  const problems: Problem[] = [];
  const indexes = new Set<number>();
  for (const d of findDuplicateKeys(text.replace(/^\uFEFF/, ''))) {
    const inFeature = d.path[0] === 'features' && typeof d.path[1] === 'number';
    const index = inFeature ? (d.path[1] as number) : -1;
    if (inFeature) indexes.add(index);
    problems.push({
      file,
      item: inFeature ? itemName(kind, features[index], index) : '',
      field: fieldPath([...d.path.slice(inFeature ? 2 : 0), d.key]),
      message: `appears twice in the same object (lines ${d.firstLine} and ${d.line}); JSON keeps only the second`,
      hint: 'delete the one that is wrong',
    });
  }
  return { problems, indexes };
}

/** How messages name a feature: by id, or by position when it has none. */
function itemName(kind: string, f: unknown, i: number): string {
  const id = (f as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? `${kind} "${id}"` : `${kind} #${i + 1} (no id)`;
}

/** Parses a FeatureCollection and validates each feature; returns the features that passed and the ids of those that did not. */
export function parseFeatureCollection<T extends { id: string }>(
  file: string,
  text: string,
  kind: string,
  schema: z.ZodType,
  checks: FeatureChecks = {},
): { features: T[]; problems: Problem[]; invalidIds: string[]; unnamed: UnnamedFeature[]; readable: boolean } {
  const { value, problems } = parseJson(file, text);
  if (problems.length) return { features: [], problems, invalidIds: [], unnamed: [], readable: false };
  const fc = value as { type?: unknown; features?: unknown };
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return {
      features: [],
      problems: [{ file, item: '', field: '', message: 'must be a GeoJSON FeatureCollection with a "features" array' }],
      invalidIds: [],
      unnamed: [],
      readable: false,
    };
  }
  const all = fc.features as unknown[];
  if (checks.maxFeatures !== undefined && all.length > checks.maxFeatures) {
    problems.push({
      file,
      item: '',
      field: 'features',
      message: `has ${all.length.toLocaleString('en-GB')} ${kind}s; the limit is ${checks.maxFeatures}`,
      hint: 'the page would be too heavy for a phone: keep the ones the story needs',
    });
  }
  const dups = duplicateKeyProblems(file, text, all, kind);
  problems.push(...dups.problems);
  const features: T[] = [];
  // Ids of features that failed their schema: still "known", so references to them do not cascade into more errors.
  const invalidIds: string[] = [];
  const unnamed: UnnamedFeature[] = [];
  all.forEach((f, i) => {
    const id = (f as { id?: unknown } | null)?.id;
    const item = itemName(kind, f, i);
    const p = [...schemaProblems(file, item, schema, f), ...(checks.extra?.(item, f) ?? [])];
    if (typeof id !== 'string' || !id) {
      const name = (f as { properties?: { name?: unknown; title?: unknown } } | null)?.properties;
      const shownName =
        typeof name?.name === 'string' ? name.name : typeof name?.title === 'string' ? name.title : undefined;
      unnamed.push({ item, ...(shownName ? { name: shownName } : {}) });
    }
    if (p.length || dups.indexes.has(i)) {
      problems.push(...p);
      if (typeof id === 'string' && id) invalidIds.push(id);
    } else features.push(schema.parse(f) as T);
  });
  return { features, problems, invalidIds, unnamed, readable: true };
}
