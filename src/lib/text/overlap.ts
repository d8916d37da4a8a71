/** Finds runs of words a text shares with a source text, to keep wire copy out of our story. */

/** Lower-case words, with punctuation and markup stripped. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\]\([^)]*\)/g, ']') // markdown link targets
    .replace(/<[^>]+>/g, ' ')
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9$.']+/)
    .map((w) => w.replace(/^[.']+|[.']+$/g, ''))
    .filter(Boolean);
}

/** Removes passages in double quotes: attributed quotes are allowed. */
export function withoutQuotes(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”\n]*”/g, ' ');
}

/** Every run of `n` consecutive words that appears in both texts. */
export function sharedRuns(ours: string, theirs: string, n: number): string[] {
  const key = (ws: string[], i: number) => ws.slice(i, i + n).join(' ');
  const a = words(withoutQuotes(ours));
  const b = words(theirs);
  const theirsSet = new Set<string>();
  for (let i = 0; i + n <= b.length; i++) theirsSet.add(key(b, i));
  const found = new Set<string>();
  for (let i = 0; i + n <= a.length; i++) if (theirsSet.has(key(a, i))) found.add(key(a, i));
  return [...found];
}
