/** Parses an editor's GeoJSON file and checks each feature against its schema, naming file, item and field. */
import { z } from 'zod';
import type { Problem } from './problems';
import { didYouMean } from './suggest';
import { findJsonError } from './json-error';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON text, turning a syntax error into a problem with its line and column. */
export function parseJson(file: string, text: string): { value?: unknown; problems: Problem[] } {
  try {
    return { value: JSON.parse(text), problems: [] };
  } catch {
    const found = findJsonError(text);
    const where = found ? lineColumn(text, found.offset) : undefined;
    const near = found ? text.slice(found.offset, found.offset + 12).split('\n')[0] : '';
    return {
      problems: [{
        file,
        item: where ? `line ${where.line}, column ${where.column}` : '',
        field: '',
        message: found
          ? `is not valid JSON: expected ${found.expected}${near ? ` before: ${near}` : ' before the end of the file'}`
          : 'is not valid JSON',
        hint: 'look for a missing comma or quote, or a trailing comma, just before that point',
      }],
    };
  }
}

/** What a value is, in the words the messages use ("undefined", "string", "array"…). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): { message: string } {
  if (issue.code === 'invalid_type' && value === undefined) return { message: 'is missing' };
  if (issue.code === 'invalid_type') return { message: `must be ${issue.expected}, not ${kindOf(value)}` };
  if (issue.code === 'invalid_value' && issue.values.length === 1) return { message: `must be ${JSON.stringify(issue.values[0])}` };
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String);
    const hint = didYouMean(String(value), options);
    return { message: `"${String(value)}" is not one of: ${options.join(', ')}${hint ? ` (${hint})` : ''}` };
  }
  // Zod's own wording ("Too small: expected array to have >=1 items") is replaced; a message the schema sets is kept.
  if (issue.code === 'too_small' && issue.origin === 'array') return { message: issue.message.startsWith('Too small') ? `needs at least ${String(issue.minimum)} item(s)` : issue.message };
  if (issue.code === 'too_small' && issue.origin === 'string') return { message: 'must not be empty' };
  const shown = typeof value === 'string' ? `"${value}" ` : value !== undefined && typeof value !== 'object' ? `${String(value)} ` : '';
  return { message: `${shown}${issue.message}` };
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
    else return [];
  }
  s = innermost(s);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** Formats a field path the way editors see it in the file: properties.figures[0].value. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
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
        problems.push({ file, item, field: fieldPath([...path, key]), message: 'is not a known field', hint: hint ?? `known fields: ${known.join(', ')}` });
      }
      continue;
    }
    const path = plainPath(issue.path);
    const { message } = describeIssue(issue, valueAt(value, path));
    problems.push({ file, item, field: fieldPath(path), message });
  }
  return problems;
}

/** Parses a FeatureCollection and validates each feature; returns the features that passed and the ids of those that did not. */
export function parseFeatureCollection<T extends { id: string }>(
  file: string,
  text: string,
  kind: string,
  schema: z.ZodType,
): { features: T[]; problems: Problem[]; invalidIds: string[]; readable: boolean } {
  const { value, problems } = parseJson(file, text);
  if (problems.length) return { features: [], problems, invalidIds: [], readable: false };
  const fc = value as { type?: unknown; features?: unknown };
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return { features: [], problems: [{ file, item: '', field: '', message: 'must be a GeoJSON FeatureCollection with a "features" array' }], invalidIds: [], readable: false };
  }
  const features: T[] = [];
  // Ids of features that failed their schema: still "known", so references to them do not cascade into more errors.
  const invalidIds: string[] = [];
  fc.features.forEach((f: unknown, i: number) => {
    const id = (f as { id?: unknown } | null)?.id;
    const item = typeof id === 'string' && id ? `${kind} "${id}"` : `${kind} #${i + 1} (no id)`;
    const p = schemaProblems(file, item, schema, f);
    if (p.length) {
      problems.push(...p);
      if (typeof id === 'string' && id) invalidIds.push(id);
    } else features.push(schema.parse(f) as T);
  });
  return { features, problems, invalidIds, readable: true };
}
