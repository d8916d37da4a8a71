import { visible } from './unsafe-chars';

/** A problem found in editor-owned content or data, located by file, item and field. */
export interface Problem {
  /** Path relative to the project root, e.g. `data/events.geojson`. */
  file: string;
  /** The item: a feature id (`event "x"`), a step (`step "y"`) or `frontmatter`; empty for the whole file. */
  item: string;
  /** Dotted field path, e.g. `properties.place`; empty when the item as a whole is wrong. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
  /** How to fix it, when we can tell. */
  hint?: string;
}

/** One line per problem: `file: item: field message (hint)`; invisible characters quoted from the text show as <U+200B>. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.item].filter(Boolean).join(': ');
  const what = p.field ? `${p.field} ${p.message}` : p.message;
  // Spaces that look like a plain space (no-break, thin…) are named too: in an id they are the whole mistake.
  return visible(`${where}: ${what}${p.hint ? ` (${p.hint})` : ''}`)
    .replace(
      /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g,
      (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
    )
    .replace(/[\r\n]+/g, ' ');
}

/** A readable report of all problems, grouped in the order found. */
export function formatReport(problems: readonly Problem[]): string {
  const n = problems.length;
  const head = `${n} problem${n === 1 ? '' : 's'} in the story's content or data:`;
  return [head, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
