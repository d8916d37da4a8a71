/** Straight quotes in reader-facing prose, which the story prints typographically (’ ‘ “ ”). */

/** Each straight ' or " in a text, shown with a few characters either side; empty when there are none. */
export function straightQuotes(text: string): string[] {
  return [...text.matchAll(/['"]/g)].map((m) =>
    text.slice(Math.max(0, m.index - 12), m.index + 13).replace(/\s+/g, ' '),
  );
}
