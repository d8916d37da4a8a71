/** Invisible or dangerous characters in editors' text, named by code point so a message shows what cannot be seen. */
import type { Problem } from '../problems/problems';
import { fieldPath } from '../problems/field-path';
import { findUnsafe, visible } from '../problems/unsafe-chars';

/** The problem's message for unsafe text, or undefined when `text` is clean. */
export function unsafeTextMessage(text: string): { message: string; hint: string; index: number } | undefined {
  const found = findUnsafe(text);
  if (!found) return undefined;
  // The words around it, with what cannot be seen written out: `"Lai<U+200B>za"`.
  const before = visible(text.slice(0, found.index)).replace(/\s+/g, ' ');
  const after = visible(text.slice(found.index)).replace(/\s+/g, ' ');
  const token = /^<[^>]*>/.exec(after)?.[0].length ?? 1;
  const around = `${before.length > 20 ? '…' : ''}${before.slice(-20)}${after.slice(0, token + 20)}${after.length > token + 20 ? '…' : ''}`;
  return {
    index: found.index,
    message: `contains ${found.what}, which readers cannot see or which changes how the text reads: "${around}"`,
    hint: 'retype the text around it, or paste it as plain text',
  };
}

/** A problem for every string in `value` (a feature, a frontmatter) that holds an unsafe character. */
export function unsafeValueProblems(file: string, item: string, value: unknown): Problem[] {
  const problems: Problem[] = [];
  const visit = (v: unknown, path: (string | number)[]) => {
    if (typeof v === 'string') {
      const found = unsafeTextMessage(v);
      if (found) problems.push({ file, item, field: fieldPath(path), message: found.message, hint: found.hint });
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  visit(value, []);
  return problems;
}
