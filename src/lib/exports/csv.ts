/** CSV text as RFC 4180 writes it, safe to open in a spreadsheet (no cell runs as a formula). */

/** Cells that a spreadsheet would read as a formula: they start with = + - @ (or a tab or carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: a formula-like value gets a leading apostrophe (OWASP's advice), then a cell holding a comma, a quote or a
 * line break is quoted, its quotes doubled.
 */
export function csvCell(value: string | number | boolean | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document: a header line, then one line per row, each ending in CRLF as RFC 4180 says. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | undefined)[])[],
): string {
  return [header, ...rows].map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}
