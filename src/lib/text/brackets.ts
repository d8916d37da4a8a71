/** Wording inside brackets that never nests them. */

/** Turns brackets inside `text` into commas, for text about to be put in brackets: "A (B)" reads "A, B". */
export function flattenBrackets(text: string): string {
  return text.replace(/\s*\(([^()]*)\)/g, ', $1');
}
