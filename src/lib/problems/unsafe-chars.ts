/** Invisible or dangerous characters: which they are, and how a message shows them (named by code point). */

/** Characters no story text needs, by what they do. */
const NAMED: Record<number, string> = {
  0x00: 'NUL',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x7f: 'delete control',
  0x034f: 'combining grapheme joiner',
  0x061c: 'Arabic letter mark',
  0x115f: 'Hangul choseong filler',
  0x1160: 'Hangul jungseong filler',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2061: 'invisible function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0x3164: 'Hangul filler',
  0xfeff: 'zero-width no-break space (byte-order mark)',
  0xffa0: 'halfwidth Hangul filler',
  0xfffc: 'object replacement character',
  0xfffd: 'replacement character, left where text was read in the wrong encoding',
};

/** Longest run of combining marks accepted: Burmese stacks up to about five on one letter; a longer run is garbage. */
export const MAX_COMBINING_RUN = 8;

/** What kind of unsafe character `cp` is, or undefined when it is fine. */
export function unsafeName(cp: number, prev: number | undefined, next: number | undefined): string | undefined {
  // Zero-width joiners shape emoji and some scripts; between two plain ASCII characters they only hide things.
  if (cp === 0x200c || cp === 0x200d)
    return (prev === undefined || prev < 0x80) && (next === undefined || next < 0x80) ? NAMED[cp] : undefined;
  if (NAMED[cp]) return NAMED[cp];
  if (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) return 'control character';
  if (cp >= 0x80 && cp <= 0x9f) return 'control character';
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag character';
  if (cp >= 0xe000 && cp <= 0xf8ff) return 'private-use character';
  return undefined;
}

/** `U+200B`: how a message names a code point. */
export const codePoint = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first unsafe character or run of combining marks in `text`: its index, code point and a plain description. */
export function findUnsafe(text: string): { index: number; what: string } | undefined {
  const chars = [...text];
  let index = 0;
  let run = 0;
  let runStart = 0;
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i]!.codePointAt(0)!;
    const name = unsafeName(cp, chars[i - 1]?.codePointAt(0), chars[i + 1]?.codePointAt(0));
    if (name) return { index, what: `${codePoint(cp)} (${name})` };
    if (/\p{M}/u.test(chars[i]!)) {
      if (run === 0) runStart = index;
      run++;
    } else run = 0;
    if (run > MAX_COMBINING_RUN) {
      let end = i;
      while (end + 1 < chars.length && /\p{M}/u.test(chars[end + 1]!)) end++;
      return { index: runStart, what: `${end - i + run} combining marks in a row (${codePoint(cp)} …)` };
    }
    index += chars[i]!.length;
  }
  return undefined;
}

/** `text` with every unsafe character written as <U+XXXX>, and a pile of combining marks as <200 × U+0301>, so a terminal shows it. */
export function visible(text: string): string {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i]!.codePointAt(0)!;
    let end = i;
    while (end + 1 < chars.length && /\p{M}/u.test(chars[i]!) && /\p{M}/u.test(chars[end + 1]!)) end++;
    if (end - i + 1 > MAX_COMBINING_RUN) {
      out.push(`<${end - i + 1} × ${codePoint(cp)}>`);
      i = end;
    } else
      out.push(
        unsafeName(cp, chars[i - 1]?.codePointAt(0), chars[i + 1]?.codePointAt(0)) ? `<${codePoint(cp)}>` : chars[i]!,
      );
  }
  return out.join('');
}
