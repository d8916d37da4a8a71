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

/** Joins each multi-word name (e.g. `kachin independence army`) into one word, so a shared name counts once. */
export function collapseNames(ws: readonly string[], names: readonly string[]): string[] {
  const lists = names
    .map((n) => words(n))
    .filter((n) => n.length > 1)
    .sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const hit = lists.find((n) => n.every((w, k) => ws[i + k] === w));
    out.push(hit ? hit.join('_') : ws[i]!);
    i += hit ? hit.length : 1;
  }
  return out;
}

/** Runs of `n` words shared with a source text, counting each listed multi-word name as a single word. */
export function sharedRunsCountingNamesOnce(
  ours: string,
  theirs: string,
  n: number,
  names: readonly string[],
): string[] {
  const key = (ws: string[], i: number) => ws.slice(i, i + n).join(' ');
  const a = collapseNames(words(withoutQuotes(ours)), names);
  const b = collapseNames(words(theirs), names);
  const theirsSet = new Set<string>();
  for (let i = 0; i + n <= b.length; i++) theirsSet.add(key(b, i));
  const found = new Set<string>();
  for (let i = 0; i + n <= a.length; i++) if (theirsSet.has(key(a, i))) found.add(key(a, i));
  return [...found];
}

/** Sentences of plain prose: paragraphs (split at blank lines) split after . ! ? before a capital or a quote. */
export function sentences(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((p) => p.replace(/\s+/g, ' ').split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"‘(])/))
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

// Function words, and words that a rewrite swaps one for another, mapped to one form so a swap still matches.
const FUNCTION_WORDS = new Set(
  'a an the and or but of in on at to for from by with as that this these those it its is was were are be been has had have which who whom while after before near into than then there their they he she his her we our not no also did do some during'.split(
    ' ',
  ),
);
const SAME_SENSE: Record<string, string> = {
  army: 'military',
  junta: 'military',
  regime: 'military',
  soldiers: 'military',
  troops: 'military',
  says: 'said',
  told: 'said',
  reported: 'said',
  reports: 'said',
  stated: 'said',
  statement: 'said',
  dead: 'killed',
  died: 'killed',
  deaths: 'killed',
  fatalities: 'killed',
  toll: 'killed',
  jets: 'air',
  aircraft: 'air',
  warplanes: 'air',
  airstrikes: 'air',
  bombed: 'air',
  captured: 'seized',
  took: 'seized',
  overran: 'seized',
  taken: 'seized',
  seize: 'seized',
  outposts: 'positions',
  bases: 'positions',
  posts: 'positions',
  camps: 'positions',
  withdrew: 'retreat',
  withdrawal: 'retreat',
  pulled: 'retreat',
  retreated: 'retreat',
  gave: 'give',
  provide: 'give',
  provided: 'give',
  disclose: 'give',
  disclosed: 'give',
};

/** The words of a sentence that carry its content, with common synonyms mapped to one form. */
export function contentWords(sentence: string): string[] {
  return words(withoutQuotes(sentence))
    .filter((w) => !FUNCTION_WORDS.has(w))
    .map((w) => SAME_SENSE[w] ?? w);
}

/** Length of the longest common subsequence of two word lists. */
function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * True when our sentence follows a source sentence clause by clause: at least `min` content words, and at least `share`
 * of the shorter sentence's, appear in both in the same order (synonym swaps and reordered function words do not hide
 * it). An attribution around a quote ("Naw Bu told AFP: “…”") is not a copied clause.
 */
export function followsSentence(ours: string, theirs: string, share = 0.5, min = 4): boolean {
  const a = contentWords(ours);
  const b = contentWords(theirs);
  const attribution = (text: string, content: readonly string[]) => withoutQuotes(text) !== text && content.length < 7;
  if (attribution(ours, a) || attribution(theirs, b)) return false;
  const common = lcs(a, b);
  return common >= min && common / Math.min(a.length, b.length) >= share;
}

/** Each of our sentences that follows some sentence of the source, with that sentence. */
export function followedSentences(ours: string, theirs: string): { ours: string; theirs: string }[] {
  const wire = sentences(theirs);
  return sentences(ours).flatMap((s) => {
    const match = wire.find((w) => followsSentence(s, w));
    return match ? [{ ours: s, theirs: match }] : [];
  });
}
