/** A field's path as editors see it in the file. */

/** Formats a field path the way editors see it in the file: properties.figures[0].value. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
}
