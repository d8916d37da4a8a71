/** Near-miss suggestions for mistyped ids ("did you mean `laiza`?"). */

/** Levenshtein edit distance between two strings. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The digits of an id ("2023-10-21" in "laiza-airstrike-2023-10-21"): ids whose digits differ name different things. */
const digitsOf = (s: string) => s.replace(/\D+/g, ' ').trim();

/**
 * The one candidate a typo could have come from, or undefined. A typo is one or two edits (one for a short word);
 * an id whose digits differ (another date) is another item, not a typo; two equally close candidates are a guess.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = word.length <= 4 ? 1 : 2;
  let best: string[] = [];
  let bestD = Infinity;
  for (const c of candidates) {
    const [dc, dw] = [digitsOf(c), digitsOf(word)];
    if (c === word || (dc && dw && dc !== dw)) continue;
    const d = editDistance(word, c);
    if (d < bestD) {
      best = [c];
      bestD = d;
    } else if (d === bestD && !best.includes(c)) best.push(c);
  }
  // A case-only difference is always the one meant ("Laiza" → "laiza").
  const sameLetters = best.filter((c) => c.toLowerCase() === word.toLowerCase());
  if (sameLetters.length === 1) return sameLetters[0];
  return bestD <= limit && best.length === 1 ? best[0] : undefined;
}

/** A "did you mean …?" hint, or undefined when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const c = closest(word, candidates);
  return c ? `did you mean "${c}"?` : undefined;
}
