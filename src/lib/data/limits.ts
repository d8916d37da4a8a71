/**
 * How long a text and how long a list may be, per field: room for what the page shows there, far from a page that
 * would be too heavy for a phone. The real story uses at most about half of each (the longest: an event's actor, 110
 * of 200; a segment's statusNote, 378 of 800; a headline, 103 of 200).
 */
import type { Problem } from '../problems/problems';
import { fieldPath } from '../problems/field-path';

/** Longest text, in characters, by field path (indexes written []); the first pattern that matches wins. */
export const TEXT_LIMITS: readonly (readonly [RegExp, number])[] = [
  [/^id$/, 60],
  [/(^|\.)url$/, 1000],
  [/(^|\.)sources\[\]\.name$|(^|\.)source\.name$/, 200],
  // Names label the map; 120 leaves room for markup-escaping tests (tests/build/data-as-text.test.ts) and long official names.
  [/^properties\.(name|altNames\[\])$/, 120],
  [/^properties\.actor$/, 200],
  [/^properties\.(admin|claimedBy\[\]|claims\[\]\.by|figures\[\]\.claimedBy)$/, 120],
  [/^properties\.title$/, 120],
  [/^properties\.figures\[\]\.(measure|unit)$/, 120],
  [/^properties\.summary$/, 600],
  [/^properties\.(claims\[\]\.says|figures\[\]\.note)$/, 400],
  [/^properties\.note$/, 500],
  [/^properties\.statusNote$/, 800],
  // Story frontmatter.
  [/^title$/, 200],
  [/^(byline)$/, 120],
  [/^(dek|description)$/, 500],
  [/^credit$/, 600],
  [/^updates\[\]\.note$/, 500],
];

/** Longest text of any field the table does not name. */
export const DEFAULT_TEXT_LIMIT = 500;

/** Most items per list, by field path. */
export const LIST_LIMITS: readonly (readonly [RegExp, number])[] = [
  [/^geometry\.coordinates$/, 500],
  [/(^|\.)sources$/, 20],
  [/^properties\.figures$/, 20],
  [/^properties\.(altNames|claimedBy|claims)$/, 10],
  [/^properties\.via$/, 30],
  [/^updates$/, 30],
];

/** Most items per list the table does not name. */
export const DEFAULT_LIST_LIMIT = 50;

/** Most features per data file, and most steps per story. */
export const COUNT_LIMITS = { places: 200, segments: 40, events: 300, steps: 40 } as const;

/** Longest text of one step's card, in characters (the card must fit beside the map on a phone). */
export const STEP_TEXT_LIMIT = 1500;

/** Longest chapter title, in characters. */
export const CHAPTER_TITLE_LIMIT = 80;

const limitOf = (table: readonly (readonly [RegExp, number])[], path: string, fallback: number) =>
  table.find(([re]) => re.test(path))?.[1] ?? fallback;

/** Longest text of the field at `pattern` (indexes written [], e.g. `properties.claims[].says`). */
export const textLimit = (pattern: string): number => limitOf(TEXT_LIMITS, pattern, DEFAULT_TEXT_LIMIT);

/** Number of characters as a reader counts them (not UTF-16 units). */
export const charCount = (s: string): number => [...s].length;

/** A "too long" problem for a text of `length` characters where `limit` fit, or undefined. */
export function tooLong(length: number, limit: number): { message: string; hint: string } | undefined {
  if (length <= limit) return undefined;
  return {
    message: `is ${length.toLocaleString('en-GB')} characters long; the limit is ${limit}`,
    hint: 'shorten it: longer text belongs in the story or a note',
  };
}

/** A "too many" problem for a list of `count` items where `limit` fit, or undefined. */
export function tooMany(count: number, limit: number, noun = 'items'): { message: string; hint: string } | undefined {
  if (count <= limit) return undefined;
  return {
    message: `has ${count.toLocaleString('en-GB')} ${noun}; the limit is ${limit}`,
    hint: 'the page would be too heavy for a phone: keep the ones the story needs',
  };
}

/** Every text and list in `value` longer than its field allows. */
export function limitProblems(file: string, item: string, value: unknown): Problem[] {
  const problems: Problem[] = [];
  const visit = (v: unknown, path: (string | number)[]) => {
    const pattern = fieldPath(path.map((k) => (typeof k === 'number' ? '[]' : k))).replace(/\.\[\]/g, '[]');
    if (typeof v === 'string') {
      const p = tooLong(charCount(v), limitOf(TEXT_LIMITS, pattern, DEFAULT_TEXT_LIMIT));
      if (p) problems.push({ file, item, field: fieldPath(path), ...p });
    } else if (Array.isArray(v)) {
      const p = tooMany(v.length, limitOf(LIST_LIMITS, pattern, DEFAULT_LIST_LIMIT));
      if (p) problems.push({ file, item, field: fieldPath(path), ...p });
      // Past the limit the items are not looked at one by one: one message is enough.
      else v.forEach((x, i) => visit(x, [...path, i]));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
    }
  };
  visit(value, []);
  return problems;
}
