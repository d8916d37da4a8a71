/** Turns a Zod issue into the plain words editors read; Zod's own wording ("Too big: expected array…") never shows. */
import type { z } from 'zod';
import { didYouMean } from '../problems/suggest';

/** What a value is, in the words the messages use ("undefined", "text", "a list"…). */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** What a type is called in a message. */
const EXPECTED: Record<string, string> = {
  string: 'text in "quotes"',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  tuple: 'a list [ … ]',
  date: 'a date',
};

/** Zod writes its own message unless the schema gave one; only a schema's message is shown as it is. */
const ZOD_WORDING = /^(Too (big|small)|Invalid|Expected|Unrecognized|Required)\b/;

/** A value quoted back in a message: on one line, and cut short when long. */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    const flat = value.replace(/\s+/g, ' ');
    return `"${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}" `;
  }
  return value !== undefined && typeof value !== 'object' ? `${String(value)} ` : '';
}

const noun = (origin: string, n: number | bigint) =>
  origin === 'array' || origin === 'set' ? `${n} item${n === 1 ? '' : 's'}` : `${n} character${n === 1 ? '' : 's'}`;

/** The message for one issue about `value` (the value at the issue's path). */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const own = !ZOD_WORDING.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
    case 'invalid_value': {
      if (issue.values.length === 1) return `must be ${JSON.stringify(issue.values[0])}`;
      const options = issue.values.map(String);
      const hint = didYouMean(String(value), options);
      return `${shown(value)}is not one of: ${options.join(', ')}${hint ? ` (${hint})` : ''}`;
    }
    case 'too_small':
    case 'too_big': {
      if (own) return issue.message;
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      if (issue.origin === 'number') {
        const word =
          issue.code === 'too_small'
            ? issue.inclusive
              ? 'at least'
              : 'more than'
            : issue.inclusive
              ? 'at most'
              : 'less than';
        return `${shown(value)}must be ${word} ${String(limit)}`;
      }
      if (issue.origin === 'string' && issue.code === 'too_small' && Number(limit) <= 1) return 'must not be empty';
      const count = Array.isArray(value) ? value.length : typeof value === 'string' ? [...value].length : undefined;
      const has = count === undefined ? '' : `has ${noun(issue.origin, count)}; `;
      return `${has}${issue.code === 'too_small' ? 'needs at least' : 'may have at most'} ${noun(issue.origin, limit as number)}`;
    }
    case 'invalid_format':
      return own ? `${shown(value)}${issue.message}` : `${shown(value)}is not written in the expected form`;
    case 'not_multiple_of':
      return `${shown(value)}must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return `${shown(value)}is not valid here`;
    default:
      return own ? `${shown(value)}${issue.message}` : `${shown(value)}is not valid here`;
  }
}
