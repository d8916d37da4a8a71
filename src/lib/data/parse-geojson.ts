/** Parses an editor's GeoJSON file and checks each feature against its schema, naming file, item and field. */
import type { ZodIssue, ZodTypeAny } from 'zod';
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

function describeIssue(issue: ZodIssue, value: unknown): { message: string; fieldSuffix?: string } {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return { message: 'is missing' };
  if (issue.code === 'invalid_type') return { message: `must be ${issue.expected}, not ${issue.received}` };
  if (issue.code === 'invalid_enum_value') {
    const hint = didYouMean(String(issue.received), issue.options.map(String));
    return { message: `"${String(issue.received)}" is not one of: ${issue.options.join(', ')}${hint ? ` (${hint})` : ''}` };
  }
  if (issue.code === 'invalid_literal') return { message: `must be ${JSON.stringify(issue.expected)}` };
  if (issue.code === 'too_small' && issue.type === 'array') return { message: issue.message.startsWith('Array must') ? `needs at least ${String(issue.minimum)} item(s)` : issue.message };
  if (issue.code === 'too_small' && issue.type === 'string') return { message: 'must not be empty' };
  const shown = typeof value === 'string' ? `"${value}" ` : value !== undefined && typeof value !== 'object' ? `${String(value)} ` : '';
  return { message: `${shown}${issue.message}` };
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = root;
  for (const k of path) v = v != null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

function knownKeys(schema: ZodTypeAny, path: readonly (string | number)[]): string[] {
  let s: ZodTypeAny | undefined = schema;
  for (const k of path) {
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, ZodTypeAny>)[String(k)];
    else return [];
  }
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodEffects) {
    s = s instanceof z.ZodEffects ? s.innerType() : (s._def.innerType as ZodTypeAny);
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape as object) : [];
}

/** Formats a field path the way editors see it in the file: properties.figures[0].value. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
}

/** Checks one value against a schema, turning every issue into a located problem. */
export function schemaProblems(file: string, item: string, schema: ZodTypeAny, value: unknown): Problem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const hint = didYouMean(key, known);
        problems.push({ file, item, field: fieldPath([...issue.path, key]), message: 'is not a known field', hint: hint ?? `known fields: ${known.join(', ')}` });
      }
      continue;
    }
    const { message } = describeIssue(issue, valueAt(value, issue.path));
    problems.push({ file, item, field: fieldPath(issue.path), message });
  }
  return problems;
}

/** Parses a FeatureCollection and validates each feature; returns the features that passed and the ids of those that did not. */
export function parseFeatureCollection<T extends { id: string }>(
  file: string,
  text: string,
  kind: string,
  schema: ZodTypeAny,
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
