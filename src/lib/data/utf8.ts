/** Reads an editor's file as UTF-8, naming the line of the first byte that is not (a file saved as Windows-1252, say). */
import type { Problem } from '../problems/problems';

/** Length of the valid UTF-8 sequence starting at `i`, or 0 if the byte there does not start one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const [n, min, max] =
    b >= 0xc2 && b <= 0xdf
      ? [2, 0x80, 0xbf]
      : b === 0xe0
        ? [3, 0xa0, 0xbf]
        : b === 0xed
          ? [3, 0x80, 0x9f]
          : b >= 0xe1 && b <= 0xef
            ? [3, 0x80, 0xbf]
            : b === 0xf0
              ? [4, 0x90, 0xbf]
              : b === 0xf4
                ? [4, 0x80, 0x8f]
                : b >= 0xf1 && b <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (n === 0 || i + n > bytes.length) return 0;
  if (bytes[i + 1]! < min || bytes[i + 1]! > max) return 0;
  for (let k = 2; k < n; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return 0;
  return n;
}

/** Windows-1252's characters for bytes 0x80–0x9F (the rest of the high half is Latin-1). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** What a byte would be in Windows-1252, the usual encoding of a file that is not UTF-8. */
function asWindows1252(b: number): string {
  return b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : String.fromCharCode(b);
}

/** Decodes `bytes`; when they are not UTF-8, `problem` names the line and column of the first bad byte. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string; problem?: Problem } {
  const text = new TextDecoder('utf-8').decode(bytes);
  // Notepad's "Unicode" is UTF-16, which starts with the bytes FF FE (or FE FF).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      text,
      problem: {
        file,
        item: '',
        field: '',
        message: 'is saved as UTF-16 ("Unicode"), not UTF-8',
        hint: 'open it, choose "Save as…" with the encoding UTF-8',
      },
    };
  }
  let line = 1;
  let column = 1;
  let bad = 0;
  let first: { line: number; column: number; byte: number } | undefined;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      bad++;
      first ??= { line, column, byte: bytes[i]! };
      i++;
      column++;
      continue;
    }
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += n;
  }
  if (!first) return { text };
  const hex = first.byte.toString(16).toUpperCase().padStart(2, '0');
  return {
    text,
    problem: {
      file,
      item: `line ${first.line}, column ${first.column}`,
      field: '',
      message: `is not saved as UTF-8: byte 0x${hex} cannot be read (it is "${asWindows1252(first.byte)}" in Windows-1252)${bad > 1 ? `, nor can ${bad - 1} more` : ''}`,
      hint: 'the file was saved in another encoding: open it, choose "Save as…" with the encoding UTF-8, and check the accented letters',
    },
  };
}
