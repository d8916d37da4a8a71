/** The story's "Updated …" line: the date it shows and the notes behind it, newest first. */

/** An update or correction note as the frontmatter gives it. */
export interface UpdateNote {
  date: string;
  note: string;
  kind: 'update' | 'correction';
}

/** What the "Updated" line shows: its date, the notes newest first, and whether any of them is a correction. */
export interface UpdateLine {
  date: string;
  notes: UpdateNote[];
  hasCorrection: boolean;
}

/**
 * The "Updated" line for a story, or undefined when it was never updated. Its date is the frontmatter's `updated`,
 * or else the newest note's; notes of one day keep their order.
 */
export function updateLine(updated: string | undefined, notes: readonly UpdateNote[]): UpdateLine | undefined {
  const newestFirst = notes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => b.n.date.localeCompare(a.n.date) || a.i - b.i)
    .map(({ n }) => n);
  const date = updated ?? newestFirst[0]?.date;
  if (!date) return undefined;
  return { date, notes: newestFirst, hasCorrection: notes.some((n) => n.kind === 'correction') };
}
